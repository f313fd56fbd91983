package hostnet

import (
	"context"
	"errors"
	"net"
	"strconv"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// listen starts accepting on the address bind recorded. Errors are
// negative errnos (EADDRINUSE surfaces here, as libuv defers it).
func (s *stream) listen(backlog int) int32 {
	if s.closed {
		return -int32(syscall.EBADF)
	}
	if s.ln != nil {
		return 0
	}
	if s.adopted != nil {
		s.ln, s.adopted = s.adopted, nil
		s.updateRef()
		go s.acceptLoop(s.ln)
		return 0
	}
	ln, err := s.makeListener()
	if err != nil {
		return errnoOf(err)
	}
	s.ln = ln
	s.updateRef()
	go s.acceptLoop(ln)
	return 0
}

// makeListener creates the listening socket at the address bind recorded.
func (s *stream) makeListener() (net.Listener, error) {
	network, addr := s.bindNet, s.bindAddr
	if network == "" {
		network, addr = "tcp", "[::]:0"
	}
	lc := net.ListenConfig{KeepAlive: -1, Control: s.control}
	return lc.Listen(context.Background(), network, addr)
}

// control sets the socket options bind asked for before bind(2).
func (s *stream) control(network, address string, c syscall.RawConn) error {
	var serr error
	err := c.Control(func(fd uintptr) {
		if s.reusePort {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, 0xf /* SO_REUSEPORT */, 1)
		}
	})
	if err != nil {
		return err
	}
	return serr
}

// acceptLoop is a server's goroutine: one accepted connection at a time
// goes to the loop (the kernel's backlog holds the rest).
func (s *stream) acceptLoop(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if s.closedLocked() {
			if c != nil {
				c.Close()
			}
			return
		}
		if err != nil {
			code := errnoOf(err)
			var ne net.Error
			if errors.As(err, &ne) && !ne.Timeout() && code != -int32(syscall.EMFILE) && code != -int32(syscall.ENFILE) {
				s.post(func() { s.onConnection(nil, code) })
				return
			}
			s.post(func() { s.onConnection(nil, code) })
			time.Sleep(10 * time.Millisecond)
			continue
		}
		s.post(func() { s.onConnection(c, 0) })
		select {
		case <-s.accepted:
		case <-s.done:
			return
		}
	}
}

// onConnection runs on the loop: the accepted connection becomes a handle.
func (s *stream) onConnection(c net.Conn, status int32) {
	if c != nil {
		defer func() {
			select {
			case s.accepted <- struct{}{}:
			default:
			}
		}()
	}
	if s.closed {
		if c != nil {
			c.Close()
		}
		return
	}
	if c == nil {
		s.e.Callback(s.cb, wasm.MakeInt(evConnection), errInt(status))
		return
	}
	child := newStream(s.e, s.pipe, wasm.Undefined)
	child.noDelay = s.noDelay
	child.pipeName = s.pipeName
	child.setConn(c)
	id, err := child.add()
	if err != nil {
		c.Close()
		s.e.Callback(s.cb, wasm.MakeInt(evConnection), errInt(errnoOf(err)))
		return
	}
	s.e.Callback(s.cb, wasm.MakeInt(evConnection), wasm.MakeInt(0), wasm.MakeInt(int32(id)))
}

// connect dials addr (an IP literal host:port, or a path) in a goroutine;
// cb(status) is called from the loop.
func (s *stream) connect(network, addr string, cb wasm.Value) int32 {
	if s.closed {
		return -int32(syscall.EBADF)
	}
	d := net.Dialer{KeepAlive: -1}
	if s.bindAddr != "" && !s.pipe {
		la, err := net.ResolveTCPAddr("tcp", s.bindAddr)
		if err != nil {
			return -int32(syscall.EINVAL)
		}
		d.LocalAddr = la
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	cb = s.e.VM.Dup(cb)
	req := s.e.Loop.Reserve()
	go func() {
		c, err := d.DialContext(ctx, network, addr)
		if errors.Is(err, context.Canceled) {
			err = errCanceled
		}
		req.Complete(func() {
			if s.closed {
				if c != nil {
					c.Close()
				}
				s.complete(cb, -int32(syscall.ECANCELED))
				return
			}
			if err == nil {
				s.setConn(c)
			}
			s.complete(cb, errnoOf(err))
		})
	}()
	return 0
}

// bindTCP records the address listen or connect will bind to.
func (s *stream) bindTCP(ip string, port int, v6 bool, flags int) int32 {
	parsed := net.ParseIP(ip)
	if parsed == nil || port < 0 || port > 65535 {
		return -int32(syscall.EINVAL)
	}
	if v6 && parsed.To4() != nil && !isMapped(ip) {
		return -int32(syscall.EINVAL)
	}
	network := "tcp4"
	if v6 {
		network = "tcp"
		if flags&1 != 0 || !parsed.IsUnspecified() {
			network = "tcp6"
		}
	}
	s.bindNet, s.bindAddr = network, hostPort(ip, port)
	return 0
}

func isMapped(ip string) bool {
	for i := 0; i < len(ip); i++ {
		if ip[i] == ':' {
			return true
		}
	}
	return false
}

// boundAddr is the address bind recorded, for getsockname before listen.
func (s *stream) boundAddr() net.Addr {
	if s.bindAddr == "" {
		return nil
	}
	if s.pipe {
		return &net.UnixAddr{Name: s.bindAddr, Net: "unix"}
	}
	h, p, _ := net.SplitHostPort(s.bindAddr)
	port, _ := strconv.Atoi(p)
	return &net.TCPAddr{IP: net.ParseIP(h), Port: port}
}

// get finds a stream handle by id.
func get(e *binding.Env, args []wasm.Value) *stream {
	s, _ := binding.Lookup[*stream](e.Handles, idArg(args))
	return s
}
