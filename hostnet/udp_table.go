package hostnet

import (
	"net"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// UDPWrap is the 'udp_wrap' binding. Results are 0 or a negative errno
// unless said.
//
//	create(onEvent, ipv6) -> id
//	bind(id, ip, port, flags)   flags&1 IPv6 only, &4 SO_REUSEADDR
//	send(id, [view...], ip, port) -> bytes+1 when sent
//	    ip "" sends on a connected socket.
//	recvStart(id), recvStop(id)
//	    onEvent(1, arrayBuffer, {address, family, port}) per datagram,
//	    onEvent(1, -errno) for an error.
//	connect(id, ip, port), disconnect(id)
//	getsockname(id), getpeername(id) -> {address, family, port} | errno
//	setBroadcast(id, on), setTTL(id, ttl), setMulticastTTL(id, ttl),
//	setMulticastLoopback(id, on), setMulticastInterface(id, ip),
//	addMembership(id, group, iface), dropMembership(id, group, iface),
//	addSourceSpecificMembership(id, source, group, iface), dropSourceSpecificMembership
//	bufferSize(id, size, recv) -> the size (size 0 reads it) | errno
//	ref(id), unref(id), hasRef(id); close is stream_wrap's.
//	setCallback(id, onEvent)  a socket received over an IPC channel
//
// bind, send and connect throw ERR_ACCESS_DENIED when the policy refuses
// the address.
var UDPWrap = &binding.Module{Name: "udp_wrap", Funcs: []binding.Func{
	{Name: "create", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		u := &udpSocket{e: e, cb: e.VM.Dup(binding.Arg(args, 0)), v6: e.VM.Bool(binding.Arg(args, 1)),
			ref: true, done: make(chan struct{}), ack: make(chan struct{}, 1)}
		u.cond = sync.NewCond(&u.mu)
		id, err := e.Handles.Add(u)
		if err != nil {
			e.VM.Free(u.cb)
			return errInt(errnoOf(err))
		}
		u.id = id
		return wasm.MakeInt(int32(id))
	}},
	{Name: "bind", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		ip := e.VM.String(binding.Arg(args, 1))
		port := intArg(args, 2)
		if err := checkNet(e, hostPort(ip, port)); err != nil {
			return throwDenied(e, err)
		}
		return errInt(u.bind(ip, port, intArg(args, 3)))
	})},
	{Name: "send", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		ip := e.VM.String(binding.Arg(args, 2))
		port := intArg(args, 3)
		if ip != "" {
			if err := checkNet(e, hostPort(ip, port)); err != nil {
				return throwDenied(e, err)
			}
		}
		arr := binding.Arg(args, 1)
		if b, ok := e.VM.ViewBytes(arr); ok { // one buffer, not in a list
			return errInt(u.send([][]byte{b}, ip, port))
		}
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
				return e.VM.ThrowError("TypeError", "send: not a buffer")
			}
			bufs = append(bufs, b)
		}
		return errInt(u.send(bufs, ip, port))
	})},
	{Name: "recvStart", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		return errInt(u.recvStart())
	})},
	{Name: "recvStop", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		return errInt(u.recvStop())
	})},
	{Name: "connect", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		ip := e.VM.String(binding.Arg(args, 1))
		port := intArg(args, 2)
		if err := checkNet(e, hostPort(ip, port)); err != nil {
			return throwDenied(e, err)
		}
		sa, err := u.sockaddr(ip, port)
		if err != nil {
			return errInt(errnoOf(err))
		}
		return errInt(u.control(func(fd int) error { return unix.Connect(fd, sa) }))
	})},
	{Name: "disconnect", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		return errInt(u.control(disconnect))
	})},
	{Name: "getsockname", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		if u.pc == nil {
			return errInt(-int32(syscall.EBADF))
		}
		// the kernel's (a connect picks the local address of a socket
		// bound to the wildcard; Go's LocalAddr keeps the bound one)
		var sa unix.Sockaddr
		r := u.control(func(fd int) error {
			var err error
			sa, err = unix.Getsockname(fd)
			return err
		})
		if r != 0 {
			return errInt(r)
		}
		return sockaddrObject(e.VM, sa)
	})},
	{Name: "getpeername", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		var sa unix.Sockaddr
		r := u.control(func(fd int) error {
			var err error
			sa, err = unix.Getpeername(fd)
			return err
		})
		if r != 0 {
			return errInt(r)
		}
		return sockaddrObject(e.VM, sa)
	})},
	{Name: "setBroadcast", Fn: sockopt(func(u *udpSocket, fd, v int) error {
		return unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_BROADCAST, v)
	})},
	{Name: "setTTL", Fn: sockopt(func(u *udpSocket, fd, v int) error {
		if u.v6 {
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, v)
		}
		return unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_TTL, v)
	})},
	{Name: "setMulticastTTL", Fn: sockopt(func(u *udpSocket, fd, v int) error {
		if u.v6 {
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, v)
		}
		return unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, v)
	})},
	{Name: "setMulticastLoopback", Fn: sockopt(func(u *udpSocket, fd, v int) error {
		if u.v6 {
			return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, v)
		}
		return unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, v)
	})},
	{Name: "setMulticastInterface", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		iface := e.VM.String(binding.Arg(args, 1))
		return errInt(u.control(func(fd int) error { return setMulticastIf(u, fd, iface) }))
	})},
	{Name: "addMembership", Fn: membership(unix.IP_ADD_MEMBERSHIP, unix.IPV6_JOIN_GROUP)},
	{Name: "dropMembership", Fn: membership(unix.IP_DROP_MEMBERSHIP, unix.IPV6_LEAVE_GROUP)},
	{Name: "addSourceSpecificMembership", Fn: sourceMembership(unix.IP_ADD_SOURCE_MEMBERSHIP)},
	{Name: "dropSourceSpecificMembership", Fn: sourceMembership(unix.IP_DROP_SOURCE_MEMBERSHIP)},
	{Name: "bufferSize", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		size := intArg(args, 1)
		opt := unix.SO_SNDBUF
		if e.VM.Bool(binding.Arg(args, 2)) {
			opt = unix.SO_RCVBUF
		}
		var got int
		r := u.control(func(fd int) error {
			if size > 0 {
				if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, opt, size); err != nil {
					return err
				}
			}
			var err error
			got, err = unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
			return err
		})
		if r != 0 {
			return errInt(r)
		}
		return wasm.MakeInt(int32(got))
	})},
	{Name: "setCallback", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		e.VM.Free(u.cb)
		u.cb = e.VM.Dup(binding.Arg(args, 1))
		return wasm.Undefined
	})},
	{Name: "ref", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		u.ref = true
		u.updateRef()
		return wasm.Undefined
	})},
	{Name: "unref", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		u.ref = false
		u.updateRef()
		return wasm.Undefined
	})},
	{Name: "hasRef", Fn: withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		return wasm.MakeBool(u.ref)
	})},
}}

