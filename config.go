package wqnode

import (
	"context"
	"io"
	"io/fs"
	"time"
)

// Config describes one isolate. Its zero value is an isolate that can
// compute and print to nowhere: no stdio, no environment, no grants.
type Config struct {
	// Stdin, Stdout and Stderr are the isolate's standard streams (fd 0,
	// 1, 2 and process.stdin/stdout/stderr). nil is an empty input and
	// discarded output, never the host's own streams.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Args are process.argv after the script (Run's file).
	Args []string
	// Env is process.env, as KEY=VALUE; nothing of the host's unless given.
	Env []string
	// Cwd is process.cwd(); "" means the host's working directory. It
	// grants nothing by itself.
	Cwd string

	Grants Grants
	Limits Limits

	// HostModules are the modules JS loads as 'host:<name>':
	// require('host:name') and import { f } from 'host:name'.
	HostModules map[string]HostModule

	// KeepChildren leaves the isolate's child processes running when it
	// closes (as Node leaves them at exit); by default they are killed.
	KeepChildren bool
}

// Grants is what an isolate may reach; everything else is denied with
// Node's ERR_ACCESS_DENIED.
type Grants struct {
	// FSRead and FSWrite are host paths (a directory grants its subtree;
	// relative paths are against Cwd, fixed when the isolate is made).
	// Every access is judged after resolving symlinks and "..".
	FSRead, FSWrite []string
	// Mounts are file systems the isolate sees at their paths in place
	// of the host's: grants in themselves, read-only unless Writable.
	Mounts []Mount
	// Net is an allow list of HOST[:PORT] entries ("*" for any), as
	// --allow-net.
	Net []string
	// ChildProcess allows spawning processes; Workers allows worker
	// threads.
	ChildProcess, Workers bool
}

// Mount puts a file system at Path (absolute, as JS names it), in place
// of whatever the host has there: fs.readFileSync, require and import of
// a path beneath it reach FS, every other path is judged by the host
// grants. Paths are judged after cleaning, so ".." cannot leave it.
//
// # Notes
//
//   - FS is any fs.FS (embed.FS, fstest.MapFS, os.DirFS, a zip.Reader),
//     used as given: os.DirFS follows symlinks out of its directory, so
//     grant a host directory with FSRead, which confines every access.
//   - Only a *MemFS can be Writable. Changes to a read-only mount fail
//     with EROFS, as on a read-only mount of Linux.
//   - fs.watch is not available in a mount (ENOSYS), nor are symlinks
//     in a MemFS (EPERM); rename and link between two mounts, or a mount
//     and the host, fail with EXDEV (copyFile copies).
type Mount struct {
	Path     string
	FS       fs.FS
	Writable bool
}

// Limits bound one isolate; each breach ends it with a *LimitError
// naming the limit. Zero means the default (or no limit, as noted).
type Limits struct {
	// Memory bounds the engine's heap (all JS objects, strings and
	// ArrayBuffers) and the host memory held for the isolate. Default:
	// 256 MiB; at least 64 MiB.
	Memory uint64
	// CPUTime bounds the CPU time the isolate's JS uses, summed over its
	// life: the thread CPU time of its calls into the engine, so time
	// blocked in a host call, waiting on its loop or for a core on a
	// loaded machine is not counted. Default: none.
	CPUTime time.Duration
	// WallTime bounds an isolate's life from its start. Default: none.
	WallTime time.Duration
	// Stack bounds the engine's C stack used by JS, in bytes (recursion
	// depth): past it a RangeError is thrown, which ends the isolate if
	// it is not caught. Default: 1.5 MiB (about 5,800 plain frames).
	Stack uint32
	// Handles bounds open files, sockets, watchers and children at once
	// (the fd table). Default: 1,024.
	Handles int
	// Children bounds the child processes alive at once. Default: none
	// (spawning needs Grants.ChildProcess anyway).
	Children int
	// Workers bounds the worker threads alive at once, nested ones
	// included. Default: none beyond the process's own cap (spawning
	// needs Grants.Workers anyway).
	Workers int
	// Output bounds the bytes written to Stdout and Stderr together.
	// Default: none.
	Output int64
}

// HostModule is a module of Go functions, keyed by their JS names.
type HostModule map[string]HostFunc

// HostFunc is a Go function JS calls. Arguments and the result are JSON
// values. A sync function runs while JS waits; an Async one runs on a
// goroutine of its own and JS gets a promise. A returned error becomes a
// thrown (or rejecting) JS Error with its message; a panic becomes a JS
// exception in that isolate only. ctx ends when the isolate closes.
type HostFunc struct {
	Fn    func(ctx context.Context, args []any) (any, error)
	Async bool
}
