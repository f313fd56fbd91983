package wasm

import (
	"strings"
	"testing"
)

func newVM(t testing.TB) *VM {
	t.Helper()
	return newVMWith(t, Options{})
}

// newVMWith makes a VM of the default engine, closed when the test ends.
func newVMWith(t testing.TB, opts Options) *VM {
	t.Helper()
	e, err := NewEngine(EngineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := e.NewVM(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(vm.Close)
	return vm
}

func TestEvalValues(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{
		"1+2": "3", "1.5": "1.5", "'héllo'": "héllo", "[1,2].join()": "1,2",
		"undefined": "undefined", "null": "null", "-0": "0", "NaN": "NaN", "2**53": "9007199254740992",
		"'a\\u0000b'": "a\x00b",
	} {
		v, err := vm.Eval(src, "t.js", 0)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := vm.String(v); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
		vm.Free(v)
	}
	v, _ := vm.Eval("1.5", "t.js", 0)
	if v.Tag() != TagFloat64 || v.Float64() != 1.5 || MakeFloat(1.5) != v {
		t.Errorf("float encoding: %#x", uint64(v))
	}
	v, _ = vm.Eval("7", "t.js", 0)
	if v != MakeInt(7) {
		t.Errorf("int encoding: %#x", uint64(v))
	}
	for _, c := range []struct {
		src string
		v   Value
	}{{"undefined", Undefined}, {"null", Null}, {"true", True}, {"false", False}} {
		v, _ := vm.Eval(c.src, "t.js", 0)
		if v != c.v {
			t.Errorf("%s encoded %#x, want %#x", c.src, uint64(v), uint64(c.v))
		}
	}
}

func TestNewString(t *testing.T) {
	vm := newVM(t)
	s := "a\x00é€😀" + strings.Repeat("x", 100000)
	v := vm.NewString(s)
	defer vm.Free(v)
	if got := vm.String(v); got != s {
		t.Errorf("round trip failed: %d bytes", len(got))
	}
}

func TestException(t *testing.T) {
	vm := newVM(t)
	_, err := vm.Eval("function f(){ throw new TypeError('boom') }\nf()", "/x/t.js", 0)
	e, ok := err.(*Error)
	if !ok || e.Name != "TypeError" || e.Message != "boom" || !strings.Contains(e.Stack, "t.js") {
		t.Fatalf("got %#v", err)
	}
	t.Logf("stack: %q", e.Stack)
}

func TestHostCall(t *testing.T) {
	vm := newVM(t)
	add := vm.Register("add", func(vm *VM, this Value, args []Value) Value {
		return vm.NewNumber(args[0].Number() + args[1].Number())
	})
	g := vm.Global()
	vm.Set(g, "add", add)
	boom := vm.Register("boom", func(vm *VM, this Value, args []Value) Value { panic("kaput") })
	vm.Set(g, "boom", boom)
	vm.Free(g)
	v, err := vm.Eval("add(2, 3.5)", "t.js", 0)
	if err != nil || v.Number() != 5.5 {
		t.Fatalf("add = %v, %v", v.Number(), err)
	}
	v, err = vm.Eval("try { boom(); 'no' } catch (e) { e.message.split('\\n')[0] }", "t.js", 0)
	if err != nil || !strings.Contains(vm.String(v), "kaput") {
		t.Fatalf("panic not converted: %q %v", vm.String(v), err)
	}
}

func TestJobsNotRunByEval(t *testing.T) {
	vm := newVM(t)
	v, _ := vm.Eval("globalThis.log = []; Promise.resolve().then(() => log.push('job')); log.push('sync'); 0", "t.js", 0)
	vm.Free(v)
	v, _ = vm.Eval("log.join()", "t.js", 0)
	if got := vm.String(v); got != "sync" {
		t.Fatalf("before RunJobs: %q", got)
	}
	if err := vm.RunJobs(); err != nil {
		t.Fatal(err)
	}
	v, _ = vm.Eval("log.join()", "t.js", 0)
	if got := vm.String(v); got != "sync,job" {
		t.Fatalf("after RunJobs: %q", got)
	}
}

func TestDeepRecursion(t *testing.T) {
	vm := newVM(t)
	v, err := vm.Eval("function r(n){ return n === 0 ? 0 : 1 + r(n-1) }; r(5000)", "t.js", 0)
	if err != nil || v.Number() != 5000 {
		t.Fatalf("5k frames: %v %v", v.Number(), err)
	}
	// Runaway recursion throws Node's RangeError, uncaught here, and the VM
	// carries on.
	_, err = vm.Eval("function inf(n){ var a,b,c,d,e,f,g,h; return inf(n+1) + 1 }; inf(0)", "t.js", 0)
	if err == nil || err.Error() != "RangeError: Maximum call stack size exceeded" {
		t.Fatalf("runaway recursion: %v", err)
	}
	if got := evalString(t, vm, "'still here'"); got != "still here" {
		t.Fatal(got)
	}
}

func TestStringLayout(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{"'ABC'": "ABC", "'é\\x00'": "é\x00", "'\\u20ac\\ud800x'": "€\ufffdx"} {
		v, _ := vm.Eval(src, "t.js", 0)
		if got, _ := vm.flatString(v); got != want {
			t.Errorf("%s: %q, want %q", src, got, want)
		}
		vm.Free(v)
	}
}

func TestRejectionTracker(t *testing.T) {
	vm := newVM(t)
	var events []string
	vm.Rejections = func(vm *VM, p, reason Value, handled bool) {
		if handled {
			events = append(events, "handled")
		} else {
			events = append(events, "unhandled:"+vm.String(reason))
		}
	}
	v, err := vm.Eval("var p = Promise.reject(42); 0", "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	vm.Free(v)
	v, _ = vm.Eval("p.catch(() => {}); 0", "t.js", 0)
	vm.Free(v)
	vm.RunJobs()
	if strings.Join(events, ",") != "unhandled:42,handled" {
		t.Fatalf("events %v", events)
	}
}

func TestTypedArrayLayout(t *testing.T) {
	vm := newVM(t)
	v, _ := vm.Eval("const ab = new ArrayBuffer(64); const u = new Uint16Array(ab, 8, 10); u[0] = 0xABCD; u[9] = 0x1234; u", "t.js", 0)
	b, ok := vm.ViewBytes(v)
	if !ok || len(b) != 20 || b[0] != 0xCD || b[1] != 0xAB || b[18] != 0x34 {
		t.Fatalf("view bytes: %v % x", ok, b)
	}
	ab, _ := vm.Eval("ab", "t.js", 0)
	if b, _ := vm.ViewBytes(ab); len(b) != 64 || b[8] != 0xCD {
		t.Fatalf("array buffer bytes: % x", b)
	}
	s := vm.NewStringUTF16([]uint16{'a', 0xd800, 'b', 0xd83d, 0xde00})
	r, _ := vm.Eval("(s) => [...s].map(c => c.codePointAt(0).toString(16)).join()", "t.js", 0)
	out, _ := vm.Call(r, Undefined, s)
	if got := vm.String(out); got != "61,d800,62,1f600" {
		t.Fatalf("lone surrogate round trip: %s", got)
	}
	l, w := vm.StringUnits(s)
	if l != nil || len(w) != 5 || w[1] != 0xd800 {
		t.Fatalf("units: %v %x", l, w)
	}
}

func TestV8Messages(t *testing.T) {
	vm := newVM(t)
	v, err := vm.Eval("try { null.x } catch (e) { e.message }", "t.js", 0)
	if err != nil || vm.String(v) != "Cannot read properties of null (reading 'x')" {
		t.Fatalf("got %q %v", vm.String(v), err)
	}
}

// Engines of different configurations each own a runtime; VMs of both,
// made in alternation, work (a compiled module instantiated in a runtime
// other than its own fails to link from wazero v1.12 on).
func TestEnginesKeepTheirRuntimes(t *testing.T) {
	a, err := NewEngine(EngineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewEngine(EngineConfig{MemoryLimit: 64 << 20, StackSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if a.runtime == b.runtime {
		t.Fatal("engines share a runtime")
	}
	for i := 0; i < 4; i++ {
		e := a
		if i%2 == 1 {
			e = b
		}
		vm, err := e.NewVM(Options{})
		if err != nil {
			t.Fatalf("vm %d: %v", i, err)
		}
		g := vm.Global()
		vm.Set(g, "f", vm.Register("f", func(vm *VM, _ Value, args []Value) Value { return vm.Dup(args[0]) }))
		vm.Free(g)
		v, err := vm.Eval("f(40) + 2", "t.js", 0)
		if err != nil || v.Number() != 42 {
			t.Fatalf("vm %d: %v %v", i, v.Number(), err)
		}
		vm.Close()
	}
}
