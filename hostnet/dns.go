package hostnet

import (
	"bufio"
	"context"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// CaresWrap is the 'cares_wrap' binding: name resolution.
//
//	getaddrinfo(hostname, family, hints, cb)
//	    Go's resolver (/etc/hosts, then DNS); on the pool.
//	    cb(null, [address, family, ...]) or cb(code) with Node's code
//	    (ENOTFOUND, EAI_AGAIN, ...).
//	getnameinfo(address, port, cb)   cb(null, [hostname, service]) or cb(code)
//	query(type, name, servers, timeoutMs, tries, cb[, local4, local6]) -> query id
//	    A DNS query (dnsquery.go) to servers ("ip:port" strings) in turn;
//	    cb(null, json) with the records, or cb(code).
//	cancel(queryId)                  the query's cb gets ECANCELLED
//	defaultServers() -> ["ip:port", ...]   /etc/resolv.conf's nameservers
//
// Every query and lookup is judged by the policy's Net scope as
// "dns" before it starts.
var CaresWrap = &binding.Module{Name: "cares_wrap", Funcs: []binding.Func{
	{Name: "getaddrinfo", Fn: getaddrinfo},
	{Name: "getnameinfo", Fn: getnameinfo},
	{Name: "query", Fn: dnsQuery},
	{Name: "cancel", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		st := binding.State(e, dnsKey{}, newDNSState)
		if c := st.cancels[idArg(args)]; c != nil {
			c()
		}
		return wasm.Undefined
	}},
	{Name: "defaultServers", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		arr := e.VM.NewArray()
		for i, s := range resolvConfServers() {
			e.VM.SetIndex(arr, uint32(i), e.VM.NewString(s))
		}
		return arr
	}},
}}

type dnsKey struct{}

type dnsState struct {
	next    int
	cancels map[int]context.CancelFunc
}

func newDNSState() *dnsState { return &dnsState{cancels: map[int]context.CancelFunc{}} }

// dnsPool bounds the goroutines DNS queries use, across isolates.
var dnsPool = binding.NewPool(32, 128)

// codeError is a DNS failure with Node's code (ENOTFOUND, ...).
type codeError string

func (c codeError) Error() string { return string(c) }

// dnsErrValue is the JS value of a DNS failure: its code as a string.
func dnsErrValue(e *binding.Env, err error) wasm.Value {
	var denied *permission.Denied
	if errors.As(err, &denied) {
		return e.ErrorValue(err, "", "", "") // ERR_ACCESS_DENIED itself, not a DNS code
	}
	var ce codeError
	if errors.As(err, &ce) {
		return e.VM.NewString(string(ce))
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		switch {
		case de.IsNotFound:
			return e.VM.NewString("ENOTFOUND")
		case de.IsTimeout, de.IsTemporary:
			return e.VM.NewString("EAI_AGAIN")
		}
		return e.VM.NewString("EAI_FAIL")
	}
	if errors.Is(err, context.Canceled) {
		return e.VM.NewString("ECANCELLED")
	}
	return e.VM.NewString("EAI_FAIL")
}

// getaddrinfo's hints (Linux values).
const (
	aiV4Mapped = 8
	aiAll      = 16
)

func getaddrinfo(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	host := e.VM.String(binding.Arg(args, 0))
	family := intArg(args, 1)
	hints := intArg(args, 2)
	cb := binding.Arg(args, 3)
	if err := e.Policy.Check(permission.NetLookup, host); err != nil {
		return e.Fail(cb, err, dnsErrValue)
	}
	return e.Do(cb, func() (binding.Result, error) {
		if strings.ContainsRune(host, 0) {
			return nil, codeError("ENOTFOUND")
		}
		ips, err := net.DefaultResolver.LookupIPAddr(context.Background(), host)
		if err != nil {
			return nil, err
		}
		type ent struct {
			addr string
			fam  int
		}
		var out []ent
		var v4 []ent
		for _, ip := range ips {
			if ip4 := ip.IP.To4(); ip4 != nil {
				v4 = append(v4, ent{ip4.String(), 4})
				if family == 0 {
					out = append(out, ent{ip4.String(), 4})
				}
				continue
			}
			s := ip.IP.String()
			if ip.Zone != "" {
				s += "%" + ip.Zone
			}
			if family == 0 || family == 6 {
				out = append(out, ent{s, 6})
			}
		}
		if family == 4 {
			out = v4
		}
		if family == 6 && hints&aiV4Mapped != 0 && (len(out) == 0 || hints&aiAll != 0) {
			for _, a := range v4 {
				out = append(out, ent{"::ffff:" + a.addr, 6})
			}
		}
		if len(out) == 0 {
			return nil, codeError("ENOTFOUND")
		}
		return func(e *binding.Env) wasm.Value {
			arr := e.VM.NewArray()
			for i, a := range out {
				e.VM.SetIndex(arr, uint32(2*i), e.VM.NewString(a.addr))
				e.VM.SetIndex(arr, uint32(2*i+1), wasm.MakeInt(int32(a.fam)))
			}
			return arr
		}, nil
	}, dnsErrValue)
}

