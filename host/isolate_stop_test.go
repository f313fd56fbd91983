package host

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// stopBound is how long Run may take to return after Close or Interrupt
// (milliseconds on an idle machine; the bound leaves room for a loaded one
// and for -race).
const stopBound = 3 * time.Second

// The scripts a watchdog must be able to stop: each prints "ready" once
// it is about to run away or go idle.
var runaways = map[string]string{
	"while":       `console.log('ready'); while (true) {}`,
	"finally":     `console.log('ready'); for (;;) { try { while (true) {} } finally { continue; } }`,
	"setInterval": `setInterval(() => {}, 60000); console.log('ready');`,
	"setTimeout":  `setTimeout(() => {}, 1e9); console.log('ready');`,
	"microtasks":  `console.log('ready'); (function spin() { Promise.resolve().then(spin); })();`,
	"immediates":  `console.log('ready'); (function spin() { setImmediate(spin); })();`,
	"exitHandler": `process.on('exit', () => { while (true) {} }); console.log('ready');`,
	"vmTimeout":   `console.log('ready'); require('vm').runInThisContext('while (true) {}', { timeout: 1e6 });`,
	"pbkdf2Sync":  `console.log('ready'); require('crypto').pbkdf2Sync('a', 'b', 2e9, 64, 'sha512')`,
	"pbkdf2":      `for (let i = 0; i < 8; i++) require('crypto').pbkdf2('a', 'b', 2e9, 64, 'sha512', () => {}); console.log('ready')`,
	"scryptSync":  `console.log('ready'); require('crypto').scryptSync('a', 'b', 64, { N: 1024, r: 1, p: 1 << 17 })`,
	"spawnSync":   `console.log('ready'); require('child_process').spawnSync('sh', ['-c', 'trap "" TERM; sleep 30'])`,
	"execSync":    `console.log('ready'); require('child_process').execSync('sleep 30 & sleep 30', { stdio: 'pipe' })`,
	"vmTimeouts":  `const vm = require('vm'); console.log('ready'); for (;;) { try { vm.runInThisContext('while (true) {}', { timeout: 2 }); } catch {} }`,
}

// readyWriter closes ready on the first write.
type readyWriter struct {
	once  sync.Once
	ready chan struct{}
	mu    sync.Mutex
	buf   bytes.Buffer
}

func (w *readyWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.ready) })
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

// startIsolate runs src on its own goroutine; the channel gets Run's code.
func startIsolate(t testing.TB, src string) (*Isolate, *readyWriter, chan int) {
	t.Helper()
	w := &readyWriter{ready: make(chan struct{})}
	iso, err := New(Config{EvalSource: &src, Stdout: w, Stderr: w, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- iso.Run() }()
	return iso, w, done
}

// waitStopped returns how long Run took to return after the stop.
func waitStopped(t testing.TB, name string, iso *Isolate, w *readyWriter, done chan int, stopped time.Time) time.Duration {
	t.Helper()
	select {
	case code := <-done:
		d := time.Since(stopped)
		if code != StoppedExitCode || iso.Err() != ErrStopped {
			w.mu.Lock()
			t.Errorf("%s: code %d err %v output %q", name, code, iso.Err(), w.buf.String())
			w.mu.Unlock()
		}
		return d
	case <-time.After(stopBound):
		t.Fatalf("%s: Run did not return %v after the stop", name, stopBound)
		return 0
	}
}

// Close from a watchdog goroutine stops each kind of script, and Run
// returns promptly on the isolate's goroutine, which tears down.
func TestCloseFromWatchdog(t *testing.T) {
	for name, src := range runaways {
		for _, how := range []string{"Close", "Interrupt"} {
			iso, w, done := startIsolate(t, src)
			<-w.ready
			time.Sleep(20 * time.Millisecond)
			start := time.Now()
			if how == "Close" {
				iso.Close()
			} else {
				iso.Interrupt()
			}
			d := waitStopped(t, name+"/"+how, iso, w, done, start)
			t.Logf("%s/%s: Run returned %v after the stop", name, how, d.Round(time.Microsecond))
			iso.Close() // after Run: releases (Interrupt) or is a no-op (Close)
			iso.Close()
		}
	}
}

// A hundred isolates, each stopped by its own watchdog at a different
// moment (before Run, during bootstrap, while running away or idle).
func TestManyWatchdogs(t *testing.T) {
	names := make([]string, 0, len(runaways))
	for name := range runaways {
		names = append(names, name)
	}
	n := 100
	if testing.Short() {
		n = 20
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var worst time.Duration
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			name := names[i%len(names)]
			iso, _, done := startIsolate(t, runaways[name])
			delay := time.Duration(i%10) * 5 * time.Millisecond
			closed := make(chan time.Time, 1)
			go func() {
				time.Sleep(delay)
				closed <- time.Now()
				iso.Close()
			}()
			select {
			case code := <-done:
				if code != StoppedExitCode && code != 0 {
					t.Errorf("isolate %d (%s): code %d", i, name, code)
				}
			case <-time.After(stopBound + delay + 30*time.Second):
				t.Errorf("isolate %d (%s): Run did not return", i, name)
				return
			}
			d := time.Since(<-closed)
			mu.Lock()
			worst = max(worst, d)
			mu.Unlock()
			iso.Close()
		}(i)
	}
	wg.Wait()
	t.Logf("%d isolates: slowest Run returned %v after its Close", n, worst)
}

