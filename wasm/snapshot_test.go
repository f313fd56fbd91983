package wasm

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestSnapshotClones(t *testing.T) {
	vm := newVM(t)
	vm.Data = "original"
	g := vm.Global()
	// A host function that finds its state through the VM it is called
	// with serves every clone.
	vm.Set(g, "who", vm.Register("who", func(vm *VM, _ Value, _ []Value) Value {
		return vm.NewString(fmt.Sprint(vm.Data))
	}))
	vm.Free(g)
	evalString(t, vm, `
		globalThis.state = { n: 1, list: [] };
		globalThis.bump = (x) => { state.n += x; state.list.push(x); return state.n; };
		class Point { constructor(x) { this.x = x; } norm() { return Math.abs(this.x); } }
		globalThis.Point = Point;
		globalThis.big = 'x'.repeat(1 << 20);
		''`)
	if _, err := vm.Eval("Promise.resolve().then(() => {})", "p.js", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.Snapshot(); !errors.Is(err, ErrSnapshotBusy) {
		t.Fatalf("snapshot with a job pending: %v", err)
	}
	if err := vm.RunJobs(); err != nil {
		t.Fatal(err)
	}
	snap, err := vm.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	evalString(t, vm, "bump(100); ''") // the original goes on after the snapshot

	var clones []*VM
	for i := 0; i < 3; i++ {
		c, err := vm.engine.NewVMFromSnapshot(snap, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Data = fmt.Sprintf("clone %d", i)
		clones = append(clones, c)
	}
	for i, c := range clones {
		got := evalString(t, c, fmt.Sprintf("bump(%d) + ':' + state.list.join() + ':' + new Point(-%d).norm() + ':' + big.length + ':' + who()", i+1, i))
		want := fmt.Sprintf("%d:%d:%d:%d:clone %d", 2+i, i+1, i, 1<<20, i)
		if got != want {
			t.Errorf("clone %d: %q, want %q", i, got, want)
		}
		// Promises and jobs work in a clone.
		evalString(t, c, "Promise.resolve(5).then((v) => { state.p = v; }); ''")
		if err := c.RunJobs(); err != nil {
			t.Fatal(err)
		}
		if got := evalString(t, c, "String(state.p)"); got != "5" {
			t.Errorf("clone %d: job result %q", i, got)
		}
	}
	if got := evalString(t, vm, "state.n + ':' + who()"); got != "101:original" {
		t.Errorf("original after clones ran: %q", got)
	}
	// Each clone has its own Math.random sequence.
	seen := map[string]bool{}
	for _, c := range clones {
		seen[evalString(t, c, "String(Math.random())")] = true
	}
	if len(seen) != len(clones) {
		t.Errorf("clones share Math.random: %v", seen)
	}
	// A clone can itself be snapshotted and collected under pressure.
	evalString(t, clones[0], "for (let i = 0; i < 1e4; i++) { const a = {}; a.a = a; } ''")
	if _, err := clones[0].Snapshot(); err != nil {
		t.Fatal(err)
	}
}

const dataSource = "globalThis.data = Array.from({ length: 20000 }, (_, i) => ({ i, s: 'v' + i })); ''"

// dataSnapshot returns a VM holding 20,000 small objects and a snapshot
// of it.
func dataSnapshot(t *testing.T) (*VM, *Snapshot) {
	t.Helper()
	vm := newVM(t)
	evalString(t, vm, dataSource)
	snap, err := vm.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(snap.Close)
	return vm, snap
}

// TestSnapshotStartup measures a fresh VM against one made from a
// snapshot of a VM with some heap.
func TestSnapshotStartup(t *testing.T) {
	vm, snap := dataSnapshot(t)
	const n = 20
	time1 := func(mk func() *VM) time.Duration {
		var best time.Duration
		for i := 0; i < n; i++ {
			st := time.Now()
			c := mk()
			d := time.Since(st)
			c.Close()
			if best == 0 || d < best {
				best = d
			}
		}
		return best
	}
	fresh := time1(func() *VM {
		c, err := vm.engine.NewVM(Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	})
	cloned := time1(func() *VM {
		c, err := vm.engine.NewVMFromSnapshot(snap, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := evalString(t, c, "String(data.length)"); got != "20000" {
			t.Fatal(got)
		}
		return c
	})
	t.Logf("best of %d: fresh VM %v, from a %d KiB snapshot %v (ratio %.1f)", n, fresh, snap.Size()>>10, cloned, float64(fresh)/float64(cloned))
	var st unix.Stat_t
	if err := unix.Fstat(snap.fd, &st); err != nil {
		t.Fatal(err)
	}
	t.Logf("snapshot image: %d KiB of memory, %d KiB stored", snap.Size()>>10, st.Blocks*512>>10)
	if cloned > fresh {
		t.Errorf("a clone (%v) is slower than a fresh VM (%v)", cloned, fresh)
	}
}

// TestSnapshotIdleMemory measures what idle clones cost (proportional set
// size, from /proc/self/smaps_rollup).
func TestSnapshotIdleMemory(t *testing.T) {
	pss := func() int64 {
		b, err := os.ReadFile("/proc/self/smaps_rollup")
		if err != nil {
			t.Skip("no smaps_rollup")
		}
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "Pss:" {
				n, _ := strconv.ParseInt(f[1], 10, 64)
				return n << 10
			}
		}
		return 0
	}
	vm, snap := dataSnapshot(t)
	const n = 100
	measure := func(mk func() *VM) int64 {
		before := pss()
		var vms []*VM
		for i := 0; i < n; i++ {
			c := mk()
			evalString(t, c, "String(data.length)")
			vms = append(vms, c)
		}
		per := (pss() - before) / n
		for _, c := range vms {
			c.Close()
		}
		return per
	}
	fresh := measure(func() *VM {
		c, err := vm.engine.NewVM(Options{})
		if err != nil {
			t.Fatal(err)
		}
		evalString(t, c, dataSource)
		return c
	})
	cloned := measure(func() *VM {
		c, err := vm.engine.NewVMFromSnapshot(snap, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	})
	t.Logf("idle VM with the same heap: fresh %d KiB, from a snapshot %d KiB", fresh>>10, cloned>>10)
	if cloned >= fresh {
		t.Errorf("a clone costs %d KiB, a fresh VM %d KiB", cloned>>10, fresh>>10)
	}
}

// A clone outlives its snapshot and the VM it came from, and runs under
// constant collection.
func TestSnapshotCloneOutlivesSource(t *testing.T) {
	vm := newVMWith(t, Options{})
	e := vm.engine
	evalString(t, vm, "globalThis.m = new Map(Array.from({ length: 1000 }, (_, i) => [i, { i }])); ''")
	snap, err := vm.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.NewVMFromSnapshot(snap, Options{GCStress: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	snap.Close()
	vm.Close()
	if _, err := e.NewVMFromSnapshot(snap, Options{}); err == nil {
		t.Fatal("a closed snapshot made a VM")
	}
	got := evalString(t, c, "for (let i = 0; i < 1000; i++) { const o = m.get(i); o.self = o; m.set(i + 1000, { o }); } String(m.size)")
	if got != "2000" {
		t.Fatalf("clone: %q", got)
	}
}
