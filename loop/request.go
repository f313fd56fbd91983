package loop

import "sync/atomic"

// Request is a reservation taken on the loop goroutine before work leaves
// it (libuv's uv_req_t, k6's RegisterCallback): it keeps the loop alive
// until it is completed, and it completes exactly once.
type Request struct {
	l    *Loop
	done atomic.Bool
}

// Reserve takes a reservation; the loop stays alive until it is completed.
// Call it on the loop goroutine, before handing work to another goroutine.
func (l *Loop) Reserve() *Request {
	l.Ref()
	return &Request{l: l}
}

// Complete queues fn to run on the loop and releases the reservation. Safe
// from any goroutine. Only the first call has an effect; it reports whether
// this call was it.
func (r *Request) Complete(fn func()) bool {
	if !r.done.CompareAndSwap(false, true) {
		return false
	}
	r.l.mu.Lock()
	if fn != nil {
		r.l.queue = append(r.l.queue, fn)
	}
	r.l.refs--
	r.l.mu.Unlock()
	r.l.wakeup()
	return true
}

// Cancel releases the reservation without running anything (a handle
// closed before its work came back). Only the first of Cancel and Complete
// has an effect.
func (r *Request) Cancel() bool { return r.Complete(nil) }

// Done reports whether the request was completed or cancelled.
func (r *Request) Done() bool { return r.done.Load() }
