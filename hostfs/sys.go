package hostfs

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// sysFS is the FS of the host kernel. A Path without a Root is used by
// name (the plain file system of an unrestricted isolate); a Path with a
// Root is resolved by openat2(2) from a handle of the Root with
// RESOLVE_BENEATH|RESOLVE_NO_MAGICLINKS, so neither a symlink (dangling or
// not), nor "..", nor a rename racing the call, nor a length can take it
// outside: what names a final component (unlink, rename, lstat, symlink)
// acts on a handle of the resolved parent directory, what follows one
// (stat, chmod, realpath) on a handle of the resolved file itself.
type sysFS struct{}

// Plain is the FS of an isolate without the permission model.
var Plain FS = sysFS{}

const confined = unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS

// errEscape is a resolution that would have left its Root; the policy
// reports it as a denial of the scope it was checking.
var errEscape = errors.New("hostfs: path resolves outside its grant")

// secondEscaped marks, for an operation on two paths, that the second
// one's resolution left its grant (the first one's is errEscape itself).
type secondEscaped struct{}

func (secondEscaped) Error() string        { return errEscape.Error() }
func (secondEscaped) Is(target error) bool { return target == errEscape }

// second tags err as the second path's.
func second(err error) error {
	if errors.Is(err, errEscape) {
		return secondEscaped{}
	}
	return err
}

// stepError is a failure of a step after the named operation's own
// system call (the read of a readFile, the ftruncate of a truncate):
// Node reports it under that step's name and without the path.
type stepError struct {
	err error
	sys string
}

func (e *stepError) Error() string { return e.err.Error() }
func (e *stepError) Unwrap() error { return e.err }

func step(err error, sys string) error {
	if err == nil {
		return nil
	}
	return &stepError{err, sys}
}

func retry[T any](f func() (T, error)) (T, error) {
	for {
		v, err := f()
		if err != unix.EINTR {
			return v, err
		}
	}
}

func retry0(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}

// start is where resolving p begins: a directory handle (owned when
// own), the path relative to it and the resolve flags (0: by name).
type start struct {
	fd      int
	rel     string
	resolve uint64
}

func (s start) close() {
	if s.fd >= 0 {
		unix.Close(s.fd)
	}
}

func begin(p Path) (start, error) {
	if p.Root == "" {
		return start{fd: -1, rel: p.Abs}, nil
	}
	if len(p.Abs) >= unix.PathMax {
		return start{fd: -1}, syscall.ENAMETOOLONG
	}
	rel := strings.TrimPrefix(p.Abs[len(p.Root):], "/")
	if rel == "" || rel == "/" {
		// The grant itself: resolve its last component from its
		// parent, following no symlink (a link there would lead to a
		// sibling of the grant).
		if p.Root == "/" {
			fd, err := openat(unix.AT_FDCWD, "/", unix.O_PATH|unix.O_DIRECTORY, 0, unix.RESOLVE_NO_SYMLINKS)
			return start{fd: fd, rel: "." + rel, resolve: confined}, err
		}
		fd, err := openat(unix.AT_FDCWD, filepath.Dir(p.Root), unix.O_PATH|unix.O_DIRECTORY, 0, unix.RESOLVE_NO_SYMLINKS)
		return start{fd: fd, rel: filepath.Base(p.Root) + rel, resolve: confined | unix.RESOLVE_NO_SYMLINKS}, err
	}
	fd, err := openat(unix.AT_FDCWD, p.Root, unix.O_PATH|unix.O_DIRECTORY, 0, unix.RESOLVE_NO_SYMLINKS)
	return start{fd: fd, rel: rel, resolve: confined}, err
}

