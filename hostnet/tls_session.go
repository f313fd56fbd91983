package hostnet

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"encoding/binary"
	"sync"
	"sync/atomic"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// evSession reports a session the client may resume later (a: its
// bytes, as getSession returns them).
const evSession = 5

// A session's bytes (what getSession returns and setSession takes):
// sessionMagic, the ticket's length (4 bytes, big-endian), the ticket,
// then crypto/tls's SessionState. A handshake that brought no ticket
// yields sessionNone and the protocol: a session that cannot be resumed,
// as OpenSSL's before a TLS 1.3 ticket arrives.
const (
	sessionMagic = "WQS1"
	sessionNone  = "WQS0"
)

// maxSessionBytes bounds a session JS hands to setSession.
const maxSessionBytes = 1 << 20

func encodeSession(cs *tls.ClientSessionState) []byte {
	ticket, state, err := cs.ResumptionState()
	if err != nil || state == nil {
		return nil
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil
	}
	out := make([]byte, 0, len(sessionMagic)+4+len(ticket)+len(sb))
	out = append(out, sessionMagic...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(ticket)))
	out = append(out, ticket...)
	return append(out, sb...)
}

// decodeSession reads encodeSession's bytes; nil when they are not a
// resumable session (Node ignores such a session too).
func decodeSession(b []byte) *tls.ClientSessionState {
	if len(b) < len(sessionMagic)+4 || string(b[:len(sessionMagic)]) != sessionMagic || len(b) > maxSessionBytes {
		return nil
	}
	b = b[len(sessionMagic):]
	n := binary.BigEndian.Uint32(b)
	b = b[4:]
	if uint64(n) > uint64(len(b)) {
		return nil
	}
	ticket, rest := b[:n], b[n:]
	state, err := tls.ParseSessionState(rest)
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(append([]byte(nil), ticket...), state)
	if err != nil {
		return nil
	}
	return cs
}

// sessionTicket is the ticket inside a session's bytes, or nil.
func sessionTicket(b []byte) []byte {
	if len(b) < len(sessionMagic)+4 || string(b[:len(sessionMagic)]) != sessionMagic {
		return nil
	}
	n := binary.BigEndian.Uint32(b[len(sessionMagic):])
	b = b[len(sessionMagic)+4:]
	if uint64(n) > uint64(len(b)) {
		return nil
	}
	return b[:n]
}

// clientSessions is a client handle's session cache: it offers the
// session JS set (setSession) and reports each new one to JS.
type clientSessions struct {
	s       *stream
	offered *tls.ClientSessionState // the loop's until start
}

func (c *clientSessions) Get(string) (*tls.ClientSessionState, bool) {
	return c.offered, c.offered != nil
}

// Put runs on the handshake or reading goroutine.
func (c *clientSessions) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	b := encodeSession(cs)
	if b == nil {
		return
	}
	s := c.s
	s.post(func() {
		if s.closed {
			return
		}
		s.tls.session = b
		s.e.Callback(s.cb, wasm.MakeInt(evSession), s.e.VM.NewArrayBuffer(b))
	})
}

// ticketKeys are a context's session ticket keys: Node's 48 bytes, from
// which crypto/tls's key is derived.
type ticketKeys struct {
	mu   sync.Mutex
	node [48]byte
	key  [32]byte
}

func newTicketKeys() *ticketKeys {
	k := &ticketKeys{}
	rand.Read(k.node[:])
	k.key = sha256.Sum256(k.node[:])
	return k
}

func (k *ticketKeys) get() [48]byte {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.node
}

func (k *ticketKeys) set(b []byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	copy(k.node[:], b)
	k.key = sha256.Sum256(k.node[:])
}

func (k *ticketKeys) goKey() [32]byte {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.key
}

// maxSNIWaits bounds the handshakes of an isolate waiting for JS to
// answer an SNI callback at once; more fail at once.
const maxSNIWaits = 256

type sniWaitsKey struct{}

// sniWaits counts an isolate's SNI waits (from handshake goroutines).
func sniWaits(e *binding.Env) *atomic.Int32 {
	return binding.State(e, sniWaitsKey{}, func() *atomic.Int32 { return new(atomic.Int32) })
}

// evKeylog reports a line of key material (NSS key log format, with its
// newline) when JS asked for them (the 'keylog' event, --tls-keylog).
const evKeylog = 6

// keyLogWriter posts crypto/tls's key log lines to JS (handshake goroutine).
type keyLogWriter struct{ s *stream }

func (w keyLogWriter) Write(p []byte) (int, error) {
	line := append([]byte(nil), p...)
	s := w.s
	s.post(func() {
		if s.closed {
			return
		}
		s.e.Callback(s.cb, wasm.MakeInt(evKeylog), s.e.VM.NewArrayBuffer(line))
	})
	return len(p), nil
}
