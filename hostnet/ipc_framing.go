package hostnet

import (
	"bytes"
	"encoding/binary"
	"syscall"
	"unsafe"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// An IPC channel's messages are framed here, on the loop, as each read is
// delivered: JS gets the complete messages of a read in one callback
// instead of the read's bytes (no string splitting or buffer joining in
// the engine, one callback for many messages).
//
//	setFraming(id, mode, onEvent)
//	    mode 1 (json): each message is a line; onEvent(3, [string...],
//	    handleInfo, buffering) per read that completed lines (or brought
//	    a descriptor), onEvent(4, string, handleInfo, buffering) when it
//	    completed one. mode 2 (advanced): each message is a 4-byte
//	    big-endian size and that many bytes, given as ArrayBuffers the
//	    same way. handleInfo is the {id, type, server} of a descriptor
//	    that came with the read (or undefined); buffering says a partial
//	    message waits for more bytes. The end of the stream (or a read
//	    error) is onEvent(1, errno) as before. onEvent replaces the
//	    handle's callback.
//	writeLine(id, string, cb), writeBuffer(id, view, cb)
//	    writes the string and a newline (a json message), or the bytes;
//	    as stream_wrap's writes, but 2 for queued past the high-water mark
//	    (ipcWriteResult).
//
// A partial message is held by the host, charged to the isolate's budget
// for host memory; past it the channel reports ENOBUFS and ends.

const (
	evIPCMessages = 3
	evIPCMessage  = 4

	framingJSON     = 1
	framingAdvanced = 2
)

// ipcFramer is a channel's framing state (the loop goroutine's).
type ipcFramer struct {
	mode    int
	partial []byte // bytes of a message not yet complete
	charged int    // cap(partial) as charged
	release func()
	failed  bool
}

// hold makes partial b (appended to what is held), charging its growth.
func (f *ipcFramer) hold(e *binding.Env, b []byte) bool {
	need := len(f.partial) + len(b)
	if need > cap(f.partial) {
		size := max(need, 2*cap(f.partial), 4096)
		if f.mode == framingAdvanced && need >= 4 {
			// the whole message's size is known: one allocation (a
			// bounded step ahead of the bytes that came)
			var hdr [4]byte
			copy(hdr[copy(hdr[:], f.partial):], b)
			if want := 4 + int(binary.BigEndian.Uint32(hdr[:])); want > size {
				size = min(want, size+1<<26)
			}
		}
		release, err := e.Charge(size)
		if err != nil {
			return false
		}
		f.drop()
		f.release, f.charged = release, size
		p := make([]byte, len(f.partial), size)
		copy(p, f.partial)
		f.partial = p
	}
	f.partial = append(f.partial, b...)
	return true
}

// drop gives back the partial's charge (and the partial).
func (f *ipcFramer) drop() {
	if f.release != nil {
		f.release()
		f.release = nil
	}
	f.charged = 0
}

// reset forgets the partial.
func (f *ipcFramer) reset() {
	f.drop()
	f.partial = nil
}

// bytesString views b as a string for a VM call that copies it.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// frame appends the complete messages of b (after what was held) to
// vals (owned); what is left is held. ok is false when the partial could
// not be held.
func (f *ipcFramer) frame(e *binding.Env, vals []wasm.Value, b []byte) (_ []wasm.Value, ok bool) {
	vm := e.VM
	put := func(v wasm.Value) { vals = append(vals, v) }
	switch f.mode {
	case framingJSON:
		for {
			i := bytes.IndexByte(b, '\n')
			if i < 0 {
				break
			}
			if len(f.partial) > 0 {
				if !f.hold(e, b[:i]) {
					return vals, false
				}
				put(vm.NewString(bytesString(f.partial)))
				f.reset()
			} else {
				put(vm.NewString(bytesString(b[:i])))
			}
			b = b[i+1:]
		}
	case framingAdvanced:
		for len(b) > 0 {
			if len(f.partial) > 0 {
				// complete the held message first
				if len(f.partial) < 4 {
					k := min(4-len(f.partial), len(b))
					if !f.hold(e, b[:k]) {
						return vals, false
					}
					b = b[k:]
					if len(f.partial) < 4 {
						break
					}
				}
				want := 4 + int(binary.BigEndian.Uint32(f.partial))
				k := min(want-len(f.partial), len(b))
				if !f.hold(e, b[:k]) {
					return vals, false
				}
				b = b[k:]
				if len(f.partial) < want {
					break
				}
				put(vm.NewArrayBuffer(f.partial[4:]))
				f.reset()
				continue
			}
			if len(b) < 4 {
				break
			}
			want := 4 + int(binary.BigEndian.Uint32(b))
			if len(b) < want {
				break
			}
			put(vm.NewArrayBuffer(b[4:want]))
			b = b[want:]
		}
	}
	if len(b) > 0 && !f.hold(e, b) {
		return vals, false
	}
	return vals, true
}

// deliverFramed is deliver for a channel with framing: onEvent(3,
// messages, handleInfo, buffering) when the read completed messages or
// brought a descriptor, or onEvent(4, message, handleInfo, buffering)
// when it completed exactly one (the common case, without an array).
func (s *stream) deliverFramed(b []byte, fds []int) {
	f := s.framer
	if f.failed {
		closeFds(fds)
		return
	}
	vm := s.e.VM
	var one [1]wasm.Value
	vals, ok := f.frame(s.e, one[:0], b)
	if !ok {
		// the partial does not fit the isolate's budget: the channel ends
		for _, v := range vals {
			vm.Free(v)
		}
		closeFds(fds)
		f.failed = true
		f.reset()
		s.e.Callback(s.cb, wasm.MakeInt(evRead), errInt(-int32(syscall.ENOBUFS)))
		return
	}
	h := wasm.Undefined
	if len(fds) > 0 {
		h = adoptFd(s.e, fds[0])
		closeFds(fds[1:]) // one handle per message, as Node's protocol sends
	}
	buffering := wasm.MakeBool(len(f.partial) > 0)
	switch {
	case len(vals) == 1:
		s.e.Callback(s.cb, wasm.MakeInt(evIPCMessage), vals[0], h, buffering)
	case len(vals) > 0 || h != wasm.Undefined:
		arr := vm.NewArray()
		for i, v := range vals {
			vm.SetIndex(arr, uint32(i), v)
		}
		s.e.Callback(s.cb, wasm.MakeInt(evIPCMessages), arr, h, buffering)
	}
}

// IPCWrap is the 'ipc_wrap' binding: an IPC channel's framing (above).
var IPCWrap = &binding.Module{Name: "ipc_wrap", Funcs: []binding.Func{
	{Name: "setFraming", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		mode := intArg(args, 1)
		if !s.ipc || (mode != framingJSON && mode != framingAdvanced) {
			return errInt(-int32(syscall.EINVAL))
		}
		if s.framer != nil {
			s.framer.reset()
		}
		s.framer = &ipcFramer{mode: mode}
		e.VM.Free(s.cb)
		s.cb = e.VM.Dup(binding.Arg(args, 2))
		return errInt(0)
	})},
	{Name: "writeLine", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		v := binding.Arg(args, 1)
		if !v.IsString() {
			return e.VM.ThrowError("TypeError", "writeLine: not a string")
		}
		b := append([]byte(e.VM.String(v)), '\n')
		return ipcWriteResult(s, s.write([][]byte{b}, binding.Arg(args, 2), true))
	})},
	{Name: "writeBuffer", Fn: withStream(func(e *binding.Env, s *stream, args []wasm.Value) wasm.Value {
		b, ok := e.VM.ViewBytes(binding.Arg(args, 1))
		if !ok {
			return e.VM.ThrowError("TypeError", "writeBuffer: not a buffer")
		}
		return ipcWriteResult(s, s.write([][]byte{b}, binding.Arg(args, 2), false))
	})},
}}

// ipcHighWater is the bytes queued for the kernel past which send()
// returns false.
const ipcHighWater = 65536 * 2

// ipcWriteResult is a channel write's result: 0 (the kernel took it), 1
// (queued), 2 (queued, and the queue is past the high-water mark: taken
// now, not after the writer goroutine may have moved on) or an errno.
func ipcWriteResult(s *stream, r int32) wasm.Value {
	if r == 1 && s.writeQueueSize() >= ipcHighWater {
		return errInt(2)
	}
	return errInt(r)
}
