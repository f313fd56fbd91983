package host

import (
	"errors"
	"sync"
	"sync/atomic"
)

// Stopping an isolate from another goroutine (an embedder's watchdog).
// Interrupt and a Close during Run only signal: they interrupt the VM
// (runaway JS ends with an uncatchable interrupt at its next poll) and wake
// the loop (an idle one, waiting for a timer or I/O, stops). The isolate's
// own goroutine then unwinds Run and does the teardown, so the VM's memory
// is never released under the JS running on it.

// StoppedExitCode is what Run returns for an isolate stopped by Interrupt
// or Close (128 + SIGTERM, as a shell reports a terminated process).
const StoppedExitCode = 143

// ErrStopped is Err's answer for an isolate stopped by Interrupt or Close.
var ErrStopped = errors.New("host: isolate stopped")

// stopState is the part of an isolate other goroutines may touch.
type stopState struct {
	requested atomic.Bool // Interrupt or Close was called

	mu      sync.Mutex
	running bool  // Run is active on the isolate's goroutine
	pending bool  // Close was called during Run: Run tears down
	closed  bool  // torn down
	reason  error // why StopWith stopped it (Err's answer)
}

// Interrupt stops the isolate: the JS it runs ends without running any
// more of its code ('exit' is not emitted), an idle loop stops, and Run
// returns StoppedExitCode soon after. Safe from any goroutine, at any time
// (before Run, Run returns at once). A host call in progress (a synchronous
// file read, spawnSync) finishes first; a single long built-in that does
// not poll (sorting a huge typed array) runs to its end.
func (iso *Isolate) Interrupt() {
	iso.stop.requested.Store(true)
	iso.env.Stop() // ends long host work (key derivations) it asked for
	iso.vm.Interrupt()
	iso.loop.Post(iso.loop.Stop) // wakes a loop waiting in poll
}

// Err reports why the isolate was stopped: the reason given to StopWith
// (a *LimitError for a breached limit), ErrStopped for Interrupt or Close,
// otherwise nil.
func (iso *Isolate) Err() error {
	if iso.stopping() {
		iso.stop.mu.Lock()
		r := iso.stop.reason
		iso.stop.mu.Unlock()
		if r != nil {
			return r
		}
		return ErrStopped
	}
	return nil
}

// Close releases what the isolate holds: resources registered with
// onClose (watchers, ...), then the VM. Called from another goroutine
// during Run, it interrupts the isolate and returns at once; Run's
// goroutine releases everything before Run returns. Closing twice is a
// no-op.
func (iso *Isolate) Close() {
	s := &iso.stop
	s.mu.Lock()
	if s.running {
		s.pending = true
		s.mu.Unlock()
		iso.Interrupt()
		return
	}
	done := s.closed
	s.closed = true
	s.mu.Unlock()
	if !done {
		iso.release()
	}
}

// Run bootstraps the isolate, runs the main module (or eval source) and the
// loop, emits 'exit', and returns the process exit code (StoppedExitCode if
// Interrupt or Close stopped it; then Err is ErrStopped).
func (iso *Isolate) Run() int {
	s := &iso.stop
	s.mu.Lock()
	if s.closed || s.running || iso.stopping() {
		s.mu.Unlock()
		return StoppedExitCode
	}
	s.running = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = false
		teardown := s.pending && !s.closed
		s.closed = s.closed || teardown
		s.mu.Unlock()
		if teardown {
			iso.release()
		}
	}()
	return iso.run()
}

// stopping reports whether Interrupt or Close asked the isolate to stop.
func (iso *Isolate) stopping() bool { return iso.stop.requested.Load() }
