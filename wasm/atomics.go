package wasm

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Atomics over the elements of integer typed arrays, with Go's
// sync/atomic on the VM's memory: on a SharedArrayBuffer in the shared
// region the same bytes other VMs see (see shared.go), so the operations
// are atomic across threads. Waiters are keyed by the element's place in
// the region, so Atomics.notify in one VM wakes Atomics.wait in another.
//
// Values cross as raw bits (the element's width, zero-extended); the
// caller converts to and from the element type.

// AtomicCell is one element of an integer typed array.
type AtomicCell struct {
	p      unsafe.Pointer // the element, in the VM's memory
	Size   int            // 1, 2, 4 or 8 bytes
	Shared bool           // on a SharedArrayBuffer
	Signed bool           // Int8Array, Int16Array, Int32Array, BigInt64Array
	BigInt bool           // BigInt64Array, BigUint64Array
	key    waitKey
}

type waitKey struct {
	vm  *VM    // the VM, for memory outside the shared region
	off uint32 // the offset in the shared region, or the VM address
}

// Element sizes of the integer typed array classes (class id - classFirstTyped):
// Uint8Clamped (not valid for Atomics), Int8, Uint8, Int16, Uint16, Int32,
// Uint32, BigInt64, BigUint64.
var atomicSizes = [...]int{0, 1, 1, 2, 2, 4, 4, 8, 8}

// AtomicCell resolves view[index] for an integer typed array (not
// Uint8ClampedArray). ok is false for anything else, a detached buffer or
// an index out of range.
func (vm *VM) AtomicCell(view Value, index uint32) (c AtomicCell, ok bool) {
	cls := vm.ClassID(view)
	if cls < classFirstTyped || cls-classFirstTyped >= len(atomicSizes) || atomicSizes[cls-classFirstTyped] == 0 {
		return c, false
	}
	size := atomicSizes[cls-classFirstTyped]
	b, _ := vm.ViewBytes(view)
	if b == nil || uint64(index)*uint64(size)+uint64(size) > uint64(len(b)) {
		return c, false
	}
	ta := vm.Opaque(view)
	buf := vm.load32(ta + taBufferOffset) // the buffer object
	ab := vm.load32(buf + objOpaqueOffset)
	addr := vm.load32(ab+abDataOffset) + vm.load32(ta+taOffsetOffset) + index*uint32(size)
	if addr%uint32(size) != 0 {
		return c, false // typed arrays are aligned to their element size; never reached
	}
	shared := binary.LittleEndian.Uint16(vm.Bytes(buf+objClassIDOffset, 2)) == classSharedAB
	k := cls - classFirstTyped
	c = AtomicCell{p: unsafe.Pointer(&b[index*uint32(size)]), Size: size, Shared: shared,
		Signed: k == 1 || k == 3 || k == 5 || k == 7, BigInt: size == 8}
	if off, in := vm.regionOffset(addr); in {
		c.key = waitKey{off: off}
	} else {
		c.key = waitKey{vm: vm, off: addr}
	}
	return c, true
}

// word is the aligned 32-bit word holding a 1- or 2-byte cell, and the
// cell's shift and mask in it (little-endian).
func (c AtomicCell) word() (*uint32, uint, uint32) {
	a := uintptr(c.p) & 3
	w := (*uint32)(unsafe.Add(c.p, -int(a)))
	shift := uint(a) * 8
	return w, shift, uint32(1)<<(8*c.Size) - 1
}

// Load reads the cell.
func (c AtomicCell) Load() uint64 {
	switch c.Size {
	case 8:
		return atomic.LoadUint64((*uint64)(c.p))
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(c.p)))
	}
	w, shift, mask := c.word()
	return uint64(atomic.LoadUint32(w) >> shift & mask)
}

// Update sets the cell to f(old) atomically and returns old.
func (c AtomicCell) Update(f func(old uint64) uint64) uint64 {
	switch c.Size {
	case 8:
		p := (*uint64)(c.p)
		for {
			old := atomic.LoadUint64(p)
			if atomic.CompareAndSwapUint64(p, old, f(old)) {
				return old
			}
		}
	case 4:
		p := (*uint32)(c.p)
		for {
			old := atomic.LoadUint32(p)
			if atomic.CompareAndSwapUint32(p, old, uint32(f(uint64(old)))) {
				return uint64(old)
			}
		}
	}
	w, shift, mask := c.word()
	for {
		old := atomic.LoadUint32(w)
		v := old >> shift & mask
		nv := uint32(f(uint64(v))) & mask
		if atomic.CompareAndSwapUint32(w, old, old&^(mask<<shift)|nv<<shift) {
			return uint64(v)
		}
	}
}

// Store sets the cell.
func (c AtomicCell) Store(v uint64) {
	switch c.Size {
	case 8:
		atomic.StoreUint64((*uint64)(c.p), v)
	case 4:
		atomic.StoreUint32((*uint32)(c.p), uint32(v))
	default:
		c.Update(func(uint64) uint64 { return v })
	}
}

// CompareExchange stores replacement if the cell holds expected (both
// truncated to the cell's width) and returns the old value.
func (c AtomicCell) CompareExchange(expected, replacement uint64) uint64 {
	mask := ^uint64(0)
	if c.Size < 8 {
		mask = 1<<(8*c.Size) - 1
	}
	expected &= mask
	return c.Update(func(old uint64) uint64 {
		if old == expected {
			return replacement & mask
		}
		return old
	})
}

