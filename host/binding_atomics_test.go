package host

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode/wasm"
)

// Two workers adding to one SharedArrayBuffer with Atomics.add get the
// exact sum; a worker blocked in Atomics.wait with no timeout is ended by
// terminate(); and once everything has ended, no shared memory, no
// goroutine is left.
func TestAtomicsAcrossWorkers(t *testing.T) {
	runScript(t, `1`)
	before := runtime.NumGoroutine()
	code, out, region := runTree(t, `
		const { Worker } = require('worker_threads');
		const sab = new SharedArrayBuffer(8);
		const a = new Int32Array(sab);
		const src = 'const a = new Int32Array(require("worker_threads").workerData); for (let i = 0; i < 50000; i++) Atomics.add(a, 0, 1);';
		let n = 0;
		for (let k = 0; k < 2; k++) {
			new Worker(src, { eval: true, workerData: sab }).on('exit', () => {
				if (++n < 2) return;
				console.log('sum', Atomics.load(a, 0));
				const w = new Worker('const { workerData: s, parentPort } = require("worker_threads"); parentPort.postMessage(1); Atomics.wait(new Int32Array(s), 1, 0);', { eval: true, workerData: sab });
				w.on('message', () => w.terminate());
				w.on('exit', (c) => console.log('waiting worker exit', c));
			});
		}
	`)
	if code != 0 || out != "sum 100000\nwaiting worker exit 1\n" {
		t.Fatalf("code %d, output %q", code, out)
	}
	if g := settledGoroutines(before); g > before {
		t.Fatalf("goroutines: %d before, %d after", before, g)
	}
	if got := region.Used(); got != 0 {
		t.Fatalf("shared bytes after: %d", got)
	}
}

// runTree runs src in a root isolate, closes it and returns its tree's
// shared region too.
func runTree(t *testing.T, src string) (int, string, *wasm.SharedRegion) {
	t.Helper()
	var out bytes.Buffer
	iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	code := iso.Run()
	region := iso.cfg.tree.shared
	iso.Close()
	return code, out.String(), region
}

// Two root isolates (two tenants) in one process share nothing a tree
// shares: a BroadcastChannel of the same name in each is two channels,
// and each has its own shared-memory quota.
func TestTreesApart(t *testing.T) {
	src := `
		const { BroadcastChannel } = require('worker_threads');
		const bc = new BroadcastChannel('tenants');
		let got = 0;
		bc.onmessage = () => { got++; };
		const keep = [];
		try { for (let i = 0; i < 64; i++) keep.push(new SharedArrayBuffer(1 << 20)); } catch (e) { console.log(e.message); }
		setTimeout(() => { bc.postMessage('hello'); }, 50);
		setTimeout(() => { console.log('got', got); bc.close(); }, 300);
	`
	type result struct {
		out    string
		region *wasm.SharedRegion
	}
	res := make(chan result, 2)
	for i := 0; i < 2; i++ {
		go func() {
			var out bytes.Buffer
			iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
			if err != nil {
				res <- result{out: err.Error()}
				return
			}
			iso.Run()
			r := iso.cfg.tree.shared
			used := r.Used()
			iso.Close()
			if used < 64<<20 {
				fmt.Fprintf(&out, "region used %d\n", used)
			}
			res <- result{out.String(), r}
		}()
	}
	a, b := <-res, <-res
	for _, r := range []result{a, b} {
		if r.out != "got 0\n" {
			t.Errorf("output %q, want got 0 (the other tenant's channel is not this one)", r.out)
		}
	}
	if a.region == b.region {
		t.Error("two root isolates share one region")
	}
}

// An isolate blocked in Atomics.wait with no timeout is ended by its
// wall-time limit, as a spinning one is. (The CPU limit counts CPU time,
// which a wait does not use: a wait with a timeout under it returns.)
func TestAtomicsWaitLimits(t *testing.T) {
	src := `console.log(Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300))`
	var out bytes.Buffer
	iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""),
		Limits: Limits{CPUTime: 100 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	if iso.Run(); iso.Err() != nil || out.String() != "timed-out\n" {
		t.Errorf("a wait under a CPU limit: err %v, output %q", iso.Err(), out.String())
	}
	iso.Close()
	for _, lim := range []Limits{{WallTime: 100 * time.Millisecond}} {
		src := `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); console.log('woke')`
		var out bytes.Buffer
		iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""), Limits: lim})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		iso.Run()
		var le *LimitError
		if !errors.As(iso.Err(), &le) || out.String() != "" {
			t.Errorf("%+v: err %v, output %q", lim, iso.Err(), out.String())
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%+v: ended after %v", lim, d)
		}
		iso.Close()
	}
}

// The references messages hold are let go however the message ends:
// delivered, dropped with a closed port, never read by a worker that
// exited, sent over a BroadcastChannel nobody reads.
func TestSharedArrayBufferMessagesRelease(t *testing.T) {
	code, out, region := runTree(t, `
		const { Worker, MessageChannel, BroadcastChannel } = require('worker_threads');
		const big = () => new SharedArrayBuffer(1 << 20);
		const { port1, port2 } = new MessageChannel();
		port1.postMessage(big());
		port1.postMessage([big(), big()]);
		port2.close();
		const bc = new BroadcastChannel('x');
		const bc2 = new BroadcastChannel('x');
		bc.postMessage(big());
		bc.close(); bc2.close();
		const w = new Worker('setTimeout(() => {}, 10)', { eval: true, workerData: big() });
		w.postMessage(big());
		w.on('exit', (c) => console.log('exit', c));
	`)
	if code != 0 || out != "exit 0\n" {
		t.Fatalf("code %d, output %q", code, out)
	}
	if got := region.Used(); got != 0 {
		t.Fatalf("shared bytes after: %d", got)
	}
}