// openat opens rel from dirfd: by name without resolve flags, else with
// openat2(2); a resolution that leaves its start is errEscape.
func openat(dirfd int, rel string, flags int, mode uint32, resolve uint64) (int, error) {
	flags |= unix.O_CLOEXEC
	if resolve == 0 {
		if dirfd < 0 {
			dirfd = unix.AT_FDCWD
		}
		return retry(func() (int, error) { return unix.Openat(dirfd, rel, flags, mode) })
	}
	how := unix.OpenHow{Flags: uint64(flags), Resolve: resolve}
	if flags&unix.O_CREAT != 0 || flags&unix.O_TMPFILE == unix.O_TMPFILE {
		how.Mode = uint64(mode)
	}
	for tries := 0; ; tries++ {
		fd, err := unix.Openat2(dirfd, rel, &how)
		switch {
		case err == unix.EINTR, err == unix.EAGAIN && tries < 100:
			continue
		case err == unix.EXDEV && resolve&unix.RESOLVE_BENEATH != 0:
			return -1, errEscape
		case err == unix.ELOOP && resolve&unix.RESOLVE_NO_SYMLINKS != 0 && dirfd != unix.AT_FDCWD:
			return -1, errEscape
		}
		return fd, err
	}
}

// openPath opens p (following a final symlink) with flags.
func openPath(p Path, flags int, mode uint32) (int, error) {
	s, err := begin(p)
	if err != nil {
		return -1, err
	}
	defer s.close()
	return openat(s.fd, s.rel, flags, mode, s.resolve)
}

// parent resolves the directory holding p's final component: a handle of
// it (AT_FDCWD when used by name), the component, and its release.
func parent(p Path) (int, string, func(), error) {
	s, err := begin(p)
	if err != nil {
		return -1, "", nil, err
	}
	if s.resolve == 0 {
		return unix.AT_FDCWD, p.Abs, func() {}, nil
	}
	dir, name := "", s.rel
	if i := strings.LastIndexByte(strings.TrimSuffix(s.rel, "/"), '/'); i >= 0 {
		dir, name = s.rel[:i], s.rel[i+1:]
	}
	if dir == "" {
		return s.fd, name, s.close, nil
	}
	fd, err := openat(s.fd, dir, unix.O_PATH|unix.O_DIRECTORY, 0, s.resolve)
	s.close()
	if err != nil {
		return -1, "", nil, err
	}
	return fd, name, func() { unix.Close(fd) }, nil
}

// withParent runs f on p's parent handle and final component.
func withParent(p Path, f func(dirfd int, name string) error) error {
	fd, name, release, err := parent(p)
	if err != nil {
		return err
	}
	defer release()
	return retry0(func() error { return f(fd, name) })
}

// withTarget runs f on an O_PATH handle of p, a final symlink followed.
func withTarget(p Path, f func(fd int) error) error {
	fd, err := openPath(p, unix.O_PATH, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return retry0(func() error { return f(fd) })
}

// procPath names an open descriptor for calls that take only a path
// (chmod, utimes): the kernel follows it to the descriptor's file.
func procPath(fd int) string { return "/proc/self/fd/" + strconv.Itoa(fd) }

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func statx(dirfd int, name string, flags int) (*Stat, error) {
	var st Stat
	err := retry0(func() error { return unix.Statx(dirfd, name, flags|unix.AT_STATX_SYNC_AS_STAT, statxMask, &st) })
	if err != nil {
		return nil, err
	}
	return &st, nil
}

func (sysFS) Open(p Path, flags int, mode uint32) (File, error) {
	f, err := openFile(p, flags, mode)
	if err != nil {
		return nil, err
	}
	return osFile{f}, nil
}

func openFile(p Path, flags int, mode uint32) (*os.File, error) {
	fd, err := openPath(p, flags, mode)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), p.Abs), nil
}

func (sysFS) Stat(p Path) (st *Stat, err error) {
	if p.Root == "" {
		// Unconfined: one statx by name (it follows a final symlink as
		// the O_PATH handle would), not open, fstat and close.
		return statx(unix.AT_FDCWD, p.Abs, 0)
	}
	err = withTarget(p, func(fd int) error { st, err = statx(fd, "", unix.AT_EMPTY_PATH); return err })
	return st, err
}

func (sysFS) Lstat(p Path) (st *Stat, err error) {
	err = withParent(p, func(dirfd int, name string) error {
		st, err = statx(dirfd, name, unix.AT_SYMLINK_NOFOLLOW)
		return err
	})
	return st, err
}

func (s sysFS) ModuleStat(p Path) (int, error) {
	st, err := s.Stat(p)
	if err != nil {
		return -1, err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return 1, nil
	}
	return 0, nil
}

