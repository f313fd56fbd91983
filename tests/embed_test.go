package tests

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wqnode/wqnode"
)

var embedIsolates = flag.Int("embed-isolates", 200, "isolates TestEmbedManyHostile runs at once")

// hostileCase is one kind of misbehaving plugin and how it must end.
type hostileCase struct {
	name  string
	src   string // evaluated
	file  bool   // src is a file to Run instead
	check func(err error) bool
}

func limitIs(names ...string) func(error) bool {
	return func(err error) bool {
		var le *wqnode.LimitError
		if !errors.As(err, &le) {
			return false
		}
		for _, n := range names {
			if le.Limit == n {
				return true
			}
		}
		return false
	}
}

func jsCode(code string) func(error) bool {
	return func(err error) bool {
		var je *wqnode.Error
		var ee *wqnode.ExitError
		if errors.As(err, &ee) && ee.Err != nil {
			je = ee.Err
		}
		return (errors.As(err, &je) || je != nil) && je.Code == code
	}
}

func hostileCases(granted string) []hostileCase {
	return []hostileCase{
		{name: "memory", src: `const a = []; for (;;) a.push('x'.repeat(1 << 20) + Math.random())`, check: limitIs("memory")},
		{name: "spin", src: `while (true) {}`, check: limitIs("cpu")},
		{name: "stack", src: `function f() { return f() + 1 } f()`, check: limitIs("stack")},
		{name: "stack-run", file: true, src: `function f() { return f() + 1 } f()`, check: limitIs("stack")},
		{name: "fds", src: `const fs = require('fs'); for (;;) fs.openSync(` + strconv.Quote(granted) + `, 'r')`, check: limitIs("handles")},
		{name: "output", src: `for (;;) process.stdout.write('x'.repeat(65536))`, check: limitIs("output")},
		{name: "timers", src: `for (let i = 0; ; i++) setTimeout(() => {}, 1e6 + i)`, check: limitIs("memory", "cpu")},
		{name: "idle-forever", file: true, src: `setInterval(() => {}, 1000)`, check: limitIs("wall")},
		{name: "exit-throw", file: true, src: `process.on('exit', () => { throw new Error('bye') })`, check: func(err error) bool {
			var ee *wqnode.ExitError
			return errors.As(err, &ee) && ee.Code != 0
		}},
		{name: "outside-grant", src: `require('fs').readFileSync('/etc/passwd', 'utf8')`, check: jsCode("ERR_ACCESS_DENIED")},
		{name: "outside-grant-run", file: true, src: `require('fs').readFileSync('/etc/hostname')`, check: jsCode("ERR_ACCESS_DENIED")},
		{name: "spawn", src: `require('child_process').spawnSync('/bin/true')`, check: jsCode("ERR_ACCESS_DENIED")},
		{name: "kill-host", src: `process.kill(1, 'SIGKILL')`, check: func(err error) bool {
			var je *wqnode.Error
			return errors.As(err, &je) && je.Code == "EPERM"
		}},
	}
}