// Interrupt before Run makes Run return at once; a closed isolate does not run.
func TestStopBeforeRun(t *testing.T) {
	for _, stop := range []func(*Isolate){(*Isolate).Interrupt, (*Isolate).Close} {
		src := `console.log('ran')`
		var out bytes.Buffer
		iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
		if err != nil {
			t.Fatal(err)
		}
		stop(iso)
		if code := iso.Run(); code != StoppedExitCode || out.Len() != 0 {
			t.Fatalf("code %d output %q", code, out.String())
		}
		iso.Close()
	}
}

// An isolate that is not stopped reports no error and its own exit code.
func TestNotStopped(t *testing.T) {
	src := `setTimeout(() => { console.log('done'); process.exitCode = 4; }, 5)`
	w := &readyWriter{ready: make(chan struct{})}
	iso, err := New(Config{EvalSource: &src, Stdout: w, Stderr: w, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	code := iso.Run()
	iso.Close()
	if code != 4 || iso.Err() != nil || w.buf.String() != "done\n" {
		t.Fatal(fmt.Sprint(code, iso.Err(), w.buf.String()))
	}
}

// A tenant that fills the pool with work that takes hours (eight async
// key derivations) leaves another tenant's file reads running, and its
// own work ends when it is closed.
func TestPoolSharedFairly(t *testing.T) {
	iso, w, done := startIsolate(t, runaways["pbkdf2"])
	<-w.ready
	src := `require('fs').readFile(__filename, () => console.log('read'))`
	var out bytes.Buffer
	other, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	ran := make(chan int, 1)
	go func() { ran <- other.Run() }()
	select {
	case <-ran:
		if out.String() != "read\n" {
			t.Errorf("other tenant: %q", out.String())
		}
	case <-time.After(stopBound):
		t.Error("the other tenant's readFile waited behind the first tenant's derivations")
		other.Close()
		<-ran
	}
	other.Close()
	start := time.Now()
	iso.Close()
	waitStopped(t, "pbkdf2", iso, w, done, start)
	iso.Close()
}

// blockedReader is an embedder's stdin that never returns.
type blockedReader struct{ unblock chan struct{} }

func (r blockedReader) Read([]byte) (int, error) {
	<-r.unblock
	return 0, io.EOF
}

// A synchronous read of an embedder's stdin that never answers ends when
// the isolate is closed.
func TestStopBlockedStdin(t *testing.T) {
	src := `console.log('ready'); require('fs').readSync(0, Buffer.alloc(10))`
	r := blockedReader{make(chan struct{})}
	defer close(r.unblock)
	w := &readyWriter{ready: make(chan struct{})}
	iso, err := New(Config{EvalSource: &src, Stdout: w, Stderr: w, Stdin: r})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- iso.Run() }()
	<-w.ready
	time.Sleep(20 * time.Millisecond)
	start := time.Now()
	iso.Close()
	waitStopped(t, "readSync(0)", iso, w, done, start)
	iso.Close()
}
