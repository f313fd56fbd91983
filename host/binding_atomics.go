package host

import (
	"encoding/binary"
	"math"
	"sync"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'atomics' binding: the operations behind internal/atomics (the
// global Atomics), on wasm.AtomicCell. The JS side validates and converts;
// here a cell that is not one (a detached buffer, an index out of range)
// is a TypeError. Operands and results cross in a 16-byte scratch
// ArrayBuffer: the operand (or expected value) in bytes 0-7, the
// replacement in 8-15, the result in 0-7, little-endian at the element's
// width.
//
// JS contract:
//
//	op(typedArray, index, opcode, scratch)   load, store, add, sub, and, or, xor, exchange, compareExchange (0-8)
//	fast(typedArray, index, opcode, a, b) -> the old value (a number), or
//	    undefined when this is not the plain case (a Number index in range
//	    of a non-BigInt integer array, Number operands): then JS takes the
//	    way that validates, converts and throws as the spec orders
//	wait(typedArray, index, timeoutMs (-1: none), scratch) -> 0 ok | 1 not-equal | 2 timed-out | 3 the isolate is stopping
//	waitAsync(typedArray, index, timeoutMs, scratch, id) -> 0 waiting | 1 | 2; later onWake(id, 0 | 2) from the loop
//	notify(typedArray, index, count) -> woken
//	setAsyncHandler(onWake)
//	cloneShared(sab) -> a new SharedArrayBuffer over the same memory (structuredClone)
//
// Atomics.wait blocks the isolate's goroutine inside the host call, as it
// blocks a thread in Node; it calls no JS and ends on terminate() and the
// isolate's time limits (wasm.VM.Wait). Atomics.waitAsync does not keep
// the loop alive, as in Node.
var atomicsBinding = &binding.Module{Name: "atomics", Funcs: []binding.Func{
	{Name: "op", Fn: atomicsOp},
	{Name: "fast", Fn: atomicsFast},
	{Name: "cloneShared", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		sab := binding.Arg(args, 0)
		r, err := e.VM.ShareSAB(sab)
		if err != nil {
			return e.VM.Dup(sab) // outside the shared region: the same object
		}
		defer r.Release()
		v, err := e.VM.NewSharedArrayBuffer(r)
		if err != nil {
			return e.VM.Dup(sab)
		}
		return v
	}},
	{Name: "wait", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		c, scratch, ok := atomicArgs(e, args, 3)
		if !ok {
			return e.VM.ThrowError("TypeError", "Atomics.wait: invalid typed array")
		}
		r := e.VM.Wait(c, cellBits(scratch[:8], c.Size), waitTimeout(binding.Arg(args, 2)))
		return wasm.MakeInt(int32(r))
	}},
	{Name: "waitAsync", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		c, scratch, ok := atomicArgs(e, args, 3)
		if !ok {
			return e.VM.ThrowError("TypeError", "Atomics.waitAsync: invalid typed array")
		}
		st := atomicsStateOf(e)
		id := int32(binding.Arg(args, 4).Number())
		// A waiter is host memory held for the isolate: charged to its
		// budget, so that a loop of waitAsync calls cannot grow the host.
		release, err := e.Charge(asyncWaiterBytes)
		if err != nil {
			return e.Throw(err, "Atomics.waitAsync", "", "")
		}
		lp := e.Loop
		cancel, r, waiting := wasm.WaitAsync(c, cellBits(scratch[:8], c.Size), waitTimeout(binding.Arg(args, 2)), func(r wasm.WaitResult) {
			lp.Post(func() { st.wake(e, id, r) })
		})
		if !waiting {
			release()
			return wasm.MakeInt(int32(r))
		}
		st.mu.Lock()
		st.pending[id] = asyncWaiter{cancel, release}
		st.mu.Unlock()
		return wasm.MakeInt(0)
	}},
	{Name: "notify", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		c, ok := e.VM.AtomicCell(binding.Arg(args, 0), uint32(binding.Arg(args, 1).Number()))
		if !ok {
			return e.VM.ThrowError("TypeError", "Atomics.notify: invalid typed array")
		}
		n := binding.Arg(args, 2).Number()
		count := uint32(0xffffffff)
		if n >= 0 && n < 0xffffffff {
			count = uint32(n)
		}
		return e.VM.NewNumber(float64(wasm.Notify(c, count)))
	}},
	{Name: "setAsyncHandler", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		st := atomicsStateOf(e)
		if st.hasHandler {
			e.VM.Free(st.handler)
		}
		st.handler, st.hasHandler = e.VM.Dup(binding.Arg(args, 0)), true
		return wasm.Undefined
	}},
}}

// atomicsState is an isolate's pending Atomics.waitAsync waiters.
type atomicsState struct {
	mu         sync.Mutex
	pending    map[int32]asyncWaiter
	handler    wasm.Value
	hasHandler bool
	closed     bool
}

type asyncWaiter struct{ cancel, release func() }

// asyncWaiterBytes is about what a pending waiter holds on the host.
const asyncWaiterBytes = 512

type atomicsKey struct{}

func atomicsStateOf(e *binding.Env) *atomicsState {
	return binding.State(e, atomicsKey{}, func() *atomicsState {
		st := &atomicsState{pending: map[int32]asyncWaiter{}}
		e.OnClose(func() {
			st.mu.Lock()
			st.closed = true
			pending := st.pending
			st.pending = nil
			st.mu.Unlock()
			for _, w := range pending {
				w.cancel()
				w.release()
			}
		})
		return st
	})
}