func getnameinfo(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	addr := e.VM.String(binding.Arg(args, 0))
	port := intArg(args, 1)
	cb := binding.Arg(args, 2)
	if err := e.Policy.Check(permission.Net, addr); err != nil {
		return e.Fail(cb, err, dnsErrValue)
	}
	return e.Do(cb, func() (binding.Result, error) {
		host := addr
		names, err := net.DefaultResolver.LookupAddr(context.Background(), addr)
		if err == nil && len(names) > 0 {
			host = strings.TrimSuffix(names[0], ".")
		} else if err != nil {
			var de *net.DNSError
			if errors.As(err, &de) && !de.IsNotFound && !de.IsTimeout {
				return nil, codeError("ENOTFOUND")
			}
		}
		service := serviceName(port, "tcp")
		return func(e *binding.Env) wasm.Value {
			arr := e.VM.NewArray()
			e.VM.SetIndex(arr, 0, e.VM.NewString(host))
			e.VM.SetIndex(arr, 1, e.VM.NewString(service))
			return arr
		}, nil
	}, dnsErrValue)
}

var (
	servicesOnce sync.Once
	services     map[string]string // "22/tcp" -> "ssh"
)

// serviceName is /etc/services' name for port/proto, or the number.
func serviceName(port int, proto string) string {
	servicesOnce.Do(func() {
		services = map[string]string{}
		f, err := os.Open("/etc/services")
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			fs := strings.Fields(line)
			if len(fs) < 2 {
				continue
			}
			if _, ok := services[fs[1]]; !ok {
				services[fs[1]] = fs[0]
			}
		}
	})
	if s, ok := services[strconv.Itoa(port)+"/"+proto]; ok {
		return s
	}
	return strconv.Itoa(port)
}

// resolvConfServers are the nameservers of /etc/resolv.conf as ip:port.
func resolvConfServers() []string {
	f, err := os.Open("/etc/resolv.conf")
	if err != nil {
		return []string{"127.0.0.1:53"}
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 2 && fs[0] == "nameserver" && net.ParseIP(fs[1]) != nil {
			out = append(out, net.JoinHostPort(fs[1], "53"))
		}
	}
	if len(out) == 0 {
		out = []string{"127.0.0.1:53"}
	}
	return out
}

func dnsQuery(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	typ := vm.String(binding.Arg(args, 0))
	name := vm.String(binding.Arg(args, 1))
	sv := binding.Arg(args, 2)
	n, _ := binding.ListLen(vm, sv)
	var servers []string
	for i := 0; i < n; i++ {
		v := vm.ArrayElem(sv, uint32(i))
		servers = append(servers, vm.String(v))
		vm.Free(v)
	}
	timeout := intArg(args, 3)
	tries := intArg(args, 4)
	cb := binding.Arg(args, 5)
	var local [2]net.IP
	for i := range local {
		if v := binding.Arg(args, 6+i); v.IsString() {
			local[i] = net.ParseIP(vm.String(v))
		}
	}
	if !cb.IsObject() {
		return vm.ThrowError("TypeError", "query: callback required")
	}
	for _, s := range servers {
		if err := checkNet(e, s); err != nil {
			return throwDenied(e, err)
		}
	}
	st := binding.State(e, dnsKey{}, newDNSState)
	st.next++
	qid := st.next
	ctx, cancel := context.WithCancel(context.Background())
	st.cancels[qid] = cancel
	cb = vm.Dup(cb)
	req := e.Loop.Reserve()
	dnsPool.Submit(e.PoolGroup(), func() {
		js, err := runQuery(withLocal(ctx, local), typ, name, servers, timeout, tries)
		req.Complete(func() {
			delete(st.cancels, qid)
			cancel()
			defer vm.Free(cb)
			if err != nil {
				e.Callback(cb, dnsErrValue(e, err))
				return
			}
			e.Callback(cb, wasm.Null, vm.NewString(js))
		})
	})
	return wasm.MakeInt(int32(qid))
}

// errnoCode maps a socket error of a query to Node's DNS code.
func errnoCode(err error) codeError {
	switch binding.Errno(err) {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	}
	if errors.Is(err, context.Canceled) {
		return "ECANCELLED"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "ETIMEOUT"
	}
	return "ECONNREFUSED"
}
