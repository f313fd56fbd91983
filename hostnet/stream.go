package hostnet

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// Events a stream handle reports to its onEvent(kind, a, b) callback.
const (
	evRead       = 1 // a: ArrayBuffer of bytes read, or a negative errno (UV_EOF at end)
	evConnection = 2 // a: status, b: the accepted handle's id
)

// stream is a TCP or Unix-domain handle: a server (listener) or a
// connection, sharing the stream base (reads, writes, shutdown). Fields
// without a comment are the loop goroutine's only.
type stream struct {
	e    *binding.Env
	id   int
	pipe bool
	cb   wasm.Value // onEvent, owned

	conn net.Conn
	rc   syscall.RawConn // conn's, when it has one
	ln   net.Listener

	bindAddr  string // host:port or path given to bind, used by listen/connect
	bindNet   string
	pipeName  string // a Unix socket's path as JS gave it
	v6only    bool
	reusePort bool
	noDelay   bool
	keepAlive time.Duration // < 0: off

	ref, reading, closed bool
	held                 loop.Hold
	pending              [][]byte               // bytes read while stopped, delivered by readStart
	pendingFds           [][]int                // with pending (an IPC channel's): descriptors that came with each read
	tls                  *tlsState              // a TLS handle's session (tls_wrap), nil for plain streams
	detached             bool                   // a TLS handle took this stream's connection over
	tlsChild             atomic.Pointer[stream] // that TLS handle
	pairPeer             *stream                // the other end of a socketPair
	consumer             *consumer              // an HTTP parser fed this stream's reads (consume)

	// ipc marks an IPC channel: reads take descriptors passed with
	// SCM_RIGHTS, and writeHandle sends one.
	ipc bool
	// framer (an IPC channel's, once JS set it) frames reads into
	// messages (ipc_framing.go)
	framer *ipcFramer
	// drainPosted: a drain of the channel is posted to the loop and has
	// not started; ipcEnded: the channel's end was read (ipc_read.go)
	drainPosted atomic.Bool
	ipcEnded    bool
	// ipcUndone (an IPC channel's) counts queued writes whose completion
	// has not yet run on the loop
	ipcUndone int
	// readEnded (an IPC channel's) is closed once JS was given the end of
	// the stream (or the stream closed).
	readEnded    chan struct{}
	endSignalled bool          // readEnded was closed (on the loop)
	reads        atomic.Uint64 // chunks JS has acknowledged (IPCEnd.Reads)
	delivering   atomic.Bool   // a chunk read waits for JS to take it
	// adopted is a listening socket received over a channel, served once
	// JS calls listen.
	adopted    net.Listener
	pendingEnd int32 // an end (UV_EOF or errno) read while stopped
	cancel     context.CancelFunc

	done chan struct{} // closed by Close: the goroutines stop

	// the reader goroutine's control (mu)
	mu       sync.Mutex
	cond     *sync.Cond
	want     bool
	started  bool
	ack      chan struct{}
	accepted chan struct{}
	detach   bool          // the reader goroutine is to stop for good (a TLS handle takes over)
	exited   chan struct{} // closed when the reader goroutine returned

	// queued writes (wmu); writing is set while the writer goroutine runs
	wmu     sync.Mutex
	wq      []*writeReq
	wcur    int // bytes of the request the writer is writing (counted as queued)
	writing bool
	wIdle   chan struct{} // closed when the writer goroutine that is writing returns
	// drainClose: closed with writes queued; the writer closes conn
	// when they are done (closeAfterWrites)
	drainClose bool
}

// writeReq is a write (or a shutdown, after the writes before it) that did
// not complete on the loop: it holds its bytes and a reservation.
type writeReq struct {
	data     net.Buffers
	shutdown bool
	file     *os.File      // a descriptor to pass with the bytes (an IPC channel's), closed once sent
	cb       wasm.Value    // owned
	req      *loop.Request // nil for cleartext queued before a TLS handshake
	release  func()        // gives back the data's charge (not for shutdown)
}

