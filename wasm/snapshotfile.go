package wasm

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"runtime"

	"golang.org/x/sys/unix"
)

// Saved snapshots. A snapshot file is a header page followed by the memory
// image, page-aligned so that a VM maps the file itself copy-on-write
// (processes share its page cache), zero pages left as holes. The header
// names the exact patched module and engine configuration, the caller's
// key (a hash of what was bootstrapped: the builtins), the VM's bridge
// state, the host-function count, and a checksum of the image: a file that
// is corrupt, truncated, from another build or for other builtins is
// refused with ErrSnapshotInvalid, never mapped.

// ErrSnapshotInvalid is returned by LoadSnapshot for a file that does not
// hold a snapshot of this engine and key (the caller rebuilds it).
var ErrSnapshotInvalid = errors.New("wasm: snapshot file is corrupt or from another build")

var snapMagic = [8]byte{'W', 'Q', 'S', 'N', 'A', 'P', '0', '1'}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

type snapHeader struct {
	Magic                           [8]byte
	Module                          [32]byte // sha256 of the patched module
	MemoryLimit                     uint64
	StackSize, StackLimit           uint32
	Key                             [32]byte
	HeaderLen, Size                 uint32
	QJS, JSCtx, RT, Scratch, Opaque uint32
	Factory, ABCtor                 uint64
	Funcs, CRC, Cached              uint32
	Meta                            uint32 // bytes of the caller's Meta, after the cached values
}