// WaitResult is the outcome of a wait.
type WaitResult int

const (
	WaitOK          WaitResult = iota // woken by a notify
	WaitNotEqual                      // the cell did not hold the value
	WaitTimedOut                      // the timeout passed
	WaitInterrupted                   // the VM was told to stop (Interrupt, Limit, the execution limit)
)

type waiter struct {
	ch    chan struct{} // closed by notify (sync waiters)
	async func()        // called by notify, on the notifier's goroutine (async waiters)
	woken bool
}

var (
	waitMu  sync.Mutex
	waiters = map[waitKey][]*waiter{}
)

func (w *waiter) removeLocked(k waitKey) bool {
	list := waiters[k]
	for i, x := range list {
		if x == w {
			list = append(list[:i], list[i+1:]...)
			if len(list) == 0 {
				delete(waiters, k)
			} else {
				waiters[k] = list
			}
			return true
		}
	}
	return false
}

// Wait blocks until the cell (4 or 8 bytes) is notified, the timeout
// passes (negative: none) or the VM is told to stop; it returns at once
// with WaitNotEqual when the cell does not hold expected. It calls no JS.
func (vm *VM) Wait(c AtomicCell, expected uint64, timeout time.Duration) WaitResult {
	w := &waiter{ch: make(chan struct{})}
	waitMu.Lock()
	if c.Load() != expected {
		waitMu.Unlock()
		return WaitNotEqual
	}
	if timeout == 0 {
		waitMu.Unlock()
		return WaitTimedOut
	}
	waiters[c.key] = append(waiters[c.key], w)
	waitMu.Unlock()
	r := vm.block(w.ch, timeout)
	waitMu.Lock()
	defer waitMu.Unlock()
	if w.woken {
		return WaitOK
	}
	w.removeLocked(c.key)
	return r
}

// WaitAsync registers an asynchronous waiter: done(WaitOK) is called on
// the notifier's goroutine when the cell is notified, done(WaitTimedOut)
// on a timer's when the timeout (negative: none) passes first. cancel
// removes the waiter (done is then never called). The result is
// WaitNotEqual or WaitTimedOut (timeout 0) when no waiter was registered.
func WaitAsync(c AtomicCell, expected uint64, timeout time.Duration, done func(WaitResult)) (cancel func(), r WaitResult, waiting bool) {
	w := &waiter{}
	var timer *time.Timer
	w.async = func() {
		if timer != nil {
			timer.Stop()
		}
		done(WaitOK)
	}
	waitMu.Lock()
	defer waitMu.Unlock()
	if c.Load() != expected {
		return nil, WaitNotEqual, false
	}
	if timeout == 0 {
		return nil, WaitTimedOut, false
	}
	waiters[c.key] = append(waiters[c.key], w)
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() {
			waitMu.Lock()
			removed := !w.woken && w.removeLocked(c.key)
			waitMu.Unlock()
			if removed {
				done(WaitTimedOut)
			}
		})
	}
	cancel = func() {
		waitMu.Lock()
		w.removeLocked(c.key)
		waitMu.Unlock()
		if timer != nil {
			timer.Stop()
		}
	}
	return cancel, 0, true
}

// Notify wakes up to count waiters on the cell, oldest first, and returns
// how many it woke.
func Notify(c AtomicCell, count uint32) uint32 {
	waitMu.Lock()
	list := waiters[c.key]
	n := uint32(len(list))
	if count < n {
		n = count
	}
	woke := list[:n]
	if rest := list[n:]; len(rest) == 0 {
		delete(waiters, c.key)
	} else {
		waiters[c.key] = append([]*waiter(nil), rest...)
	}
	var async []func()
	for _, w := range woke {
		w.woken = true
		if w.ch != nil {
			close(w.ch)
		} else {
			async = append(async, w.async)
		}
	}
	waitMu.Unlock()
	for _, f := range async {
		f()
	}
	return n
}

// block waits for ch, the timeout (negative: none) or a reason for the VM
// to stop, whichever comes first.
func (vm *VM) block(ch <-chan struct{}, timeout time.Duration) WaitResult {
	s := &vm.irq
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	// When the VM must stop: its wall limit. (The execution budget counts
	// CPU time, which a wait does not use.)
	stop := s.due
	var limitDone, killed <-chan struct{}
	if s.limit != nil {
		limitDone = s.limit.Done()
	}
	if vm.engine.cfg.Interruptible {
		killed = vm.ctx.Done() // the hard-kill tier ends the module at its next instruction
	}
	for {
		if s.requested.Load() || (s.limit != nil && s.limit.Err() != nil) || (!stop.IsZero() && !time.Now().Before(stop)) ||
			(killed != nil && vm.ctx.Err() != nil) {
			return WaitInterrupted
		}
		next := deadline
		if !stop.IsZero() && (next.IsZero() || stop.Before(next)) {
			next = stop
		}
		var tc <-chan time.Time
		var t *time.Timer
		if !next.IsZero() {
			t = time.NewTimer(time.Until(next))
			tc = t.C
		}
		select {
		case <-ch:
			if t != nil {
				t.Stop()
			}
			return WaitOK
		case <-tc:
		case <-limitDone:
		case <-killed:
		case <-s.wake:
		}
		if t != nil {
			t.Stop()
		}
		if !deadline.IsZero() && !time.Now().Before(deadline) {
			return WaitTimedOut
		}
	}
}
