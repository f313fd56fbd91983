package host

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'builtins' binding: the builtin module ids and their compiled
// wrappers, for the builtin loader.
var builtinsBinding = &binding.Module{Name: "builtins",
	Init: func(e *binding.Env, obj wasm.Value) {
		e.VM.Set(obj, "builtinIds", stringArray(e.VM, builtinIDs()))
	},
	Funcs: []binding.Func{
		{Name: "compileBuiltin", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			vm := e.VM
			id := vm.String(binding.Arg(args, 0))
			fn, err := isoOf(e).compileBuiltin(id)
			if err != nil {
				if je, ok := err.(*wasm.Error); ok {
					return vm.Throw(je.Value)
				}
				return vm.ThrowError("Error", "No such built-in module: "+id)
			}
			return fn
		}},
	}}

// bytecodeDir caches compiled builtins between processes, keyed by a hash
// of the engine build and the module's source, so a cached entry can never
// be stale. An unusable directory just means compiling every time.
var bytecodeDir = sync.OnceValue(func() string {
	dir := os.Getenv(wasm.CacheDirEnv)
	if dir == "off" {
		return ""
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "wqnode")
	}
	dir = filepath.Join(dir, "bytecode")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return dir
})

// compileBuiltin returns the wrapper function of builtin id:
// (exports, require, module, internalBinding, primordials) => { ...source }.
// Cached bytecode files are checked before the engine reads them (its
// reader trusts its input): bcMagic, the CRC-32C of the bytecode, its
// length, then the bytecode. A file that is corrupt, truncated or of
// another format is compiled anew and rewritten.
const bytecodeVersion = "wqnode bytecode 2"

var (
	bcMagic = []byte("WQBC0002")
	bcCRC   = crc32.MakeTable(crc32.Castagnoli)
)

func sealBytecode(bc []byte) []byte {
	out := append([]byte(nil), bcMagic...)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(bc, bcCRC))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(bc)))
	return append(out, bc...)
}

func openBytecode(b []byte) ([]byte, bool) {
	n := len(bcMagic) + 8
	if len(b) < n || !bytes.Equal(b[:len(bcMagic)], bcMagic) {
		return nil, false
	}
	bc := b[n:]
	if binary.LittleEndian.Uint32(b[n-4:]) != uint32(len(bc)) ||
		binary.LittleEndian.Uint32(b[n-8:]) != crc32.Checksum(bc, bcCRC) {
		return nil, false
	}
	return bc, true
}

// builtinCode holds each builtin's bytecode once this process has read or
// compiled it (id -> []byte): a worker, and any isolate after the first,
// then loads a builtin without reading, hashing and checking its source
// and cache file again.
var builtinCode sync.Map

func (iso *Isolate) compileBuiltin(id string) (wasm.Value, error) {
	vm := iso.vm
	if bc, ok := builtinCode.Load(id); ok {
		if fn, err := vm.ReadObject(bc.([]byte)); err == nil {
			return vm.EvalFunction(fn)
		}
	}
	src, err := fs.ReadFile(builtinFS(), id+".js")
	if err != nil {
		return wasm.Undefined, err
	}
	wrapped := "(function (exports, require, module, internalBinding, primordials) {" + string(src) + "\n})"
	name := "node:" + id
	sum := sha256.Sum256([]byte(bytecodeVersion + "\x00" + wasm.EngineID + "\x00" + name + "\x00" + wrapped))
	var cacheFile string
	if dir := bytecodeDir(); dir != "" {
		cacheFile = filepath.Join(dir, hex.EncodeToString(sum[:16])+".qbc")
		if b, err := os.ReadFile(cacheFile); err == nil {
			if bc, ok := openBytecode(b); ok {
				if fn, err := vm.ReadObject(bc); err == nil {
					builtinCode.Store(id, bc)
					return vm.EvalFunction(fn)
				}
			}
		}
	}
	code, err := vm.Eval(wrapped, name, wasm.EvalStrict|wasm.EvalCompileOnly)
	if err != nil {
		return wasm.Undefined, err
	}
	if bc, err := vm.WriteObject(code); err == nil {
		builtinCode.Store(id, bc)
		if cacheFile != "" {
			tmp := cacheFile + ".tmp" + filepath.Base(os.Args[0])
			if os.WriteFile(tmp, sealBytecode(bc), 0o644) == nil {
				os.Rename(tmp, cacheFile)
			}
		}
	}
	return vm.EvalFunction(code)
}
