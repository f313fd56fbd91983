package hostnet

import (
	"net"
	"os"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// openFd wraps the socket or FIFO behind virtual descriptor fd in a new
// handle (stream_wrap.openFd). Only a descriptor the isolate holds as a
// host file can be wrapped; a host descriptor number means nothing here.
// The handle reads and writes a duplicate; an inherited descriptor
// leaves the table (the handle took it over), a standard stream stays.
func openFd(e *binding.Env, fd int) wasm.Value {
	h := e.Handles.Get(fd)
	hf, ok := h.(binding.HostFile)
	if !ok {
		return errInt(-int32(syscall.EBADF))
	}
	f := hf.HostFile()
	if f == nil {
		return errInt(-int32(syscall.EINVAL))
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return errInt(errnoOf(err))
	}
	nfd, fifo := -1, false
	var derr error
	if err := rc.Control(func(x uintptr) {
		var st unix.Stat_t
		if derr = unix.Fstat(int(x), &st); derr != nil {
			return
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFSOCK:
		case unix.S_IFIFO:
			fifo = true
		default:
			derr = syscall.EINVAL
			return
		}
		nfd, derr = unix.FcntlInt(x, unix.F_DUPFD_CLOEXEC, 0)
	}); err != nil {
		return errInt(errnoOf(err))
	}
	if derr != nil {
		return errInt(errnoOf(derr))
	}
	var info wasm.Value
	if fifo {
		info = adoptFifo(e, nfd)
	} else {
		info = adoptFd(e, nfd)
	}
	if info == wasm.Undefined {
		return errInt(-int32(syscall.EINVAL))
	}
	if in, ok := h.(*binding.Inherited); ok {
		e.Handles.Remove(fd)
		in.Close()
	}
	return info
}

// adoptFifo makes nfd, a FIFO's descriptor this takes over, a Pipe stream
// handle and returns {id, type: 'pipe'} (owned), or undefined.
func adoptFifo(e *binding.Env, nfd int) wasm.Value {
	// non-blocking, so that Go's poller drives it and deadlines stop reads
	if err := unix.SetNonblock(nfd, true); err != nil {
		unix.Close(nfd)
		return wasm.Undefined
	}
	s := newStream(e, true, wasm.Undefined)
	s.setConn(fifoConn{os.NewFile(uintptr(nfd), "fifo")})
	if _, err := s.add(); err != nil {
		s.Close()
		e.VM.Free(s.cb)
		return wasm.Undefined
	}
	vm := e.VM
	obj := vm.NewObject()
	vm.Set(obj, "type", vm.NewString("pipe"))
	vm.Set(obj, "id", wasm.MakeInt(int32(s.id)))
	return obj
}

// fifoConn is a FIFO as a stream handle's connection: it has no
// addresses, as libuv's pipe over a FIFO has no name.
type fifoConn struct{ *os.File }

func (fifoConn) LocalAddr() net.Addr  { return &net.UnixAddr{Net: "unix"} }
func (fifoConn) RemoteAddr() net.Addr { return &net.UnixAddr{Net: "unix"} }
