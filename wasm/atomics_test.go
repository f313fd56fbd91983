package wasm

import (
	"context"
	"sync"
	"testing"
	"time"
)

// sharedPair returns two VMs with globalThis.s the same SharedArrayBuffer
// of n bytes.
func sharedPair(t *testing.T, n int) (*VM, *VM) {
	t.Helper()
	region := NewSharedRegion(0)
	a, b := newVMWith(t, Options{Shared: region}), newVMWith(t, Options{Shared: region})
	v, err := a.Eval(`globalThis.s = new SharedArrayBuffer(`+itoa(n)+`); s`, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := a.ShareSAB(v)
	a.Free(v)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Release()
	w, err := b.NewSharedArrayBuffer(ref)
	if err != nil {
		t.Fatal(err)
	}
	g := b.Global()
	b.Set(g, "s", w)
	b.Free(g)
	return a, b
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func cell(t *testing.T, vm *VM, expr string, index uint32) AtomicCell {
	t.Helper()
	v, err := vm.Eval(expr, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(v)
	c, ok := vm.AtomicCell(v, index)
	if !ok {
		t.Fatalf("%s[%d]: no cell", expr, index)
	}
	return c
}

// Read-modify-writes from two VMs on two goroutines add up exactly, at
// every width (sub-word cells share their word with neighbours, which
// must be left alone).
func TestAtomicsAcrossVMs(t *testing.T) {
	a, b := sharedPair(t, 64)
	for _, tc := range []struct {
		ctor  string
		index uint32
		n     int
	}{{"Int8Array", 1, 100}, {"Uint16Array", 3, 20000}, {"Int32Array", 2, 50000}, {"BigInt64Array", 5, 50000}} {
		ca := cell(t, a, "new "+tc.ctor+"(s)", tc.index)
		cb := cell(t, b, "new "+tc.ctor+"(s)", tc.index)
		if !ca.Shared || ca.key != cb.key {
			t.Fatalf("%s: cells %+v %+v", tc.ctor, ca, cb)
		}
		var wg sync.WaitGroup
		for _, c := range []AtomicCell{ca, cb} {
			wg.Add(1)
			go func(c AtomicCell) {
				defer wg.Done()
				for i := 0; i < tc.n; i++ {
					c.Update(func(old uint64) uint64 { return old + 1 })
				}
			}(c)
		}
		wg.Wait()
		mask := uint64(1)<<(8*ca.Size) - 1
		if ca.Size == 8 {
			mask = ^uint64(0)
		}
		if got, want := ca.Load(), uint64(2*tc.n)&mask; got != want {
			t.Fatalf("%s: sum %d, want %d", tc.ctor, got, want)
		}
	}
	// The neighbours of the sub-word cells are untouched.
	if got := evalString(t, b, `const u = new Uint8Array(s); [u[0], u[1], u[2], u[5], u[6], u[7], u[8], u[12]].join()`); got != "0,200,0,0,64,156,160,0" {
		t.Fatalf("bytes: %s", got)
	}
	// Not an integer array, out of range: no cell.
	for _, expr := range []string{"new Float64Array(s)", "new Uint8ClampedArray(s)", "({})"} {
		v, _ := a.Eval(expr, "t.js", 0)
		if _, ok := a.AtomicCell(v, 0); ok {
			t.Errorf("%s: a cell", expr)
		}
		a.Free(v)
	}
	v, _ := a.Eval("new Int32Array(s)", "t.js", 0)
	if _, ok := a.AtomicCell(v, 16); ok {
		t.Error("index 16 of 16 is a cell")
	}
	a.Free(v)
}

// Notify in one VM wakes a Wait in another; a wait on a value the cell
// does not hold returns at once; a timeout passes; an interrupt ends a
// wait that has none.
func TestAtomicsWaitNotify(t *testing.T) {
	a, b := sharedPair(t, 16)
	ca, cb := cell(t, a, "new Int32Array(s)", 1), cell(t, b, "new Int32Array(s)", 1)
	if r := a.Wait(ca, 5, -1); r != WaitNotEqual {
		t.Fatalf("wait on a value not held: %v", r)
	}
	if r := a.Wait(ca, 0, 20*time.Millisecond); r != WaitTimedOut {
		t.Fatalf("timeout: %v", r)
	}
	done := make(chan WaitResult)
	go func() { done <- a.Wait(ca, 0, -1) }()
	for {
		waitMu.Lock()
		n := len(waiters[ca.key])
		waitMu.Unlock()
		if n == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if n := Notify(cb, 1); n != 1 {
		t.Fatalf("notify woke %d", n)
	}
	if r := <-done; r != WaitOK {
		t.Fatalf("notified wait: %v", r)
	}
	go func() { done <- a.Wait(ca, 0, -1) }()
	time.Sleep(10 * time.Millisecond)
	a.Interrupt()
	if r := <-done; r != WaitInterrupted {
		t.Fatalf("interrupted wait: %v", r)
	}
	if n := Notify(cb, 10); n != 0 {
		t.Fatalf("notify woke %d after the waiter left", n)
	}
	// Async: notified, timed out.
	got := make(chan WaitResult, 2)
	_, _, waiting := WaitAsync(cb, 0, -1, func(r WaitResult) { got <- r })
	if !waiting || Notify(ca, 1) != 1 || <-got != WaitOK {
		t.Fatal("async wait not notified")
	}
	_, _, waiting = WaitAsync(cb, 0, 10*time.Millisecond, func(r WaitResult) { got <- r })
	if !waiting || <-got != WaitTimedOut {
		t.Fatal("async wait did not time out")
	}
}

// BenchmarkAtomicCellAdd is the Go side of Atomics.add: resolving the cell
// from a typed array and adding to it.
func BenchmarkAtomicCellAdd(b *testing.B) {
	vm := newVM(b)
	v, err := vm.Eval("new Int32Array(new SharedArrayBuffer(8))", "b.js", 0)
	if err != nil {
		b.Fatal(err)
	}
	defer vm.Free(v)
	for b.Loop() {
		c, _ := vm.AtomicCell(v, 1)
		c.Update(func(x uint64) uint64 { return x + 1 })
	}
}

// On an interruptible engine, a wait ends when the VM's context does.
func TestAtomicsWaitHardKill(t *testing.T) {
	e, err := NewEngine(EngineConfig{Interruptible: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	vm, err := e.NewVM(Options{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	c := cell(t, vm, "new Int32Array(new SharedArrayBuffer(8))", 0)
	if r := vm.Wait(c, 0, -1); r != WaitInterrupted {
		t.Fatalf("wait: %v", r)
	}
}
