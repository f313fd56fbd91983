package wasm

import (
	"context"
	"strings"
	"testing"
	"time"
)

// An allocation past the memory limit is a JS error (or, when the engine
// itself cannot allocate, a Trap that ends the isolate), never a host crash.
func TestMemoryLimit(t *testing.T) {
	e, err := NewEngine(EngineConfig{MemoryLimit: 64 << 20, StackSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := e.NewVM(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	if vm.MemoryLimitReached() {
		t.Fatal("MemoryLimitReached before any allocation")
	}
	v, err := vm.Eval(`
		let r;
		try { new ArrayBuffer(256 * 1024 * 1024); r = 'allocated'; } catch (e) { r = e.name + ': ' + e.message; }
		r`, "m.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := vm.String(v); !strings.Contains(got, "memory") && !strings.Contains(got, "Range") {
		t.Fatalf("got %q", got)
	}
	if vm.MemorySize() > 64<<20 {
		t.Fatalf("memory grew to %d", vm.MemorySize())
	}
	if !vm.MemoryLimitReached() {
		t.Fatal("MemoryLimitReached is false after a refused allocation")
	}
	// The VM stays usable.
	v, err = vm.Eval("'ok'", "m.js", 0)
	if err != nil || vm.String(v) != "ok" {
		t.Fatal(err)
	}
}

// An interruptible engine stops a runaway loop when its context ends.
func TestInterrupt(t *testing.T) {
	e, err := NewEngine(EngineConfig{Interruptible: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	vm, err := e.NewVM(Options{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	defer func() {
		if _, ok := recover().(Trap); !ok {
			t.Fatal("expected a Trap")
		}
	}()
	vm.Eval("for (;;) {}", "spin.js", 0)
}

// BenchmarkTightLoop compares a tight JS loop with and without
// interruptibility (the cost a CPU limit adds).
func BenchmarkTightLoop(b *testing.B) {
	for _, interruptible := range []bool{false, true} {
		name := "plain"
		if interruptible {
			name = "interruptible"
		}
		b.Run(name, func(b *testing.B) {
			e, _ := NewEngine(EngineConfig{Interruptible: interruptible})
			vm, _ := e.NewVM(Options{})
			defer vm.Close()
			fn, _ := vm.Eval("(function (n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i) | 0; return s; })", "b.js", 0)
			b.ResetTimer()
			r, err := vm.Call(fn, Undefined, MakeInt(int32(b.N)))
			if err != nil {
				b.Fatal(err)
			}
			vm.Free(r)
		})
	}
}
