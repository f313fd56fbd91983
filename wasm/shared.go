package wasm

import (
	"encoding/binary"
	"errors"
	"sort"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// Shared memory. Every VM's linear memory has a region of SharedRegionSize
// bytes just above the C stack (wasmpatch.Layout.SharedBase; the heap
// starts after it). The VMs of one group (an isolate and its worker
// threads: Options.Shared) share one SharedRegion, a memfd mapped
// MAP_SHARED over that place in each of their memories the first time one
// of them makes or receives a SharedArrayBuffer: the same bytes in every
// VM of the group, and in no other. QuickJS's SharedArrayBuffer hooks
// (rt->sab_funcs) are served here: sab_alloc takes a block of the region
// (reference count 1), sab_dup adds a reference, sab_free drops one; the
// block is reused once its last reference is gone. A SharedArrayBuffer
// posted to another VM of the group is the same block there: the message
// holds a reference (SharedRef) until the receiver makes its own object
// over the block (VM.NewSharedArrayBuffer, through the engine's own
// deserializer, which calls sab_dup).
//
// Bounds: a region's quota (NewSharedRegion) caps the shared bytes its
// group holds at once, so one group neither takes another's shared memory
// nor holds more outside its VMs' limits than the quota. Past it a
// SharedArrayBuffer is malloc'd in its VM like an ArrayBuffer (counted
// against that VM's memory limit) and cannot be shared with another
// thread. A VM's references are dropped when it closes. Snapshots leave
// the region out of their image (and refuse a VM that holds shared
// blocks): a clone maps its group's region when it first needs it.
//
// The region's offset differs between engines whose stack sizes differ,
// so the host never passes raw addresses between VMs: blocks are named by
// their offset in the region.

// SharedRegionSize is the size of the shared-memory region of every VM,
// and so the most SharedArrayBuffer bytes one group has live at once. It
// costs address space, not memory: only the pages of live
// SharedArrayBuffers are backed.
const SharedRegionSize = 256 << 20

// SharedRegion is the shared memory of one group of VMs that may share
// SharedArrayBuffers, as the threads of one process do. Give the same
// region to every VM of the group in Options.Shared; VMs of different
// regions share nothing. Its memfd exists only while some VM of the group
// has mapped it and a VM or a SharedRef still uses it.
type SharedRegion struct {
	quota uint64 // most bytes in live blocks at once

	mu     sync.Mutex
	fd     int               // -1 until first mapped
	users  int               // VMs and SharedRefs attached
	free   []span            // sorted by offset, coalesced
	blocks map[uint32]*block // live blocks by offset
	used   uint64            // bytes in live blocks
}

type span struct{ off, size uint32 }

type block struct {
	size uint32
	refs int
}

// NewSharedRegion makes the region of a new group whose live shared
// bytes are at most quota (0, or more than SharedRegionSize, means
// SharedRegionSize).
func NewSharedRegion(quota uint64) *SharedRegion {
	if quota == 0 || quota > SharedRegionSize {
		quota = SharedRegionSize
	}
	return &SharedRegion{quota: quota, fd: -1, free: []span{{0, SharedRegionSize}}, blocks: map[uint32]*block{}}
}

// Used is how many bytes of the region live SharedArrayBuffers (and
// messages carrying them) hold.
func (r *SharedRegion) Used() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.used
}

func (r *SharedRegion) attach() {
	r.mu.Lock()
	r.users++
	r.mu.Unlock()
}

// detach drops a user; the last one closes the memfd (no VM maps it any
// more, and no block outlives its references).
func (r *SharedRegion) detach() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.users--; r.users == 0 && r.fd >= 0 {
		unix.Close(r.fd)
		r.fd = -1
	}
}

// memfd returns the region's memfd, made on first use.
func (r *SharedRegion) memfd() (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fd >= 0 {
		return r.fd, nil
	}
	fd, err := unix.MemfdCreate("wqnode-shared", unix.MFD_CLOEXEC)
	if err != nil {
		return -1, err
	}
	if err := unix.Ftruncate(fd, SharedRegionSize); err != nil {
		unix.Close(fd)
		return -1, err
	}
	r.fd = fd
	return fd, nil
}

// alloc takes a block of n bytes (16-byte aligned, page-aligned from 16
// KiB) with one reference, or reports that the region is full.
func (r *SharedRegion) alloc(n uint32) (uint32, bool) {
	if n == 0 {
		n = 1
	}
	align := uint32(16)
	if n >= 16<<10 {
		align = 4096
	}
	if n > SharedRegionSize {
		return 0, false
	}
	size := (n + align - 1) &^ (align - 1)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.used+uint64(size) > r.quota {
		return 0, false
	}
	for i, s := range r.free {
		start := (s.off + align - 1) &^ (align - 1)
		if start < s.off || uint64(start)+uint64(size) > uint64(s.off)+uint64(s.size) {
			continue
		}
		end := s.off + s.size
		var rest []span
		if start > s.off {
			rest = append(rest, span{s.off, start - s.off})
		}
		if start+size < end {
			rest = append(rest, span{start + size, end - start - size})
		}
		r.free = append(r.free[:i], append(rest, r.free[i+1:]...)...)
		r.blocks[start] = &block{size: size, refs: 1}
		r.used += uint64(size)
		return start, true
	}
	return 0, false
}

