package wasm

import (
	"strings"
	"testing"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// The JSRuntime and JSContext offsets the bridge writes are facts of this
// build: check each against what a fresh runtime holds.
func TestEngineFacts(t *testing.T) {
	vm := newVM(t)
	lay := vm.engine.layout
	if top := vm.load32(vm.rt + wasmpatch.RuntimeStackTopOffset); top <= lay.StackBase || top > lay.StackTop {
		t.Errorf("rt->stack_top %#x outside the stack region [%#x, %#x]", top, lay.StackBase, lay.StackTop)
	}
	if got, want := vm.load32(vm.rt+wasmpatch.RuntimeStackLimitOffset), lay.StackTop-DefaultStackLimit; got != want {
		t.Errorf("rt->stack_limit = %#x, want %#x", got, want)
	}
	if got := vm.load32(vm.rt + wasmpatch.RuntimeGCThresholdOffset); got < 256<<10 {
		t.Errorf("rt->malloc_gc_threshold = %d, want at least the initial 256 KiB", got)
	}
	if got := vm.load32(vm.rt + wasmpatch.RuntimeTrackerOffset); got != wasmpatch.TrackerTableIndex {
		t.Errorf("tracker slot holds %d", got)
	}
	if got := vm.load32(vm.rt + wasmpatch.RuntimeModuleOffset); got != wasmpatch.NormalizeTableIndex {
		t.Errorf("normalize slot holds %d", got)
	}
}

// Recursion of every kind throws a catchable RangeError and the isolate
// carries on.
func TestStackOverflowIsCatchable(t *testing.T) {
	vm := newVM(t)
	for name, src := range map[string]string{
		"plain":       "function f() { n++; f(); } f();",
		"getter":      "const o = { get x() { n++; return this.x; } }; o.x;",
		"valueOf":     "const o = { valueOf() { n++; return +o; } }; +o;",
		"constructor": "class A { constructor() { n++; new A(); } } new A();",
		"generator":   "function* g() { n++; yield* g(); } [...g()];",
		"bound":       "function f() { n++; g(); } const g = f.bind(null); f();",
		"sort":        "function f() { n++; [2, 1].sort(f); return 0; } f();",
		"map":         "function f() { n++; [1].map(f); } f();",
		"toString":    "const o = { toString() { n++; return `${o}`; } }; String(o);",
		"proxy":       "const p = new Proxy({}, { get(t, k) { n++; return p[k]; } }); p.x;",
		"eval":        "function f() { n++; eval('f()'); } f();",
		"parse":       "n = 1; JSON.parse('['.repeat(200000));",
		"apply":       "function f() { n++; f.apply(null, []); } f();",
		"call":        "function f() { n++; f.call(null); } f();",
		"reflect":     "function f() { n++; Reflect.apply(f, null, []); } f();",
		"spread":      "function f(...a) { n++; f(...a); } f(1, 2, 3);",
		"tagged":      "function f() { n++; return f`x`; } f();",
		"forEach":     "function f() { n++; [1].forEach(f); } f();",
		"replace":     "function f() { n++; 'a'.replace(/a/, f); } f();",
	} {
		v, err := vm.Eval(`(() => { let n = 0; try { `+src+` return 'no overflow'; }
			catch (e) { return e.constructor.name + ': ' + e.message + (n > 0 ? '' : ' (no frames)'); } })()`, name+".js", 0)
		if err != nil {
			t.Errorf("%s: escaped as %v", name, err)
			continue
		}
		got := vm.String(v)
		vm.Free(v)
		want := "RangeError: Maximum call stack size exceeded"
		if name == "parse" && strings.HasPrefix(got, "SyntaxError") {
			continue // a parser nesting limit is fine too
		}
		if got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if got := evalString(t, vm, "let d = 0; function f() { d++; f(); } try { f() } catch {} d > 3000 && 'ok'"); got != "ok" {
		t.Errorf("plain recursion depth: %s", got)
	}
}

// JS → host → JS nesting is bounded with the same RangeError.
func TestHostReentryBounded(t *testing.T) {
	vm := newVM(t)
	var levels int
	g := vm.Global()
	defer vm.Free(g)
	vm.Set(g, "reenter", vm.Register("reenter", func(vm *VM, _ Value, args []Value) Value {
		levels++
		r, err := vm.Call(args[0], Undefined)
		if err != nil {
			return vm.Throw(err.(*Error).Value)
		}
		return r
	}))
	got := evalString(t, vm, `function f() { return reenter(() => f()); } let r; try { f(); r = 'none'; } catch (e) { r = e.name + ': ' + e.message; } r`)
	if got != "RangeError: Maximum call stack size exceeded" {
		t.Fatalf("got %q", got)
	}
	if levels == 0 || levels > MaxHostDepth {
		t.Fatalf("%d levels", levels)
	}
	if vm.hostDepth != 0 {
		t.Fatalf("host depth left at %d", vm.hostDepth)
	}
	if got := evalString(t, vm, "reenter(() => 'fine')"); got != "fine" {
		t.Fatalf("after: %q", got)
	}
}
