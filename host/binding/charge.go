package binding

import "sync/atomic"

// hostBytes counts the host memory an isolate holds outside its VM for
// operations not yet done (copies of JS data waiting for the kernel).
type hostBytes struct{ n atomic.Int64 }

type hostBytesKey struct{}

// Charge takes n bytes from the isolate's budget for host memory held on
// its behalf (Env.MaxBuffer, shared by every binding), so JS that queues
// writes without waiting cannot grow the host past the isolate's own
// bound. It is called on the loop; the release it returns is safe from any
// goroutine and must be called once, when the bytes are let go. Past the
// budget the error is ErrBufferTooLarge and nothing is taken.
func (e *Env) Charge(n int) (release func(), err error) {
	hb := State(e, hostBytesKey{}, func() *hostBytes { return &hostBytes{} })
	if hb.n.Add(int64(n)) > e.MaxBuffer {
		hb.n.Add(-int64(n))
		return nil, ErrBufferTooLarge
	}
	return func() { hb.n.Add(-int64(n)) }, nil
}
