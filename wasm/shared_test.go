package wasm

import (
	"testing"
)

// The SAB hooks (rt->sab_funcs at wasmpatch.RuntimeSABOffset) are what the
// engine calls: a SharedArrayBuffer is allocated in the shared region
// (sab_alloc), the engine's deserializer adds a reference (sab_dup), the
// finalizer drops one (sab_free); two VMs, of engines whose regions sit at
// different addresses, see the same bytes.
func TestSharedArrayBufferHooks(t *testing.T) {
	region := NewSharedRegion(0)
	a := newVMWith(t, Options{Shared: region})
	e2, err := NewEngine(EngineConfig{StackSize: 8 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if e2.layout.SharedBase == a.engine.layout.SharedBase {
		t.Fatal("the engines' regions are at the same address")
	}
	b, err := e2.NewVM(Options{Shared: region})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	SharedBytes := region.Used
	before := SharedBytes()
	evalString(t, a, `globalThis.s = new SharedArrayBuffer(100000); new Int32Array(s)[5] = 7; ''`)
	if got := SharedBytes() - before; got < 100000 || got > 110000 {
		t.Fatalf("shared bytes after one SharedArrayBuffer of 100000: %d", got)
	}
	if len(a.shared) != 1 {
		t.Fatalf("VM references %v", a.shared)
	}
	g := a.Global()
	s := a.Get(g, "s")
	ref, err := a.ShareSAB(s)
	a.Free(s)
	a.Free(g)
	if err != nil {
		t.Fatal(err)
	}
	v, err := b.NewSharedArrayBuffer(ref)
	if err != nil {
		t.Fatal(err)
	}
	ref.Release()
	g = b.Global()
	b.Set(g, "s", v)
	b.Free(g)
	if got := evalString(t, b, `const i = new Int32Array(s); i[6] = 9; s.byteLength + ':' + i[5] + ':' + (s instanceof SharedArrayBuffer)`); got != "100000:7:true" {
		t.Fatalf("in the other VM: %s", got)
	}
	if got := evalString(t, a, `'' + new Int32Array(s)[6]`); got != "9" {
		t.Fatalf("write from the other VM: %s", got)
	}
	// The last reference frees the block.
	evalString(t, a, `s = null; ''`)
	a.collectSoon()
	evalString(t, a, `[{}]; ''`)
	if SharedBytes()-before == 0 {
		t.Fatal("freed while the other VM holds it")
	}
	b.Close()
	if got := SharedBytes() - before; got != 0 {
		t.Fatalf("%d shared bytes left after both let go", got)
	}
}

// A VM that closes drops its references.
func TestSharedArrayBufferClose(t *testing.T) {
	e, err := NewEngine(EngineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := e.NewVM(Options{})
	if err != nil {
		t.Fatal(err)
	}
	SharedBytes := vm.region.Used
	before := SharedBytes()
	evalString(t, vm, `globalThis.k = []; for (let i = 0; i < 100; i++) k.push(new SharedArrayBuffer(1000)); ''`)
	if SharedBytes() == before {
		t.Fatal("no shared bytes")
	}
	if _, err := vm.Snapshot(); err == nil {
		t.Fatal("snapshot of a VM holding shared memory")
	}
	vm.Close()
	if got := SharedBytes() - before; got != 0 {
		t.Fatalf("%d shared bytes left after close", got)
	}
}

// Past the region, a SharedArrayBuffer is an ordinary allocation of its VM,
// which cannot be shared.
func TestSharedArrayBufferRegionFull(t *testing.T) {
	vm := newVM(t)
	region := vm.region
	// Fill the region (without touching its pages).
	var taken []uint32
	for n := uint32(SharedRegionSize); n >= 16; n /= 2 {
		for {
			off, ok := region.alloc(n)
			if !ok {
				break
			}
			taken = append(taken, off)
		}
	}
	defer func() {
		for _, off := range taken {
			region.release(off)
		}
	}()
	got := evalString(t, vm, `
		globalThis.extra = new SharedArrayBuffer(64);
		new Uint8Array(extra)[3] = 5;
		let big;
		try { new SharedArrayBuffer(2 ** 31 - 1); big = 'allocated'; } catch (e) { big = e.name + ': ' + e.message; }
		new Uint8Array(extra)[3] + ':' + extra.byteLength + ':' + big`)
	if got != "5:64:RangeError: Array buffer allocation failed" {
		t.Fatal(got)
	}
	g := vm.Global()
	x := vm.Get(g, "extra")
	vm.Free(g)
	defer vm.Free(x)
	if _, err := vm.ShareSAB(x); err == nil {
		t.Fatal("a SharedArrayBuffer outside the region was shared")
	}
	evalString(t, vm, `extra = null; ''`)
	vm.collectSoon()
	evalString(t, vm, `[{}]; ''`)
	if got := region.Used(); got != SharedRegionSize {
		t.Fatalf("shared bytes %d, want the whole region", got)
	}
}

// A VM cloned from a snapshot maps the region afresh: its
// SharedArrayBuffers are shared with other VMs, and the snapshot's image
// holds nothing of the region.
func TestSharedArrayBufferSnapshotClone(t *testing.T) {
	region := NewSharedRegion(0)
	a := newVMWith(t, Options{Shared: region})
	snap, err := a.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	c, err := a.engine.NewVMFromSnapshot(snap, Options{Shared: region})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	v, err := c.Eval(`globalThis.s = new SharedArrayBuffer(64); new Int32Array(s)[3] = 33; s`, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := c.ShareSAB(v)
	c.Free(v)
	if err != nil {
		t.Fatal(err)
	}
	w, err := a.NewSharedArrayBuffer(ref)
	ref.Release()
	if err != nil {
		t.Fatal(err)
	}
	g := a.Global()
	a.Set(g, "s", w)
	a.Free(g)
	if got := evalString(t, a, `const i = new Int32Array(s); i[4] = 44; '' + i[3]`); got != "33" {
		t.Fatalf("the clone's write, seen by the original: %s", got)
	}
	if got := evalString(t, c, `'' + new Int32Array(s)[4]`); got != "44" {
		t.Fatalf("the original's write, seen by the clone: %s", got)
	}
	// A second clone starts with nothing of it (the region is not in the image)
	// and still shares.
	d, err := a.engine.NewVMFromSnapshot(snap, Options{Shared: region})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if got := evalString(t, d, `typeof s`); got != "undefined" {
		t.Fatalf("s in a fresh clone: %s", got)
	}
	if len(d.shared) != 0 {
		t.Fatalf("a fresh clone holds %v", d.shared)
	}
}

// VMs of different regions share nothing: a SharedArrayBuffer of one
// cannot be made in the other, and a region's quota caps its live shared
// bytes (past it, buffers are the VM's own, unshareable).
func TestSharedRegionsApart(t *testing.T) {
	r1 := NewSharedRegion(1 << 20)
	a := newVMWith(t, Options{Shared: r1})
	b := newVMWith(t, Options{}) // a region of its own
	v, err := a.Eval(`globalThis.s = new SharedArrayBuffer(4096); s`, "a.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := a.ShareSAB(v)
	a.Free(v)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Release()
	if _, err := b.NewSharedArrayBuffer(ref); err == nil {
		t.Fatal("a SharedArrayBuffer crossed into another region's VM")
	}
	if b.regionMapped {
		t.Fatal("a VM that never used shared memory mapped a region")
	}
	// The quota: 1 MiB in all; the second buffer no longer fits.
	got := evalString(t, a, `globalThis.big = new SharedArrayBuffer((1 << 20) - 8192); globalThis.over = new SharedArrayBuffer(8192); new Uint8Array(over)[1] = 2; '' + new Uint8Array(over)[1]`)
	if got != "2" {
		t.Fatal(got)
	}
	if used := r1.Used(); used > 1<<20 {
		t.Fatalf("region holds %d bytes, quota 1 MiB", used)
	}
	for _, name := range []string{"big", "over"} {
		g := a.Global()
		x := a.Get(g, name)
		a.Free(g)
		r, err := a.ShareSAB(x)
		a.Free(x)
		if name == "big" && err != nil {
			t.Fatalf("big: %v", err)
		}
		if name == "over" && err == nil {
			t.Fatal("a buffer past the quota was shared")
		}
		r.Release()
	}
}
