package hostfs

import (
	"strings"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The fs_ops binding is the system-call layer under the fs module.
//
// Every operation takes its arguments and then an optional completion
// callback. Without one the call is synchronous: it returns the result or
// throws Node's error. With one the work runs on the pool and cb(err) or
// cb(null, result) is called from the loop, never from inside the call
// (denials included). Paths are strings, resolved against the isolate's
// working directory; the path as given appears in error messages.
// Buffers are passed as (arrayBuffer, byteOffset, length). A descriptor
// is an index into the isolate's handle table.
var fsOps = binding.Module{Name: "fs_ops", Funcs: concat(fdFuncs, pathFuncs, dirFuncs)}

func concat(lists ...[]binding.Func) []binding.Func {
	var out []binding.Func
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// onPath runs work on the Path of args[0] with completion cb.
func onPath(e *binding.Env, args []wasm.Value, cbAt int, sys string, work func(fs FS, p Path) (binding.Result, error)) wasm.Value {
	given, p := pathArg(e, args, 0)
	fs := FSOf(e)
	return e.DoAs(fsReq, binding.Arg(args, cbAt), func() (binding.Result, error) { return work(fs, p) }, fail(sys, given, ""))
}

// onPath0 is onPath for operations without a result.
func onPath0(e *binding.Env, args []wasm.Value, cbAt int, sys string, op func(fs FS, p Path) error) wasm.Value {
	return onPath(e, args, cbAt, sys, func(fs FS, p Path) (binding.Result, error) { return nil, op(fs, p) })
}

// onTwo runs op on the Paths of args[0] and args[1].
func onTwo(e *binding.Env, args []wasm.Value, cbAt int, sys string, op func(fs FS, a, b Path) error) wasm.Value {
	ga, a := pathArg(e, args, 0)
	gb, b := pathArg(e, args, 1)
	fs := FSOf(e)
	return e.DoAs(fsReq, binding.Arg(args, cbAt), func() (binding.Result, error) { return nil, op(fs, a, b) }, fail(sys, ga, gb))
}

func statFunc(name string, lstat bool) binding.Func {
	return binding.Func{Name: name, Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		out := syncOut(args, 1, 2)
		return onPath(e, args, 1, name, func(fs FS, p Path) (binding.Result, error) {
			stat := fs.Stat
			if lstat {
				stat = fs.Lstat
			}
			st, err := stat(p)
			if err != nil {
				return nil, err
			}
			return statResult(st, out), nil
		})
	}}
}

func utimesFunc(name string, nofollow bool) binding.Func {
	return binding.Func{Name: name, Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		ts := []unix.Timespec{tspec(num(args, 1)), tspec(num(args, 2))}
		return onPath0(e, args, 3, name, func(fs FS, p Path) error { return fs.Utimes(p, ts, nofollow) })
	}}
}

func chownFunc(name string, nofollow bool) binding.Func {
	return binding.Func{Name: name, Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		uid, gid := int(num(args, 1)), int(num(args, 2))
		return onPath0(e, args, 3, name, func(fs FS, p Path) error {
			if nofollow {
				return fs.Lchown(p, uid, gid)
			}
			return fs.Chown(p, uid, gid)
		})
	}}
}

func strFunc(name string, op func(fs FS, p Path) (string, error)) binding.Func {
	return binding.Func{Name: name, Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onPath(e, args, 1, name, func(fs FS, p Path) (binding.Result, error) {
			s, err := op(fs, p)
			if err != nil {
				return nil, err
			}
			return strResult(s), nil
		})
	}}
}

func path0Func(name, sys string, op func(fs FS, p Path) error) binding.Func {
	return binding.Func{Name: name, Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onPath0(e, args, 1, sys, op)
	}}
}

var pathFuncs = []binding.Func{
	statFunc("stat", false),
	statFunc("lstat", true),
	{Name: "access", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		mode := uint32(num(args, 1))
		return onPath0(e, args, 2, "access", func(fs FS, p Path) error { return fs.Access(p, mode) })
	}},
	// mkdir(path, mode, recursive, cb) -> first directory created (recursive)
	{Name: "mkdir", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		given := e.VM.String(binding.Arg(args, 0))
		mode, recursive := e.CreateMode(uint32(num(args, 1))), e.VM.Bool(binding.Arg(args, 2))
		return onPath(e, args, 3, "mkdir", func(fs FS, p Path) (binding.Result, error) {
			if !recursive {
				return nil, fs.Mkdir(p, mode)
			}
			first, err := fs.MkdirAll(p, mode)
			if err != nil || first == "" {
				return nil, err
			}
			return strResult(createdAs(given, p.Abs, first)), nil
		})
	}},
	{Name: "mkdtemp", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		given, p := pathArg(e, args, 0)
		fs := FSOf(e)
		return e.DoAs(fsReq, binding.Arg(args, 1), func() (binding.Result, error) {
			suffix, err := fs.Mkdtemp(p)
			if err != nil {
				return nil, err
			}
			return strResult(given + suffix), nil
		}, fail("mkdtemp", given+"XXXXXX", ""))
	}},
	path0Func("rmdir", "rmdir", FS.Rmdir),
	path0Func("unlink", "unlink", FS.Unlink),
	path0Func("rmAll", "rm", FS.RemoveAll),
	{Name: "rename", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onTwo(e, args, 2, "rename", FS.Rename)
	}},
	{Name: "link", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onTwo(e, args, 2, "link", FS.Link)
	}},
	// symlink(target, path, cb): the target is stored as given.
	{Name: "symlink", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		target := e.VM.String(binding.Arg(args, 0))
		given, p := pathArg(e, args, 1)
		fs := FSOf(e)
		return e.DoAs(fsReq, binding.Arg(args, 2), func() (binding.Result, error) {
			return nil, fs.Symlink(target, p)
		}, fail("symlink", target, given))
	}},
	{Name: "copyFile", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		mode := int(num(args, 2))
		if mode&4 != 0 { // COPYFILE_FICLONE_FORCE
			return onTwo(e, args, 3, "copyfile", func(FS, Path, Path) error { return unix.ENOSYS })
		}
		return onTwo(e, args, 3, "copyfile", func(fs FS, a, b Path) error { return fs.CopyFile(a, b, mode&1 != 0) })
	}},
	strFunc("readlink", FS.Readlink),
	strFunc("realpath", FS.Realpath),
	{Name: "truncate", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		n := int64(num(args, 1))
		return onPath0(e, args, 2, "open", func(fs FS, p Path) error { return fs.Truncate(p, n) })
	}},
	{Name: "chmod", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		mode := uint32(num(args, 1))
		return onPath0(e, args, 2, "chmod", func(fs FS, p Path) error { return fs.Chmod(p, mode) })
	}},
	chownFunc("chown", false),
	chownFunc("lchown", true),
	utimesFunc("utime", false),
	utimesFunc("lutime", true),
}

// createdAs reports the first directory a recursive mkdir created in the
// form the caller gave the path (relative stays relative).
func createdAs(given, abs, first string) string {
	if strings.HasPrefix(given, "/") {
		return first
	}
	rest := strings.TrimPrefix(strings.TrimSuffix(abs, "/"), strings.TrimSuffix(first, "/"))
	depth := strings.Count(rest, "/")
	r := strings.TrimSuffix(given, "/")
	for i := 0; i < depth; i++ {
		if j := strings.LastIndexByte(r, '/'); j >= 0 {
			r = r[:j]
		}
	}
	return r
}
