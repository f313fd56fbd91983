package hostnet

import (
	"context"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// udpSocket is a UDP handle: a bound Go UDP socket, read by one goroutine
// while receiving. Fields without a comment are the loop's only.
type udpSocket struct {
	e  *binding.Env
	id int
	cb wasm.Value // onEvent, owned
	v6 bool

	pc *net.UDPConn
	rc syscall.RawConn

	ref, reading, closed bool
	held                 loop.Hold

	done    chan struct{}
	ack     chan struct{}
	mu      sync.Mutex
	cond    *sync.Cond
	want    bool // (mu)
	started bool // (mu)
}

// ActiveResource: an open, ref'd socket (as uv_has_ref).
func (u *udpSocket) ActiveResource() (string, bool) { return "UDPWrap", u.ref && !u.closed }

// Close releases the socket; the reader stops.
func (u *udpSocket) Close() error {
	if u.closed {
		return nil
	}
	u.closed = true
	close(u.done)
	u.mu.Lock()
	u.want = false
	u.cond.Broadcast()
	u.mu.Unlock()
	if u.pc != nil {
		u.pc.Close()
	}
	u.updateRef()
	return nil
}

func (u *udpSocket) updateRef() {
	u.held.Set(u.e.Loop, u.ref && !u.closed && u.reading)
}

func (u *udpSocket) isDone() bool {
	select {
	case <-u.done:
		return true
	default:
		return false
	}
}

// sockaddr is the kernel address for ip:port on this socket's family.
func (u *udpSocket) sockaddr(ip string, port int) (unix.Sockaddr, error) {
	ip, zone := splitZone(ip)
	p := net.ParseIP(ip)
	if p == nil || port < 0 || port > 65535 {
		return nil, syscall.EINVAL
	}
	if !u.v6 {
		p4 := p.To4()
		if p4 == nil {
			return nil, syscall.EINVAL
		}
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], p4)
		return sa, nil
	}
	sa := &unix.SockaddrInet6{Port: port}
	copy(sa.Addr[:], p.To16())
	if zone != "" {
		if ifi, err := net.InterfaceByName(zone); err == nil {
			sa.ZoneId = uint32(ifi.Index)
		} else if n, err := strconv.Atoi(zone); err == nil {
			sa.ZoneId = uint32(n)
		}
	}
	return sa, nil
}

// splitZone splits "fe80::1%eth0" into the address and its zone.
func splitZone(ip string) (string, string) {
	if i := strings.IndexByte(ip, '%'); i >= 0 {
		return ip[:i], ip[i+1:]
	}
	return ip, ""
}

func (u *udpSocket) bind(ip string, port, flags int) int32 {
	if u.pc != nil {
		return -int32(syscall.EINVAL)
	}
	host, _ := splitZone(ip)
	parsed := net.ParseIP(host)
	if parsed == nil || (!u.v6 && parsed.To4() == nil) {
		return -int32(syscall.EINVAL)
	}
	network := "udp4"
	if u.v6 {
		network = "udp"
		if flags&1 != 0 {
			network = "udp6"
		}
	}
	lc := net.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		c.Control(func(fd uintptr) {
			if flags&4 != 0 {
				serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
			}
		})
		return serr
	}}
	pc, err := lc.ListenPacket(context.Background(), network, hostPort(ip, port))
	if err != nil {
		return errnoOf(err)
	}
	u.pc = pc.(*net.UDPConn)
	u.rc, _ = u.pc.SyscallConn()
	return 0
}

// control runs fn on the socket's descriptor.
func (u *udpSocket) control(fn func(fd int) error) int32 {
	if u.rc == nil {
		return -int32(syscall.EBADF)
	}
	var ferr error
	if err := u.rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return errnoOf(err)
	}
	return errnoOf(ferr)
}

func (u *udpSocket) send(bufs [][]byte, ip string, port int) int32 {
	if u.rc == nil {
		return -int32(syscall.EBADF)
	}
	var to unix.Sockaddr
	if ip != "" {
		sa, err := u.sockaddr(ip, port)
		if err != nil {
			return errnoOf(err)
		}
		to = sa
	}
	n := 0
	for _, b := range bufs {
		n += len(b)
	}
	var serr error
	err := u.rc.Write(func(fd uintptr) bool {
		for {
			_, serr = unix.SendmsgBuffers(int(fd), bufs, nil, to, 0)
			if serr != unix.EINTR {
				break
			}
		}
		return serr != unix.EAGAIN
	})
	if err == nil {
		err = serr
	}
	if err != nil {
		return errnoOf(err)
	}
	return int32(n) + 1
}

func (u *udpSocket) recvStart() int32 {
	if u.pc == nil {
		return -int32(syscall.EBADF)
	}
	u.reading = true
	u.updateRef()
	u.mu.Lock()
	u.want = true
	started := u.started
	u.started = true
	u.cond.Signal()
	u.mu.Unlock()
	u.pc.SetReadDeadline(time.Time{})
	if !started {
		go u.readLoop()
	}
	return 0
}

func (u *udpSocket) recvStop() int32 {
	u.reading = false
	u.updateRef()
	u.mu.Lock()
	was := u.want
	u.want = false
	u.mu.Unlock()
	if was && u.pc != nil {
		u.pc.SetReadDeadline(time.Unix(1, 0))
	}
	return 0
}

