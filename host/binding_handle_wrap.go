package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'handle_wrap' binding lets JS-only handles (message ports) keep the
// loop alive: each ref is paired with an unref by the JS side.
var handleWrapBinding = &binding.Module{Name: "handle_wrap", Funcs: []binding.Func{
	{Name: "ref", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		e.Loop.Ref()
		return wasm.Undefined
	}},
	{Name: "unref", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		e.Loop.Unref()
		return wasm.Undefined
	}},
}}