// Save writes the snapshot to path (through a temporary file renamed into
// place). key identifies what the snapshot holds beyond the engine (a
// hash of the bootstrapped sources); LoadSnapshot requires the same key.
func (s *Snapshot) Save(path string, key [32]byte) error {
	if s.fd < 0 {
		return errors.New("wasm: snapshot closed")
	}
	img, err := unix.Mmap(s.fd, s.off, int(s.size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("wasm: snapshot: %w", err)
	}
	defer unix.Munmap(img)
	h := snapHeader{
		Magic: snapMagic, Module: s.engine.moduleHash, MemoryLimit: s.engine.cfg.MemoryLimit,
		StackSize: s.engine.cfg.StackSize, StackLimit: s.engine.cfg.StackLimit, Key: key,
		Size: s.size, QJS: s.qjs, JSCtx: s.jsctx, RT: s.rt, Scratch: s.scratch, Opaque: s.opaque,
		Factory: uint64(s.factory), ABCtor: uint64(s.abCtor),
		Funcs: uint32(len(s.funcs)), CRC: imageCRC(img, 0, 0), Cached: uint32(len(s.cached)),
	}
	var cached bytes.Buffer
	for k, v := range s.cached {
		binary.Write(&cached, binary.LittleEndian, uint16(len(k)))
		cached.WriteString(k)
		binary.Write(&cached, binary.LittleEndian, uint64(v))
	}
	cached.Write(s.Meta)
	h.Meta = uint32(len(s.Meta))
	h.HeaderLen = uint32(binary.Size(h)+cached.Len()+4095) &^ 4095
	var hdr bytes.Buffer
	binary.Write(&hdr, binary.LittleEndian, h)
	hdr.Write(cached.Bytes())

	tmp, err := os.CreateTemp(dirOf(path), ".snapshot-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if _, err := tmp.Write(hdr.Bytes()); err != nil {
		return err
	}
	if err := writeSparseAt(int(tmp.Fd()), img, int64(h.HeaderLen)); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	if i := bytes.LastIndexByte([]byte(path), '/'); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// LoadSnapshot opens a snapshot saved by Save for this engine and key.
// funcs returns, from the Meta saved with it, the host-function table of
// the VM it was taken from, in registration order (the functions VMs made
// from it call); an error from it is returned as is.
func (e *Engine) LoadSnapshot(path string, key [32]byte, funcs func(meta []byte) ([]HostFunc, error)) (*Snapshot, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var h snapHeader
	if err := binary.Read(f, binary.LittleEndian, &h); err != nil {
		return nil, ErrSnapshotInvalid
	}
	if h.Magic != snapMagic || h.Module != e.moduleHash || h.MemoryLimit != e.cfg.MemoryLimit ||
		h.StackSize != e.cfg.StackSize || h.StackLimit != e.cfg.StackLimit || h.Key != key ||
		h.HeaderLen%4096 != 0 || h.Size%pageSize != 0 || uint64(h.Size) > e.cfg.MemoryLimit ||
		h.Size < e.layout.StackTop || h.Meta > h.HeaderLen {
		return nil, ErrSnapshotInvalid
	}
	if st, err := f.Stat(); err != nil || st.Size() != int64(h.HeaderLen)+int64(h.Size) {
		return nil, ErrSnapshotInvalid // truncated or extended
	}
	cached := map[string]Value{}
	for i := uint32(0); i < h.Cached; i++ {
		var n uint16
		if binary.Read(f, binary.LittleEndian, &n) != nil {
			return nil, ErrSnapshotInvalid
		}
		name := make([]byte, n)
		var v uint64
		if _, err := io.ReadFull(f, name); err != nil || binary.Read(f, binary.LittleEndian, &v) != nil {
			return nil, ErrSnapshotInvalid
		}
		cached[string(name)] = Value(v)
	}
	meta := make([]byte, h.Meta)
	if _, err := io.ReadFull(f, meta); err != nil {
		return nil, ErrSnapshotInvalid
	}
	table, err := funcs(meta)
	if err != nil {
		return nil, err
	}
	if int(h.Funcs) != len(table) {
		return nil, ErrSnapshotInvalid
	}
	if crc, err := fileImageCRC(int(f.Fd()), int64(h.HeaderLen), h.Size); err != nil || crc != h.CRC {
		return nil, ErrSnapshotInvalid
	}
	fd, err := unix.Dup(int(f.Fd()))
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(fd)
	s := &Snapshot{
		engine: e, fd: fd, off: int64(h.HeaderLen), size: h.Size,
		qjs: h.QJS, jsctx: h.JSCtx, rt: h.RT, scratch: h.Scratch, opaque: h.Opaque,
		funcs: table[:len(table):len(table)], factory: Value(h.Factory), abCtor: Value(h.ABCtor),
		cached: cached, Meta: meta,
	}
	runtime.SetFinalizer(s, (*Snapshot).Close)
	return s, nil
}

// HostFuncs returns the VM's host-function table in registration order
// (what LoadSnapshot needs to serve a saved snapshot of it).
func (vm *VM) HostFuncs() []HostFunc { return vm.funcs[:len(vm.funcs):len(vm.funcs)] }

const snapPage = 4096

// imageCRC folds the non-zero pages of b, which starts at page index
// first of the image, into crc (each with its index): holes and zero pages
// count the same, so the checksum reads only the data a file stores.
func imageCRC(b []byte, first uint32, crc uint32) uint32 {
	var idx [4]byte
	for p := 0; p < len(b); p += snapPage {
		page := b[p:min(p+snapPage, len(b))]
		if allZero(page) {
			continue
		}
		binary.LittleEndian.PutUint32(idx[:], first+uint32(p/snapPage))
		crc = crc32.Update(crc, castagnoli, idx[:])
		crc = crc32.Update(crc, castagnoli, page)
	}
	return crc
}

// fileImageCRC is imageCRC of the size-byte image at base in fd, reading
// only the file's data extents (SEEK_DATA/SEEK_HOLE).
func fileImageCRC(fd int, base int64, size uint32) (uint32, error) {
	end := base + int64(size)
	buf := make([]byte, 1<<20)
	var crc uint32
	for pos := base; pos < end; {
		data, err := unix.Seek(fd, pos, unix.SEEK_DATA)
		if err != nil || data >= end {
			break // ENXIO: no data past pos
		}
		hole, err := unix.Seek(fd, data, unix.SEEK_HOLE)
		if err != nil || hole > end {
			hole = end
		}
		data &^= snapPage - 1 // extents are page-aligned on every file system we map
		for off := max(data, base); off < hole; {
			n := min(int64(len(buf)), hole-off)
			if _, err := unix.Pread(fd, buf[:n], off); err != nil {
				return 0, err
			}
			crc = imageCRC(buf[:n], uint32((off-base)/snapPage), crc)
			off += n
		}
		pos = hole
	}
	return crc, nil
}
