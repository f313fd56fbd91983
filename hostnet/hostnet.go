// Package hostnet is wqnode's transport layer, after Node's tcp_wrap,
// pipe_wrap, stream_wrap, udp_wrap and cares_wrap: TCP and Unix-domain
// stream handles over Go's net listeners and connections, UDP sockets, and
// DNS. JS sees handle ids in the isolate's one handle table; the JS side
// (modules/internal/net_handles.js) shapes them as Node's TCP, Pipe and UDP
// classes.
//
// Each connection reads on one goroutine and writes on at most one more;
// both only post completions to the loop. A read buffer (64 KiB) is taken
// from a pool only while the kernel has bytes for it, so an idle connection
// holds none. Every connect, listen, bind and send is checked against the
// permission policy's Net scope first.
package hostnet

import (
	"errors"
	"math"
	"net"
	"net/netip"
	"os"
	"strconv"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// readSize is the size of one read, as libuv's 64 KiB.
const readSize = 64 << 10

var bufPool = sync.Pool{New: func() any { b := make([]byte, readSize); return &b }}

// uvEOF is libuv's UV_EOF.
const uvEOF = -4095

// errnoOf is the negative errno JS sees for err (UV_ECANCELED for a
// cancelled operation, UV_UNKNOWN when there is none).
func errnoOf(err error) int32 {
	if err == nil {
		return 0
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return -int32(syscall.ETIMEDOUT)
	}
	if errors.Is(err, net.ErrClosed) {
		return -int32(syscall.EBADF)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return -int32(syscall.EINVAL)
	}
	if en := binding.Errno(err); en != 0 {
		return -int32(en)
	}
	if errors.Is(err, errCanceled) {
		return -int32(syscall.ECANCELED)
	}
	return -4094
}

var errCanceled = errors.New("canceled")

// checkNet asks the policy whether addr (host:port, or a socket path) may
// be used; the error is a *permission.Denied.
func checkNet(e *binding.Env, addr string) error {
	return e.Policy.Check(permission.Net, addr)
}

// throwDenied throws ERR_ACCESS_DENIED for err.
func throwDenied(e *binding.Env, err error) wasm.Value {
	return e.VM.Throw(e.ErrorValue(err, "", "", ""))
}

// hostPort is host:port for an IP and port given by JS.
func hostPort(ip string, port int) string {
	return net.JoinHostPort(ip, strconv.Itoa(port))
}

// addrObject builds Node's {address, family, port} (owned) for a.
func addrObject(vm *wasm.VM, a net.Addr) wasm.Value {
	obj := vm.NewObject()
	var ap netip.AddrPort
	switch a := a.(type) {
	case *net.TCPAddr:
		ap = a.AddrPort()
	case *net.UDPAddr:
		ap = a.AddrPort()
	case *net.UnixAddr:
		vm.Set(obj, "address", vm.NewString(a.Name))
		return obj
	default:
		return obj
	}
	ip := ap.Addr()
	fam := "IPv6"
	if ip.Is4() {
		fam = "IPv4"
	}
	vm.Set(obj, "address", vm.NewString(ip.String()))
	vm.Set(obj, "family", vm.NewString(fam))
	vm.Set(obj, "port", wasm.MakeInt(int32(ap.Port())))
	return obj
}

// idArg is args[0] as a handle id.
func idArg(args []wasm.Value) int { return int(binding.Arg(args, 0).Number()) }

// intArg is args[i] as an int.
func intArg(args []wasm.Value, i int) int {
	f := binding.Arg(args, i).Number()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0 // undefined, as V8's Int32Value reads it (Go's int(NaN) is arbitrary)
	}
	return int(f)
}

// errInt is the JS number for a negative errno.
func errInt(n int32) wasm.Value { return wasm.MakeInt(n) }
