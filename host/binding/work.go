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
//
// Work is queued per group (an isolate tree: Env.Group). A group runs at
// most size pieces at once, as one Node process's pool does, and all
// groups together at most total; a goroutine that finishes a piece takes
// the next one from the next group in turn. One tenant with a long queue,
// or with size pieces that block for long, leaves the others' work
// running.
type Pool struct {
	size, total int

	mu      sync.Mutex
	groups  map[any]*poolGroup // groups with work queued or running
	ready   []*poolGroup       // groups with work queued and room to run it, in turn
	running int
}

type poolGroup struct {
	key     any
	queue   []func()
	running int
	ready   bool // in Pool.ready
}

// NewPool returns a pool that runs at most size pieces of one group's work
// at once (at least 1), and at most total (at least size) in all.
func NewPool(size, total int) *Pool {
	size = max(size, 1)
	return &Pool{size: size, total: max(total, size), groups: map[any]*poolGroup{}}
}

// DefaultPool is the process's pool: UV_THREADPOOL_SIZE goroutines per
// isolate tree (default 4, at most 1024), 64 in all (or that size).
var DefaultPool = NewPool(threadpoolSize(), 64)

func threadpoolSize() int {
	n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE"))
	if err != nil || n < 1 {
		return 4
	}
	return min(n, 1024)
}

// Size is the bound on one group's running work.
func (p *Pool) Size() int { return p.size }

// Submit queues fn, work of group, to run on one of the pool's goroutines.
// Safe from any goroutine; it never blocks.
func (p *Pool) Submit(group any, fn func()) {
	p.mu.Lock()
	g := p.groups[group]
	if g == nil {
		g = &poolGroup{key: group}
		p.groups[group] = g
	}
	if g.running < p.size && p.running < p.total && len(g.queue) == 0 {
		g.running++
		p.running++
		p.mu.Unlock()
		go p.work(g, fn)
		return
	}
	g.queue = append(g.queue, fn)
	p.markReadyLocked(g)
	p.mu.Unlock()
}

func (p *Pool) markReadyLocked(g *poolGroup) {
	if !g.ready && len(g.queue) > 0 && g.running < p.size {
		g.ready = true
		p.ready = append(p.ready, g)
	}
}

// work runs fn, then the next group's next piece, until none is ready.
func (p *Pool) work(g *poolGroup, fn func()) {
	for fn != nil {
		fn()
		p.mu.Lock()
		g.running--
		p.running--
		p.markReadyLocked(g)
		if g.running == 0 && len(g.queue) == 0 {
			delete(p.groups, g.key)
		}
		fn = nil
		if len(p.ready) > 0 {
			g = p.ready[0]
			p.ready[0] = nil
			p.ready = p.ready[1:]
			g.ready = false
			fn = g.queue[0]
			g.queue[0] = nil
			g.queue = g.queue[1:]
			g.running++
			p.running++
			p.markReadyLocked(g) // at the back: the others go first
		}
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
	return e.DoAs("", cb, work, onErr)
}

// DoAs is Do for a request of a class Node lists among the active requests
// (FSReqCallback): while an asynchronous one is under way,
// process._getActiveRequests counts it.
func (e *Env) DoAs(name string, cb wasm.Value, work Work, onErr ErrorValue) wasm.Value {
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
	untrack := e.track(name)
	e.Pool.Submit(e.PoolGroup(), func() {
		res, err := work()
		req.Complete(func() { untrack(); e.finish(cb, res, err, onErr) })
	})
	return wasm.Undefined
}

// Fail reports err for an operation refused before any work (a permission
// denial, a bad descriptor): thrown for a synchronous call; for an
// asynchronous one cb(err) is called from the loop, not from this call.
func (e *Env) Fail(cb wasm.Value, err error, onErr ErrorValue) wasm.Value {
	return e.FailAs("", cb, err, onErr)
}

// FailAs is Fail for a request of a class Node lists (see DoAs).
func (e *Env) FailAs(name string, cb wasm.Value, err error, onErr ErrorValue) wasm.Value {
	if !IsFunc(cb) {
		return e.VM.Throw(onErr(e, err))
	}
	cb = e.VM.Dup(cb)
	req := e.Loop.Reserve()
	untrack := e.track(name)
	req.Complete(func() { untrack(); e.finish(cb, nil, err, onErr) })
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
