package wasm

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// Interrupts. QuickJS polls for interrupts at function entry, backward
// jumps and in the regex engine; every wasmpatch.InterruptCounterInit polls
// the added handler asks the host (one host call, which is also where a Go
// stop-the-world pause can preempt the VM's goroutine). A non-zero answer
// throws an uncatchable InternalError: interrupted, which unwinds all JS
// (no catch sees it) up to the Go caller.
//
// Interrupting is cooperative: a single long built-in that does not poll
// (new Float64Array(3e6).sort(), a huge JSON.stringify) runs to its end.
// The hard-kill tier for those is EngineConfig.Interruptible, which closes
// the module when Options.Context ends (the VM is then unusable).

// interruptState is the part of a VM the interrupt machinery uses.
type interruptState struct {
	requested atomic.Bool   // set by Interrupt, from any goroutine
	wake      chan struct{} // signalled by Interrupt: wakes a blocked Atomics.wait
	delivered bool          // an interrupt was answered in this outermost call
	answered  uint64        // interrupts answered so far
	entries   int           // calls into the engine active (outermost at 1)

	limit   context.Context // ends JS when done (Limit)
	due     time.Time       // limit's deadline, checked directly
	budget  time.Duration   // total JS execution time allowed (SetExecutionLimit)
	used    time.Duration   // JS execution time used so far
	entered time.Duration   // threadCPU() when the outermost call began (budget only)
}

// Interrupt stops the JS the VM is running, or the next JS it runs, with an
// uncatchable InternalError: interrupted. It is safe to call from any
// goroutine. The request holds until the outermost call into the VM that
// saw it returns, so no finally block or loop can outlast it.
func (vm *VM) Interrupt() {
	vm.irq.requested.Store(true)
	select {
	case vm.irq.wake <- struct{}{}:
	default:
	}
}

// Limit makes JS stop with an uncatchable InternalError: interrupted once
// ctx is done (a wall-time limit with context.WithTimeout, or a caller's
// cancellation), until release is called.
func (vm *VM) Limit(ctx context.Context) (release func()) {
	prev, prevDue := vm.irq.limit, vm.irq.due
	vm.irq.limit = ctx
	vm.irq.due, _ = ctx.Deadline()
	return func() { vm.irq.limit, vm.irq.due = prev, prevDue }
}

// SetExecutionLimit caps the CPU time the VM's calls use, summed over all
// of them: the thread CPU time of the OS thread each outermost call runs
// on (the goroutine is locked to its thread for the call), so time spent
// waiting for the host, for the loop, for a core on a loaded machine or in
// a blocking host call is not counted. Past it, JS stops with an
// uncatchable InternalError: interrupted, and so does any JS run
// afterwards. Zero removes the limit.
func (vm *VM) SetExecutionLimit(d time.Duration) {
	s := &vm.irq
	if s.entries > 0 && (s.budget > 0) != (d > 0) {
		// A limit set or removed inside a call: lock or unlock now, so
		// leave stays balanced.
		if d > 0 {
			runtime.LockOSThread()
		} else {
			runtime.UnlockOSThread()
		}
	}
	s.budget = d
	s.used = 0
	if s.entries > 0 && d > 0 {
		s.entered = threadCPU()
	}
}

// ExecutionTime is the JS execution time counted against the limit set by
// SetExecutionLimit (zero when none is set).
func (vm *VM) ExecutionTime() time.Duration {
	if vm.irq.budget == 0 {
		return 0
	}
	if vm.irq.entries > 0 {
		return vm.irq.used + threadCPU() - vm.irq.entered
	}
	return vm.irq.used
}

// errInterrupted is the error of a run an interrupt ended whose exception
// the engine did not hand back (RunJobs): its Value is undefined. Rethrown
// to JS it would be catchable; a caller inside a call into the VM returns
// instead, and the next poll point throws the real, uncatchable one.
func errInterrupted() *Error {
	return &Error{Name: "InternalError", Message: "interrupted", Value: Undefined}
}

// IsInterrupted reports whether err is a JS run ended by an interrupt.
func IsInterrupted(err error) bool {
	var je *Error
	return errors.As(err, &je) && je.Name == "InternalError" && je.Message == "interrupted"
}

// installInterrupts points the runtime's interrupt handler at the added
// forwarding function.
func (vm *VM) installInterrupts() {
	vm.store32(vm.rt+wasmpatch.RuntimeInterruptOffset, wasmpatch.InterruptTableIndex)
	vm.store32(vm.rt+wasmpatch.RuntimeInterruptOffset+4, vm.opaque)
	vm.store32(vm.jsctx+wasmpatch.ContextInterruptCounterOffset, wasmpatch.InterruptCounterInit)
}

// pollInterrupt answers the engine's interrupt handler: 1 to interrupt.
func (vm *VM) pollInterrupt() uint64 {
	s := &vm.irq
	// The deadline is read directly: the context's own timer needs a
	// goroutine scheduled to fire, which a loaded machine delays.
	stop := s.requested.Load() ||
		(s.limit != nil && (s.limit.Err() != nil || (!s.due.IsZero() && !time.Now().Before(s.due)))) ||
		(s.budget > 0 && s.used+threadCPU()-s.entered > s.budget)
	if !stop {
		return 0
	}
	s.delivered = true
	s.answered++
	// The engine reset the counter before asking; poll again at the very
	// next poll point. The InternalError can be caught after all where the
	// engine turns an exception into a value (a promise job rejects its
	// promise with it, an async function its result): no JS may run on
	// from there until the outermost call has returned.
	vm.store32(vm.jsctx+wasmpatch.ContextInterruptCounterOffset, 1)
	return 1
}

// enter and leave bracket every call into the engine.
func (vm *VM) enter() {
	s := &vm.irq
	s.entries++
	if s.entries == 1 && s.budget > 0 {
		runtime.LockOSThread()
		s.entered = threadCPU()
	}
}

func (vm *VM) leave() {
	s := &vm.irq
	s.entries--
	if s.entries != 0 {
		return
	}
	if s.budget > 0 {
		s.used += threadCPU() - s.entered
		runtime.UnlockOSThread()
	}
	if s.delivered {
		s.delivered = false
		s.requested.Store(false)
		vm.store32(vm.jsctx+wasmpatch.ContextInterruptCounterOffset, wasmpatch.InterruptCounterInit)
	}
}