// retain adds a reference to the live block at off.
func (r *SharedRegion) retain(off uint32) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	b := r.blocks[off]
	if b == nil {
		return false
	}
	b.refs++
	return true
}

// release drops a reference; the last one returns the block to the free
// list and its whole pages to the system.
func (r *SharedRegion) release(off uint32) {
	r.mu.Lock()
	defer r.mu.Unlock()
	b := r.blocks[off]
	if b == nil {
		return
	}
	if b.refs--; b.refs > 0 {
		return
	}
	delete(r.blocks, off)
	r.used -= uint64(b.size)
	i := sort.Search(len(r.free), func(i int) bool { return r.free[i].off > off })
	s := span{off, b.size}
	if i > 0 && r.free[i-1].off+r.free[i-1].size == off {
		i--
		s = span{r.free[i].off, r.free[i].size + b.size}
		r.free = append(r.free[:i], r.free[i+1:]...)
	}
	if i < len(r.free) && s.off+s.size == r.free[i].off {
		s.size += r.free[i].size
		r.free = append(r.free[:i], r.free[i+1:]...)
	}
	r.free = append(r.free, span{})
	copy(r.free[i+1:], r.free[i:])
	r.free[i] = s
	// The engine zeroes a block when it hands it out; this only gives the
	// memory back.
	const page = 4096
	lo, hi := (off+page-1)&^(page-1), (off+b.size)&^(page-1)
	if hi > lo && r.fd >= 0 {
		unix.Fallocate(r.fd, unix.FALLOC_FL_PUNCH_HOLE|unix.FALLOC_FL_KEEP_SIZE, int64(lo), int64(hi-lo))
	}
}

// mapShared maps the VM's region over its place in the VM's memory
// reservation, once. If it cannot (no memfd, no mapping), the VM goes
// without: its SharedArrayBuffers are ordinary allocations that cannot be
// shared.
func (vm *VM) mapShared() bool {
	if vm.regionMapped || vm.regionFailed {
		return vm.regionMapped
	}
	l, m := vm.engine.layout, vm.lin
	vm.regionFailed = true
	if l.SharedSize == 0 || m == nil || uint64(l.SharedBase)+uint64(l.SharedSize) > uint64(len(m.buf)) {
		return false
	}
	fd, err := vm.region.memfd()
	if err != nil {
		return false
	}
	if _, err := unix.MmapPtr(fd, 0, unsafe.Pointer(&m.buf[l.SharedBase]), uintptr(l.SharedSize),
		unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED|unix.MAP_FIXED); err != nil {
		return false
	}
	vm.regionFailed, vm.regionMapped = false, true
	return true
}

// reservation is the memory a VM reserves: its limit plus the shared
// region, which is counted against the global cap, not the VM.
func (e *Engine) reservation(maxBytes uint64) uint64 {
	return min(maxBytes, e.cfg.MemoryLimit+uint64(e.layout.SharedSize))
}

// installSAB points the runtime's SharedArrayBuffer hooks at the added
// forwarding functions.
func (vm *VM) installSAB() {
	base := vm.rt + wasmpatch.RuntimeSABOffset
	vm.store32(base, wasmpatch.SABTableIndex)
	vm.store32(base+4, wasmpatch.SABTableIndex+1)
	vm.store32(base+8, wasmpatch.SABTableIndex+2)
	vm.store32(base+12, vm.opaque)
}

// regionOffset is p's offset in the shared region, if p is in it.
func (vm *VM) regionOffset(p uint32) (uint32, bool) {
	l := vm.engine.layout
	if !vm.regionMapped || p < l.SharedBase || p-l.SharedBase >= l.SharedSize {
		return 0, false
	}
	return p - l.SharedBase, true
}

// sabCollectEvery is how many shared bytes a VM allocates between two
// requests for a collection: SharedArrayBuffers do not count towards the
// engine's own GC threshold, so garbage ones would otherwise hold the
// region.
const sabCollectEvery = 16 << 20

// sabHook answers the added SAB hooks (see wasmpatch.SABArgcFlag).
func (vm *VM) sabHook(op, arg uint32) uint64 {
	switch op {
	case wasmpatch.SABAlloc:
		off, ok := uint32(0), false
		if vm.mapShared() {
			off, ok = vm.region.alloc(arg)
		}
		if !ok {
			// An ordinary allocation of this VM. The engine throws nothing
			// when the hook fails, so a failure is thrown here, as V8's.
			p := uint32(vm.xMalloc.call(uint64(max(arg, 1))))
			if p == 0 {
				vm.throwAllocFailed()
			}
			return uint64(p)
		}
		vm.holdShared(off, 1)
		if vm.sabAllocated += uint64(arg); vm.sabAllocated >= sabCollectEvery {
			vm.sabAllocated = 0
			vm.collectSoon()
		}
		return uint64(vm.engine.layout.SharedBase + off)
	case wasmpatch.SABFree:
		off, ok := vm.regionOffset(arg)
		if !ok {
			return 0
		}
		if vm.shared[off] > 0 {
			vm.holdShared(off, -1)
			vm.region.release(off)
		}
		return 1
	case wasmpatch.SABDup:
		if off, ok := vm.regionOffset(arg); ok && vm.region.retain(off) {
			vm.holdShared(off, 1)
		}
	}
	return 0
}

