package wasm

import (
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/tetratelabs/wazero/experimental"
)

// mmapMemory backs a VM's linear memory with an anonymous mapping of its
// maximum size, reserved but not committed (pages cost memory only once
// touched). Growing never copies, and the memory lives outside Go's heap,
// so it neither inflates the GC's goal nor waits for a collection to be
// returned: Free unmaps it when the VM closes.
//
// The reservation is the VM's memory limit, smaller than the maximum wazero
// enforces: a grow past it fails here, where it is recorded (hit), so the
// host can tell a program that ran out of memory from one that failed
// otherwise.
type mmapMemory struct {
	buf []byte
	hit *atomic.Bool // set when a grow past the limit was refused
}

func newMmapMemory(capBytes, maxBytes uint64) experimental.LinearMemory {
	b, err := unix.Mmap(-1, 0, int(maxBytes), unix.PROT_READ|unix.PROT_WRITE,
		unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	return &mmapMemory{buf: b}
}

// Reallocate implements experimental.LinearMemory.
func (m *mmapMemory) Reallocate(size uint64) []byte {
	if m == nil || size > uint64(len(m.buf)) {
		if m != nil && m.hit != nil {
			m.hit.Store(true)
		}
		return nil
	}
	return m.buf[:size:size]
}

// Free implements experimental.LinearMemory.
func (m *mmapMemory) Free() {
	if m != nil && m.buf != nil {
		unix.Munmap(m.buf)
		m.buf = nil
	}
}

// allocator returns the memory allocator for vm: a reservation of the
// engine's memory limit (plus the shared region, see shared.go) that
// records refused grows in vm.memHit.
func (vm *VM) allocator() experimental.MemoryAllocator {
	return experimental.MemoryAllocatorFunc(func(capBytes, maxBytes uint64) experimental.LinearMemory {
		m, ok := newMmapMemory(capBytes, vm.engine.reservation(maxBytes)).(*mmapMemory)
		if !ok || m == nil {
			return nil
		}
		vm.lin = m
		m.hit = &vm.memHit
		return m
	})
}

// MemoryLimitReached reports whether the VM ever asked for more linear
// memory than its limit allows (an allocation failed for want of memory).
// Safe from any goroutine.
func (vm *VM) MemoryLimitReached() bool { return vm.memHit.Load() }

// mmapFixed maps fd from off copy-on-write over b (page-aligned, inside a mapping
// of ours): reads see the file, writes stay private.
func mmapFixed(b []byte, fd int, off int64) (unsafe.Pointer, error) {
	if len(b) == 0 {
		return nil, nil
	}
	return unix.MmapPtr(fd, off, unsafe.Pointer(&b[0]), uintptr(len(b)),
		unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_FIXED)
}
