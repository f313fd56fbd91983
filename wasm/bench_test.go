package wasm

import "testing"

// BenchmarkHostCall measures a trivial JS-to-Go call (the target is well
// under 1 µs); the JS loop overhead is included.
func BenchmarkHostCall(b *testing.B) {
	vm := newVM(b)
	g := vm.Global()
	vm.Set(g, "noop", vm.Register("noop", func(vm *VM, this Value, args []Value) Value { return args[0] }))
	vm.Free(g)
	fn, err := vm.Eval("(function (n) { let s = 0; for (let i = 0; i < n; i++) s += noop(i); return s; })", "b.js", 0)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	r, err := vm.Call(fn, Undefined, MakeInt(int32(b.N)))
	if err != nil {
		b.Fatal(err)
	}
	vm.Free(r)
}

// BenchmarkCallIntoJS measures a Go-to-JS call of a trivial function.
func BenchmarkCallIntoJS(b *testing.B) {
	vm := newVM(b)
	fn, _ := vm.Eval("(function (x) { return x; })", "b.js", 0)
	arg := MakeInt(1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := vm.Call(fn, Undefined, arg)
		if err != nil {
			b.Fatal(err)
		}
		vm.Free(r)
	}
}

// BenchmarkRunJobs measures draining an empty microtask queue, paid after
// every macrotask.
func BenchmarkRunJobs(b *testing.B) {
	vm := newVM(b)
	for i := 0; i < b.N; i++ {
		vm.RunJobs()
	}
}
