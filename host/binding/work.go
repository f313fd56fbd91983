package binding

import (
	"os"
	"strconv"
	"sync"

	"github.com/wqnode/wqnode/wasm"
)

// Pool runs blocking host work (file system calls, DNS lookups, KDFs) on
// a bounded set of goroutines, as libuv's thread pool: work beyond the
// bound waits in a queue, so no number of pending operations can exhaust
// the host's threads.
type Pool struct {
	size int

	mu      sync.Mutex
	queue   []func()
	running int
}

// NewPool returns a pool of size goroutines (at least 1).
func NewPool(size int) *Pool {
	if size < 1 {
		size = 1
	}
	return &Pool{size: size}
}

// DefaultPool is the process's pool: UV_THREADPOOL_SIZE goroutines
// (default 4, at most 1024), shared by every isolate.
var DefaultPool = NewPool(threadpoolSize())

func threadpoolSize() int {
	n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE"))
	if err != nil || n < 1 {
		return 4
	}
	return min(n, 1024)
}

// Size is the pool's bound.
func (p *Pool) Size() int { return p.size }

// Submit queues fn to run on one of the pool's goroutines. Safe from any
// goroutine; it never blocks.
func (p *Pool) Submit(fn func()) {
	p.mu.Lock()
	if p.running < p.size {
		p.running++
		p.mu.Unlock()
		go p.work(fn)
		return
	}
	p.queue = append(p.queue, fn)
	p.mu.Unlock()
}

func (p *Pool) work(fn func()) {
	for fn != nil {
		fn()
		p.mu.Lock()
		if len(p.queue) == 0 {
			p.running--
			p.mu.Unlock()
			return
		}
		fn = p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
	}
}

// Result builds, on the loop, the JS value (owned) of what work computed
// off it.
type Result func(e *Env) wasm.Value

// Work is blocking host work. It runs off the loop (on the pool) for an
// asynchronous call, so it must not touch the VM or the Env: it captures
// plain Go values and returns a Result, or an error.
type Work func() (Result, error)

// ErrorValue builds the JS error (owned) for a failed Work, on the loop.
type ErrorValue func(e *Env, err error) wasm.Value

// Do is the one convention for operations that may block, after Node's
// fs binding: without a callback (cb not an object) work runs now and Do
// returns its result or throws its error; with one, work runs on the pool
// under a reservation and cb(err) or cb(null, result) is called from the
// loop, never from inside this call. cb is borrowed.
func (e *Env) Do(cb wasm.Value, work Work, onErr ErrorValue) wasm.Value {
	if !IsFunc(cb) {
		res, err := work()
		if err == nil {
			var v wasm.Value
			if v, err = e.build(res); err == nil {
				return v
			}
		}
		return e.VM.Throw(onErr(e, err))
	}
	cb = e.VM.Dup(cb)
	req := e.Loop.Reserve()
	e.Pool.Submit(func() {
		res, err := work()
		req.Complete(func() { e.finish(cb, res, err, onErr) })
	})
	return wasm.Undefined
}

// Fail reports err for an operation refused before any work (a permission
// denial, a bad descriptor): thrown for a synchronous call; for an
// asynchronous one cb(err) is called from the loop, not from this call.
func (e *Env) Fail(cb wasm.Value, err error, onErr ErrorValue) wasm.Value {
	if !IsFunc(cb) {
		return e.VM.Throw(onErr(e, err))
	}
	cb = e.VM.Dup(cb)
	req := e.Loop.Reserve()
	req.Complete(func() { e.finish(cb, nil, err, onErr) })
	return wasm.Undefined
}

// finish runs on the loop: builds the result (which may itself fail, as
// an allocation past the memory limit does) and calls cb.
func (e *Env) finish(cb wasm.Value, res Result, err error, onErr ErrorValue) {
	defer e.VM.Free(cb)
	if err != nil {
		e.Callback(cb, onErr(e, err))
		return
	}
	v, err := e.build(res)
	if err != nil {
		e.Callback(cb, onErr(e, err))
		return
	}
	e.Callback(cb, wasm.Null, v)
}

// build runs res, turning an allocation failure in the VM into an error
// for the callback instead of a panic on the loop.
func (e *Env) build(res Result) (v wasm.Value, err error) {
	if res == nil {
		return wasm.Undefined, nil
	}
	defer func() {
		if r := recover(); r != nil {
			if !wasm.IsOutOfMemory(r) {
				panic(r)
			}
			v, err = wasm.Undefined, ErrBufferTooLarge
		}
	}()
	return res(e), nil
}
