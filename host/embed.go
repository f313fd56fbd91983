package host

import (
	"fmt"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// What an embedder (package wqnode) needs beyond the command line's
// isolate: limits that end the isolate with a typed reason, signals that
// only the embedder delivers, and a serving mode in which the isolate's
// loop stays alive between the embedder's calls.

// Limits bound one isolate. Each breach ends it: Run returns
// StoppedExitCode and Err returns a *LimitError naming the limit.
type Limits struct {
	CPUTime  time.Duration // thread CPU time of JS, summed over all calls; 0: none
	WallTime time.Duration // from Run's start; 0: none
	// Children bounds the child processes alive at once; 0: none.
	Children int
	// Workers bounds the worker threads alive at once in the isolate's
	// tree (its workers and theirs); 0: none beyond MaxWorkers.
	Workers int
	// EndOnHandleLimit makes a full handle table (Config.MaxHandles)
	// end the isolate instead of failing the open with EMFILE.
	EndOnHandleLimit bool
}

// LimitError is why an isolate was ended by one of its limits. Limit is
// one of "memory", "cpu", "wall", "stack", "handles", "children",
// "workers", "output".
type LimitError struct {
	Limit string
	Value string // the limit as configured, for the message ("500ms", "64 MiB")
}

func (e *LimitError) Error() string {
	if e.Value != "" {
		return fmt.Sprintf("wqnode: %s limit (%s) exceeded", e.Limit, e.Value)
	}
	return fmt.Sprintf("wqnode: %s limit exceeded", e.Limit)
}

// StopWith ends the isolate as Interrupt does and records why: Err then
// returns reason (the first reason recorded wins). Safe from any goroutine.
func (iso *Isolate) StopWith(reason error) {
	iso.stop.mu.Lock()
	if iso.stop.reason == nil {
		iso.stop.reason = reason
	}
	iso.stop.mu.Unlock()
	iso.Interrupt()
}

// Stopping is closed once the isolate is interrupted or closed (Env.Done):
// writers and readers the embedder gave it give up their blocked calls
// then. Safe from any goroutine.
func (iso *Isolate) Stopping() <-chan struct{} { return iso.env.Done() }

// MemoryLimitReached reports whether the isolate's VM was refused memory
// past its limit. Safe from any goroutine.
func (iso *Isolate) MemoryLimitReached() bool { return iso.vm.MemoryLimitReached() }

// Fatal is the uncaught exception that ended the isolate (its name,
// message and code property), when one did.
func (iso *Isolate) Fatal() (name, message, code string, ok bool) {
	f := iso.fatal
	return f.name, f.message, f.code, f.ok
}

type fatalNote struct {
	ok                  bool
	name, message, code string
}

// startLimits arms the wall-time limit; the returned function disarms it.
// (The CPU budget starts after the bootstrap: startCPU.)
func (iso *Isolate) startLimits() func() {
	l := iso.cfg.Limits
	if l.WallTime > 0 {
		t := time.AfterFunc(l.WallTime, func() {
			iso.StopWith(&LimitError{Limit: "wall", Value: l.WallTime.String()})
		})
		return func() { t.Stop() }
	}
	return func() {}
}

// startCPU arms the CPU-time limit: the JS the program runs, not the
// bootstrap's.
func (iso *Isolate) startCPU() {
	if l := iso.cfg.Limits.CPUTime; l > 0 {
		iso.vm.SetExecutionLimit(l)
	}
}

// interrupted turns an interrupt the isolate did not ask for (the CPU
// budget running out) into a stop with its reason.
func (iso *Isolate) interrupted(err error) {
	if iso.stopping() || !wasm.IsInterrupted(err) {
		return
	}
	if l := iso.cfg.Limits.CPUTime; l > 0 && iso.vm.ExecutionTime() >= l {
		iso.StopWith(&LimitError{Limit: "cpu", Value: l.String()})
	}
}

// Post runs fn on the isolate's goroutine, between macrotasks, with the
// nextTick queue and microtasks drained after it. Safe from any goroutine;
// fn never runs if the isolate has stopped.
func (iso *Isolate) Post(fn func()) {
	iso.loop.Post(func() {
		if iso.stopping() {
			return
		}
		fn()
		if !iso.stopping() {
			iso.vm.Free(iso.callEntry("processTicksAndRejections"))
		}
	})
}

// PostCall is Post for fn that runs an entry point which drains the
// nextTick queue and microtasks itself (embedCall).
func (iso *Isolate) PostCall(fn func()) {
	iso.loop.Post(func() {
		if !iso.stopping() {
			fn()
		}
	})
}

// CallEntry calls a bootstrap entry point (on the isolate's goroutine),
// taking ownership of args; the result is owned by the caller. An
// exception escaping it ends the isolate.
func (iso *Isolate) CallEntry(name string, args ...wasm.Value) wasm.Value {
	return iso.callEntry(name, args...)
}

// VM is the isolate's engine (use it on the isolate's goroutine only).
func (iso *Isolate) VM() *wasm.VM { return iso.vm }

// Signal delivers signum to the isolate as the OS would deliver it to a
// Node process: to its process.on listeners when it has one, else the
// default action, which for SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1,
// SIGUSR2, SIGALRM and SIGKILL ends the isolate with 128+signum. Only
// isolates with Config.Tenant see it; safe from any goroutine.
func (iso *Isolate) Signal(signum syscall.Signal) {
	iso.loop.Post(func() { iso.deliverSignal(int(signum)) })
}

// deliverSignal runs on the loop.
func (iso *Isolate) deliverSignal(signum int) {
	if iso.stopping() {
		return
	}
	if _, watched := signalWatches(iso.env)[signum]; watched && iso.signalHandler != 0 && signum != int(syscall.SIGKILL) {
		iso.callback(iso.signalHandler, wasm.MakeInt(int32(signum)))
		return
	}
	switch syscall.Signal(signum) {
	case syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGUSR1,
		syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGKILL:
		panic(&wasm.Abort{Reason: exitRequest{128 + signum}})
	}
}

// children counts the isolate's live child processes.
func (iso *Isolate) children() int {
	n := 0
	iso.env.Handles.Each(func(_ int, h binding.Handle) {
		if cp, ok := h.(*childProc); ok && !cp.exited {
			n++
		}
	})
	return n
}

// embedBinding serves package wqnode's side of the isolate: results of
// the embedder's calls, the note of a fatal exception, and host modules.
//
//	settle(id, ok, json, name, message, code, stack)  a call's outcome
//	settleValue(id, v)            a call's primitive result (no JSON)
//	fatal(name, message, code)    the uncaught exception ending the isolate
//	hostModules()                 [[module, [fn, async]...], ...]
//	hostCall(module, fn, json)    a sync host function: its JSON result
//	hostCallAsync(module, fn, json, cb)  cb(err, json) from the loop
var embedBinding = &binding.Module{Name: "embed", Funcs: []binding.Func{
	{Name: "settle", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		id := int(binding.Arg(args, 0).Number())
		str := func(i int) string {
			v := binding.Arg(args, i)
			if v.IsUndefined() {
				return ""
			}
			return vm.String(v)
		}
		r := CallResult{OK: vm.Bool(binding.Arg(args, 1)), JSON: str(2),
			Name: str(3), Message: str(4), Code: str(5), Stack: str(6)}
		if fn := iso.pending[id]; fn != nil {
			delete(iso.pending, id)
			fn(r)
		}
		return wasm.Undefined
	}},
	{Name: "settleValue", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		id := int(binding.Arg(args, 0).Number())
		r := CallResult{OK: true, Primitive: true}
		switch v := binding.Arg(args, 1); {
		case v.IsNumber():
			r.Value = v.Number()
		case v.Tag() == wasm.TagBool:
			r.Value = vm.Bool(v)
		case v.IsString():
			r.Value = vm.String(v)
		}
		if fn := iso.pending[id]; fn != nil {
			delete(iso.pending, id)
			fn(r)
		}
		return wasm.Undefined
	}},
	{Name: "fatal", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		if !iso.fatal.ok {
			iso.fatal = fatalNote{ok: true, name: vm.String(binding.Arg(args, 0)),
				message: vm.String(binding.Arg(args, 1)), code: vm.String(binding.Arg(args, 2))}
		}
		return wasm.Undefined
	}},
	{Name: "hostModules", Fn: hostModulesList},
	{Name: "hostCall", Fn: hostCall},
	{Name: "hostCallAsync", Fn: hostCallAsync},
}}

// CallResult is what a call into JS made by the embedder settled with: a
// JSON result, or the exception's parts.
type CallResult struct {
	OK   bool
	JSON string // "" for undefined
	// Primitive says the result is Value (nil, bool, float64, string),
	// not JSON.
	Primitive                  bool
	Value                      any
	Name, Message, Code, Stack string
}

// Await registers fn to receive the outcome the JS side settles call id
// with (on the isolate's goroutine) and returns id.
func (iso *Isolate) Await(fn func(CallResult)) int {
	if iso.pending == nil {
		iso.pending = map[int]func(CallResult){}
	}
	iso.callSeq++
	iso.pending[iso.callSeq] = fn
	return iso.callSeq
}

// handlesFull is the handle table refusing a handle.
func (iso *Isolate) handlesFull() {
	if iso.cfg.Limits.EndOnHandleLimit {
		limit := iso.cfg.MaxHandles
		if limit == 0 {
			limit = binding.DefaultHandleLimit
		}
		iso.StopWith(&LimitError{Limit: "handles", Value: fmt.Sprint(limit)})
	}
}
