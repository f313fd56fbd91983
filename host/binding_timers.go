package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'timers' binding: the one loop timer behind every JS timer, and
// whether timers and immediates keep the loop alive.
var timersBinding = &binding.Module{Name: "timers", Funcs: []binding.Func{
	{Name: "scheduleTimer", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		e.Loop.SetTimer(msDuration(int64(binding.Arg(args, 0).Number())), true)
		return wasm.Undefined
	}},
	{Name: "toggleTimerRef", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		e.Loop.SetTimerRef(e.VM.Bool(binding.Arg(args, 0)))
		return wasm.Undefined
	}},
	{Name: "toggleImmediateRef", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		e.Loop.SetImmediates(e.VM.Bool(binding.Arg(args, 0)), e.VM.Bool(binding.Arg(args, 1)))
		return wasm.Undefined
	}},
	{Name: "getLibuvNow", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		// Fresh time, not the turn's cached one: a timer never fires
		// earlier than its delay after the call that set it.
		return wasm.MakeFloat(float64(e.Loop.UpdateTime().Milliseconds()))
	}},
}}
