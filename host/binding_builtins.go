package host

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'builtins' binding: the builtin module ids and their compiled
// wrappers, for the builtin loader.
var builtinsBinding = &binding.Module{Name: "builtins",
	Init: func(e *binding.Env, obj wasm.Value) {
		e.VM.Set(obj, "builtinIds", stringArray(e.VM, builtinIDs()))
	},
	Funcs: []binding.Func{
		{Name: "compileBuiltin", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			vm := e.VM
			id := vm.String(binding.Arg(args, 0))
			fn, err := isoOf(e).compileBuiltin(id)
			if err != nil {
				if je, ok := err.(*wasm.Error); ok {
					return vm.Throw(je.Value)
				}
				return vm.ThrowError("Error", "No such built-in module: "+id)
			}
			return fn
		}},
	}}

// bytecodeDir caches compiled builtins between processes, keyed by a hash
// of the engine build and the module's source, so a cached entry can never
// be stale. An unusable directory just means compiling every time.
var bytecodeDir = sync.OnceValue(func() string {
	dir := os.Getenv(wasm.CacheDirEnv)
	if dir == "off" {
		return ""
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "wqnode")
	}
	dir = filepath.Join(dir, "bytecode")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return dir
})

// compileBuiltin returns the wrapper function of builtin id:
// (exports, require, module, internalBinding, primordials) => { ...source }.
func (iso *Isolate) compileBuiltin(id string) (wasm.Value, error) {
	vm := iso.vm
	src, err := fs.ReadFile(builtinFS(), id+".js")
	if err != nil {
		return wasm.Undefined, err
	}
	wrapped := "(function (exports, require, module, internalBinding, primordials) {" + string(src) + "\n})"
	name := "node:" + id
	sum := sha256.Sum256([]byte(wasm.EngineID + "\x00" + name + "\x00" + wrapped))
	var cacheFile string
	if dir := bytecodeDir(); dir != "" {
		cacheFile = filepath.Join(dir, hex.EncodeToString(sum[:16])+".qbc")
		if bc, err := os.ReadFile(cacheFile); err == nil {
			if fn, err := vm.ReadObject(bc); err == nil {
				return vm.EvalFunction(fn)
			}
		}
	}
	code, err := vm.Eval(wrapped, name, wasm.EvalStrict|wasm.EvalCompileOnly)
	if err != nil {
		return wasm.Undefined, err
	}
	if cacheFile != "" {
		if bc, err := vm.WriteObject(code); err == nil {
			tmp := cacheFile + ".tmp" + filepath.Base(os.Args[0])
			if os.WriteFile(tmp, bc, 0o644) == nil {
				os.Rename(tmp, cacheFile)
			}
		}
	}
	return vm.EvalFunction(code)
}