func newStream(e *binding.Env, pipe bool, cb wasm.Value) *stream {
	s := &stream{e: e, pipe: pipe, cb: e.VM.Dup(cb), ref: true, keepAlive: -1,
		done: make(chan struct{}), ack: make(chan struct{}, 1), accepted: make(chan struct{}, 1),
		exited: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// add puts s in the handle table.
func (s *stream) add() (int, error) {
	id, err := s.e.Handles.Add(s)
	s.id = id
	return id, err
}

// Close releases the socket; the goroutines stop. Safe to call twice.
func (s *stream) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	close(s.done)
	s.endDelivered() // nothing more will come
	s.mu.Lock()
	s.want = false
	s.cond.Broadcast()
	s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
	if s.ln != nil {
		s.ln.Close()
	}
	if s.adopted != nil {
		s.adopted.Close()
	}
	switch {
	case s.conn == nil:
	case s.detached && s.tlsChild.Load() != nil:
		// the TLS handle over this connection closes it, after the
		// records it has queued
		s.tlsChild.Load().Close()
	case !s.closeAfterWrites():
		s.conn.Close()
	}
	for _, fds := range s.pendingFds {
		closeFds(fds)
	}
	s.pendingFds = nil
	if s.framer != nil {
		s.framer.reset()
	}
	if s.consumer != nil {
		s.consumer.unconsume()
	}
	s.updateRef()
	return nil
}

// updateRef makes the loop's reference match: a ref'd handle that reads
// or listens keeps the loop alive.
func (s *stream) updateRef() {
	reading := s.reading && (s.tls == nil || s.tls.started)
	if s.tls != nil && s.tls.started && !s.tls.hsDone && !s.tls.weak {
		// A handshake reads the peer, as a reading handle does (so an
		// unref'd socket does not keep the loop alive through it).
		reading = true
	}
	s.held.Set(s.e.Loop, s.ref && !s.closed && (reading || s.ln != nil))
}

// setConn attaches an established connection.
func (s *stream) setConn(c net.Conn) {
	s.conn = c
	if sc, ok := c.(syscall.Conn); ok {
		if rc, err := sc.SyscallConn(); err == nil {
			s.rc = rc
		}
	}
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetNoDelay(s.noDelay)
		if s.keepAlive >= 0 {
			tc.SetKeepAlive(true)
			if s.keepAlive > 0 {
				tc.SetKeepAlivePeriod(s.keepAlive)
			}
		} else {
			tc.SetKeepAlive(false)
		}
	}
}

func (s *stream) post(fn func()) { s.e.Loop.Post(fn) }

// readStart resumes reading; bytes read while stopped come first.
func (s *stream) readStart() int32 {
	if s.detached {
		return 0 // the TLS handle over it reads
	}
	if s.conn == nil && s.tls == nil {
		return -int32(syscall.ENOTCONN)
	}
	s.reading = true
	s.updateRef()
	if s.tls != nil && !s.tls.readable() {
		return 0 // reading starts once the handshake is done
	}
	if len(s.pending) > 0 || s.pendingEnd != 0 {
		s.post(s.flushPending)
		if s.pendingEnd != 0 {
			return 0
		}
	}
	s.mu.Lock()
	s.want = true
	started := s.started
	s.started = true
	s.cond.Signal()
	s.mu.Unlock()
	s.conn.SetReadDeadline(time.Time{})
	if s.ipc && s.rc != nil {
		if !started {
			go s.ipcWaitLoop()
		}
		s.postDrain() // what came while stopped raises no new readiness
		return 0
	}
	if !started {
		go s.readLoop()
	}
	return 0
}

// readStop stops reading from the kernel: a read in progress is
// interrupted, and what it got waits for the next readStart.
func (s *stream) readStop() int32 {
	s.reading = false
	s.updateRef()
	if s.tls != nil && !s.tls.readable() {
		return 0
	}
	s.mu.Lock()
	wasWanted := s.want
	s.want = false
	s.mu.Unlock()
	if wasWanted && s.conn != nil {
		s.conn.SetReadDeadline(time.Unix(1, 0))
	}
	return 0
}

func (s *stream) flushPending() {
	for len(s.pending) > 0 && s.reading && !s.closed {
		b := s.pending[0]
		s.pending = s.pending[1:]
		var fds []int
		if len(s.pendingFds) > 0 {
			fds = s.pendingFds[0]
			s.pendingFds = s.pendingFds[1:]
		}
		s.deliver(b, fds)
	}
	if len(s.pending) == 0 && s.pendingEnd != 0 && s.reading && !s.closed {
		code := s.pendingEnd
		s.pendingEnd = 0
		s.endDelivered()
		s.e.Callback(s.cb, wasm.MakeInt(evRead), errInt(code))
	}
}

