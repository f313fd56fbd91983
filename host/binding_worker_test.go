package host

import (
	"runtime"
	"testing"
	"time"
)

// runScript runs src in a fresh isolate and returns its exit code and output.
func runScript(t *testing.T, src string) (int, string) {
	t.Helper()
	code, out, _ := runTree(t, src)
	return code, out
}

// settledGoroutines waits for the goroutine count to fall to at most n.
func settledGoroutines(n int) int {
	deadline := time.Now().Add(5 * time.Second)
	for {
		g := runtime.NumGoroutine()
		if g <= n || time.Now().After(deadline) {
			return g
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A worker spinning in while(true){} is stopped by terminate(): the
// promise gives exit code 1, and nothing of the worker (its goroutine, its
// loop, its module instance) is left once the parent has ended.
func TestWorkerTerminateSpinning(t *testing.T) {
	// Warm up: the first isolate compiles the engine and starts pools.
	runScript(t, `1`)
	before := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		code, out := runScript(t, `
			const { Worker } = require('worker_threads');
			const w = new Worker('require("worker_threads").parentPort.postMessage("spin"); while (true) {}', { eval: true });
			w.on('message', async (m) => {
				const code = await w.terminate();
				console.log(m, 'terminated', code);
			});
			w.on('exit', (code) => console.log('exit', code));
		`)
		if code != 0 || out != "exit 1\nspin terminated 1\n" {
			t.Fatalf("run %d: code %d, output %q", i, code, out)
		}
	}
	if g := settledGoroutines(before); g > before {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Fatalf("goroutines: %d before, %d after\n%s", before, g, buf[:n])
	}
	if n := liveWorkers.Load(); n != 0 {
		t.Fatalf("live workers after exit: %d", n)
	}
}

// A parent that ends while its unref'd worker still spins tears the
// worker down with it.
func TestWorkerEndsWithParent(t *testing.T) {
	runScript(t, `1`)
	before := runtime.NumGoroutine()
	code, out := runScript(t, `
		const { Worker } = require('worker_threads');
		const w = new Worker('setInterval(() => {}, 1000); while (true) {}', { eval: true });
		w.on('online', () => { w.unref(); console.log('online'); });
	`)
	if code != 0 || out != "online\n" {
		t.Fatalf("code %d, output %q", code, out)
	}
	if g := settledGoroutines(before); g > before {
		t.Fatalf("goroutines: %d before, %d after", before, g)
	}
}

// Messages, a transferred port and a BroadcastChannel between two
// isolates (run with -race: ports are touched from both goroutines).
func TestWorkerMessaging(t *testing.T) {
	code, out := runScript(t, `
		const { Worker, MessageChannel, BroadcastChannel } = require('worker_threads');
		const w = new Worker(`+"`"+`
			const { parentPort, BroadcastChannel } = require('worker_threads');
			parentPort.on('message', (m) => {
				if (m.port) {
					m.port.postMessage('via moved port');
					m.port.close();
					new BroadcastChannel('b').postMessage('broadcast');
					return;
				}
				parentPort.postMessage(m + 1);
			});
		`+"`"+`, { eval: true });
		const bc = new BroadcastChannel('b');
		let got = 0;
		const done = () => { if (++got === 2) { bc.close(); w.terminate(); } };
		bc.onmessage = (e) => { console.log(e.data); done(); };
		w.on('message', (n) => {
			if (n < 200) return w.postMessage(n);
			console.log('counted', n);
			const { port1, port2 } = new MessageChannel();
			port1.on('message', (m) => { console.log(m); done(); });
			w.postMessage({ port: port2 }, [port2]);
		});
		w.postMessage(0);
	`)
	if code != 0 || out != "counted 200\nvia moved port\nbroadcast\n" && out != "counted 200\nbroadcast\nvia moved port\n" {
		t.Fatalf("code %d, output %q", code, out)
	}
}