func (sysFS) Access(p Path, mode uint32) error {
	return withTarget(p, func(fd int) error { return unix.Faccessat2(fd, "", mode, unix.AT_EMPTY_PATH) })
}

func (sysFS) Mkdir(p Path, mode uint32) error {
	return withParent(p, func(dirfd int, name string) error { return unix.Mkdirat(dirfd, name, mode) })
}

func (s sysFS) MkdirAll(p Path, mode uint32) (string, error) {
	// Find the deepest existing ancestor, then create downwards.
	var missing []string
	dir := strings.TrimSuffix(p.Abs, "/")
	for dir != "" && len(dir) >= len(p.Root) {
		st, err := s.Stat(Path{dir, p.Root})
		if err == nil {
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				if dir == strings.TrimSuffix(p.Abs, "/") {
					return "", syscall.EEXIST
				}
				return "", syscall.ENOTDIR
			}
			break
		}
		if !errors.Is(err, syscall.ENOENT) {
			return "", err
		}
		missing = append(missing, dir)
		up := filepath.Dir(dir)
		if up == dir {
			break
		}
		dir = up
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		if err := s.Mkdir(Path{missing[i], p.Root}, mode); err != nil && err != unix.EEXIST {
			return "", err
		}
		if first == "" {
			first = missing[i]
		}
	}
	return first, nil
}

func (sysFS) Mkdtemp(p Path) (string, error) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var suffix string
	err := withParent(Path{p.Abs + "XXXXXX", p.Root}, func(dirfd int, name string) error {
		prefix := strings.TrimSuffix(name, "XXXXXX")
		for tries := 0; ; tries++ {
			var rb [6]byte
			rand.Read(rb[:])
			b := make([]byte, 6)
			for i, c := range rb {
				b[i] = chars[int(c)%len(chars)]
			}
			err := unix.Mkdirat(dirfd, prefix+string(b), 0o700)
			if err == nil {
				suffix = string(b)
				return nil
			}
			if err != unix.EEXIST || tries > 100 {
				return err
			}
		}
	})
	return suffix, err
}

func (sysFS) Rmdir(p Path) error {
	return withParent(p, func(dirfd int, name string) error { return unix.Unlinkat(dirfd, name, unix.AT_REMOVEDIR) })
}

func (sysFS) Unlink(p Path) error {
	return withParent(p, func(dirfd int, name string) error { return unix.Unlinkat(dirfd, name, 0) })
}

func (sysFS) RemoveAll(p Path) error {
	return withParent(p, removeAt)
}

