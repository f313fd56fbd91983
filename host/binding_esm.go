package host

import (
	"github.com/wqnode/wqnode/wasm"
)

// esmHooks serves QuickJS's module resolution and loading by calling the
// JavaScript resolver and loader registered by internal/modules/esm/loader
// (through internalBinding('module_wrap').setHooks). The loader returns
// module source text; the host compiles it.
type esmHooks struct {
	iso             *Isolate
	resolve, source wasm.Value // owned JS functions
}

func (h *esmHooks) Normalize(vm *wasm.VM, base, specifier string) (string, wasm.Value) {
	s, b := vm.NewString(specifier), vm.NewString(base)
	r, err := vm.Call(h.resolve, wasm.Undefined, s, b)
	vm.Free(s)
	vm.Free(b)
	if err != nil {
		return "", err.(*wasm.Error).Value
	}
	out := vm.String(r)
	vm.Free(r)
	return out, 0
}

func (h *esmHooks) Load(vm *wasm.VM, name string) (wasm.Value, bool) {
	n := vm.NewString(name)
	src, err := vm.Call(h.source, wasm.Undefined, n)
	vm.Free(n)
	if err != nil {
		return err.(*wasm.Error).Value, false
	}
	text := vm.String(src)
	vm.Free(src)
	m, err := vm.CompileModule(text, name)
	if err != nil {
		return err.(*wasm.Error).Value, false
	}
	// The context's module list owns the module; hand QuickJS the pointer.
	return m, true
}

func init() {
	bindings["module_wrap"] = func(iso *Isolate, obj wasm.Value) {
		iso.fn(obj, "setHooks", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			vm.Modules = &esmHooks{iso: iso, resolve: vm.Dup(arg(args, 0)), source: vm.Dup(arg(args, 1))}
			return wasm.Undefined
		})
	}
}
