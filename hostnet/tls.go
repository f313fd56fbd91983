package hostnet

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// Events a TLS handle reports to its onEvent(kind, a, b) callback, beside
// the stream's reads.
const (
	evHandshake = 3 // a: 0, or a JSON error {code, message, reason} the handshake failed with
	evSNI       = 4 // a: the servername the client asked for; answered by sniResult
)

// sniTimeout bounds how long a handshake waits for JS to answer an SNI
// callback before it fails.
const sniTimeout = 30 * time.Second

// tlsState is a TLS handle's session: the stream it wraps, the options
// set before start, and what the handshake found. Fields are the loop's
// unless said.
type tlsState struct {
	parent       *stream
	ctx          *tlsContext
	server       bool
	servername   string   // client: the SNI name to send
	alpn         []string // ALPNProtocols
	requestCert  bool
	rejectUnauth bool
	sni          bool // the server asks JS (evSNI) for the context per servername
	weak         bool // over a JS duplex: the handshake holds the loop only once bytes came
	keylog       bool // report key log lines (evKeylog)
	started      bool

	sniAnswer chan *tlsContext // the SNI goroutine's answer from JS (buffered 1)
	sniWaits  *atomic.Int32    // the isolate's handshakes waiting for an SNI answer
	holdMu    sync.Mutex
	hsReq     *loop.Request // the handshake's hold on the loop (holdMu)
	hsEnded   bool          // the handshake returned (holdMu)

	sessions *clientSessions // a client's session cache
	session  []byte          // the latest session the client was given (evSession)

	// released is closed on the loop once JS has heard how the handshake
	// ended: cleartext writes wait for it, so a client that rejects the
	// peer's certificate (and destroys the socket) sends it nothing, as
	// with Node's TLSWrap.
	released chan struct{}
	// closedAtHandshake: JS closed the socket while hearing the
	// handshake (set before released is closed).
	closedAtHandshake bool

	hsDone    bool // the handshake finished (well or not)
	hsFailed  bool
	conn      *tls.Conn
	state     tls.ConnectionState
	verifyErr string              // Node's code for the peer's chain, "" when it verified
	chain     []*x509.Certificate // the verified chain, leaf to root
	usedCtx   *tlsContext
}

// toLoop runs fn on the loop, releasing the handshake's reservation the
// first time (any goroutine).
func (t *tlsState) toLoop(s *stream, fn func()) {
	t.holdMu.Lock()
	req := t.hsReq
	t.hsReq = nil
	t.holdMu.Unlock()
	if req == nil || !req.Complete(fn) {
		s.post(fn)
	}
}

// holdHandshake keeps the loop alive while a handshake has bytes to work
// on (any goroutine; taken before the writer's own hold is released).
func (t *tlsState) holdHandshake(l *loop.Loop) {
	t.holdMu.Lock()
	defer t.holdMu.Unlock()
	if t.hsReq == nil && !t.hsEnded {
		t.hsReq = l.Reserve()
	}
}

// readable reports whether reads may go to the TLS connection.
func (t *tlsState) readable() bool { return t.hsDone && !t.hsFailed }

// parentConn is the wrapped stream's connection as the TLS layer reads
// it: bytes the stream had read before the handover come first.
type parentConn struct {
	net.Conn
	ready chan struct{} // closed once prefix and end are set

	mu       sync.Mutex
	handed   bool
	deadline time.Time

	prefix [][]byte
	end    int32 // an end the stream had read (UV_EOF or errno)
}

func (c *parentConn) Read(b []byte) (int, error) {
	<-c.ready

	if len(c.prefix) > 0 {
		n := copy(b, c.prefix[0])
		if n == len(c.prefix[0]) {
			c.prefix = c.prefix[1:]
		} else {
			c.prefix[0] = c.prefix[0][n:]
		}
		return n, nil
	}
	if c.end != 0 {
		if c.end == uvEOF {
			return 0, errEOF
		}
		return 0, syscall.Errno(-c.end)
	}
	return c.Conn.Read(b)
}

// SetReadDeadline applies once the stream's own reader has stopped (it
// used the deadline to stop).
func (c *parentConn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.deadline = t
	if c.handed {
		return c.Conn.SetReadDeadline(t)
	}
	return nil
}

func (c *parentConn) SetDeadline(t time.Time) error {
	c.SetReadDeadline(t)
	return c.Conn.SetWriteDeadline(t)
}

// handOver gives the connection to the TLS layer (any goroutine, once).
func (c *parentConn) handOver(prefix [][]byte, end int32) {
	c.prefix, c.end = prefix, end
	c.mu.Lock()
	c.handed = true
	c.Conn.SetReadDeadline(c.deadline)
	c.mu.Unlock()
	close(c.ready)
}

