package host

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/wqnode/wqnode/host/binding"
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
	if !moduleNameAllowed(out) {
		return "", vm.NewError("TypeError", "wqnode: module name not loadable: "+strconv.Quote(out))
	}
	return out, 0
}

// moduleNameAllowed reports whether name may be a module of the engine's
// loader: an absolute path, a builtin (node:), an embedder's module
// (host:) or one of the loader's own (wqnode:). Whatever the JavaScript resolver returns, the engine's own
// modules (qjs:std, qjs:os, ...) are never reachable.
func moduleNameAllowed(name string) bool {
	return strings.HasPrefix(name, "/") || strings.HasPrefix(name, "node:") || strings.HasPrefix(name, "wqnode:") ||
		strings.HasPrefix(name, "host:")
}

func (h *esmHooks) Load(vm *wasm.VM, name string) (wasm.Value, bool) {
	if !moduleNameAllowed(name) {
		return vm.NewError("TypeError", "wqnode: module name not loadable: "+strconv.Quote(name)), false
	}
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

// moduleWrapBinding is the 'module_wrap' binding: the ES module loader's
// hooks into the engine, and require() of an ES module.
var moduleWrapBinding = &binding.Module{Name: "module_wrap", Funcs: []binding.Func{
	// requireModule(name) evaluates the ES module graph of name
	// synchronously (require() of ESM, Node 20.19+): it returns the
	// namespace, throws what evaluation threw, or returns null when the
	// graph is still pending (top-level await). A one-line entry module
	// imports name, so the instance is the one import() would give.
	{Name: "requireModule", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		name, _ := json.Marshal(vm.String(binding.Arg(args, 0)))
		iso.requireSeq++
		entry := fmt.Sprintf("wqnode:require:%d", iso.requireSeq)
		src := "import * as ns from " + string(name) + "; __wqnodeESM.required = ns;"
		m, err := vm.CompileModule(src, entry)
		if err != nil {
			return vm.Throw(err.(*wasm.Error).Value)
		}
		if err := vm.ResolveModule(m); err != nil {
			return vm.Throw(err.(*wasm.Error).Value)
		}
		before := len(iso.rejections)
		p, err := vm.EvalFunction(m)
		if err != nil {
			return vm.Throw(err.(*wasm.Error).Value)
		}
		defer vm.Free(p)
		state, result := promiseState(vm, p)
		// The graph's evaluation promises rejected with what require()
		// now throws: that is not an unhandled rejection.
		iso.forgetRejections(before, result)
		switch state {
		case 1:
			sym, _ := vm.Eval("__wqnodeESM", "<wqnode:host>", wasm.EvalStrict)
			ns := vm.Get(sym, "required")
			vm.Set(sym, "required", wasm.Undefined)
			vm.Free(sym)
			return ns
		case 2:
			return vm.Throw(vm.Dup(result))
		}
		return wasm.Null
	}},
	// setHooks is called once, by the bootstrap, before any user code
	// runs; every later call (a program that got hold of the binding) is
	// refused.
	{Name: "setHooks", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		if vm.Modules != nil {
			return vm.ThrowError("TypeError", "module hooks are already set")
		}
		vm.Modules = &esmHooks{iso: iso, resolve: vm.Dup(binding.Arg(args, 0)), source: vm.Dup(binding.Arg(args, 1))}
		return wasm.Undefined
	}},
}}

// promiseState reads a promise's state (0 pending, 1 fulfilled, 2 rejected)
// and result (borrowed) from its JSPromiseData.
func promiseState(vm *wasm.VM, p wasm.Value) (int, wasm.Value) {
	if vm.ClassID(p) != classPromise {
		return 1, wasm.Undefined
	}
	data := vm.Bytes(vm.Opaque(p), 32)
	return int(binary.LittleEndian.Uint32(data)), wasm.Value(binary.LittleEndian.Uint64(data[24:]))
}

// forgetRejections drops the tracker events recorded since index from
// whose reason is reason: the host consumed those rejections.
func (iso *Isolate) forgetRejections(from int, reason wasm.Value) {
	if from > len(iso.rejections) {
		from = len(iso.rejections)
	}
	kept := iso.rejections[:from]
	for _, r := range iso.rejections[from:] {
		if r.reason == reason {
			iso.vm.Free(r.promise)
			iso.vm.Free(r.reason)
			continue
		}
		kept = append(kept, r)
	}
	iso.rejections = kept
}