// TestEmbedManyHostile runs many isolates at once, a tenth of them
// hostile: every well-behaved one returns its own result (no isolate sees
// another's globals or environment), every hostile one ends with its
// LimitError or ERR_ACCESS_DENIED, and the process's memory comes back
// after Close.
//
// It runs in a child process of its own: its peak RSS would otherwise
// become the high-water mark every later child of this test process
// reports as its own (Linux carries it across fork and exec), which the
// substrate tests measure.
func TestEmbedManyHostile(t *testing.T) {
	if os.Getenv("WQNODE_EMBED_CHILD") == "" {
		args := []string{"-test.run=^TestEmbedManyHostile$", "-test.v",
			"-embed-isolates=" + strconv.Itoa(*embedIsolates)}
		if testing.Short() {
			args = append(args, "-test.short")
		}
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = append(os.Environ(), "WQNODE_EMBED_CHILD=1")
		out, err := cmd.CombinedOutput()
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if strings.Contains(line, "embed_test.go") {
				t.Log(strings.TrimSpace(line))
			}
		}
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	n := *embedIsolates
	if testing.Short() {
		n = 50
	}
	dir := t.TempDir()
	granted := filepath.Join(dir, "data.txt")
	os.WriteFile(granted, []byte("data"), 0o644)
	cases := hostileCases(granted)
	for _, c := range cases {
		if c.file {
			os.WriteFile(filepath.Join(dir, c.name+".js"), []byte(c.src), 0o644)
		}
	}
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	// Warm up (compile the engine) before measuring.
	if iso, err := rt.NewIsolate(wqnode.Config{}); err == nil {
		iso.Eval(context.Background(), "1")
		iso.Close()
	}
	runtime.GC()
	debug.FreeOSMemory()
	rss0 := rssBytes()

	// The CPU limit counts time in JS, which 64 busy isolates on two cores
	// stretch: well-behaved ones get a generous one.
	limits := wqnode.Limits{Memory: 64 << 20, CPUTime: 10 * time.Second, WallTime: 40 * time.Second,
		Handles: 32, Output: 1 << 20}
	type outcome struct {
		name string
		err  error
		ok   bool
	}
	results := make([]outcome, n)
	isos := make([]*wqnode.Isolate, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64) // creation and first run in waves, all kept alive
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var out bytes.Buffer
			cfg := wqnode.Config{Env: []string{"TENANT=" + strconv.Itoa(i)}, Stdout: &out, Limits: limits,
				Grants: wqnode.Grants{FSRead: []string{granted}}, Cwd: dir}
			if i%10 == 9 {
				c := cases[(i/10)%len(cases)]
				switch c.name {
				case "idle-forever":
					cfg.Limits.WallTime = 300 * time.Millisecond
				case "spin", "timers":
					cfg.Limits.CPUTime = 300 * time.Millisecond
				}
				iso, err := rt.NewIsolate(cfg)
				if err != nil {
					results[i] = outcome{c.name, err, false}
					return
				}
				isos[i] = iso
				if c.file {
					err = iso.Run(ctx, filepath.Join(dir, c.name+".js"))
				} else {
					_, err = iso.Eval(ctx, c.src)
				}
				results[i] = outcome{c.name, err, c.check(err)}
				return
			}
			iso, err := rt.NewIsolate(cfg)
			if err != nil {
				results[i] = outcome{"good", err, false}
				return
			}
			isos[i] = iso
			v, err := iso.Eval(ctx, `
				const seen = globalThis.tenantMark;
				globalThis.tenantMark = process.env.TENANT;
				const fs = require('fs');
				JSON.stringify([seen === undefined, process.env.TENANT, Object.keys(process.env).length,
					fs.readFileSync('data.txt', 'utf8'), [1, 2, 3].reduce((a, b) => a + b)])`)
			want := fmt.Sprintf(`[true,"%d",1,"data",6]`, i)
			results[i] = outcome{"good", err, err == nil && v == want}
			if !results[i].ok && err == nil {
				results[i].err = fmt.Errorf("got %v, want %s", v, want)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	failed := 0
	for i, r := range results {
		if !r.ok {
			failed++
			if failed <= 20 {
				t.Errorf("isolate %d (%s): %v", i, r.name, r.err)
			}
		}
	}
	// Every isolate is still open here (the good ones alive): the hostile
	// ones ended alone.
	rssPeak := rssBytes()
	for _, iso := range isos {
		if iso != nil {
			iso.Close()
		}
	}
	runtime.GC()
	debug.FreeOSMemory()
	rss1 := rssBytes()
	t.Logf("%d isolates (%d hostile) in %v; RSS %d MiB before, %d MiB with all open, %d MiB after Close",
		n, n/10, elapsed.Round(time.Millisecond), rss0>>20, rssPeak>>20, rss1>>20)
	if rss1 > rss0+rss0/10+(16<<20) {
		t.Errorf("RSS after Close %d MiB, before %d MiB", rss1>>20, rss0>>20)
	}
}

func rssBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// A tenant's process.on('SIGTERM') sees only what its embedder delivers,
// and without a listener SIGTERM ends that isolate alone.
func TestEmbedSignals(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	defer iso.Close()
	if _, err := iso.Eval(ctx, `globalThis.got = []; process.on('SIGTERM', () => got.push('TERM')); 0`); err != nil {
		t.Fatal(err)
	}
	// The host's own SIGUSR1 is not the tenant's (the test binary ignores it).
	iso.Signal(syscall.SIGTERM)
	var v any
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		v, _ = iso.Eval(ctx, `got.join()`)
		if v == "TERM" {
			break
		}
	}
	if v != "TERM" {
		t.Fatalf("listener saw %v", v)
	}
	// process.kill(process.pid) reaches the isolate itself, not the host.
	other, _ := rt.NewIsolate(wqnode.Config{})
	defer other.Close()
	other.Eval(ctx, `setTimeout(() => process.kill(process.pid, 'SIGTERM'), 1); 0`)
	select {
	case <-other.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGTERM without a listener did not end the isolate")
	}
	var ee *wqnode.ExitError
	if err := other.Err(); !errors.As(err, &ee) || ee.Code != 128+int(syscall.SIGTERM) {
		t.Fatalf("ended with %v", other.Err())
	}
	if v, err := iso.Eval(ctx, `got.length`); err != nil || v != 1.0 {
		t.Fatalf("the first isolate: %v %v", v, err)
	}
}