// tlsConn is the TLS connection a TLS handle's stream writes to: a
// shutdown sends close_notify and then half-closes the transport, as
// SSL_shutdown followed by the stream's shutdown does.
type tlsConn struct {
	*tls.Conn
	raw net.Conn
}

func (c *tlsConn) CloseWrite() error {
	// A peer that went away makes both fail; Node's shutdown ignores
	// that too (the read side reports it).
	c.Conn.CloseWrite()
	closeWrite(c.raw)
	return nil
}

// errEOF is what a parentConn returns at an end read before the handover.
var errEOF = errors.New("EOF")

// wrapStream makes a TLS handle over the stream p (connected or not yet).
func wrapStream(e *binding.Env, p *stream, ctx *tlsContext, server bool) (int, error) {
	s := newStream(e, p.pipe, wasm.Undefined)
	s.pipeName = p.pipeName
	s.tls = &tlsState{parent: p, ctx: ctx, server: server, sniAnswer: make(chan *tlsContext, 1),
		released: make(chan struct{}), sniWaits: sniWaits(e)}
	if !server {
		s.tls.sessions = &clientSessions{s: s}
	}
	return s.add()
}

// startTLS begins the handshake over the parent's connection.
func (s *stream) startTLS(early [][]byte) int32 {
	t := s.tls
	if t.started {
		return 0
	}
	p := t.parent
	if s.closed || p.closed || p.conn == nil {
		return -int32(syscall.ENOTCONN)
	}
	t.started = true
	s.updateRef()
	pc := &parentConn{Conn: p.conn, ready: make(chan struct{})}
	cfg := t.config(s)
	var c *tls.Conn
	if t.server {
		c = tls.Server(pc, cfg)
	} else {
		c = tls.Client(pc, cfg)
	}
	t.conn = c
	s.conn = &tlsConn{Conn: c, raw: p.conn}

	// The parent stops reading for good; what it read before goes first.
	p.detached = true
	p.tlsChild.Store(s)
	p.readStop()
	p.mu.Lock()
	p.detach = true
	running := p.started
	p.cond.Broadcast()
	p.mu.Unlock()
	take := func() {
		prefix, end := append(early, p.pending...), p.pendingEnd
		p.pending, p.pendingEnd = nil, 0
		pc.handOver(prefix, end)
	}
	if running {
		go func() {
			select {
			case <-p.exited:
			case <-p.done:
			}
			// Posted after the reader's last post: its bytes are in pending.
			s.post(take)
		}()
	} else {
		take()
	}

	// The handshake keeps the loop alive through the stream's own
	// reference (updateRef: an unref'd socket lets the process exit, as in
	// Node). Over a JS duplex nothing waits for a peer that never speaks
	// (Node's JS stream holds nothing): bytes written into the pair take a
	// hold (holdHandshake) that the handshake's end releases.
	go func() {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() {
			select {
			case <-s.done:
				cancel()
			case <-ctx.Done():
			}
		}()
		err := c.HandshakeContext(ctx)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, net.ErrClosed) {
			// What the peer sent beyond the failing record is read (as
			// OpenSSL's greedier reads do), so closing does not reset the
			// connection before the alert reaches the peer.
			pc.Conn.SetReadDeadline(time.Now().Add(5 * time.Millisecond))
			io.Copy(io.Discard, io.LimitReader(pc.Conn, 1<<16))
		}
		t.holdMu.Lock()
		t.hsEnded = true
		t.holdMu.Unlock()
		var st tls.ConnectionState
		verr := ""
		var chain []*x509.Certificate
		if err == nil {
			st = c.ConnectionState()
			verr, chain = t.verify(st)
		}
		t.toLoop(s, func() { s.onHandshake(st, verr, chain, err) })
	}()
	return 0
}

// onHandshake runs on the loop when the handshake ended.
func (s *stream) onHandshake(st tls.ConnectionState, verr string, chain []*x509.Certificate, err error) {
	t := s.tls
	t.hsDone = true
	defer func() {
		t.closedAtHandshake = s.closed
		close(t.released)
	}()
	s.updateRef()
	if s.closed {
		return
	}
	if err != nil {
		t.hsFailed = true
		s.e.Callback(s.cb, wasm.MakeInt(evHandshake), s.e.VM.NewString(tlsErrorJSON(err, t.server)))
		return
	}
	t.state, t.verifyErr, t.chain = st, verr, chain
	s.e.Callback(s.cb, wasm.MakeInt(evHandshake), wasm.MakeInt(0))
	if s.reading && !s.closed {
		s.readStart()
	}
}

