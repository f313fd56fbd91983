package hostfs

import (
	"errors"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// The "fs" binding is what the module loaders use, synchronously: every
// function goes through the same policy as fs_ops.
//
//	readFileUtf8(path) -> string
//	internalModuleStat(path) -> 0 a file, 1 a directory, < 0 missing
//	realpath(path) -> string
var fsLoader = binding.Module{Name: "fs", Funcs: []binding.Func{
	{Name: "readFileUtf8", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		given, p := pathArg(e, args, 0)
		fs, limit := FSOf(e), e.MaxBuffer
		return e.Do(wasm.Undefined, func() (binding.Result, error) {
			f, err := fs.Open(p, unix.O_RDONLY, 0)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			b, err := stream{f: f}.readAll(limit)
			if err != nil {
				return nil, err
			}
			return strResult(string(b)), nil
		}, fail("open", given, ""))
	}},
	// A path the policy denies answers 0 (a file) whether or not it
	// exists, so the loader goes on to read it and reports Node's
	// ERR_ACCESS_DENIED, and nothing outside the grants is learnt.
	{Name: "internalModuleStat", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		_, p := pathArg(e, args, 0)
		rc, err := FSOf(e).ModuleStat(p)
		var d *permission.Denied
		switch {
		case errors.As(err, &d):
			return wasm.MakeInt(0)
		case err != nil:
			return wasm.MakeInt(-2)
		}
		return wasm.MakeInt(int32(rc))
	}},
	strFunc("realpath", FS.Realpath),
}}

// The "permission" binding is process.permission: enabled, and has(scope,
// reference), answered for file-system scopes with a path by the same
// decision the operations take.
var permissionModule = binding.Module{
	Name: "permission",
	Funcs: []binding.Func{{Name: "has", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		scope := e.VM.String(binding.Arg(args, 0))
		ref := ""
		if r := binding.Arg(args, 1); !r.IsUndefined() {
			ref = e.VM.String(r)
		}
		if ref == "" || !e.Policy.Enabled() {
			return wasm.MakeBool(e.Policy.Has(scope, ref))
		}
		abs, fs := absPath(e, ref), FSOf(e)
		switch scope {
		case "fs.read":
			return wasm.MakeBool(Allowed(fs, permission.FSRead, abs))
		case "fs.write":
			return wasm.MakeBool(Allowed(fs, permission.FSWrite, abs))
		case "fs":
			return wasm.MakeBool(Allowed(fs, permission.FSRead, abs) && Allowed(fs, permission.FSWrite, abs))
		}
		return wasm.MakeBool(e.Policy.Has(scope, ref))
	}}},
	Setup: func(e *binding.Env, obj wasm.Value) {
		e.VM.Set(obj, "enabled", wasm.MakeBool(e.Policy.Enabled()))
	},
}