// removeAt removes name in dirfd and, for a directory, what it holds;
// every step is relative to a handle opened without following a link.
func removeAt(dirfd int, name string) error {
	err := unix.Unlinkat(dirfd, name, 0)
	if err == nil || err == unix.ENOENT {
		return err
	}
	if err != unix.EISDIR && err != unix.EPERM {
		return err
	}
	fd, oerr := unix.Openat(dirfd, name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if oerr != nil {
		if oerr == unix.ENOTDIR || oerr == unix.ELOOP {
			return err
		}
		return oerr
	}
	f := os.NewFile(uintptr(fd), name)
	for {
		names, rerr := f.Readdirnames(256)
		for _, n := range names {
			if e := removeAt(fd, n); e != nil && e != unix.ENOENT {
				f.Close()
				return e
			}
		}
		if rerr != nil || len(names) == 0 {
			break
		}
	}
	f.Close()
	return retry0(func() error { return unix.Unlinkat(dirfd, name, unix.AT_REMOVEDIR) })
}

// twoParents runs f on the parents of a and b.
func twoParents(a, b Path, f func(fa int, na string, fb int, nb string) error) error {
	fa, na, ra, err := parent(a)
	if err != nil {
		return err
	}
	defer ra()
	fb, nb, rb, err := parent(b)
	if err != nil {
		return second(err)
	}
	defer rb()
	return retry0(func() error { return f(fa, na, fb, nb) })
}

func (sysFS) Rename(from, to Path) error {
	return twoParents(from, to, unix.Renameat)
}

func (sysFS) Link(existing, link Path) error {
	return twoParents(existing, link, func(fa int, na string, fb int, nb string) error {
		return unix.Linkat(fa, na, fb, nb, 0)
	})
}

func (sysFS) Symlink(target string, link Path) error {
	return withParent(link, func(dirfd int, name string) error { return unix.Symlinkat(target, dirfd, name) })
}

func readlinkat(dirfd int, name string) (string, error) {
	for n := 256; ; n *= 2 {
		buf := make([]byte, n)
		k, err := unix.Readlinkat(dirfd, name, buf)
		if err != nil {
			return "", err
		}
		if k < n {
			return string(buf[:k]), nil
		}
	}
}

func (sysFS) Readlink(p Path) (s string, err error) {
	err = withParent(p, func(dirfd int, name string) error { s, err = readlinkat(dirfd, name); return err })
	return s, err
}

func (sysFS) Realpath(p Path) (s string, err error) {
	err = withTarget(p, func(fd int) error { s, err = readlinkat(unix.AT_FDCWD, procPath(fd)); return err })
	return s, err
}

func (sysFS) Chmod(p Path, mode uint32) error {
	return withTarget(p, func(fd int) error { return unix.Fchmodat(unix.AT_FDCWD, procPath(fd), mode, 0) })
}

func (sysFS) Chown(p Path, uid, gid int) error {
	return withTarget(p, func(fd int) error { return unix.Fchownat(fd, "", uid, gid, unix.AT_EMPTY_PATH) })
}

func (sysFS) Lchown(p Path, uid, gid int) error {
	return withParent(p, func(dirfd int, name string) error {
		return unix.Fchownat(dirfd, name, uid, gid, unix.AT_SYMLINK_NOFOLLOW)
	})
}

func (sysFS) Utimes(p Path, ts []unix.Timespec, nofollow bool) error {
	if nofollow {
		return withParent(p, func(dirfd int, name string) error {
			return unix.UtimesNanoAt(dirfd, name, ts, unix.AT_SYMLINK_NOFOLLOW)
		})
	}
	return withTarget(p, func(fd int) error { return unix.UtimesNanoAt(unix.AT_FDCWD, procPath(fd), ts, 0) })
}

func (sysFS) Truncate(p Path, size int64) error {
	fd, err := openPath(p, unix.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return step(retry0(func() error { return unix.Ftruncate(fd, size) }), "ftruncate")
}

func (sysFS) CopyFile(src, dst Path, excl bool) error {
	in, err := openFile(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return syscall.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if excl {
		flags |= unix.O_EXCL
	}
	out, err := openFile(dst, flags, uint32(st.Mode().Perm()))
	if err != nil {
		return second(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Chmod(st.Mode().Perm()); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// direntType maps a file mode to libuv's UV_DIRENT_* numbering.
func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m.IsDir():
		return 2
	case m&os.ModeSymlink != 0:
		return 3
	case m&os.ModeNamedPipe != 0:
		return 4
	case m&os.ModeSocket != 0:
		return 5
	case m&os.ModeCharDevice != 0:
		return 6
	case m&os.ModeDevice != 0:
		return 7
	}
	return 0
}

// dirents converts os.DirEntry values.
func dirents(ents []os.DirEntry) []Dirent {
	out := make([]Dirent, len(ents))
	for i, e := range ents {
		out[i] = Dirent{e.Name(), direntType(e.Type())}
	}
	return out
}

func (sysFS) ReadDir(p Path, sorted bool) ([]Dirent, error) {
	f, err := openFile(p, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	if sorted {
		sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	}
	return dirents(ents), nil
}

func (s sysFS) OpenDir(p Path) (File, error) {
	return s.Open(p, unix.O_RDONLY|unix.O_DIRECTORY, 0)
}

func (sysFS) Statfs(p Path) (st *unix.Statfs_t, err error) {
	err = withTarget(p, func(fd int) error {
		var s unix.Statfs_t
		if err := unix.Fstatfs(fd, &s); err != nil {
			return err
		}
		st = &s
		return nil
	})
	return st, err
}

func (sysFS) WatchTarget(p Path) (*os.File, error) {
	return openFile(p, unix.O_PATH, 0)
}