// config is the tls.Config for this handle's side and options.
func (t *tlsState) config(s *stream) *tls.Config {
	ctx := t.ctx
	cfg := ctx.base(t.server)
	cfg.NextProtos = t.alpn
	if t.keylog {
		cfg.KeyLogWriter = keyLogWriter{s}
	}
	if t.server {
		if t.requestCert {
			cfg.ClientAuth = tls.RequestClientCert
			if t.rejectUnauth {
				cfg.ClientAuth = tls.RequireAnyClientCert
			}
		}
		t.usedCtx = ctx
		// tickets any context of the server issued resume on all of them
		cfg.SetSessionTicketKeys([][32]byte{t.ctx.tickets.goKey()})
		if t.sni {
			cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
				return t.askSNI(s, hello)
			}
		} else if ctx.honor && len(ctx.ciphers) > 1 {
			cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
				return serverPreferred(cfg, hello), nil
			}
		}
	} else {
		// crypto/tls sends no SNI without a name; verification is ours.
		cfg.ServerName = t.servername
		cfg.ClientSessionCache = t.sessions
	}
	return cfg
}

// serverPreferred is honorCipherOrder (crypto/tls orders suites its own
// way): a config offering only the first of the server's TLS 1.2 suites
// that the client offered and the certificate can serve; nil (the config
// as it is) when none fits.
func serverPreferred(cfg *tls.Config, hello *tls.ClientHelloInfo) *tls.Config {
	offered := make(map[uint16]bool, len(hello.CipherSuites))
	for _, id := range hello.CipherSuites {
		offered[id] = true
	}
	for _, id := range cfg.CipherSuites {
		if !offered[id] {
			continue
		}
		h := *hello
		h.CipherSuites = []uint16{id}
		for i := range cfg.Certificates {
			if h.SupportsCertificate(&cfg.Certificates[i]) == nil {
				c := cfg.Clone()
				c.GetConfigForClient = nil
				c.CipherSuites = []uint16{id}
				return c
			}
		}
	}
	return nil
}

// askSNI runs on the handshake goroutine: it posts the servername to JS
// and waits (bounded) for the context JS picks.
func (t *tlsState) askSNI(s *stream, hello *tls.ClientHelloInfo) (*tls.Config, error) {
	name := hello.ServerName
	if t.sniWaits.Add(1) > maxSNIWaits {
		t.sniWaits.Add(-1)
		return nil, errSNIFailed
	}
	defer t.sniWaits.Add(-1)
	t.toLoop(s, func() {
		if s.closed {
			return
		}
		s.e.Callback(s.cb, wasm.MakeInt(evSNI), s.e.VM.NewString(name))
	})
	timer := time.NewTimer(sniTimeout)
	defer timer.Stop()
	select {
	case ctx := <-t.sniAnswer:
		if ctx == nil {
			return nil, errSNIFailed
		}
		if ctx == t.ctx {
			return nil, nil
		}
		cfg := t.config(s)
		cfg.GetConfigForClient = nil
		base := ctx.base(true)
		cfg.Certificates = base.Certificates
		if _, has := ctx.caPool(); has {
			cfg.ClientCAs = base.ClientCAs
		}
		return cfg, nil
	case <-timer.C:
		return nil, errSNIFailed
	case <-s.done:
		return nil, net.ErrClosed
	}
}

var errSNIFailed = errors.New("tls: SNI callback failed")

// verify checks the peer's chain against the context's CAs (or the
// system's): Node's verification code, "" when it verified. The handshake
// itself accepts any chain: JS decides (rejectUnauthorized).
func (t *tlsState) verify(st tls.ConnectionState) (string, []*x509.Certificate) {
	if len(st.PeerCertificates) == 0 {
		if t.server {
			return "UNABLE_TO_GET_ISSUER_CERT", nil
		}
		return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", nil
	}
	ctx := t.ctx
	return verifyChain(st.PeerCertificates, ctx.roots(), time.Now())
}

// rootsOrSystem is the pool used when a context names no CA.
var systemRoots = sync.OnceValue(func() *x509.CertPool {
	p, err := x509.SystemCertPool()
	if err != nil {
		return x509.NewCertPool()
	}
	return p
})

// tlsHandle is the TLS handle with id args[0], or nil.
func tlsHandle(e *binding.Env, args []wasm.Value) *stream {
	s := get(e, args)
	if s == nil || s.tls == nil {
		return nil
	}
	return s
}