// ActiveResource names the handle as Node's wraps are named.
func (s *stream) ActiveResource() (string, bool) {
	name := "TCPSocketWrap"
	switch {
	case s.pipe && s.ln != nil:
		name = "PipeServerWrap"
	case s.pipe:
		name = "PipeWrap"
	case s.ln != nil:
		name = "TCPServerWrap"
	}
	return name, s.ref && !s.closed
}

// readLoop is the reading goroutine: it waits until reading is wanted,
// reads once, hands the bytes to the loop and waits for them to be taken.
func (s *stream) readLoop() {
	defer close(s.exited)
	for {
		s.mu.Lock()
		for !s.want && !s.detach && !s.closedLocked() {
			s.cond.Wait()
		}
		detach := s.detach
		s.mu.Unlock()
		if detach || s.closedLocked() {
			return
		}
		bp, n, fds, err := s.readOnce()
		if s.closedLocked() {
			if bp != nil {
				bufPool.Put(bp)
			}
			closeFds(fds)
			return
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			continue // readStop interrupted the read
		}
		if n > 0 {
			s.delivering.Store(true)
			s.post(func() { s.onData(bp, n, fds) })
			select {
			case <-s.ack:
				s.reads.Add(1)
				s.delivering.Store(false)
			case <-s.done:
				return
			}
			continue
		}
		code := int32(uvEOF)
		if err != nil {
			code = errnoOf(err)
		}
		if code == -int32(syscall.ECONNRESET) {
			// A reset reaches a write in progress too: as libuv reports it,
			// the write's error comes first (the writer fails at once on a
			// reset connection; the wait is bounded all the same).
			s.awaitWriter(50 * time.Millisecond)
		}
		s.post(func() { s.onEnd(code) })
		return
	}
}

// awaitWriter waits until the writer goroutine is idle, at most d (any
// goroutine but the writer's).
func (s *stream) awaitWriter(d time.Duration) {
	s.wmu.Lock()
	busy, idle := s.writing, s.wIdle
	s.wmu.Unlock()
	if !busy {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-idle:
	case <-s.done:
	case <-t.C:
	}
}

func (s *stream) closedLocked() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// readOnce reads what the kernel has, taking a buffer only once bytes are
// there. n == 0 with a nil error is the end of the stream.
func (s *stream) readOnce() (*[]byte, int, []int, error) {
	if s.rc == nil {
		bp := bufPool.Get().(*[]byte)
		n, err := s.conn.Read(*bp)
		if n > 0 {
			return bp, n, nil, nil
		}
		bufPool.Put(bp)
		if err == io.EOF {
			err = nil
		}
		return nil, 0, nil, err
	}
	var bp *[]byte
	var n int
	var rerr error
	var fds []int
	err := s.rc.Read(func(fd uintptr) bool {
		if bp == nil {
			bp = bufPool.Get().(*[]byte)
		}
		for {
			if s.ipc {
				n, fds, rerr = recvWithRights(int(fd), *bp)
			} else {
				n, rerr = unix.Read(int(fd), *bp)
			}
			if rerr != unix.EINTR {
				break
			}
		}
		if rerr == unix.EAGAIN {
			bufPool.Put(bp)
			bp = nil
			return false
		}
		return true
	})
	if err == nil {
		err = rerr
	}
	if err != nil || n <= 0 {
		if bp != nil {
			bufPool.Put(bp)
		}
		closeFds(fds)
		return nil, 0, nil, err
	}
	return bp, n, fds, nil
}

// onData runs on the loop with bytes the reader read.
func (s *stream) onData(bp *[]byte, n int, fds []int) {
	defer func() {
		bufPool.Put(bp)
		select {
		case s.ack <- struct{}{}:
		default:
		}
	}()
	if s.closed {
		closeFds(fds)
		return
	}
	b := (*bp)[:n]
	if !s.reading || s.detached || len(s.pending) > 0 {
		s.pending = append(s.pending, append([]byte(nil), b...))
		if s.ipc {
			s.pendingFds = append(s.pendingFds, fds)
		}
		return
	}
	s.deliver(b, fds)
}