func withUDP(fn func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		u, ok := binding.Lookup[*udpSocket](e.Handles, idArg(args))
		if !ok {
			return errInt(-int32(syscall.EBADF))
		}
		return fn(e, u, args)
	}
}

// sockopt is a setter taking (id, value) with value a number or boolean.
func sockopt(set func(u *udpSocket, fd, v int) error) binding.Fn {
	return withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		a := binding.Arg(args, 1)
		v := int(a.Number())
		if a.Tag() == wasm.TagBool {
			v = 0
			if e.VM.Bool(a) {
				v = 1
			}
		}
		return errInt(u.control(func(fd int) error { return set(u, fd, v) }))
	})
}

func setMulticastIf(u *udpSocket, fd int, iface string) error {
	if !u.v6 {
		ip := net.ParseIP(iface).To4()
		if ip == nil {
			return syscall.EINVAL
		}
		var a [4]byte
		copy(a[:], ip)
		return unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a)
	}
	idx := 0
	if i := indexOfZone(iface); i >= 0 {
		// an unknown scope is #0, the default interface (as libuv)
		if ifi, err := net.InterfaceByName(iface[i+1:]); err == nil {
			idx = ifi.Index
		}
	} else if net.ParseIP(iface) == nil {
		return syscall.EINVAL
	}
	return unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx)
}

func indexOfZone(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			return i
		}
	}
	return -1
}

func membership(opt4, opt6 int) binding.Fn {
	return withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		group := net.ParseIP(e.VM.String(binding.Arg(args, 1)))
		ifv := binding.Arg(args, 2)
		iface := ""
		if !ifv.IsNullish() {
			iface = e.VM.String(ifv)
		}
		if group == nil {
			return errInt(-int32(syscall.EINVAL))
		}
		return errInt(u.control(func(fd int) error {
			if !u.v6 {
				g4 := group.To4()
				if g4 == nil {
					return syscall.EINVAL
				}
				mreq := &unix.IPMreq{}
				copy(mreq.Multiaddr[:], g4)
				if iface != "" {
					ip := net.ParseIP(iface).To4()
					if ip == nil {
						return syscall.EINVAL
					}
					copy(mreq.Interface[:], ip)
				}
				return unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt4, mreq)
			}
			mreq := &unix.IPv6Mreq{}
			copy(mreq.Multiaddr[:], group.To16())
			if i := indexOfZone(iface); i >= 0 {
				if ifi, err := net.InterfaceByName(iface[i+1:]); err == nil {
					mreq.Interface = uint32(ifi.Index)
				}
			}
			return unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt6, mreq)
		}))
	})
}

// sourceMembership joins or leaves a source-specific IPv4 group.
func sourceMembership(opt int) binding.Fn {
	return withUDP(func(e *binding.Env, u *udpSocket, args []wasm.Value) wasm.Value {
		src := net.ParseIP(e.VM.String(binding.Arg(args, 1))).To4()
		group := net.ParseIP(e.VM.String(binding.Arg(args, 2))).To4()
		ifv := binding.Arg(args, 3)
		var ifip net.IP = net.IPv4zero.To4()
		if !ifv.IsNullish() {
			ifip = net.ParseIP(e.VM.String(ifv)).To4()
		}
		if u.v6 {
			return errInt(-int32(syscall.ENOSYS))
		}
		if src == nil || group == nil || ifip == nil {
			return errInt(-int32(syscall.EINVAL))
		}
		return errInt(u.control(func(fd int) error {
			// struct ip_mreq_source { imr_multiaddr; imr_interface; imr_sourceaddr }
			var m [12]byte
			copy(m[0:4], group)
			copy(m[4:8], ifip)
			copy(m[8:12], src)
			return unix.SetsockoptString(fd, unix.IPPROTO_IP, opt, string(m[:]))
		}))
	})
}
