package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'contextify' binding: compiling user code (the CommonJS wrapper, vm
// scripts) in the global scope, sloppy mode, as user code is.
var contextifyBinding = &binding.Module{Name: "contextify", Funcs: []binding.Func{
	{Name: "compileFunction", Fn: evalGlobal},
	{Name: "evalScript", Fn: evalGlobal},
}}

// evalGlobal evaluates source args[0] named args[1] in the global scope
// and returns its value (for compileFunction, a function expression).
func evalGlobal(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	v, err := vm.Eval(vm.String(binding.Arg(args, 0)), vm.String(binding.Arg(args, 1)), wasm.EvalGlobal)
	if err != nil {
		return vm.Throw(err.(*wasm.Error).Value)
	}
	return v
}
