package host

import (
	"os"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'tty' binding: guessHandleType(fd) for tty.isatty and the stdio
// streams. fd is a virtual descriptor, an index into the isolate's handle
// table, never a host descriptor.
var ttyBinding = &binding.Module{Name: "tty", Funcs: []binding.Func{
	{Name: "guessHandleType", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return e.VM.NewString(guessHandle(e, int(binding.Arg(args, 0).Number())))
	}},
}}

// hostFileOf is the host file behind virtual descriptor fd, or nil (no
// such handle, or one that is not a host file: an embedder's writer).
func hostFileOf(e *binding.Env, fd int) *os.File {
	if h, ok := binding.Lookup[binding.HostFile](e.Handles, fd); ok {
		return h.HostFile()
	}
	return nil
}

// guessHandle classifies virtual descriptor fd as libuv's
// uv_guess_handle does: TTY, FILE, PIPE, TCP, UDP, or UNKNOWN (also when
// the isolate has no such descriptor). A standard stream that is not a host
// file (an embedder's reader or writer) is a PIPE.
func guessHandle(e *binding.Env, fd int) string {
	h := e.Handles.Get(fd)
	if h == nil {
		return "UNKNOWN"
	}
	f := hostFileOf(e, fd)
	if f == nil {
		if _, ok := h.(*binding.Stdio); ok {
			return "PIPE"
		}
		return "UNKNOWN"
	}
	if _, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS); err == nil {
		return "TTY"
	}
	var st unix.Stat_t
	if unix.Fstat(int(f.Fd()), &st) != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFCHR:
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
		return socketType(int(f.Fd()))
	}
	return "UNKNOWN"
}

// socketType is a socket's kind as uv_guess_handle names it: TCP or UDP
// for an internet stream or datagram socket, PIPE for a Unix-domain one.
func socketType(fd int) string {
	typ, err1 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	dom, err2 := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err1 != nil || err2 != nil {
		return "UNKNOWN"
	}
	switch {
	case dom == unix.AF_UNIX && typ == unix.SOCK_STREAM:
		return "PIPE"
	case (dom == unix.AF_INET || dom == unix.AF_INET6) && typ == unix.SOCK_STREAM:
		return "TCP"
	case (dom == unix.AF_INET || dom == unix.AF_INET6) && typ == unix.SOCK_DGRAM:
		return "UDP"
	}
	return "UNKNOWN"
}
