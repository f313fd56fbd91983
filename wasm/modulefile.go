package wasm

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// The patched module, cached on disk beside the compiled code: a start
// then skips wasmpatch.Patch (and hashing the stock and patched modules),
// which is a good part of what an engine costs once the compiled code is
// cached. The file is keyed by the stock module, the executable (whose
// patcher made it) and the patch parameters, and checked whole (CRC-32C):
// a file that is corrupt, truncated, foreign or from another build is
// ignored and rewritten, never used.

var modMagic = [8]byte{'W', 'Q', 'M', 'O', 'D', '0', '0', '1'}

type modHeader struct {
	Magic                  [8]byte
	Key                    [32]byte // modKey's
	Hash                   [32]byte // sha256 of the patched module
	StackBase, StackTop    uint32
	SharedBase, SharedSize uint32
	Segments, ModuleLen    uint32
	CRC                    uint32 // CRC-32C of the header (CRC 0) and the rest
}

// ExecutableID identifies the running executable (path, size, mtime,
// inode): what it wrote to a cache is only trusted by the same build.
var ExecutableID = sync.OnceValue(func() [32]byte {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			fmt.Fprintf(h, "%s\x00%d\x00%d\x00", exe, st.Size(), st.ModTime().UnixNano())
			if sys, ok := st.Sys().(*syscall.Stat_t); ok {
				binary.Write(h, binary.LittleEndian, [2]uint64{uint64(sys.Dev), sys.Ino})
			}
		}
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
})

func modKey(stackSize, sharedSize uint32) [32]byte {
	exe := ExecutableID()
	return sha256.Sum256(fmt.Appendf(nil, "wqnode patched module 1\x00%s\x00%x\x00%d\x00%d",
		wasmpatch.StockSHA256, exe, stackSize, sharedSize))
}

func modPath(dir string, key [32]byte) string {
	return filepath.Join(dir, fmt.Sprintf("qjs-%s-%x.wasm", wasmpatch.StockSHA256[:12], key[:6]))
}

// patchedModule returns the patched module for the stack and shared
// sizes, its layout and its SHA-256: from the cache directory when a valid
// file is there, else made by wasmpatch.Patch and saved there.
func patchedModule(stackSize, sharedSize uint32) ([]byte, wasmpatch.Layout, [32]byte, error) {
	dir := CacheDir()
	key := modKey(stackSize, sharedSize)
	if dir != "" {
		dir = filepath.Join(dir, "module")
		if b, err := os.ReadFile(modPath(dir, key)); err == nil {
			if m, l, h, err := decodeModuleFile(b, key); err == nil {
				return m, l, h, nil
			}
		}
	}
	patched, layout, err := wasmpatch.Patch(stockWasm, stackSize, sharedSize)
	if err != nil {
		return nil, layout, [32]byte{}, err
	}
	hash := sha256.Sum256(patched)
	if dir != "" && os.MkdirAll(dir, 0o755) == nil {
		saveModuleFile(dir, modPath(dir, key), encodeModuleFile(patched, layout, hash, key))
	}
	return patched, layout, hash, nil
}

func encodeModuleFile(patched []byte, l wasmpatch.Layout, hash, key [32]byte) []byte {
	h := modHeader{Magic: modMagic, Key: key, Hash: hash, StackBase: l.StackBase, StackTop: l.StackTop,
		SharedBase: l.SharedBase, SharedSize: l.SharedSize, Segments: uint32(len(l.Data)), ModuleLen: uint32(len(patched))}
	var b bytes.Buffer
	binary.Write(&b, binary.LittleEndian, h)
	for _, s := range l.Data {
		binary.Write(&b, binary.LittleEndian, [2]uint32{s.Offset, uint32(len(s.Bytes))})
	}
	for _, s := range l.Data {
		b.Write(s.Bytes)
	}
	b.Write(patched)
	out := b.Bytes()
	binary.LittleEndian.PutUint32(out[binary.Size(h)-4:], crc32.Checksum(out, castagnoli))
	return out
}

var errModuleFile = errors.New("wasm: patched module file is corrupt or from another build")

func decodeModuleFile(b []byte, key [32]byte) ([]byte, wasmpatch.Layout, [32]byte, error) {
	var h modHeader
	hl := binary.Size(h)
	if len(b) < hl {
		return nil, wasmpatch.Layout{}, [32]byte{}, errModuleFile
	}
	binary.Read(bytes.NewReader(b), binary.LittleEndian, &h)
	crcAt := b[hl-4 : hl]
	var zero [4]byte
	crc := crc32.Update(crc32.Update(crc32.Checksum(b[:hl-4], castagnoli), castagnoli, zero[:]), castagnoli, b[hl:])
	if h.Magic != modMagic || h.Key != key || crc != binary.LittleEndian.Uint32(crcAt) ||
		uint64(h.Segments)*8 > uint64(len(b)-hl) {
		return nil, wasmpatch.Layout{}, [32]byte{}, errModuleFile
	}
	rest := b[hl:]
	lens := rest[:h.Segments*8]
	rest = rest[h.Segments*8:]
	l := wasmpatch.Layout{StackBase: h.StackBase, StackTop: h.StackTop, SharedBase: h.SharedBase, SharedSize: h.SharedSize,
		Data: make([]wasmpatch.Segment, h.Segments)}
	for i := range l.Data {
		off, n := binary.LittleEndian.Uint32(lens[i*8:]), binary.LittleEndian.Uint32(lens[i*8+4:])
		if uint64(n) > uint64(len(rest)) {
			return nil, wasmpatch.Layout{}, [32]byte{}, errModuleFile
		}
		l.Data[i] = wasmpatch.Segment{Offset: off, Bytes: rest[:n:n]}
		rest = rest[n:]
	}
	if uint32(len(rest)) != h.ModuleLen {
		return nil, wasmpatch.Layout{}, [32]byte{}, errModuleFile
	}
	return rest, l, h.Hash, nil
}

// saveModuleFile writes b to path through a temporary file renamed into
// place, and removes the files of other builds not written for an hour
// (builds used side by side keep theirs). Failure only costs a patch.
func saveModuleFile(dir, path string, b []byte) {
	tmp, err := os.CreateTemp(dir, ".module-*")
	if err != nil {
		return
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return
	}
	if tmp.Close() != nil || os.Rename(tmp.Name(), path) != nil {
		return
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, "qjs-") && strings.HasSuffix(n, ".wasm") && filepath.Join(dir, n) != path {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
				os.Remove(filepath.Join(dir, n))
			}
		}
	}
}
