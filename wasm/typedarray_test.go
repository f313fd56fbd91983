package wasm

import "testing"

// IsArray pins the Array class id: arrays and subclass instances are, a
// Proxy of one and array-likes are not.
func TestIsArray(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]bool{
		"[1, 2]": true, "new (class extends Array {})()": true, "new Proxy([], {})": false,
		"({ length: 1 })": false, "new Uint8Array(1)": false, "(function () { return arguments; })()": false,
	} {
		v, err := vm.Eval(src, "t.js", 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := vm.IsArray(v); got != want {
			t.Errorf("%s: IsArray %v, want %v", src, got, want)
		}
		vm.Free(v)
	}
}

// DenseArray and ArrayElem pin the fast-array layout: a literal is dense
// and its elements read back; an accessor element, a hole before the end
// or a huge index leave the vector; a getter on Array.prototype is never
// run by ArrayElem (past the vector's end it answers undefined).
func TestDenseArray(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]bool{
		"[10, 'b', 30]": true,
		"(() => { const a = [10, 'b', 30]; a.length = 5; return a })()":                                        true,
		"(() => { const a = [10, 'b', 30]; Object.defineProperty(a, 1, { get() { return 1 } }); return a })()": false,
		"(() => { const a = []; a[5] = 1; return a })()":                                                       false,
		"(() => { const a = [10, 'b', 30]; a[1e9] = 1; return a })()":                                          false,
		"new Proxy([10, 'b', 30], {})":                                                                         false, "({ 0: 10, length: 1 })": false,
	} {
		v, err := vm.Eval(src, "t.js", 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := vm.DenseArray(v); got != want {
			t.Errorf("%s: DenseArray %v, want %v", src, got, want)
		}
		if want {
			e0, e1, e2, e3 := vm.ArrayElem(v, 0), vm.ArrayElem(v, 1), vm.ArrayElem(v, 2), vm.ArrayElem(v, 3)
			if e0 != MakeInt(10) || vm.String(e1) != "b" || e2 != MakeInt(30) || e3 != Undefined {
				t.Errorf("%s: elements %v %q %v %v", src, e0, vm.String(e1), e2, e3)
			}
			vm.Free(e1)
		} else if e := vm.ArrayElem(v, 0); e != Undefined {
			t.Errorf("%s: ArrayElem of a sparse array: %v", src, e)
		}
		vm.Free(v)
	}
	v, err := vm.Eval(`globalThis.ran = 0; Object.defineProperty(Array.prototype, 3, { get() { ran++; return 7 }, configurable: true }); [1, 2, 3]`, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	if e := vm.ArrayElem(v, 3); e != Undefined {
		t.Errorf("a hole read %v", e)
	}
	vm.Free(v)
	if r, _ := vm.Eval("ran", "t.js", 0); r != MakeInt(0) {
		t.Errorf("a prototype getter ran %v times", r)
	}
}

// Inside a host call, converting an object to a string or a number runs
// none of its code (toString, valueOf, Symbol.toPrimitive): the host
// gets "" and NaN; outside one, ToString and ToNumber hold as usual.
func TestNoScriptInHostConversions(t *testing.T) {
	vm := newVM(t)
	g := vm.Global()
	defer vm.Free(g)
	var gotS string
	var gotF float64
	vm.Set(g, "conv", vm.Register("conv", func(vm *VM, _ Value, args []Value) Value {
		gotS, gotF = vm.String(args[0]), vm.Float(args[1])
		return Undefined
	}))
	v, err := vm.Eval(`globalThis.ran = 0;
		const o = { toString() { ran++; return 'x' }, valueOf() { ran++; return 1 }, [Symbol.toPrimitive]() { ran++; return 2 } };
		conv(o, o); globalThis.o = o; ran`, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	if v != MakeInt(0) || gotS != "" || gotF == gotF {
		t.Fatalf("ran %v; String %q, Float %v", v, gotS, gotF)
	}
	o := vm.Get(g, "o")
	defer vm.Free(o)
	if s := vm.String(o); s != "2" {
		t.Fatalf("String outside a host call: %q", s)
	}
}
