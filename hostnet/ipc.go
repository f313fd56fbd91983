package hostnet

import (
	"net"
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// IPC channels (child_process's 'ipc' stdio and a child's NODE_CHANNEL_FD)
// are Pipe stream handles over one end of a Unix stream socketpair whose
// reads and writes also carry descriptors (SCM_RIGHTS): a server, socket
// or UDP socket passed between processes. A received descriptor becomes a
// handle in the isolate's table at once; JS only ever sees its id.

// maxRights is how many descriptors one read takes; more are closed.
const maxRights = 4

// OpenIPC makes f, one end of a Unix stream socket, an IPC channel handle
// in e's table and returns its id, and a channel closed once the peer's
// end of the stream has been posted to the loop (a parent lets that come
// before a child's exit, as in Node). f is closed (the handle holds its
// own descriptor, close-on-exec). JS gives the handle its callback with
// stream_wrap.setCallback.
func OpenIPC(e *binding.Env, f *os.File) (int, *IPCEnd, error) {
	c, err := net.FileConn(f)
	f.Close()
	if err != nil {
		return 0, nil, err
	}
	uc, ok := c.(*net.UnixConn)
	if !ok {
		c.Close()
		return 0, nil, syscall.ENOTSOCK
	}
	s := newStream(e, true, wasm.Undefined)
	s.ipc = true
	s.readEnded = make(chan struct{})
	s.setConn(uc)
	id, err := s.add()
	if err != nil {
		uc.Close()
		return 0, nil, err
	}
	return id, &IPCEnd{Ended: s.readEnded, s: s}, nil
}

// IPCEnd tells a channel's owner when the peer's end was read: Ended is
// closed once the end was posted to the loop, and Reads counts the chunks
// JS has taken so far (a channel still busy delivering is not yet ended).
type IPCEnd struct {
	Ended <-chan struct{}
	s     *stream
}

// Reads is how many chunks the channel has delivered to JS. Safe from any
// goroutine.
func (c *IPCEnd) Reads() uint64 { return c.s.reads.Load() }

// Delivering reports whether a chunk read from the channel waits for JS
// to take it (the end, if it came, is behind it). Safe from any goroutine.
func (c *IPCEnd) Delivering() bool { return c.s.delivering.Load() || c.s.drainPosted.Load() }

// recvWithRights is one recvmsg: the bytes, and the descriptors that came
// with them (close-on-exec).
func recvWithRights(fd int, buf []byte) (int, []int, error) {
	oob := make([]byte, unix.CmsgSpace(maxRights*4))
	n, oobn, _, _, err := unix.Recvmsg(fd, buf, oob, unix.MSG_CMSG_CLOEXEC)
	if err != nil || oobn == 0 {
		return n, nil, err
	}
	msgs, perr := unix.ParseSocketControlMessage(oob[:oobn])
	if perr != nil {
		return n, nil, nil
	}
	var fds []int
	for i := range msgs {
		if got, err := unix.ParseUnixRights(&msgs[i]); err == nil {
			fds = append(fds, got...)
		}
	}
	return n, fds, nil
}

func closeFds(fds []int) {
	for _, fd := range fds {
		unix.Close(fd)
	}
}

// writeWithRights writes data to c with f's descriptor attached to its
// first bytes.
func writeWithRights(c net.Conn, data net.Buffers, f *os.File) error {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return syscall.EINVAL
	}
	var flat []byte
	for _, b := range data {
		flat = append(flat, b...)
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var oob []byte
	if err := rc.Control(func(fd uintptr) { oob = unix.UnixRights(int(fd)) }); err != nil {
		return err
	}
	n, _, err := uc.WriteMsgUnix(flat, oob, nil)
	if err != nil {
		return err
	}
	if n < len(flat) {
		_, err = uc.Write(flat[n:])
	}
	return err
}

// filer is a Go socket whose descriptor can be duplicated.
type filer interface{ File() (*os.File, error) }

// dupHandle duplicates the descriptor of the handle with id: a stream
// (listening or connected) or a UDP socket.
func dupHandle(e *binding.Env, id int) (*os.File, error) {
	var x any
	switch h := e.Handles.Get(id).(type) {
	case *stream:
		if !h.closed && h.ln == nil && h.adopted == nil && h.conn == nil && h.bindAddr != "" && !h.ipc {
			// A bound server handle sent before it listens (cluster's
			// shared handles): the receiver gets the listening socket,
			// which also serves this handle's own listen.
			if h.pipe {
				if err := checkPipe(e, h.pipeName); err != nil {
					return nil, err
				}
			} else if err := checkNet(e, listenResource(h)); err != nil {
				return nil, err
			}
			ln, err := h.makeListener()
			if err != nil {
				return nil, err
			}
			h.adopted = ln
		}
		switch {
		case h.closed:
		case h.ln != nil:
			x = h.ln
		case h.adopted != nil:
			x = h.adopted
		case h.conn != nil:
			x = h.conn
		}
	case *udpSocket:
		if !h.closed && h.pc != nil {
			x = h.pc
		}
	}
	f, ok := x.(filer)
	if !ok {
		return nil, syscall.EBADF
	}
	return f.File()
}

// writeHandle queues data on the channel s with the descriptor of handle
// hid; cb(status) follows from the loop.
func (s *stream) writeHandle(b []byte, hid int, cb wasm.Value) int32 {
	if s.conn == nil || !s.ipc {
		return -int32(syscall.EBADF)
	}
	f, err := dupHandle(s.e, hid)
	if err != nil {
		return errnoOf(err)
	}
	release, err := s.e.Charge(len(b))
	if err != nil {
		f.Close()
		return -int32(syscall.ENOBUFS)
	}
	data := append([]byte(nil), b...)
	s.queue(&writeReq{data: net.Buffers{data}, file: f, cb: s.e.VM.Dup(cb), req: s.e.Loop.Reserve(), release: release})
	return 1
}

// adoptFd makes a received descriptor a handle of the kind its socket is
// and returns {id, type} (owned) for JS, type being 'tcp', 'pipe', 'udp4'
// or 'udp6' and server true for a listening stream socket; a descriptor
// that is no socket wqnode serves is closed, and the result is undefined.
func adoptFd(e *binding.Env, fd int) wasm.Value {
	vm := e.VM
	typ, err1 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	dom, err2 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err1 != nil || err2 != nil || (dom != unix.AF_INET && dom != unix.AF_INET6 && dom != unix.AF_UNIX) {
		unix.Close(fd)
		return wasm.Undefined
	}
	f := os.NewFile(uintptr(fd), "handle")
	defer f.Close()
	obj := vm.NewObject()
	switch typ {
	case unix.SOCK_STREAM:
		s := newStream(e, dom == unix.AF_UNIX, wasm.Undefined)
		acc, _ := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ACCEPTCONN)
		if acc != 0 {
			ln, err := net.FileListener(f)
			if err != nil {
				vm.Free(obj)
				return wasm.Undefined
			}
			s.adopted = ln
			if ua, ok := ln.Addr().(*net.UnixAddr); ok {
				s.pipeName = ua.Name
			}
			vm.Set(obj, "server", wasm.MakeBool(true))
		} else {
			c, err := net.FileConn(f)
			if err != nil {
				vm.Free(obj)
				return wasm.Undefined
			}
			s.setConn(c)
		}
		if _, err := s.add(); err != nil {
			s.Close()
			vm.Free(s.cb)
			vm.Free(obj)
			return wasm.Undefined
		}
		kind := "tcp"
		if s.pipe {
			kind = "pipe"
		}
		vm.Set(obj, "type", vm.NewString(kind))
		vm.Set(obj, "id", wasm.MakeInt(int32(s.id)))
	case unix.SOCK_DGRAM:
		if dom == unix.AF_UNIX {
			vm.Free(obj)
			return wasm.Undefined
		}
		pc, err := net.FilePacketConn(f)
		uc, ok := pc.(*net.UDPConn)
		if err != nil || !ok {
			if pc != nil {
				pc.Close()
			}
			vm.Free(obj)
			return wasm.Undefined
		}
		u := &udpSocket{e: e, cb: wasm.Undefined, v6: dom == unix.AF_INET6, ref: true,
			done: make(chan struct{}), ack: make(chan struct{}, 1), pc: uc}
		u.cond = sync.NewCond(&u.mu)
		u.rc, _ = uc.SyscallConn()
		id, err := e.Handles.Add(u)
		if err != nil {
			uc.Close()
			vm.Free(obj)
			return wasm.Undefined
		}
		u.id = id
		kind := "udp4"
		if u.v6 {
			kind = "udp6"
		}
		vm.Set(obj, "type", vm.NewString(kind))
		vm.Set(obj, "id", wasm.MakeInt(int32(id)))
	default:
		vm.Free(obj)
		return wasm.Undefined
	}
	return obj
}
