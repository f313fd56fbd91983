package wasm

import (
	cryptorand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"golang.org/x/sys/unix"

	"github.com/tetratelabs/wazero/experimental"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// Snapshots. At the wasm level the whole state of an idle VM is its linear
// memory plus the __stack_pointer global, which is back at the stack top
// whenever no call is active (the table is never written at run time and
// the module has no memory.init or data.drop). A Snapshot keeps the memory
// in a memfd; a VM made from it maps the memfd copy-on-write over its
// memory reservation, so a clone costs the pages it writes, and starting
// one costs an instantiation (which writes no memory: the patched module's
// data segments are passive).
//
// Host functions are not part of the memory: a clone calls the same
// HostFunc table as the VM the snapshot was taken from, so those functions
// must find their state through vm.Data, never through a closure over one
// VM.

// Snapshot is the frozen state of an idle VM, from which VMs are made.
type Snapshot struct {
	engine *Engine
	fd     int    // file holding the memory image (a memfd, or a saved file)
	off    int64  // where the image starts in it (page-aligned)
	size   uint32 // bytes of memory

	qjs, jsctx, rt, scratch, opaque uint32
	funcs                           []HostFunc
	factory, abCtor                 Value
	cached                          map[string]Value

	// Meta is the caller's, saved with the snapshot (Save) and given back
	// by LoadSnapshot: what the host needs to serve it (which functions
	// its table holds, where its objects are).
	Meta []byte
}

// ErrSnapshotBusy is returned by Snapshot for a VM that is not idle.
var ErrSnapshotBusy = errors.New("wasm: snapshot: the VM is running or has pending jobs")

// Snapshot freezes the VM's state. The VM must be idle: no call active and
// no promise jobs pending (the host must also have no timers or handles,
// which live outside the VM). The VM remains usable.
func (vm *VM) Snapshot() (*Snapshot, error) {
	if vm.irq.entries > 0 || vm.hostDepth > 0 {
		return nil, ErrSnapshotBusy
	}
	jobs := vm.rt + wasmpatch.RuntimeJobListOffset
	if vm.load32(jobs+4) != jobs || len(vm.shared) > 0 {
		return nil, ErrSnapshotBusy
	}
	size := vm.mem.Size()
	img := vm.Bytes(0, size)
	fd, err := unix.MemfdCreate("wqnode-snapshot", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("wasm: snapshot: %w", err)
	}
	if err := writeImage(fd, img, vm.engine.layout); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("wasm: snapshot: %w", err)
	}
	s := &Snapshot{
		engine: vm.engine, fd: fd, size: size,
		qjs: vm.qjs, jsctx: vm.jsctx, rt: vm.rt, scratch: vm.scratch, opaque: vm.opaque,
		funcs:   vm.funcs[:len(vm.funcs):len(vm.funcs)],
		factory: vm.factory, abCtor: vm.abCtor,
		cached: make(map[string]Value, len(vm.cached)),
	}
	for k, v := range vm.cached {
		s.cached[k] = v
	}
	runtime.SetFinalizer(s, (*Snapshot).Close)
	return s, nil
}

// writeImage writes a memory image to the empty file fd, leaving the shared
// region out (a hole: each VM maps the region itself).
func writeImage(fd int, img []byte, l wasmpatch.Layout) error {
	lo, hi := int(l.SharedBase), int(l.SharedBase+l.SharedSize)
	if l.SharedSize == 0 || hi > len(img) {
		return writeSparse(fd, img)
	}
	if err := writeSparseAt(fd, img[:lo], 0); err != nil {
		return err
	}
	return writeSparseAt(fd, img[hi:], int64(hi))
}

// writeSparse writes img to the empty file fd, leaving all-zero pages as
// holes (the idle stack region and untouched heap cost nothing).
func writeSparse(fd int, img []byte) error { return writeSparseAt(fd, img, 0) }

