// Package binding is the plumbing every binding package shares, as Node's
// src/ has env.h, handle_wrap.h, req_wrap.h and threadpoolwork: the isolate
// as a binding sees it (Env), how a binding declares its functions once
// (Module, Func), the per-isolate handle table (Handles), the bounded pool
// that runs blocking work and the one asynchronous convention (Env.Do), and
// Node's system errors.
//
// Binding packages (host's own files, hostfs, hostnet) import this package
// and never each other; package host names them all in one list.
package binding

import (
	"sort"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// Fn implements one binding function. this and args are borrowed; the
// result is owned by the caller. Fn finds its isolate through e, never
// through a closure, so one table serves every isolate.
type Fn func(e *Env, this wasm.Value, args []wasm.Value) wasm.Value

// Func is a named binding function.
type Func struct {
	Name string
	Fn   Fn
}

// Module is what internalBinding(Name) returns: its functions, declared
// once in a table, and an optional Init for constants and state.
type Module struct {
	Name  string
	Funcs []Func
	// Init, when set, runs once per isolate after Funcs are installed on
	// obj (borrowed). It sets what is the same for every isolate of this
	// build (constants): a binding installed by the bootstrap's
	// snapshot-safe phase is frozen with it into the start-up snapshot.
	Init func(e *Env, obj wasm.Value)
	// Setup, when set, sets obj's per-process values (argv, env, ids, the
	// thread's identity, the permission model's state). It runs once per
	// isolate, in the bootstrap's per-process phase (for a binding
	// installed before it, on the isolate's own copy of the object: after
	// a clone from the snapshot) or right after Init (for one installed
	// later). Nothing Setup sets may be read before that phase.
	Setup func(e *Env, obj wasm.Value)
}

// Env is one isolate as its bindings see it. Only the isolate's goroutine
// may use it, except where a method says otherwise.
type Env struct {
	VM      *wasm.VM
	Loop    *loop.Loop
	Handles *Handles
	Policy  *permission.Policy
	Pool    *Pool
	// Cwd is process.cwd(): absolute and clean. Relative paths are
	// resolved against it by the bindings, never by the host process.
	Cwd string
	// MaxBuffer bounds one host-side buffer that is meant for the VM (a
	// whole-file read, an inflated chunk, a KDF's memory): the VM's memory
	// limit, at most 2 GiB as Node's kIoMaxLength.
	MaxBuffer int64
	// Owner is the isolate (package host's), for host's own bindings.
	Owner any
	// Group is what the isolate shares its place in the pools with (its
	// tree of worker threads, as one process's threads share libuv's
	// pool): each pool serves groups in turn, so no tenant's work keeps
	// another's waiting. Nil: the Env itself.
	Group any
	// Umask, when set, is the isolate's own process.umask (a tenant's,
	// shared with its worker threads): bindings mask the mode of what
	// they create with it (CreateMode); the kernel still applies the
	// process's. Nil: the process's umask alone.
	Umask *atomic.Uint32

	// callback runs fn(args...) as a macrotask; set with SetCallback.
	callback func(fn wasm.Value, args ...wasm.Value)
	state    map[any]any
	closers  []func()

	stopMu sync.Mutex
	done   chan struct{} // closed by Stop; made on first use

	// requests counts, by their libuv/Node request class (FSReqCallback),
	// the asynchronous calls under way: process._getActiveRequests and
	// getActiveResourcesInfo list them. Loop goroutine only.
	requests map[string]int
}

// ActiveRequests names the requests under way (see DoAs), by class name in
// sorted order.
func (e *Env) ActiveRequests() []string {
	names := make([]string, 0, len(e.requests))
	for n := range e.requests {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		for i := 0; i < e.requests[n]; i++ {
			out = append(out, n)
		}
	}
	return out
}

// track counts one more request of class name under way, and returns what
// counts it done; name "" is not counted.
func (e *Env) track(name string) func() {
	if name == "" {
		return func() {}
	}
	if e.requests == nil {
		e.requests = map[string]int{}
	}
	e.requests[name]++
	return func() {
		if e.requests[name]--; e.requests[name] <= 0 {
			delete(e.requests, name)
		}
	}
}

// CreateMode is mode as the isolate's umask leaves it, for a file or a
// directory it creates.
func (e *Env) CreateMode(mode uint32) uint32 {
	if e.Umask == nil {
		return mode
	}
	return mode &^ e.Umask.Load()
}

// Done is closed once the isolate is stopped or closed. Long host work
// (a key derivation a script sized) watches it, on the loop or off it, so
// that it ends with the isolate. Safe from any goroutine.
func (e *Env) Done() <-chan struct{} {
	e.stopMu.Lock()
	defer e.stopMu.Unlock()
	if e.done == nil {
		e.done = make(chan struct{})
	}
	return e.done
}

// UntilDone runs op, a read or write of an embedder's stream that may
// block for good, on a goroutine of its own and returns its result, or
// (0, EINTR) as soon as done closes: the isolate can stop while its
// stdin or stdout is stuck. An abandoned op finishes unseen, so it must
// not touch the VM's memory: give it a buffer of its own.
func UntilDone(done <-chan struct{}, op func() (int, error)) (int, error) {
	select {
	case <-done:
		return 0, syscall.EINTR
	default:
	}
	type result struct {
		n   int
		err error
	}
	ch := make(chan result, 1)
	go func() {
		n, err := op()
		ch <- result{n, err}
	}()
	select {
	case res := <-ch:
		return res.n, res.err
	case <-done:
		return 0, syscall.EINTR
	}
}

// StopCheck returns a function that reports whether Done is closed, for
// host work that polls (safe from any goroutine).
func (e *Env) StopCheck() func() bool {
	done := e.Done()
	return func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
}

// Stop closes Done (once). Safe from any goroutine.
func (e *Env) Stop() {
	e.stopMu.Lock()
	defer e.stopMu.Unlock()
	if e.done == nil {
		e.done = make(chan struct{})
	}
	select {
	case <-e.done:
	default:
		close(e.done)
	}
}

// PoolGroup is e's key in the pools (Group, or e itself).
func (e *Env) PoolGroup() any {
	if e.Group != nil {
		return e.Group
	}
	return e
}

// EnvOf returns the Env of the VM running a host function.
func EnvOf(vm *wasm.VM) *Env { return vm.Data.(*Env) }

// Wrap adapts f to the bridge's host-function signature.
func (f Fn) Wrap() wasm.HostFunc {
	return func(vm *wasm.VM, this wasm.Value, args []wasm.Value) wasm.Value {
		return f(EnvOf(vm), this, args)
	}
}

// Install builds m's binding object (owned) for e.
func (m *Module) Install(e *Env) wasm.Value {
	vm := e.VM
	obj := vm.NewObject()
	for _, f := range m.Funcs {
		vm.Set(obj, f.Name, vm.Register(f.Name, f.Fn.Wrap()))
	}
	if m.Init != nil {
		m.Init(e, obj)
	}
	return obj
}

// Stateless reports whether no binding has kept per-isolate state in e
// (binding.State) or registered a closer: what a snapshot of its isolate
// requires.
func (e *Env) Stateless() bool { return len(e.state) == 0 && len(e.closers) == 0 }

// SetCallback sets how completion callbacks run (the isolate's
// MakeCallback: the function, then the nextTick queue and microtasks).
func (e *Env) SetCallback(cb func(fn wasm.Value, args ...wasm.Value)) { e.callback = cb }

// Callback calls fn(args...) as a macrotask from the loop; fn is borrowed,
// args are owned. Never call it from inside a host function: a callback
// runs from the loop only.
func (e *Env) Callback(fn wasm.Value, args ...wasm.Value) { e.callback(fn, args...) }

// State returns the binding state stored under key, made with mk on first
// use. Keys are a binding's own unexported type, so bindings cannot see
// each other's state.
func State[T any](e *Env, key any, mk func() *T) *T {
	if e.state == nil {
		e.state = map[any]any{}
	}
	if v, ok := e.state[key]; ok {
		return v.(*T)
	}
	v := mk()
	e.state[key] = v
	return v
}

// OnClose registers fn to release a host resource when the isolate
// closes (after every handle is closed); later registrations run first.
func (e *Env) OnClose(fn func()) { e.closers = append(e.closers, fn) }

// Close releases everything the isolate holds on the host side: every
// handle, then what OnClose registered.
func (e *Env) Close() {
	e.Stop()
	if e.Handles != nil {
		e.Handles.CloseAll()
	}
	for i := len(e.closers) - 1; i >= 0; i-- {
		e.closers[i]()
	}
	e.closers = nil
}

// Arg returns args[i], or undefined past the end.
func Arg(args []wasm.Value, i int) wasm.Value {
	if i < len(args) {
		return args[i]
	}
	return wasm.Undefined
}

// MaxListLen bounds the arrays a binding reads element by element (write
// chunks, argv, env, transfer lists): a host call walking a length a
// script chose would hold the isolate's thread and host memory unbounded.
const MaxListLen = 1 << 16

// ListLen is the length of v when it is a dense Array (wasm.DenseArray)
// whose length is in [0, MaxListLen]; ok is false otherwise. Read its
// elements with VM.ArrayElem. Only a dense Array: a Proxy's length trap,
// an accessor element or a getter a script put on Array.prototype (for a
// hole) would run the script's code inside the host call.
func ListLen(vm *wasm.VM, v wasm.Value) (n int, ok bool) {
	if !vm.DenseArray(v) {
		return 0, false
	}
	l := vm.Get(v, "length")
	f := l.Number()
	vm.Free(l)
	if !(f >= 0 && f <= MaxListLen) || f != float64(int(f)) {
		return 0, false
	}
	return int(f), true
}

// IsFunc reports whether v can be a completion callback (any object: the
// JS side passes functions or request objects).
func IsFunc(v wasm.Value) bool { return v.IsObject() }
