package wasm

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func newStressVM(t testing.TB) *VM {
	t.Helper()
	return newVMWith(t, Options{GCStress: true})
}

func evalString(t testing.TB, vm *VM, src string) string {
	t.Helper()
	v, err := vm.Eval(src, "t.js", 0)
	if err != nil {
		t.Fatalf("%v", err)
	}
	defer vm.Free(v)
	return vm.String(v)
}

// A suspended coroutine reachable only through a closure over one of its
// locals (the shape of a stream's async iterator waiting on `await new
// Promise(next)` with next an event listener) must survive a collection:
// the engine's collector did not see that edge and freed the coroutine's
// frame under the closure (issue 9: the stream tests crashed the engine).
func TestGCKeepsCoroutineReachableByClosure(t *testing.T) {
	for name, src := range map[string]string{
		"async function": `(async function () {
			let wake;
			globalThis.poke = (v) => wake(v);
			out.push(await new Promise((r) => { wake = r; }));
			out.push(await new Promise((r) => { wake = r; }));
		})();`,
		"async generator": `(async function () {
			async function* gen() {
				let wake;
				globalThis.poke = (v) => wake(v);
				for (;;) yield await new Promise((r) => { wake = r; });
			}
			for await (const v of gen()) { out.push(v); if (out.length == 2) break; }
		})();`,
		"generator": `(function () {
			function* gen() {
				let last;
				globalThis.poke = (v) => { last = v; it.next(); };
				for (;;) { yield; out.push(last); if (out.length == 2) return; }
			}
			const it = gen();
			it.next();
		})();`,
	} {
		t.Run(name, func(t *testing.T) {
			vm := newStressVM(t)
			v, err := vm.Eval("globalThis.out = [];"+src, "t.js", 0)
			if err != nil {
				t.Fatal(err)
			}
			vm.Free(v)
			for i := 0; i < 2; i++ {
				if err := vm.RunJobs(); err != nil {
					t.Fatal(err)
				}
				// Collect, with garbage to reuse freed memory.
				evalString(t, vm, `for (let i = 0; i < 2000; i++) { const a = {}; a.self = a; a.s = 'x' + i; } ''`)
				evalString(t, vm, fmt.Sprintf("poke('v%d'); ''", i))
			}
			if err := vm.RunJobs(); err != nil {
				t.Fatal(err)
			}
			if got := evalString(t, vm, "out.join()"); got != "v0,v1" {
				t.Fatalf("coroutine resumed with %q, want v0,v1", got)
			}
		})
	}
}

// The bridge's value paths under a collection at every host call and
// every call into JS: calls both ways, strings, bytes, exceptions,
// promises and jobs, rejection tracking, async iteration. A value freed
// twice or used after free shows as a trap or a wrong result.
func TestGCStressValuePaths(t *testing.T) {
	vm := newStressVM(t)
	var rejections int
	vm.Rejections = func(vm *VM, promise, reason Value, handled bool) {
		if !handled {
			rejections++
		}
	}
	g := vm.Global()
	defer vm.Free(g)
	reg := func(name string, fn HostFunc) { vm.Set(g, name, vm.Register(name, fn)) }
	reg("echo", func(vm *VM, _ Value, args []Value) Value { return vm.Dup(args[0]) })
	reg("concat", func(vm *VM, _ Value, args []Value) Value {
		return vm.NewString(vm.String(args[0]) + vm.String(args[1]))
	})
	reg("bytes", func(vm *VM, _ Value, args []Value) Value {
		n := uint32(args[0].Number())
		return vm.NewArrayBuffer(bytes.Repeat([]byte{7}, int(n)))
	})
	reg("sum", func(vm *VM, _ Value, args []Value) Value {
		b, ok := vm.ViewBytes(args[0])
		if !ok {
			return vm.ThrowError("TypeError", "not bytes")
		}
		s := 0
		for _, c := range b {
			s += int(c)
		}
		return MakeInt(int32(s))
	})
	reg("fail", func(vm *VM, _ Value, args []Value) Value {
		return vm.ThrowError("RangeError", "host says "+vm.String(args[0]))
	})
	reg("obj", func(vm *VM, _ Value, args []Value) Value {
		o := vm.NewObject()
		vm.Set(o, "s", vm.NewString(strings.Repeat("é", 3)))
		arr := vm.NewArray()
		for i := uint32(0); i < 4; i++ {
			vm.SetIndex(arr, i, vm.Dup(args[0]))
		}
		vm.Set(o, "a", arr)
		return o
	})
	fn, err := vm.Eval(`(function round(i) {
		const r = [];
		r.push(echo('s' + i) === 's' + i);
		r.push(concat('ab', '€' + i) === 'ab€' + i);
		const o = obj({ i });
		r.push(o.s === 'ééé' && o.a.length === 4 && o.a[3].i === i);
		r.push(sum(new Uint8Array(bytes(10))) === 70);
		try { fail('no' + i); r.push(false); } catch (e) { r.push(e instanceof RangeError && e.message === 'host says no' + i); }
		try { JSON.parse('{'); r.push(false); } catch (e) { r.push(e.name === 'SyntaxError'); }
		Promise.reject(new Error('unhandled ' + i));
		async function* gen() {
			let wake;
			globalThis.wake = (v) => wake(v);
			for (let k = 0; k < 3; k++) yield await new Promise((res) => { wake = res; });
		}
		(async () => {
			let n = 0;
			for await (const v of gen()) n += v;
			done.push(n);
		})();
		return r.every(Boolean);
	})`, "round.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(fn)
	evalString(t, vm, "globalThis.done = []; ''")
	const rounds = 40
	for i := 0; i < rounds; i++ {
		r, err := vm.Call(fn, Undefined, MakeInt(int32(i)))
		if err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		if r != True {
			t.Fatalf("round %d: a value path failed", i)
		}
		for k := 1; k <= 3; k++ {
			if err := vm.RunJobs(); err != nil {
				t.Fatal(err)
			}
			evalString(t, vm, fmt.Sprintf("wake(%d); ''", k))
		}
		if err := vm.RunJobs(); err != nil {
			t.Fatal(err)
		}
		// A JS exception reaches Go with its message.
		if _, err := vm.Eval("null.x", "t.js", 0); err == nil || !strings.Contains(err.Error(), "Cannot read properties of null") {
			t.Fatalf("round %d: exception %v", i, err)
		} else {
			vm.Free(err.(*Error).Value)
		}
	}
	if got := evalString(t, vm, "done.length + ':' + done.every((n) => n === 6)"); got != fmt.Sprintf("%d:true", rounds) {
		t.Fatalf("async iteration: %s", got)
	}
	if rejections != rounds {
		t.Fatalf("rejections tracked: %d, want %d", rejections, rounds)
	}
}
