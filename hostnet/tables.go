package hostnet

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// StreamWrap is the 'stream_wrap' binding: what every stream handle (TCP,
// Pipe) does, by handle id. Results are 0 or a negative errno unless said.
//
//	readStart(id), readStop(id)
//	    Reading delivers onEvent(1, arrayBuffer) per read and
//	    onEvent(1, UV_EOF or -errno) at the end.
//	writeBuffer(id, view, cb), writev(id, [view...], cb), writeUtf8String(id, s, cb)
//	    0: handed to the kernel now (cb is not called); 1: queued, cb(status)
//	    from the loop once the kernel has the bytes.
//	shutdown(id, cb)         half-close after queued writes; cb(status)
//	close(id, cb)            release; cb() in the loop's close phase
//	ref(id), unref(id), hasRef(id) -> bool
//	getsockname(id), getpeername(id) -> {address, family, port} | errno
//	writeQueueSize(id) -> bytes waiting for the kernel
//	setCallback(id, onEvent)  an accepted (or received) handle's callback
//	writeHandle(id, view, handleId, cb)  an IPC channel's write that passes
//	    the descriptor of handle handleId (a stream or UDP socket) with
//	    the bytes; 1 (queued) or an errno. Reads of a channel give
//	    onEvent(1, arrayBuffer, {id, type, server}) when a descriptor came.
//	openFd(fd) -> {id, type, server} | errno  a new handle over a duplicate
//	    of the socket or FIFO behind virtual descriptor fd (net.Socket({ fd })):
//	    a descriptor the isolate was given (binding.Inherited), which
//	    leaves the table, or a standard stream that is a host socket.
var StreamWrap = &binding.Module{Name: "stream_wrap", Funcs: []binding.Func{
	{Name: "readStart", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return errInt(s.readStart())
	})},
	{Name: "readStop", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return errInt(s.readStop())
	})},
	{Name: "writeBuffer", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		b, ok := e.VM.ViewBytes(binding.Arg(args, 1))
		if !ok {
			return e.VM.ThrowError("TypeError", "writeBuffer: not a buffer")
		}
		return errInt(s.write([][]byte{b}, binding.Arg(args, 2), false))
	})},
	{Name: "writev", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		arr := binding.Arg(args, 1)
		n, ok := binding.ListLen(e.VM, arr)
		if !ok {
			return errInt(-int32(syscall.EINVAL))
		}
		bufs := make([][]byte, 0, n)
		for i := 0; i < n; i++ {
			v := e.VM.ArrayElem(arr, uint32(i))
			b, ok := e.VM.ViewBytes(v)
			e.VM.Free(v)
			if !ok {
				return e.VM.ThrowError("TypeError", "writev: not a buffer")
			}
			bufs = append(bufs, b)
		}
		return errInt(s.write(bufs, binding.Arg(args, 2), false))
	})},
	{Name: "writevStrings", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		arr := binding.Arg(args, 1)
		n, ok := binding.ListLen(e.VM, arr)
		if !ok {
			return errInt(-int32(syscall.EINVAL))
		}
		n /= 2
		bufs := make([][]byte, 0, n)
		for i := 0; i < n; i++ {
			v := e.VM.ArrayElem(arr, uint32(2*i))
			enc := e.VM.ArrayElem(arr, uint32(2*i+1))
			b, ok := stringChunk(e.VM, v, enc)
			e.VM.Free(v)
			e.VM.Free(enc)
			if !ok {
				return e.VM.ThrowError("TypeError", "writevStrings: not a buffer or string")
			}
			bufs = append(bufs, b)
		}
		return errInt(s.write(bufs, binding.Arg(args, 2), false))
	})},
	{Name: "writeUtf8String", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		b := []byte(e.VM.String(binding.Arg(args, 1)))
		return errInt(s.write([][]byte{b}, binding.Arg(args, 2), true))
	})},
	{Name: "shutdown", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return errInt(s.shutdown(binding.Arg(args, 1)))
	})},
	{Name: "close", Fn: closeHandle},
	{Name: "ref", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		s.ref = true
		s.updateRef()
		return wasm.Undefined
	})},
	{Name: "unref", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		s.ref = false
		s.updateRef()
		return wasm.Undefined
	})},
	{Name: "hasRef", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return wasm.MakeBool(s.ref)
	})},
	{Name: "getsockname", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		switch {
		case s.pipe:
			return pipeAddr(e.VM, s.pipeName)
		case s.ln != nil:
			return addrObject(e.VM, s.ln.Addr())
		case s.conn != nil:
			return addrObject(e.VM, s.conn.LocalAddr())
		case s.boundAddr() != nil:
			return addrObject(e.VM, s.boundAddr())
		}
		return errInt(-int32(syscall.EINVAL))
	})},
	{Name: "getpeername", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if s.conn == nil {
			return errInt(-int32(syscall.ENOTCONN))
		}
		if s.pipe {
			return pipeAddr(e.VM, s.pipeName)
		}
		return addrObject(e.VM, s.conn.RemoteAddr())
	})},
	{Name: "setCallback", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		e.VM.Free(s.cb)
		s.cb = e.VM.Dup(binding.Arg(args, 1))
		return wasm.Undefined
	})},
	{Name: "writeHandle", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		b, ok := e.VM.ViewBytes(binding.Arg(args, 1))
		if !ok {
			return e.VM.ThrowError("TypeError", "writeHandle: not a buffer")
		}
		return errInt(s.writeHandle(b, intArg(args, 2), binding.Arg(args, 3)))
	})},
	{Name: "writeQueueSize", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return wasm.MakeInt(int32(s.writeQueueSize()))
	})},
	{Name: "openFd", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return openFd(e, intArg(args, 0))
	}},
}}