// wake runs on the loop: a waiter was notified or timed out.
func (st *atomicsState) wake(e *binding.Env, id int32, r wasm.WaitResult) {
	st.mu.Lock()
	w, ok := st.pending[id]
	delete(st.pending, id)
	closed := st.closed
	st.mu.Unlock()
	if ok {
		w.release()
	}
	if !ok || closed || !st.hasHandler {
		return
	}
	e.Callback(st.handler, wasm.MakeInt(id), wasm.MakeInt(int32(r)))
}

// atomicArgs resolves (typedArray, index) and the scratch bytes at args[scratchArg].
func atomicArgs(e *binding.Env, args []wasm.Value, scratchArg int) (wasm.AtomicCell, []byte, bool) {
	c, ok := e.VM.AtomicCell(binding.Arg(args, 0), uint32(binding.Arg(args, 1).Number()))
	if !ok {
		return c, nil, false
	}
	scratch, _ := e.VM.ViewBytes(binding.Arg(args, scratchArg))
	if len(scratch) < 16 {
		return c, nil, false
	}
	return c, scratch, true
}

// waitTimeout converts a timeout in ms (negative: none).
func waitTimeout(v wasm.Value) time.Duration {
	ms := v.Number()
	if ms < 0 || ms != ms {
		return -1
	}
	if ms > float64(1<<62)/float64(time.Millisecond) {
		return -1
	}
	return time.Duration(ms * float64(time.Millisecond))
}

// cellBits reads a value of the cell's width from b, zero-extended.
func cellBits(b []byte, size int) uint64 {
	var buf [8]byte
	copy(buf[:size], b[:size])
	return binary.LittleEndian.Uint64(buf[:])
}

func putCellBits(b []byte, size int, v uint64) {
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], v)
	copy(b[:size], buf[:size])
}

// intBits is a Number's integer value modulo 2^64 (ToInt32 and its kin
// keep its low bits).
func intBits(f float64) uint64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	t := math.Trunc(f)
	if t > -(1<<63) && t < 1<<63 {
		return uint64(int64(t))
	}
	m := math.Mod(t, 1<<64) // a multiple of 2^11 here: exact
	if m < 0 {
		m += 1 << 64
	}
	if m >= 1<<64 {
		return 0
	}
	return uint64(m)
}

// cellNumber is the element value of bits, as a Number.
func cellNumber(c wasm.AtomicCell, bits uint64) wasm.Value {
	if c.Signed {
		switch c.Size {
		case 1:
			return wasm.MakeInt(int32(int8(bits)))
		case 2:
			return wasm.MakeInt(int32(int16(bits)))
		}
		return wasm.MakeInt(int32(bits))
	}
	if c.Size < 4 || bits < 1<<31 {
		return wasm.MakeInt(int32(bits))
	}
	return wasm.MakeFloat(float64(uint32(bits)))
}

func atomicsFast(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	idx, a, b := binding.Arg(args, 1), binding.Arg(args, 3), binding.Arg(args, 4)
	if !idx.IsNumber() || !a.IsNumber() {
		return wasm.Undefined
	}
	f := idx.Number()
	if f < 0 || f >= 1<<32 || f != math.Trunc(f) {
		return wasm.Undefined
	}
	c, ok := e.VM.AtomicCell(binding.Arg(args, 0), uint32(f))
	if !ok || c.BigInt {
		return wasm.Undefined
	}
	v := intBits(a.Number())
	var old uint64
	switch op := binding.Arg(args, 2).Int(); op {
	case 0:
		old = c.Load()
	case 1:
		c.Store(v)
		return wasm.MakeInt(0) // the result is the operand's integer value: JS has it
	case 2, 3, 4, 5, 6, 7:
		old = readModifyWrite(c, int(op), v)
	case 8:
		if !b.IsNumber() {
			return wasm.Undefined
		}
		old = c.CompareExchange(v, intBits(b.Number()))
	default:
		return wasm.Undefined
	}
	return cellNumber(c, old)
}

// readModifyWrite is Atomics.add, sub, and, or, xor and exchange (ops 2
// to 7) on c with operand v; it returns the cell's old bits.
func readModifyWrite(c wasm.AtomicCell, op int, v uint64) uint64 {
	return c.Update(func(x uint64) uint64 {
		switch op {
		case 2:
			return x + v
		case 3:
			return x - v
		case 4:
			return x & v
		case 5:
			return x | v
		case 6:
			return x ^ v
		}
		return v
	})
}

func atomicsOp(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	c, scratch, ok := atomicArgs(e, args, 3)
	if !ok {
		return e.VM.ThrowError("TypeError", "Atomics: invalid typed array")
	}
	v := cellBits(scratch[:8], c.Size)
	var old uint64
	switch op := int(binding.Arg(args, 2).Number()); op {
	case 0:
		old = c.Load()
	case 1:
		c.Store(v)
		old = v
	case 2, 3, 4, 5, 6, 7:
		old = readModifyWrite(c, op, v)
	case 8:
		old = c.CompareExchange(v, cellBits(scratch[8:16], c.Size))
	default:
		return e.VM.ThrowError("TypeError", "Atomics: unknown operation")
	}
	putCellBits(scratch, c.Size, old)
	return wasm.Undefined
}
