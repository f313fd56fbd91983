package hostfs

import (
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// dir is an open directory stream (fs.opendir) in the handle table. It
// is not a file: fs.close and fs.read refuse it.
type dir struct{ f File }

// Close closes the directory.
func (d *dir) Close() error { return d.f.Close() }

var dirFuncs = []binding.Func{
	// readdir(path, withTypes, cb) -> names or [names, types], sorted
	{Name: "readdir", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		withTypes := e.VM.Bool(binding.Arg(args, 1))
		return onPath(e, args, 2, "scandir", func(fs FS, p Path) (binding.Result, error) {
			d, err := fs.ReadDir(p, true)
			if err != nil {
				return nil, err
			}
			return direntsResult(d, withTypes), nil
		})
	}},
	// scandir(path, cb) -> [names, types] in the directory's own order.
	{Name: "scandir", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onPath(e, args, 1, "opendir", func(fs FS, p Path) (binding.Result, error) {
			d, err := fs.ReadDir(p, false)
			if err != nil {
				return nil, err
			}
			return direntsResult(d, true), nil
		})
	}},
	// opendir(path, cb) -> handle; dirRead(handle, n, cb) -> [names,
	// types] (empty at the end); dirClose(handle, cb).
	{Name: "opendir", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cb := binding.Arg(args, 1)
		given, p := pathArg(e, args, 0)
		errPath := "" // as Node, only the asynchronous form names the path
		if binding.IsFunc(cb) {
			errPath = given
		}
		fs := FSOf(e)
		return openSlot(e, cb, fail("opendir", errPath, ""), func() (binding.Handle, error) {
			f, err := fs.OpenDir(p)
			if err != nil {
				return nil, err
			}
			return &dir{f}, nil
		})
	}},
	{Name: "dirRead", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cb, n := binding.Arg(args, 2), int(num(args, 1))
		d, ok := binding.Lookup[*dir](e.Handles, int(num(args, 0)))
		if !ok {
			return e.FailAs(fsReq, cb, syscall.EBADF, fail("scandir", "", ""))
		}
		return e.DoAs(fsReq, cb, func() (binding.Result, error) {
			ents, err := d.f.ReadDir(n)
			if err != nil {
				return nil, err
			}
			return direntsResult(ents, true), nil
		}, fail("scandir", "", ""))
	}},
	{Name: "dirClose", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cb, i := binding.Arg(args, 1), int(num(args, 0))
		if _, ok := binding.Lookup[*dir](e.Handles, i); !ok {
			return e.FailAs(fsReq, cb, syscall.EBADF, fail("closedir", "", ""))
		}
		h := e.Handles.Remove(i)
		return e.DoAs(fsReq, cb, func() (binding.Result, error) { return nil, h.Close() }, fail("closedir", "", ""))
	}},
}