// Close from another goroutine while JS runs ends it; the runtime and the
// other isolates carry on.
func TestEmbedCloseWhileRunning(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	done := make(chan error, 1)
	go func() { _, err := iso.Eval(ctx, `for (;;) {}`); done <- err }()
	time.Sleep(100 * time.Millisecond)
	iso.Close()
	select {
	case err := <-done:
		if !errors.Is(err, wqnode.ErrClosed) {
			t.Fatalf("Eval ended with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not stop the running isolate")
	}
	other, _ := rt.NewIsolate(wqnode.Config{})
	defer other.Close()
	if v, err := other.Eval(ctx, `6 * 7`); err != nil || v != 42.0 {
		t.Fatalf("%v %v", v, err)
	}
}

// A host function that panics is a JS exception in that isolate only; an
// exception whose toString throws still reaches Go as an *Error.
func TestEmbedHostFaults(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	iso, _ := rt.NewIsolate(wqnode.Config{HostModules: map[string]wqnode.HostModule{"bad": {
		"boom": {Fn: func(context.Context, []any) (any, error) { panic("boom") }},
		"fail": {Async: true, Fn: func(context.Context, []any) (any, error) { return nil, errors.New("nope") }},
	}}})
	defer iso.Close()
	v, err := iso.Eval(ctx, `
		import('host:bad').then(async (bad) => {
			let a, b;
			try { bad.boom() } catch (e) { a = e.message }
			try { await bad.fail() } catch (e) { b = e.message }
			return [a, b];
		})`)
	if err != nil || fmt.Sprint(v) != "[host function panicked: boom nope]" {
		t.Fatalf("%v %v", v, err)
	}
	_, err = iso.Eval(ctx, `throw { get name() { throw 1 }, toString() { throw 2 }, get message() { throw 3 } }`)
	var je *wqnode.Error
	if !errors.As(err, &je) {
		t.Fatalf("got %v", err)
	}
	if v, err := iso.Eval(ctx, `'alive'`); err != nil || v != "alive" {
		t.Fatalf("%v %v", v, err)
	}
}

// The CPU limit counts the CPU JS uses, not time it spends blocked: a sync
// host call that sleeps past the limit does not breach it, a loop does.
func TestEmbedCPULimitIsCPUTime(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, err := rt.NewIsolate(wqnode.Config{
		Limits: wqnode.Limits{CPUTime: 100 * time.Millisecond},
		HostModules: map[string]wqnode.HostModule{"clock": {
			"sleep": {Fn: func(ctx context.Context, args []any) (any, error) {
				time.Sleep(300 * time.Millisecond)
				return "slept", nil
			}},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// JS runs after the sleep, in the same call and the next: both poll
	// the limit.
	if v, err := iso.Eval(ctx, `const s = require('host:clock').sleep(); for (let i = 0; i < 1e5; i++); s`); err != nil || v != "slept" {
		t.Fatalf("blocked host call: %v, %v", v, err)
	}
	if v, err := iso.Eval(ctx, `let n = 0; for (let i = 0; i < 1e5; i++) n++; String(n)`); err != nil || v != "100000" {
		t.Fatalf("after the blocked call: %v, %v", v, err)
	}
	_, err = iso.Eval(ctx, "for (;;) {}")
	var le *wqnode.LimitError
	if !errors.As(err, &le) || le.Limit != "cpu" {
		t.Fatalf("runaway loop: %v", err)
	}
}

// Limits.Workers counts the whole tree: a worker's own workers too.
func TestEmbedWorkersLimit(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	for _, tc := range []struct{ name, src string }{
		{"flat", `const { Worker } = require('worker_threads');
			for (let i = 0; i < 3; i++) new Worker('setInterval(() => {}, 1000)', { eval: true });`},
		{"nested", `const { Worker } = require('worker_threads');
			new Worker("const { Worker } = require('worker_threads'); new Worker('setInterval(() => {}, 1000)', { eval: true }); new Worker('setInterval(() => {}, 1000)', { eval: true })", { eval: true });`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			iso, err := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Workers: true},
				Limits: wqnode.Limits{Workers: 2}})
			if err != nil {
				t.Fatal(err)
			}
			defer iso.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			_, err = iso.Eval(ctx, tc.src+"; new Promise(() => setInterval(() => {}, 1000))")
			var le *wqnode.LimitError
			if !errors.As(err, &le) || le.Limit != "workers" {
				t.Fatalf("got %v", err)
			}
		})
	}
	// Within the limit nothing ends.
	iso, err := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Workers: true}, Limits: wqnode.Limits{Workers: 2}})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	v, err := iso.Eval(context.Background(), `const { Worker } = require('worker_threads');
		Promise.all([1, 2].map((n) => new Promise((res) => {
			const w = new Worker('require("worker_threads").parentPort.postMessage(2 * require("worker_threads").workerData)', { eval: true, workerData: n });
			w.on('message', res);
		}))).then((r) => r.join(','))`)
	if err != nil || v != "2,4" {
		t.Fatalf("within the limit: %v, %v", v, err)
	}
}