// deliver hands JS bytes read, with the handle made of a descriptor that
// came with them (an IPC channel's): onEvent(1, arrayBuffer[, handle]).
func (s *stream) deliver(b []byte, fds []int) {
	if s.framer != nil {
		s.deliverFramed(b, fds)
		return
	}
	if s.consumer != nil && len(fds) == 0 {
		s.consumer.feed(b, false)
		return
	}
	if len(fds) == 0 {
		s.e.Callback(s.cb, wasm.MakeInt(evRead), s.e.VM.NewArrayBuffer(b))
		return
	}
	h := adoptFd(s.e, fds[0])
	closeFds(fds[1:]) // one handle per message, as Node's protocol sends
	s.e.Callback(s.cb, wasm.MakeInt(evRead), s.e.VM.NewArrayBuffer(b), h)
}

// onEnd runs on the loop when the peer ended the stream or reading failed.
func (s *stream) onEnd(code int32) {
	if s.closed || s.tls != nil && s.tls.parent.closed {
		return // a TLS handle whose transport JS closed: its owner closes it
	}
	if !s.reading || s.detached || len(s.pending) > 0 {
		s.pendingEnd = code
		return
	}
	s.endDelivered()
	s.e.Callback(s.cb, wasm.MakeInt(evRead), errInt(code))
}

// endDelivered closes readEnded (an IPC channel's) once JS is given the
// stream's end, on the loop.
func (s *stream) endDelivered() {
	if s.readEnded != nil && !s.endSignalled {
		s.endSignalled = true
		close(s.readEnded)
	}
}

// write writes bufs: on the loop when the kernel takes them all now
// (result 0, cb not called), else from the writer goroutine (result 1,
// cb(status) from the loop later). A negative result is an errno.
func (s *stream) write(bufs [][]byte, cb wasm.Value, copied bool) int32 {
	if s.conn == nil {
		return -int32(syscall.EBADF)
	}
	s.wmu.Lock()
	idle := !s.writing && len(s.wq) == 0
	s.wmu.Unlock()
	if s.ipc && s.ipcUndone > 0 {
		// An IPC channel's send callbacks run in order: a write after one
		// whose completion JS has not yet heard waits behind it.
		idle = false
	}
	if idle && s.rc != nil {
		rest, err := s.tryWrite(bufs)
		if err != nil {
			return errnoOf(err)
		}
		if len(rest) == 0 {
			return 0
		}
		bufs = rest
	}
	n := 0
	for _, b := range bufs {
		n += len(b)
	}
	// The queued bytes are host memory held for the isolate: charged to
	// it, so writes that ignore backpressure are refused, not buffered
	// without bound.
	release, err := s.e.Charge(n)
	if err != nil {
		return -int32(syscall.ENOBUFS)
	}
	if !copied {
		for i, b := range bufs {
			bufs[i] = append([]byte(nil), b...)
		}
	}
	r := &writeReq{data: bufs, cb: s.e.VM.Dup(cb), release: release}
	if s.tls == nil || s.tls.hsDone {
		r.req = s.e.Loop.Reserve()
	}
	// else cleartext waiting for a handshake: held as TLSWrap holds it,
	// without keeping the loop alive (the handshake's reading does, while
	// the socket is ref'd)
	s.queue(r)
	return 1
}

// maxIOV is IOV_MAX: the most buffers one writev takes.
const maxIOV = 1024

