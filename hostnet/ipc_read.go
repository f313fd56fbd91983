package hostnet

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// An IPC channel reads on the loop: its goroutine only waits until the
// socket is readable and posts a drain, which reads (recvmsg with the
// descriptors that came) until the kernel has nothing more and delivers
// each read. A message costs one hand-off from the goroutine to the loop,
// not a read there and an acknowledgement back, and the reads that are
// waiting are all taken in one loop wake.

// drainBatch bounds the reads one drain delivers before it lets the loop
// do other work (a peer that writes without pause must not starve it).
const drainBatch = 16

// ipcWaitLoop is an IPC channel's goroutine: while reading is wanted it
// waits for the socket to become readable and posts a drain.
func (s *stream) ipcWaitLoop() {
	defer close(s.exited)
	for {
		s.mu.Lock()
		for !s.want && !s.closedLocked() {
			s.cond.Wait()
		}
		s.mu.Unlock()
		if s.closedLocked() {
			return
		}
		waited := false
		err := s.rc.Read(func(fd uintptr) bool {
			if !waited {
				waited = true
				// Read has just reset the poller's readiness, so bytes that
				// came since the last drain's EAGAIN raised no edge it will
				// see: ask the kernel, or a peer that filled the socket
				// would wait for a wake that never comes.
				return readable(int(fd))
			}
			return true
		})
		if s.closedLocked() {
			return
		}
		if err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				continue // readStop interrupted the wait
			}
			s.postDrain() // the drain reads the error
			return
		}
		s.postDrain()
	}
}

// postDrain has the loop drain the socket, once however often it is asked
// before the drain starts. Safe from any goroutine.
func (s *stream) postDrain() {
	if s.drainPosted.Swap(true) {
		return
	}
	s.post(s.drain)
}

// drain reads what the kernel has on the loop and delivers it while JS
// reads, until the kernel has nothing (or a batch was delivered: the rest
// is the next drain's); the end of the stream or an error is delivered
// once.
func (s *stream) drain() {
	s.drainPosted.Store(false)
	for i := 0; ; i++ {
		if s.closed || !s.reading || s.ipcEnded {
			return
		}
		if i == drainBatch {
			s.postDrain()
			return
		}
		bp := bufPool.Get().(*[]byte)
		var n int
		var fds []int
		var rerr error
		if err := s.rc.Control(func(fd uintptr) {
			for {
				n, fds, rerr = recvWithRights(int(fd), *bp)
				if rerr != unix.EINTR {
					return
				}
			}
		}); err != nil {
			rerr = err
		}
		if rerr == unix.EAGAIN {
			bufPool.Put(bp)
			return
		}
		if rerr != nil || n <= 0 {
			bufPool.Put(bp)
			closeFds(fds)
			code := int32(uvEOF)
			if rerr != nil {
				code = errnoOf(rerr)
			}
			s.ipcEnded = true
			s.onEnd(code)
			return
		}
		s.reads.Add(1)
		s.deliver((*bp)[:n], fds)
		bufPool.Put(bp)
	}
}

// readable reports whether fd has bytes (or an end or error) to read now.
func readable(fd int) bool {
	p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(p, 0)
		if err == unix.EINTR {
			continue
		}
		return n > 0
	}
}