// writeSparseAt writes img at offset base of fd, extending the file to its
// end and leaving all-zero pages as holes.
func writeSparseAt(fd int, img []byte, base int64) error {
	if err := unix.Ftruncate(fd, base+int64(len(img))); err != nil {
		return err
	}
	const page = 4096
	for off := 0; off < len(img); {
		for off < len(img) && allZero(img[off:min(off+page, len(img))]) {
			off += page
		}
		end := off
		for end < len(img) && !allZero(img[end:min(end+page, len(img))]) {
			end += page
		}
		end = min(end, len(img))
		for off < end {
			n, err := unix.Pwrite(fd, img[off:end], base+int64(off))
			if err != nil {
				return err
			}
			off += n
		}
	}
	return nil
}

func allZero(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b) != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// Close releases the snapshot's memory image (VMs made from it keep their
// mappings).
func (s *Snapshot) Close() {
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

// Size is the size of the snapshot's memory image in bytes.
func (s *Snapshot) Size() uint32 { return s.size }

// NewVMFromSnapshot makes a VM in the state the snapshot froze, with its
// own Math.random seed.
func (e *Engine) NewVMFromSnapshot(s *Snapshot, opts Options) (vm *VM, err error) {
	if s.engine != e {
		return nil, errors.New("wasm: snapshot from another engine")
	}
	if s.fd < 0 {
		return nil, errors.New("wasm: snapshot closed")
	}
	vm, cfg := newVMShell(e, opts)
	alloc := experimental.MemoryAllocatorFunc(func(capBytes, maxBytes uint64) experimental.LinearMemory {
		mem := newSnapshotMemory(s, e.reservation(maxBytes), &vm.memHit)
		if m, ok := mem.(*mmapMemory); ok {
			vm.lin = m
		}
		return mem
	})
	vm.mod, err = e.runtime.InstantiateModule(experimental.WithMemoryAllocator(vm.ctx, alloc), e.compiled, cfg)
	if err != nil {
		return nil, fmt.Errorf("wasm: instantiate: %w", err)
	}
	vm.mem = vm.mod.Memory()
	if cur := vm.mem.Size(); cur < s.size {
		if _, ok := vm.mem.Grow((s.size - cur) / pageSize); !ok {
			vm.Close()
			return nil, errors.New("wasm: snapshot: cannot grow memory")
		}
	}
	// The static data is the snapshot's as mapped: the data segments are
	// passive, so instantiation wrote none of it (and every page of it a
	// clone does not write stays shared).
	vm.qjs, vm.jsctx, vm.rt, vm.scratch, vm.opaque = s.qjs, s.jsctx, s.rt, s.scratch, s.opaque
	vm.funcs = s.funcs
	vm.factory, vm.abCtor = s.factory, s.abCtor
	if len(s.cached) > 0 {
		vm.cached = make(map[string]Value, len(s.cached))
		for k, v := range s.cached {
			vm.cached[k] = v
		}
	}
	vm.lookupExports()
	var seed [8]byte
	cryptorand.Read(seed[:])
	if binary.LittleEndian.Uint64(seed[:]) == 0 {
		seed[0] = 1 // xorshift64* must not be seeded with 0
	}
	copy(vm.Bytes(vm.jsctx+wasmpatch.ContextRandomStateOffset, 8), seed[:])
	return vm, nil
}

const pageSize = 65536

// snapshotMemory is an mmapMemory whose first bytes map a snapshot's
// memfd copy-on-write.
func newSnapshotMemory(s *Snapshot, maxBytes uint64, hit *atomic.Bool) experimental.LinearMemory {
	m, ok := newMmapMemory(0, maxBytes).(*mmapMemory)
	if !ok || m == nil {
		return nil
	}
	m.hit = hit
	if _, err := mmapFixed(m.buf[:s.size], s.fd, s.off); err != nil {
		m.Free()
		return nil
	}
	return m
}
