package hostnet

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// Node's consume(): a parser that consumes a stream handle is fed the
// bytes the handle reads on the loop, in Go, before any of them becomes a
// JS Buffer or a 'data' event of the socket. Each read makes one JS call,
// onStep(step, arrayBuffer): step is what parserExecute would have
// returned for the read, and the bytes come as an ArrayBuffer only when
// JS needs them (a body, an error, or bytes the step did not consume, which
// JS goes on executing as it does for execute). The end of the stream and
// read errors reach the socket as before (Node passes them to the
// previous listener too).
//
//	parserConsume(id, handleId, onStep) -> bool (false: not a stream the
//	    parser can consume, e.g. a TLS or IPC handle; JS reads as before)
//	parserUnconsume(id)
//	parserPause(id, paused)  (bytes read while paused wait for resume)

// consumer ties a parser to the stream it consumes.
type consumer struct {
	t      *parserTable
	p      *httpParser
	s      *stream
	cb     wasm.Value // onStep, owned
	paused bool
	held   [][]byte // read while paused, copies
}

func parserConsume(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
	var s *stream
	if e.Handles != nil {
		s, _ = binding.Lookup[*stream](e.Handles, intArg(args, 1))
	}
	cb := binding.Arg(args, 2)
	if s == nil || s.closed || s.tls != nil || s.ipc || s.framer != nil || s.detached ||
		s.consumer != nil || p.consumer != nil || !cb.IsObject() {
		return wasm.False
	}
	c := &consumer{t: parsers(e), p: p, s: s, cb: e.VM.Dup(cb)}
	s.consumer, p.consumer = c, c
	return wasm.True
}

// unconsume gives the stream back its reads; bytes held while paused go
// back to it first.
func (c *consumer) unconsume() {
	s := c.s
	if s.consumer == c {
		s.consumer = nil
		if len(c.held) > 0 {
			s.pending = append(c.held, s.pending...)
			c.held = nil
			if s.reading {
				s.post(s.flushPending)
			}
		}
	}
	c.p.consumer = nil
	c.s.e.VM.Free(c.cb)
	c.cb = wasm.Undefined
}

// setPaused is parserPause: a paused parser holds what is read (the
// socket is normally stopped as well) and is fed it on resume.
func (c *consumer) setPaused(paused bool) {
	c.paused = paused
	if !paused && len(c.held) > 0 {
		c.s.post(c.flushHeld)
	}
}

func (c *consumer) flushHeld() {
	for len(c.held) > 0 && !c.paused && c.s.consumer == c && !c.s.closed {
		b := c.held[0]
		c.held = c.held[1:]
		c.feed(b, true)
	}
}

// feed parses b (a read of the stream, on the loop) and calls onStep;
// owned says b is the consumer's to keep.
func (c *consumer) feed(b []byte, owned bool) {
	e, p := c.s.e, c.p
	if c.paused {
		if !owned {
			b = append([]byte(nil), b...)
		}
		c.held = append(c.held, b)
		return
	}
	before := int64(cap(p.head))
	n, st := p.execute(b)
	if !c.t.account(p, before, e.MaxBuffer) {
		n, st = 0, hpFailed
	}
	var ab wasm.Value = wasm.Undefined
	if n < len(b) || st != hpDone || hasBody(p.events) {
		ab = e.VM.NewArrayBuffer(b)
	}
	e.Callback(c.cb, stepValueIn(e.VM, p, n, st, b, 0), ab)
}

func hasBody(evs []hpEvent) bool {
	for i := range evs {
		if evs[i].kind == hpBody {
			return true
		}
	}
	return false
}