// tryWrite is uv_try_write: one non-blocking writev; it returns what is
// left (views of bufs).
func (s *stream) tryWrite(bufs [][]byte) ([][]byte, error) {
	var n int
	var werr error
	err := s.rc.Write(func(fd uintptr) bool {
		for {
			if len(bufs) == 1 {
				n, werr = unix.Write(int(fd), bufs[0])
			} else {
				n, werr = unix.Writev(int(fd), bufs[:min(len(bufs), maxIOV)])
			}
			if werr != unix.EINTR {
				return true
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if werr == unix.EAGAIN {
		return bufs, nil
	}
	if werr != nil {
		return nil, werr
	}
	for len(bufs) > 0 && n >= len(bufs[0]) {
		n -= len(bufs[0])
		bufs = bufs[1:]
	}
	if len(bufs) > 0 {
		bufs[0] = bufs[0][n:]
	}
	return bufs, nil
}

// queue hands r to the writer goroutine, starting it when idle.
func (s *stream) queue(r *writeReq) {
	if s.ipc {
		s.ipcUndone++
	}
	s.wmu.Lock()
	s.wq = append(s.wq, r)
	start := !s.writing
	s.writing = true
	if start {
		s.wIdle = make(chan struct{})
	}
	s.wmu.Unlock()
	if start {
		go s.writeLoop()
	}
}

// writeLoop is the writing goroutine: it drains the queue in order and
// completes each request when its bytes were handed to the kernel.
func (s *stream) writeLoop() {
	conn := s.conn
	// Cleartext written before JS heard the handshake's outcome is sent
	// only if JS kept the socket: a client that rejects the peer's
	// certificate (and destroys the socket) sends it nothing, as with
	// Node's TLSWrap.
	discard := false
	if s.tls != nil {
		select {
		case <-s.tls.released:
			discard = s.tls.closedAtHandshake
		case <-s.done:
			select { // both may be ready: the handshake's outcome decides
			case <-s.tls.released:
				discard = s.tls.closedAtHandshake
			default:
				discard = true
			}
		}
	}
	for {
		s.wmu.Lock()
		if len(s.wq) == 0 {
			s.writing = false
			close(s.wIdle)
			closing := s.drainClose
			s.wmu.Unlock()
			if closing {
				conn.Close()
			}
			return
		}
		r := s.wq[0]
		s.wq[0] = nil
		s.wq = s.wq[1:]
		s.wcur = 0
		for _, b := range r.data {
			s.wcur += len(b)
		}
		s.wmu.Unlock()
		var err error
		if discard && !r.shutdown {
			err = syscall.ECANCELED
			if r.file != nil {
				r.file.Close()
			}
			r.release()
		} else if r.shutdown {
			err = closeWrite(conn)
		} else if r.file != nil {
			err = writeWithRights(conn, r.data, r.file)
			r.file.Close()
			r.release()
		} else {
			_, err = r.data.WriteTo(conn)
			r.release()
		}
		s.wmu.Lock()
		s.wcur = 0
		s.wmu.Unlock()
		status := errnoOf(err)
		if err != nil && (s.closedLocked() || s.tls != nil && binding.Errno(err) == 0) {
			// closed under it, or a TLS session that failed (its handshake
			// reports the cause)
			status = -int32(syscall.ECANCELED)
		}
		if p := s.pairPeer; p != nil && err == nil {
			// the bytes went to a TLS handshake over the pair's other end
			if c := p.tlsChild.Load(); c != nil {
				c.tls.holdHandshake(s.e.Loop)
			}
		}
		done := func() {
			if s.ipc {
				s.ipcUndone--
			}
			s.complete(r.cb, status)
		}
		if r.req != nil {
			r.req.Complete(done)
		} else {
			s.post(done)
		}
	}
}

// complete calls a request's callback with its status on the loop.
func (s *stream) complete(cb wasm.Value, status int32) {
	s.e.Callback(cb, errInt(status))
	s.e.VM.Free(cb)
}

// shutdown half-closes the connection after the queued writes; cb(status)
// is called from the loop.
func (s *stream) shutdown(cb wasm.Value) int32 {
	if s.conn == nil {
		return -int32(syscall.ENOTCONN)
	}
	r := &writeReq{shutdown: true, cb: s.e.VM.Dup(cb), req: s.e.Loop.Reserve()}
	s.wmu.Lock()
	idle := !s.writing && len(s.wq) == 0
	s.wmu.Unlock()
	// A TLS session's shutdown writes a close_notify record, which may
	// block (a full socket, an in-memory pair read by this loop): it goes
	// to the writer goroutine.
	if idle && s.tls == nil {
		status := errnoOf(closeWrite(s.conn))
		r.req.Complete(func() { s.complete(r.cb, status) })
		return 0
	}
	s.queue(r)
	return 0
}

func closeWrite(c net.Conn) error {
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// writeQueueSize is how many bytes wait for the writer goroutine.
func (s *stream) writeQueueSize() int {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	n := 0
	for _, r := range s.wq {
		for _, b := range r.data {
			n += len(b)
		}
	}
	// libuv counts a write in progress as queued until it is done
	return n + s.wcur
}

// closeAfterWrites: a TLS stream closed with writes queued lets the
// writer finish them (bounded by drainTimeout) and close the connection
// after them. Node's TLS layer has handed such bytes to the kernel when
// destroy runs; here they wait for the writer goroutine.
func (s *stream) closeAfterWrites() bool {
	if s.tls == nil {
		return false
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if !s.writing {
		return false
	}
	s.drainClose = true
	s.conn.SetWriteDeadline(time.Now().Add(drainTimeout))
	return true
}

// drainTimeout bounds how long a closed TLS stream's queued writes may
// take.
const drainTimeout = 2 * time.Second
