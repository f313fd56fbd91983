package host

import (
	"context"
	"fmt"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'contextify' binding: compiling user code (the CommonJS wrapper, vm
// scripts) in the global scope, sloppy mode, as user code is.
var contextifyBinding = &binding.Module{Name: "contextify", Funcs: []binding.Func{
	{Name: "compileFunction", Fn: evalGlobal},
	{Name: "evalScript", Fn: evalGlobal},
}}

// scriptTimeouts is the innermost vm script running under a timeout (its
// context ends at the earliest of its own and every enclosing deadline).
type scriptTimeouts struct{ ctx context.Context }

type scriptTimeoutsKey struct{}

// evalGlobal evaluates source args[0] named args[1] in the global scope
// and returns its value (for compileFunction, a function expression). A
// positive args[2] is a timeout in milliseconds (vm's timeout option).
func evalGlobal(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	src, name := vm.String(binding.Arg(args, 0)), vm.String(binding.Arg(args, 1))
	if t := binding.Arg(args, 2); t.IsNumber() && t.Number() > 0 {
		return evalTimed(e, src, name, int64(t.Number()))
	}
	v, err := vm.Eval(src, name, wasm.EvalGlobal)
	if err != nil {
		return vm.Throw(err.(*wasm.Error).Value)
	}
	return v
}

// evalTimed is evalGlobal under a timeout of ms milliseconds. Past it the
// script is interrupted (no catch or finally in it runs) and the caller
// gets a catchable ERR_SCRIPT_EXECUTION_TIMEOUT. An interrupt that is not
// this timeout (an enclosing script's, or the isolate being stopped) goes
// on unwinding.
func evalTimed(e *binding.Env, src, name string, ms int64) wasm.Value {
	vm := e.VM
	st := binding.State(e, scriptTimeoutsKey{}, func() *scriptTimeouts { return &scriptTimeouts{} })
	prev := st.ctx
	parent := prev
	if parent == nil {
		parent = context.Background()
	}
	own := time.Now().Add(time.Duration(ms) * time.Millisecond)
	ctx, cancel := context.WithDeadline(parent, own)
	st.ctx = ctx
	release := vm.Limit(ctx)
	v, err := vm.Eval(src, name, wasm.EvalGlobal)
	release()
	st.ctx = prev
	cancel()
	if err == nil {
		return v
	}
	je := err.(*wasm.Error)
	if !wasm.IsInterrupted(err) || time.Now().Before(own) || expired(parent) {
		return vm.Throw(je.Value)
	}
	vm.Free(je.Value)
	ev := vm.NewError("Error", fmt.Sprintf("Script execution timed out after %dms", ms))
	vm.Set(ev, "code", vm.NewString("ERR_SCRIPT_EXECUTION_TIMEOUT"))
	return vm.Throw(ev)
}

// expired reports whether ctx is done or past its deadline (read directly:
// the context's own timer may not have fired yet on a loaded machine).
func expired(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && !time.Now().Before(d)
}
