package host

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// HostModule is a module of Go functions JS loads as 'host:<name>'
// (require('host:name'), import { f } from 'host:name'). Arguments and
// results cross as JSON values (nil, bool, float64, string, []any,
// map[string]any).
type HostModule struct {
	Funcs map[string]HostFunc
}

// HostFunc is one function of a HostModule. A sync one runs on the
// isolate's goroutine while JS waits; an async one runs on a goroutine of
// its own and JS gets a promise, settled through the loop. An error is
// thrown (or rejected) in JS as an Error with its message; a panic becomes
// a JS exception in that isolate only. ctx ends when the isolate closes.
type HostFunc struct {
	Fn    func(ctx context.Context, args []any) (any, error)
	Async bool
}

// maxAsyncHostCalls bounds the async host calls one isolate has running
// (each is a goroutine).
const maxAsyncHostCalls = 256

// hostModulesList answers [[module, fn, async, fn, async, ...], ...].
func hostModulesList(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	names := make([]string, 0, len(iso.cfg.HostModules))
	for n := range iso.cfg.HostModules {
		names = append(names, n)
	}
	sort.Strings(names)
	out := vm.NewArray()
	for i, n := range names {
		m := iso.cfg.HostModules[n]
		entry := vm.NewArray()
		vm.SetIndex(entry, 0, vm.NewString(n))
		fns := make([]string, 0, len(m.Funcs))
		for f := range m.Funcs {
			fns = append(fns, f)
		}
		sort.Strings(fns)
		for j, f := range fns {
			vm.SetIndex(entry, uint32(1+2*j), vm.NewString(f))
			vm.SetIndex(entry, uint32(2+2*j), wasm.MakeBool(m.Funcs[f].Async))
		}
		vm.SetIndex(out, uint32(i), entry)
	}
	return out
}

// hostFunc finds module.fn and decodes its JSON arguments.
func hostFunc(e *binding.Env, args []wasm.Value) (HostFunc, []any, error) {
	iso, vm := isoOf(e), e.VM
	mod, name := vm.String(binding.Arg(args, 0)), vm.String(binding.Arg(args, 1))
	m := iso.cfg.HostModules[mod]
	if m == nil {
		return HostFunc{}, nil, fmt.Errorf("no host module %q", mod)
	}
	f, ok := m.Funcs[name]
	if !ok || f.Fn == nil {
		return HostFunc{}, nil, fmt.Errorf("host module %q has no function %q", mod, name)
	}
	var in []any
	if err := json.Unmarshal([]byte(vm.String(binding.Arg(args, 2))), &in); err != nil {
		return HostFunc{}, nil, fmt.Errorf("host:%s.%s: arguments: %v", mod, name, err)
	}
	return f, in, nil
}

// callHost runs f, turning a panic into an error and the result into JSON.
func callHost(ctx context.Context, f HostFunc, in []any) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = "", fmt.Errorf("host function panicked: %v", r)
		}
	}()
	v, err := f.Fn(ctx, in)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("host function result: %v", err)
	}
	return string(b), nil
}

func hostCall(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	f, in, err := hostFunc(e, args)
	if err == nil {
		var out string
		if out, err = callHost(isoOf(e).hostCtx(), f, in); err == nil {
			return e.VM.NewString(out)
		}
	}
	return e.VM.ThrowError("Error", err.Error())
}

func hostCallAsync(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	cb := binding.Arg(args, 3)
	f, in, err := hostFunc(e, args)
	if err == nil && iso.asyncCalls >= maxAsyncHostCalls {
		err = fmt.Errorf("too many host calls in progress (%d)", maxAsyncHostCalls)
	}
	if err != nil {
		return vm.ThrowError("Error", err.Error())
	}
	iso.asyncCalls++
	cbv := vm.Dup(cb)
	req := e.Loop.Reserve()
	ctx := iso.hostCtx()
	go func() {
		out, err := callHost(ctx, f, in)
		req.Complete(func() {
			iso.asyncCalls--
			if err != nil {
				e.Callback(cbv, vm.NewError("Error", err.Error()))
			} else {
				e.Callback(cbv, wasm.Null, vm.NewString(out))
			}
			vm.Free(cbv)
		})
	}()
	return wasm.Undefined
}

// hostCtx is the context host functions get: it ends when the isolate
// is released.
func (iso *Isolate) hostCtx() context.Context {
	if iso.ctx == nil {
		iso.ctx, iso.cancel = context.WithCancel(context.Background())
		iso.onClose(iso.cancel)
	}
	return iso.ctx
}
