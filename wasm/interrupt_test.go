package wasm

import (
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// interruptBound is how late after its deadline a runaway script may stop
// before the test calls it a hang. It is no speed check (the 10 ms target
// is measured by the benchmarks, not asserted): on a loaded machine the
// goroutine that polls may not run for a while.
const interruptBound = 2 * time.Second

// Runaway scripts of every shape stop with an uncatchable interrupt soon
// after their deadline, and the VM carries on.
func TestInterruptRunaway(t *testing.T) {
	vm := newVM(t)
	for name, src := range map[string]string{
		"loop":         "while (true) {}",
		"caught":       "for (;;) { try { while (true) {} } catch (e) {} }",
		"finally":      "try { while (true) {} } finally { while (true) {} }",
		"regex":        "/(a+)+$/.test('a'.repeat(40) + '!');",
		"async":        "(async () => { for (;;) await null; })(); for (;;) {}",
		"calls":        "function g() { return 1; } for (;;) g();",
		"string build": "let s = ''; for (;;) { s += 'x'; if (s.length > 1e5) s = ''; }",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		release := vm.Limit(ctx)
		deadline, _ := ctx.Deadline()
		_, err := vm.Eval(src, name+".js", 0)
		late := time.Since(deadline)
		release()
		cancel()
		if !IsInterrupted(err) {
			t.Errorf("%s: %v, want an interrupt", name, err)
			continue
		}
		vm.Free(err.(*Error).Value)
		t.Logf("%s: stopped %v after the deadline", name, late.Round(time.Microsecond))
		if late > interruptBound {
			t.Errorf("%s: stopped %v after the deadline", name, late)
		}
		if got := evalString(t, vm, "'alive'"); got != "alive" {
			t.Fatalf("%s: VM after interrupt: %q", name, got)
		}
	}
}

// Recursion that keeps overflowing the stack and catching the RangeError
// polls rarely in time (each of the 1,000 function entries between two
// polls throws and builds a backtrace): it stops, later.
func TestInterruptOverflowingRecursion(t *testing.T) {
	vm := newVM(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	defer vm.Limit(ctx)()
	deadline, _ := ctx.Deadline()
	_, err := vm.Eval("function f() { try { f(); } catch (e) {} f(); } f();", "r.js", 0)
	if !IsInterrupted(err) {
		t.Fatalf("got %v", err)
	}
	t.Logf("stopped %v after the deadline", time.Since(deadline).Round(time.Microsecond))
	if late := time.Since(deadline); late > 2*time.Second {
		t.Fatalf("stopped %v after the deadline", late)
	}
}

// Interrupt is safe from another goroutine and holds until the outermost
// call returns; later calls run normally.
func TestInterruptFromGoroutine(t *testing.T) {
	vm := newVM(t)
	start := time.Now()
	time.AfterFunc(30*time.Millisecond, vm.Interrupt)
	_, err := vm.Eval("for (;;) { try { for (;;) {} } finally { 'again'; } }", "spin.js", 0)
	if !IsInterrupted(err) {
		t.Fatalf("got %v", err)
	}
	if d := time.Since(start); d > 30*time.Millisecond+interruptBound {
		t.Fatalf("stopped after %v", d)
	}
	if got := evalString(t, vm, "let n = 0; for (let i = 0; i < 1e5; i++) n++; String(n)"); got != "100000" {
		t.Fatalf("after: %q", got)
	}
}

// The execution limit counts JS time over all calls.
func TestExecutionLimit(t *testing.T) {
	vm := newVM(t)
	vm.SetExecutionLimit(150 * time.Millisecond)
	fn, err := vm.Eval("(function (ms) { const end = Date.now() + ms; while (Date.now() < end); return 'done'; })", "busy.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(fn)
	time.Sleep(200 * time.Millisecond) // waiting outside JS is not counted
	// Each call busies its thread for 40 ms of wall time, which is at most
	// 40 ms of its CPU time: at least three calls finish within 150 ms. On
	// a loaded machine more do; the cap only bounds a broken limit.
	calls := 0
	for ; calls < 200; calls++ {
		r, err := vm.Call(fn, Undefined, MakeInt(40))
		if IsInterrupted(err) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		vm.Free(r)
	}
	if calls < 3 || calls == 200 {
		t.Fatalf("interrupted after %d calls of 40 ms with a 150 ms limit", calls)
	}
	if used := vm.ExecutionTime(); used < 150*time.Millisecond || used > 150*time.Millisecond+interruptBound {
		t.Fatalf("execution time %v", used)
	}
	vm.SetExecutionLimit(0)
	if r, err := vm.Call(fn, Undefined, MakeInt(1)); err != nil || vm.String(r) != "done" {
		t.Fatalf("after removing the limit: %v", err)
	}
}

// The handler the patch installs is the one the engine calls.
func TestInterruptFacts(t *testing.T) {
	vm := newVM(t)
	if got := vm.load32(vm.rt + wasmpatch.RuntimeInterruptOffset); got != wasmpatch.InterruptTableIndex {
		t.Fatalf("rt->interrupt_handler = %d", got)
	}
	evalString(t, vm, "for (let i = 0; i < 5000; i++);''")
	if got := vm.load32(vm.jsctx + wasmpatch.ContextInterruptCounterOffset); got == 0 || got > wasmpatch.InterruptCounterInit {
		t.Fatalf("ctx->interrupt_counter = %d, want in (0, %d]", got, wasmpatch.InterruptCounterInit)
	}
}

// BenchmarkInterruptHandler measures what the installed handler costs on
// JS-heavy code (fib and a tight loop) against no handler.
func BenchmarkInterruptHandler(b *testing.B) {
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		for script, src := range map[string]string{
			"fib27":  "(function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); })(27)",
			"loop3M": "(() => { let s = 0; for (let i = 0; i < 3e6; i++) s = (s + i) | 0; return s; })()",
		} {
			b.Run(script+"/"+name, func(b *testing.B) {
				vm := newVM(b)
				if !on {
					vm.store32(vm.rt+wasmpatch.RuntimeInterruptOffset, 0)
				}
				for i := 0; i < b.N; i++ {
					v, err := vm.Eval(src, "b.js", 0)
					if err != nil {
						b.Fatal(err)
					}
					vm.Free(v)
				}
			})
		}
	}
}

// A VM running JS with no host calls must not hold up a Go
// stop-the-world pause: the interrupt handler's host call every 1,000
// polls is a preemption point (without it, a collection waited for the JS
// to return: 1.1-1.4 s measured).
func TestGCPauseWhileSpinning(t *testing.T) {
	vm := newVM(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	release := vm.Limit(ctx)
	defer release()
	started := make(chan struct{})
	done := make(chan error)
	g := vm.Global()
	vm.Set(g, "started", vm.Register("started", func(vm *VM, _ Value, _ []Value) Value {
		close(started)
		return Undefined
	}))
	vm.Free(g)
	go func() {
		_, err := vm.Eval("started(); for (;;) {}", "spin.js", 0)
		done <- err
	}()
	<-started
	time.Sleep(20 * time.Millisecond)
	var worst time.Duration
	for i := 0; i < 5; i++ {
		st := time.Now()
		runtime.GC()
		worst = max(worst, time.Since(st))
	}
	vm.Interrupt()
	if err := <-done; !IsInterrupted(err) {
		t.Fatalf("spin ended with %v", err)
	}
	t.Logf("slowest runtime.GC() while a VM spins: %v", worst)
	if worst > time.Second {
		t.Fatalf("runtime.GC() took %v while a VM spun", worst)
	}
}

// A promise job turns the interrupt into a rejection of its promise, and
// an async function into a rejected result: no handler of that rejection
// may run, neither in the same call (Eval) nor in the draining of the job
// queue (RunJobs), which stops and reports the interrupt.
func TestInterruptInPromiseJobs(t *testing.T) {
	vm := newVM(t)
	for name, src := range map[string]string{
		"then":  "Promise.resolve().then(() => { for (;;) {} }).then(null, () => { globalThis.ran = 'rejection handler'; });",
		"async": "(async () => { await null; for (;;) {} })().catch(() => { globalThis.ran = 'catch'; });",
		"spin":  "(function spin() { Promise.resolve().then(spin); })(); Promise.reject(1).catch(() => { for (;;) {} });",
	} {
		if _, err := vm.Eval("globalThis.ran = 'nothing'; "+src, name+".js", 0); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		time.AfterFunc(20*time.Millisecond, vm.Interrupt)
		err := vm.RunJobs()
		if !IsInterrupted(err) {
			t.Fatalf("%s: RunJobs: %v, want an interrupt", name, err)
		}
		if got := evalString(t, vm, "globalThis.ran"); got != "nothing" {
			t.Errorf("%s: after the interrupt, %s ran", name, got)
		}
		// The VM carries on: the jobs left run when asked.
		vm.Interrupt() // drops what is queued: spin would run forever
		vm.RunJobs()
		if got := evalString(t, vm, "'alive'"); got != "alive" {
			t.Fatalf("%s: VM after interrupt: %q", name, got)
		}
	}
}