// throwAllocFailed makes the pending exception V8's for a buffer that
// cannot be allocated (when even that cannot be made, the engine's
// out-of-memory error is what the caller sees).
func (vm *VM) throwAllocFailed() {
	defer func() {
		if r := recover(); r != nil && r != errOutOfMemory {
			panic(r)
		}
	}()
	vm.ThrowError("RangeError", "Array buffer allocation failed")
}

// holdShared counts the references this VM's objects hold, so that Close
// drops them (a closed VM's finalizers never run).
func (vm *VM) holdShared(off uint32, d int) {
	if vm.shared == nil {
		vm.shared = map[uint32]int{}
	}
	if vm.shared[off] += d; vm.shared[off] <= 0 {
		delete(vm.shared, off)
	}
}

// releaseShared drops every reference the VM holds, and the VM's use of
// its region.
func (vm *VM) releaseShared() {
	for off, n := range vm.shared {
		for ; n > 0; n-- {
			vm.region.release(off)
		}
	}
	vm.shared = nil
	vm.region.detach()
}

// SharedRef is a reference to a SharedArrayBuffer's memory held outside
// any VM, such as by a message in flight. Release it once done with it.
type SharedRef struct {
	region                 *SharedRegion
	off, length, maxLength uint32 // maxLength: ^0 when not growable
	once                   sync.Once
}

// ShareSAB takes a reference to the memory of the SharedArrayBuffer v. It
// fails for a value that is not one, and for one allocated outside the
// region (when the region was full), which only its own VM can see.
func (vm *VM) ShareSAB(v Value) (*SharedRef, error) {
	if vm.ClassID(v) != classSharedAB {
		return nil, errors.New("not a SharedArrayBuffer")
	}
	ab := vm.Opaque(v)
	off, ok := vm.regionOffset(vm.load32(ab + abDataOffset))
	if !ok || !vm.region.retain(off) {
		return nil, errors.New("this SharedArrayBuffer cannot be shared with another thread (the shared memory region was full when it was made)")
	}
	vm.region.attach()
	r := &SharedRef{region: vm.region, off: off, length: vm.load32(ab + abLengthOffset), maxLength: vm.load32(ab + abMaxLengthOffset)}
	return r, nil
}

// Release drops the reference (once; later calls do nothing).
func (r *SharedRef) Release() {
	if r != nil {
		r.once.Do(func() {
			r.region.release(r.off)
			r.region.detach()
		})
	}
}

// Clone takes another reference to the same memory.
func (r *SharedRef) Clone() *SharedRef {
	r.region.retain(r.off)
	r.region.attach()
	return &SharedRef{region: r.region, off: r.off, length: r.length, maxLength: r.maxLength}
}

// Len is the SharedArrayBuffer's byte length.
func (r *SharedRef) Len() uint32 { return r.length }

// NewSharedArrayBuffer makes a SharedArrayBuffer over r's memory in this
// VM (its own reference; r is unchanged).
func (vm *VM) NewSharedArrayBuffer(r *SharedRef) (Value, error) {
	if r.region != vm.region {
		return Undefined, errors.New("wasm: a SharedArrayBuffer of another group of VMs")
	}
	if !vm.mapShared() {
		return Undefined, errors.New("wasm: no shared region")
	}
	// The engine's serialized form of a SharedArrayBuffer
	// (JS_ReadSharedArrayBuffer): version, no atoms,
	// BC_TAG_SHARED_ARRAY_BUFFER, byte length, max byte length (UINT32_MAX:
	// not growable), data pointer (u64). This build is quickjs-ng after
	// eb996c5 ("Add DOMException", BC_VERSION 21) and before v0.11.0: the
	// reader, JSArrayBuffer and JSRuntime are the same throughout that range
	// (and in v0.10.1). TestSharedArrayBufferHooks pins it.
	const bcVersion, tagSAB, readSAB = 21, 16, 1 << 2
	b := []byte{bcVersion, 0, tagSAB}
	b = binary.AppendUvarint(b, uint64(r.length))
	b = binary.AppendUvarint(b, uint64(r.maxLength))
	b = binary.LittleEndian.AppendUint64(b, uint64(vm.engine.layout.SharedBase+r.off))
	n := uint32(len(b))
	p := vm.malloc(n)
	copy(vm.Bytes(p, n), b)
	v := Value(vm.xReadObject.call(uint64(vm.jsctx), uint64(p), uint64(n), readSAB))
	vm.free(p)
	if v.IsException() {
		return Undefined, vm.takeException()
	}
	return v, nil
}
