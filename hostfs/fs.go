// Package hostfs is the file system of an isolate, after Node's
// node_file.cc and fs_event_wrap: one seam (FS) with every operation the
// fs binding needs, the implementation that performs each operation
// relative to a directory handle it cannot leave (sysFS), the permission
// policy as a decorator over the seam (guard), the embedder's mounts
// over both (an fs.FS read-only, a MemFS writable: mounts), and the binding tables
// ("fs_ops", "fs", "fs_watch", "permission") that JS reaches through
// internalBinding.
//
// A JS file descriptor is an index into the isolate's binding.Handles
// table, never a host descriptor; every operation that may block runs
// through binding.Env.Do on the bounded pool.
package hostfs

import (
	"os"

	"golang.org/x/sys/unix"
)

// Path is a path an operation names: Abs is absolute (the binding joins a
// relative path to the isolate's working directory). Root, set by the
// policy, is the granted directory (symlink-free) beneath which Abs must
// resolve; "" means no confinement.
type Path struct {
	Abs  string
	Root string
}

// Stat is the result of stat(2) as Node's binding reports it.
type Stat = unix.Statx_t

// Dirent is one directory entry: its name and libuv's UV_DIRENT_* type.
type Dirent struct {
	Name string
	Type int
}

// FS is the seam: every operation of the fs binding that names a path.
// Operations on an open descriptor are methods of the File it returned.
// Implementations must be safe for concurrent use (asynchronous calls run
// on the pool).
type FS interface {
	// Open opens p with open(2) flags and mode.
	Open(p Path, flags int, mode uint32) (File, error)
	// Stat follows a final symlink; Lstat does not.
	Stat(p Path) (*Stat, error)
	Lstat(p Path) (*Stat, error)
	// ModuleStat is the loader's probe: 0 a file, 1 a directory, else
	// an error.
	ModuleStat(p Path) (int, error)
	Access(p Path, mode uint32) error
	Mkdir(p Path, mode uint32) error
	// MkdirAll creates p and its missing parents; it returns the first
	// directory it created ("" when p existed).
	MkdirAll(p Path, mode uint32) (string, error)
	// Mkdtemp creates a directory named p.Abs plus six random
	// characters and returns its path.
	Mkdtemp(p Path) (string, error)
	Rmdir(p Path) error
	Unlink(p Path) error
	// RemoveAll removes p and everything beneath it, never following
	// a symlink.
	RemoveAll(p Path) error
	Rename(from, to Path) error
	Link(existing, link Path) error
	// Symlink creates link holding target as given (not resolved).
	Symlink(target string, link Path) error
	Readlink(p Path) (string, error)
	Realpath(p Path) (string, error)
	Chmod(p Path, mode uint32) error
	Chown(p Path, uid, gid int) error
	Lchown(p Path, uid, gid int) error
	// Utimes sets access and modification times, following a final
	// symlink unless nofollow.
	Utimes(p Path, ts []unix.Timespec, nofollow bool) error
	Truncate(p Path, size int64) error
	CopyFile(src, dst Path, excl bool) error
	// ReadDir lists p, sorted by name when sorted.
	ReadDir(p Path, sorted bool) ([]Dirent, error)
	// OpenDir opens p as a directory stream.
	OpenDir(p Path) (File, error)
	Statfs(p Path) (*unix.Statfs_t, error)
	// WatchTarget opens p for a watch: the caller adds an inotify watch
	// on the descriptor (through /proc/self/fd) and closes it. Only the
	// host's file system has one (ENOSYS elsewhere).
	WatchTarget(p Path) (*os.File, error)
}
