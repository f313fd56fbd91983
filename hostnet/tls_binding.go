package hostnet

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"net"
	"strings"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// maxContexts bounds the SecureContexts an isolate holds at once.
const maxContexts = 1 << 14

type contextsKey struct{}

// contexts is an isolate's SecureContexts by id (ids are never reused;
// JS frees one when its SecureContext is collected).
type contexts struct {
	byID map[int]*tlsContext
	next int
}

func contextsOf(e *binding.Env) *contexts {
	return binding.State(e, contextsKey{}, func() *contexts { return &contexts{byID: map[int]*tlsContext{}} })
}

func contextArg(e *binding.Env, args []wasm.Value, i int) *tlsContext {
	return contextsOf(e).byID[intArg(args, i)]
}

// TLSWrap is the 'tls_wrap' binding: SecureContexts and TLS handles. A TLS
// handle is a stream handle (stream_wrap works on it) whose bytes are the
// cleartext of a TLS session over another stream handle's connection; the
// handshake and the record layer run in crypto/tls.
//
//	createContext(json) -> ctxId    throws Node's OpenSSL-shaped errors
//	freeContext(ctxId)
//	wrap(streamId, ctxId, isServer) -> id | errno
//	setParent(id, streamId)         before start: wrap another stream (a new connect attempt)
//	socketPair() -> [id, id]        two connected in-host streams (a JS duplex under TLS)
//	setOptions(id, json)            {servername, alpn, requestCert, rejectUnauthorized, sni}
//	start(id, [buffer...]) -> errno  buffers: bytes the wrapped socket read in JS;            handshake; onEvent(3, 0 | errorJSON) when done
//	sniResult(id, ctxId)            answers onEvent(4, servername): ctxId, -1 default, -2 fail
//	peerCertificate(id, detailed) -> JSON array | undefined
//	certificate(id) -> JSON array | undefined
//	protocol(id), cipher(id), alpn(id), servername(id), verifyError(id)
//	sessionReused(id), exportKeyingMaterial(id, length, label, context|undefined)
//	setSession(id, buffer)          before start: the session a client offers
//	session(id) -> ArrayBuffer | undefined, ticket(id) -> ArrayBuffer | undefined
//	addCACert(ctxId, pem)           trusts the certificates of pem too
//	ticketKeys(ctxId) -> ArrayBuffer(48), setTicketKeys(ctxId, buffer(48))
//	rootCertificates() -> [pem...], ciphers() -> [name...]
//
// The wrapped stream was connected (or accepted) through tcp_wrap or
// pipe_wrap, so the policy judged its address there; TLS opens no
// connection of its own.
var TLSWrap = &binding.Module{Name: "tls_wrap", Funcs: []binding.Func{
	{Name: "createContext", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cs := contextsOf(e)
		if len(cs.byID) >= maxContexts {
			return e.Throw(&binding.CodedError{Class: "Error", Code: "ERR_OUT_OF_RANGE", Message: "too many secure contexts"}, "", "", "")
		}
		c, err := newContext(e.VM.String(binding.Arg(args, 0)))
		if err != nil {
			return throwTLS(e, err)
		}
		cs.next++
		cs.byID[cs.next] = c
		return wasm.MakeInt(int32(cs.next))
	}},
	{Name: "freeContext", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		delete(contextsOf(e).byID, intArg(args, 0))
		return wasm.Undefined
	}},
	{Name: "wrap", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		p := get(e, args)
		ctx := contextArg(e, args, 1)
		if p == nil || p.detached || p.ln != nil || ctx == nil {
			return errInt(-int32(syscall.EBADF))
		}
		id, err := wrapStream(e, p, ctx, e.VM.Bool(binding.Arg(args, 2)))
		if err != nil {
			return errInt(errnoOf(err))
		}
		return wasm.MakeInt(int32(id))
	}},
	{Name: "setParent", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		p, _ := binding.Lookup[*stream](e.Handles, intArg(args, 1))
		if p == nil || p.detached || p.tls != nil || s.tls.started {
			return errInt(-int32(syscall.EBADF))
		}
		s.tls.parent = p
		return errInt(0)
	})},
	{Name: "socketPair", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return socketPair(e)
	}},
	{Name: "setOptions", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		var o struct {
			Servername   string   `json:"servername"`
			ALPN         []string `json:"alpn"`
			RequestCert  bool     `json:"requestCert"`
			RejectUnauth bool     `json:"rejectUnauthorized"`
			SNI          bool     `json:"sni"`
			Weak         bool     `json:"weak"`
			Keylog       bool     `json:"keylog"`
		}
		if err := json.Unmarshal([]byte(e.VM.String(binding.Arg(args, 1))), &o); err != nil {
			return errInt(-int32(syscall.EINVAL))
		}
		t := s.tls
		t.servername, t.alpn, t.requestCert, t.rejectUnauth, t.sni, t.weak = o.Servername, o.ALPN, o.RequestCert, o.RejectUnauth, o.SNI, o.Weak
		t.keylog = o.Keylog
		return errInt(0)
	})},
	{Name: "start", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		// bytes the wrapped socket's JS side had read already come first
		var early [][]byte
		if arr := binding.Arg(args, 1); arr.IsObject() {
			n, _ := binding.ListLen(e.VM, arr)
			for i := 0; i < n && i < 1024; i++ {
				v := e.VM.ArrayElem(arr, uint32(i))
				if b, ok := e.VM.ViewBytes(v); ok {
					early = append(early, append([]byte(nil), b...))
				}
				e.VM.Free(v)
			}
		}
		return errInt(s.startTLS(early))
	})},
	{Name: "sniResult", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		var ctx *tlsContext
		switch n := intArg(args, 1); {
		case n == -1:
			ctx = s.tls.ctx
		case n >= 0:
			ctx = contextArg(e, args, 1)
		}
		if ctx != nil {
			s.tls.usedCtx = ctx
		}
		select {
		case s.tls.sniAnswer <- ctx:
		default:
		}
		return wasm.Undefined
	})},
	{Name: "peerCertificate", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		// a resumed client session has no peer chain in OpenSSL: Node shows {}
		if !s.tls.readable() || len(s.tls.state.PeerCertificates) == 0 || !s.tls.server && s.tls.state.DidResume {
			return wasm.Undefined
		}
		return e.VM.NewString(chainJSON(peerChain(s.tls), e.VM.Bool(binding.Arg(args, 1))))
	})},
	{Name: "certificate", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		t := s.tls
		ctx := t.usedCtx
		if ctx == nil {
			ctx = t.ctx
		}
		if !t.readable() || len(ctx.certs) == 0 || ctx.certs[0].Leaf == nil {
			return wasm.Undefined
		}
		return e.VM.NewString(chainJSON(ctx.leafFor(t.state), false))
	})},
	{Name: "protocol", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if !s.tls.readable() {
			return wasm.Null
		}
		return e.VM.NewString(protocolName(s.tls.state.Version))
	})},
	{Name: "cipher", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if !s.tls.readable() {
			return wasm.Undefined
		}
		return e.VM.NewString(cipherJSON(s.tls.state))
	})},
	{Name: "alpn", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if !s.tls.readable() || s.tls.state.NegotiatedProtocol == "" {
			return wasm.False
		}
		return e.VM.NewString(s.tls.state.NegotiatedProtocol)
	})},
	{Name: "servername", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		name := s.tls.servername
		if s.tls.server {
			name = s.tls.state.ServerName
		}
		if name == "" {
			return wasm.False
		}
		return e.VM.NewString(name)
	})},
	{Name: "verifyError", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		code := s.tls.verifyErr
		if code == "" {
			return wasm.Null
		}
		v := e.VM.NewError("Error", verifyMessages[code])
		e.VM.Set(v, "code", e.VM.NewString(code))
		return v
	})},
	{Name: "sessionReused", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		return wasm.MakeBool(s.tls.readable() && s.tls.state.DidResume)
	})},
	{Name: "exportKeyingMaterial", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if !s.tls.readable() {
			return wasm.Undefined
		}
		n := intArg(args, 1)
		if n < 0 || n > 1<<16 {
			return wasm.Undefined
		}
		label := e.VM.String(binding.Arg(args, 2))
		var context []byte
		if b, ok := e.VM.ViewBytes(binding.Arg(args, 3)); ok {
			context = append([]byte(nil), b...)
		}
		out, err := s.tls.state.ExportKeyingMaterial(label, context, n)
		if err != nil {
			return wasm.Undefined
		}
		return e.VM.NewArrayBuffer(out)
	})},
	{Name: "setSession", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		t := s.tls
		if t.server || t.started {
			return errInt(-int32(syscall.EINVAL))
		}
		if b, ok := e.VM.ViewBytes(binding.Arg(args, 1)); ok && len(b) <= maxSessionBytes {
			// one that is not a session is ignored, as Node does
			t.sessions.offered = decodeSession(b)
		}
		return errInt(0)
	})},
	{Name: "session", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		t := s.tls
		if t.session != nil {
			return e.VM.NewArrayBuffer(t.session)
		}
		if !t.readable() {
			return wasm.Undefined
		}
		if t.sessions != nil && t.sessions.offered != nil && t.state.DidResume {
			if b := encodeSession(t.sessions.offered); b != nil {
				return e.VM.NewArrayBuffer(b)
			}
		}
		return e.VM.NewArrayBuffer([]byte(sessionNone + protocolName(t.state.Version)))
	})},
	{Name: "ticket", Fn: withTLS(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		if tk := sessionTicket(s.tls.session); tk != nil {
			return e.VM.NewArrayBuffer(tk)
		}
		return wasm.Undefined
	})},
	{Name: "ticketKeys", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		c := contextArg(e, args, 0)
		if c == nil {
			return wasm.Undefined
		}
		k := c.tickets.get()
		return e.VM.NewArrayBuffer(k[:])
	}},
	{Name: "addCACert", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if c := contextArg(e, args, 0); c != nil {
			c.addCAText(e.VM.String(binding.Arg(args, 1)))
		}
		return wasm.Undefined
	}},
	{Name: "setTicketKeys", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		c := contextArg(e, args, 0)
		b, ok := e.VM.ViewBytes(binding.Arg(args, 1))
		if c == nil || !ok || len(b) != 48 {
			return errInt(-int32(syscall.EINVAL))
		}
		c.tickets.set(b)
		return errInt(0)
	}},
	{Name: "rootCertificates", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		b, _ := json.Marshal(rootCertificates())
		return e.VM.NewString(string(b))
	}},
	{Name: "ciphers", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return e.VM.NewString(strings.Join(cipherNames(), ":"))
	}},
}}