// withStream adapts fn to a binding function whose first argument is a
// stream handle id; a closed or unknown id is EBADF.
// stringChunk is one chunk of writevStrings: a string encoded as enc says
// (1 utf8, 2 latin1: each UTF-16 unit's low byte, as Node's latin1) or,
// with enc 0, a buffer view.
func stringChunk(vm *wasm.VM, v, enc wasm.Value) ([]byte, bool) {
	switch int(vm.Float(enc)) {
	case 1:
		if !v.IsString() {
			return nil, false
		}
		return []byte(vm.String(v)), true
	case 2:
		if !v.IsString() {
			return nil, false
		}
		latin1, wide := vm.StringUnits(v)
		if wide != nil {
			latin1 = make([]byte, len(wide))
			for i, u := range wide {
				latin1[i] = byte(u)
			}
		}
		return latin1, true
	}
	return vm.ViewBytes(v)
}

func withStream(fn func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		s := get(e, args)
		if s == nil {
			return errInt(-int32(syscall.EBADF))
		}
		return fn(e, s, args)
	}
}

// closeHandle removes a handle (stream or UDP) from the table, closes it
// and calls cb in the loop's close phase.
func closeHandle(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	h := e.Handles.Get(idArg(args))
	var ownCb wasm.Value
	switch h := h.(type) {
	case *stream:
		ownCb = h.cb
		h.cb = wasm.Undefined
	case *udpSocket:
		ownCb = h.cb
		h.cb = wasm.Undefined
	default:
		return wasm.Undefined
	}
	e.Handles.Remove(idArg(args))
	h.Close()
	cb := binding.Arg(args, 1)
	if cb.IsObject() {
		cb = e.VM.Dup(cb)
		e.Loop.QueueClose(func() {
			e.Callback(cb)
			e.VM.Free(cb)
			e.VM.Free(ownCb)
		})
	} else {
		e.VM.Free(ownCb)
	}
	return wasm.Undefined
}

// TCPWrap is the 'tcp_wrap' binding.
//
//	create(onEvent) -> id      a new, unconnected TCP handle
//	bind(id, ip, port), bind6(id, ip, port, flags)   flags&1: IPv6 only
//	listen(id, backlog)        accepted connections: onEvent(2, status, id)
//	connect(id, ip, port, cb)  cb(status) from the loop
//	setNoDelay(id, bool), setKeepAlive(id, bool, delaySeconds)
//	setReusePort(id, bool)
//	reset(id, cb)              close with RST (SO_LINGER 0)
//
// listen and connect throw ERR_ACCESS_DENIED when the policy refuses the
// address.
var TCPWrap = &binding.Module{Name: "tcp_wrap", Funcs: []binding.Func{
	{Name: "create", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return createStream(e, false, binding.Arg(args, 0))
	}},
	{Name: "bind", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return errInt(s.bindTCP(e.VM.String(binding.Arg(args, 1)), intArg(args, 2), false, 0))
	})},
	{Name: "bind6", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return errInt(s.bindTCP(e.VM.String(binding.Arg(args, 1)), intArg(args, 2), true, intArg(args, 3)))
	})},
	{Name: "listen", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if err := checkNet(e, listenResource(s)); err != nil {
			return throwDenied(e, err)
		}
		return errInt(s.listen(intArg(args, 1)))
	})},
	{Name: "connect", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		ip := e.VM.String(binding.Arg(args, 1))
		parsed := net.ParseIP(ip)
		if parsed == nil {
			return errInt(-int32(syscall.EINVAL))
		}
		addr := hostPort(ip, intArg(args, 2))
		if err := checkNet(e, addr); err != nil {
			return throwDenied(e, err)
		}
		network := "tcp4"
		if parsed.To4() == nil {
			network = "tcp6"
		}
		return errInt(s.connect(network, addr, binding.Arg(args, 3)))
	})},
	{Name: "setNoDelay", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		s.noDelay = e.VM.Bool(binding.Arg(args, 1))
		if tc, ok := s.conn.(*net.TCPConn); ok {
			return errInt(errnoOf(tc.SetNoDelay(s.noDelay)))
		}
		return errInt(0)
	})},
	{Name: "setKeepAlive", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		on := e.VM.Bool(binding.Arg(args, 1))
		s.keepAlive = -1
		if on {
			s.keepAlive = time.Duration(intArg(args, 2)) * time.Second
		}
		if tc, ok := s.conn.(*net.TCPConn); ok {
			if err := tc.SetKeepAlive(on); err != nil {
				return errInt(errnoOf(err))
			}
			if on && s.keepAlive > 0 {
				return errInt(errnoOf(tc.SetKeepAlivePeriod(s.keepAlive)))
			}
		}
		return errInt(0)
	})},
	{Name: "setReusePort", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		s.reusePort = e.VM.Bool(binding.Arg(args, 1))
		return errInt(0)
	})},
	{Name: "reset", Fn: func(e *binding.Env, this wasm.Value, args []wasm.Value) wasm.Value {
		if s := get(e, args); s != nil {
			if tc, ok := s.conn.(*net.TCPConn); ok {
				tc.SetLinger(0)
			}
		}
		return closeHandle(e, this, args)
	}},
}}