func (u *udpSocket) readLoop() {
	for {
		u.mu.Lock()
		for !u.want && !u.isDone() {
			u.cond.Wait()
		}
		u.mu.Unlock()
		if u.isDone() {
			return
		}
		err := u.waitReadable()
		if u.isDone() {
			return
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			continue
		}
		if err == nil {
			u.e.Loop.Post(u.onReadable)
			select {
			case <-u.ack:
			case <-u.done:
				return
			}
			continue
		}
		code := errnoOf(err)
		u.e.Loop.Post(func() { u.onError(code) })
		if errors.Is(err, net.ErrClosed) {
			return
		}
		// ICMP errors (ECONNREFUSED on a connected socket) are
		// per datagram: go on reading after the loop saw it.
		select {
		case <-u.ack:
		case <-u.done:
			return
		}
	}
}

// maxBatch bounds the datagrams one wake-up of the loop delivers (as
// libuv's 32 per poll event).
const maxBatch = 32

// waitReadable waits until a datagram (or a pending error) is queued,
// without taking it: the loop takes datagrams one at a time as it
// delivers them, so what a socket closed mid-batch would not have
// delivered stays in the kernel (for another holder of the descriptor).
func (u *udpSocket) waitReadable() error {
	var rerr error
	var b [1]byte
	err := u.rc.Read(func(fd uintptr) bool {
		for {
			_, _, e := unix.Recvfrom(int(fd), b[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
			switch e {
			case unix.EINTR:
				continue
			case unix.EAGAIN:
				return false
			}
			rerr = e
			return true
		}
	})
	if err == nil {
		err = rerr
	}
	return err
}

// recvOne takes one queued datagram without waiting (on the loop).
func (u *udpSocket) recvOne(buf []byte) (n int, from unix.Sockaddr, err error) {
	cerr := u.rc.Control(func(fd uintptr) {
		for {
			n, from, err = unix.Recvfrom(int(fd), buf, unix.MSG_DONTWAIT)
			if err != unix.EINTR {
				return
			}
		}
	})
	if cerr != nil {
		err = cerr
	}
	return
}

func (u *udpSocket) signal() {
	select {
	case u.ack <- struct{}{}:
	default:
	}
}

func (u *udpSocket) onError(code int32) {
	defer u.signal()
	if u.closed || !u.reading {
		return
	}
	u.e.Callback(u.cb, wasm.MakeInt(evRead), errInt(code))
}

// onReadable delivers what the kernel has queued, one datagram at a time,
// stopping as soon as JS closes the socket or stops receiving. After a
// full batch it queues itself behind the loop's other events rather than
// handing back to the reader goroutine, which would only find the socket
// readable again: a burst is drained without a wake-up per batch.
func (u *udpSocket) onReadable() {
	vm := u.e.VM
	bp := bufPool.Get().(*[]byte)
	defer bufPool.Put(bp)
	for i := 0; i < maxBatch && !u.closed && u.reading; i++ {
		n, from, err := u.recvOne(*bp)
		if err == unix.EAGAIN {
			u.signal()
			return
		}
		if err != nil {
			u.e.Callback(u.cb, wasm.MakeInt(evRead), errInt(errnoOf(err)))
			u.signal()
			return
		}
		// The sender as (address, port, family): JS makes rinfo, fewer
		// calls into the engine per datagram than building it here.
		ap := sockaddrUDP(from).AddrPort()
		fam := int32(6)
		if ap.Addr().Is4() {
			fam = 4
		}
		u.e.Callback(u.cb, wasm.MakeInt(evRead), vm.NewArrayBuffer((*bp)[:n]),
			vm.NewString(ap.Addr().String()), wasm.MakeInt(int32(ap.Port())), wasm.MakeInt(fam))
	}
	if u.closed || !u.reading {
		u.signal()
		return
	}
	u.e.Loop.Post(u.onReadable)
}

// sockaddrObject is Node's rinfo-like {address, family, port} (owned).
func sockaddrObject(vm *wasm.VM, sa unix.Sockaddr) wasm.Value {
	if a := sockaddrUDP(sa); a.IP != nil {
		return addrObject(vm, a)
	}
	return vm.NewObject()
}

// sockaddrUDP is a kernel address as Go's (no IP for another family).
func sockaddrUDP(sa unix.Sockaddr) *net.UDPAddr {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return &net.UDPAddr{IP: net.IP(sa.Addr[:]).To4(), Port: sa.Port}
	case *unix.SockaddrInet6:
		a := &net.UDPAddr{IP: net.IP(sa.Addr[:]), Port: sa.Port}
		if sa.ZoneId != 0 {
			if ifi, err := net.InterfaceByIndex(int(sa.ZoneId)); err == nil {
				a.Zone = ifi.Name
			}
		}
		return a
	}
	return &net.UDPAddr{}
}

// disconnect dissolves a connected UDP socket's association (connect
// with AF_UNSPEC).
func disconnect(fd int) error {
	var sa unix.RawSockaddr
	sa.Family = unix.AF_UNSPEC
	_, _, en := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa))
	if en != 0 && en != unix.EAFNOSUPPORT {
		return en
	}
	return nil
}