// peerChain is the peer's certificates, leaf first, with the trusted root
// appended when verification found one.
func peerChain(t *tlsState) []*x509.Certificate {
	if len(t.chain) > 0 {
		return t.chain
	}
	return t.state.PeerCertificates
}

// leafFor is the certificate this side presented.
func (c *tlsContext) leafFor(st tls.ConnectionState) []*x509.Certificate {
	return []*x509.Certificate{c.certs[0].Leaf}
}

// withTLS adapts fn to a binding function on a TLS handle id.
func withTLS(fn func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		s := tlsHandle(e, args)
		if s == nil {
			return errInt(-int32(syscall.EBADF))
		}
		return fn(e, s, args)
	}
}

// throwTLS throws a context error with Node's shape (library, reason, code).
func throwTLS(e *binding.Env, err error) wasm.Value {
	return e.Throw(err, "", "", "")
}

// socketPair makes two stream handles joined by an in-memory connection:
// TLS over a JS duplex wraps one end, and JS moves bytes through the other.
func socketPair(e *binding.Env) wasm.Value {
	c1, c2 := net.Pipe()
	a := newStream(e, false, wasm.Undefined)
	b := newStream(e, false, wasm.Undefined)
	a.setConn(c1)
	b.setConn(c2)
	a.pairPeer, b.pairPeer = b, a
	ida, err := a.add()
	if err != nil {
		c1.Close()
		c2.Close()
		return errInt(errnoOf(err))
	}
	idb, err := b.add()
	if err != nil {
		e.Handles.Remove(ida)
		a.Close()
		c2.Close()
		return errInt(errnoOf(err))
	}
	arr := e.VM.NewArray()
	e.VM.SetIndex(arr, 0, wasm.MakeInt(int32(ida)))
	e.VM.SetIndex(arr, 1, wasm.MakeInt(int32(idb)))
	return arr
}