// listenResource is the address the policy judges for a listen.
func listenResource(s *stream) string {
	if s.bindAddr == "" {
		return "[::]:0"
	}
	return s.bindAddr
}

func createStream(e *binding.Env, pipe bool, cb wasm.Value) wasm.Value {
	s := newStream(e, pipe, cb)
	id, err := s.add()
	if err != nil {
		e.VM.Free(s.cb)
		return errInt(errnoOf(err))
	}
	return wasm.MakeInt(int32(id))
}

// PipeWrap is the 'pipe_wrap' binding: Unix-domain stream sockets.
//
//	create(onEvent) -> id
//	bind(id, path), listen(id, backlog), connect(id, path, cb)
//	fchmod(id, mode)   a listening socket's file: mode&1 readable, &2 writable by all
//
// The policy judges the socket's path as the Net resource.
var PipeWrap = &binding.Module{Name: "pipe_wrap", Funcs: []binding.Func{
	{Name: "create", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return createStream(e, true, binding.Arg(args, 0))
	}},
	{Name: "bind", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		s.pipeName = e.VM.String(binding.Arg(args, 1))
		s.bindNet, s.bindAddr = "unix", pipePath(e, s.pipeName)
		return errInt(0)
	})},
	{Name: "listen", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if err := checkPipe(e, s.pipeName); err != nil {
			return throwDenied(e, err)
		}
		return errInt(s.listen(intArg(args, 1)))
	})},
	{Name: "connect", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		name := e.VM.String(binding.Arg(args, 1))
		path := pipePath(e, name)
		if err := checkPipe(e, name); err != nil {
			return throwDenied(e, err)
		}
		return errInt(s.connect("unix", path, binding.Arg(args, 2)))
	})},
	{Name: "fchmod", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if s.ln == nil || s.bindAddr == "" || s.bindAddr[0] == '@' {
			return errInt(-int32(syscall.EBADF))
		}
		mode := intArg(args, 1)
		var perm os.FileMode = 0
		if mode&1 != 0 {
			perm |= 0o444
		}
		if mode&2 != 0 {
			perm |= 0o222
		}
		st, err := os.Stat(s.bindAddr)
		if err != nil {
			return errInt(errnoOf(err))
		}
		return errInt(errnoOf(os.Chmod(s.bindAddr, st.Mode().Perm()|perm)))
	})},
}}

// pipePath is a socket path as the host's kernel gets it: relative paths
// are the isolate's, so they stay relative only while the host process's
// working directory is the isolate's (sun_path holds 107 bytes: a long
// absolute form could fail where Node's relative one works), else they
// are resolved against the isolate's cwd. Abstract names ("\x00...")
// stay abstract.
func pipePath(e *binding.Env, p string) string {
	if p == "" || p[0] == 0 {
		if p != "" {
			return "@" + p[1:]
		}
		return p
	}
	if !filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil && wd == e.Cwd {
			return p
		}
		return filepath.Join(e.Cwd, p)
	}
	return p
}

// pipeResource is the path the policy judges: absolute.
// checkPipe asks the policy whether the Unix socket name may be listened
// on or connected to: a net grant for it and, for a socket in the file
// system (not the abstract namespace), a write grant, since binding
// creates a file there and connecting writes to whatever serves it.
func checkPipe(e *binding.Env, name string) error {
	res := pipeResource(e, name)
	if err := checkNet(e, res); err != nil {
		return err
	}
	if res == "" || res[0] == 0 || res[0] == '@' || !e.Policy.Enabled() {
		return nil
	}
	// The grant is judged on the socket's real directory. The kernel
	// resolves the name again at bind/connect: a directory swapped for a
	// link in between is not caught (hostfs's openat2 confinement does not
	// reach socket addresses).
	dir, err := filepath.EvalSymlinks(filepath.Dir(res))
	if err != nil {
		dir = filepath.Dir(res)
	}
	return e.Policy.CheckPath(permission.FSWrite, filepath.Join(dir, filepath.Base(res)))
}

func pipeResource(e *binding.Env, p string) string {
	if p != "" && p[0] != 0 && !filepath.IsAbs(p) {
		return filepath.Join(e.Cwd, p)
	}
	return p
}

// pipeAddr is a Unix socket's address as JS sees it: the name it was
// given.
func pipeAddr(vm *wasm.VM, name string) wasm.Value { return vm.NewString(name) }
