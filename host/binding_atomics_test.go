package host

import (
	"bytes"
	"errors"
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
	shared := wasm.SharedBytes()
	code, out := runScript(t, `
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
	if got := wasm.SharedBytes(); got != shared {
		t.Fatalf("shared bytes: %d before, %d after", shared, got)
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
	runScript(t, `1`)
	shared := wasm.SharedBytes()
	code, out := runScript(t, `
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
	if got := wasm.SharedBytes(); got != shared {
		t.Fatalf("shared bytes: %d before, %d after", shared, got)
	}
}
