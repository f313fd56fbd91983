package hostfs

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// Modules are the binding tables this package provides, for host's
// registry.
var Modules = []*binding.Module{&fsOps, &fsLoader, &fsWatch, &permissionModule}

type fsKey struct{}

// FSOf is the FS an isolate's bindings use: the policy over the host's
// file system, made once per isolate from e.Policy, under the isolate's
// mounts (SetMounts).
func FSOf(e *binding.Env) FS {
	return *binding.State(e, fsKey{}, func() *FS {
		fs := Guard(Plain, e.Policy)
		return &fs
	})
}

// pathArg is args[i] as given (for messages) and as a Path: a relative
// path is joined to the isolate's working directory, never the host's.
func pathArg(e *binding.Env, args []wasm.Value, i int) (string, Path) {
	given := e.VM.String(binding.Arg(args, i))
	return given, Path{Abs: absPath(e, given)}
}

func absPath(e *binding.Env, given string) string {
	if given == "" || strings.HasPrefix(given, "/") {
		return given
	}
	return strings.TrimSuffix(e.Cwd, "/") + "/" + given
}

func num(args []wasm.Value, i int) float64 { return binding.Arg(args, i).Number() }

// fail is the error builder for an operation: Node's system error named
// after sys with path and dest, a step's own name for a stepError, or the
// denial as ERR_ACCESS_DENIED.
func fail(sys, path, dest string) binding.ErrorValue {
	return func(e *binding.Env, err error) wasm.Value {
		var se *stepError
		if errors.As(err, &se) {
			return e.ErrorValue(se.err, se.sys, "", "")
		}
		return e.ErrorValue(err, sys, path, dest)
	}
}

func numResult(n float64) binding.Result {
	return func(e *binding.Env) wasm.Value { return e.VM.NewNumber(n) }
}

func strResult(s string) binding.Result {
	return func(e *binding.Env) wasm.Value { return e.VM.NewString(s) }
}

// putStat writes Node's stat values into b (18 float64s, little-endian):
// dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
// seconds and nanoseconds of atime, mtime, ctime, birthtime.
func putStat(b []byte, st *Stat) {
	put := func(i int, f float64) { binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(f)) }
	put(0, float64(unix.Mkdev(st.Dev_major, st.Dev_minor)))
	put(1, float64(st.Mode))
	put(2, float64(st.Nlink))
	put(3, float64(st.Uid))
	put(4, float64(st.Gid))
	put(5, float64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)))
	put(6, float64(st.Blksize))
	put(7, float64(st.Ino))
	put(8, float64(st.Size))
	put(9, float64(st.Blocks))
	for i, t := range [4]*unix.StatxTimestamp{&st.Atime, &st.Mtime, &st.Ctime, &st.Btime} {
		put(10+2*i, float64(t.Sec))
		put(11+2*i, float64(t.Nsec))
	}
}

const statBytes = 18 * 8

// syncOut is args[outAt], the array a synchronous stat call fills, when
// args[cbAt] is no callback; Undefined for an asynchronous call (its
// values must outlive the next stat).
func syncOut(args []wasm.Value, cbAt, outAt int) wasm.Value {
	if binding.IsFunc(binding.Arg(args, cbAt)) {
		return wasm.Undefined
	}
	return binding.Arg(args, outAt)
}

// statResult hands stat values to JS as a new Float64Array written in
// place (a shared array, as Node's binding uses, would be overwritten by
// concurrent fs.promises stats before they are read); a synchronous call
// may pass its own view as out (18 float64s or more; internal code
// passes a Float64Array): that one
// is filled and returned, so the sync stat family allocates nothing here.
func statResult(st *Stat, out wasm.Value) binding.Result {
	return func(e *binding.Env) wasm.Value {
		vm := e.VM
		if b, ok := vm.ViewBytes(out); ok && len(b) >= statBytes {
			putStat(b, st)
			return vm.Dup(out)
		}
		mk := vm.Cached("fs.newStatValues", func() wasm.Value {
			v, err := vm.Eval("() => new Float64Array(18)", "<wqnode:host>", wasm.EvalStrict)
			if err != nil {
				panic(err)
			}
			return v
		})
		arr, err := vm.Call(mk, wasm.Undefined)
		if err != nil {
			panic(err)
		}
		b, _ := vm.ViewBytes(arr)
		putStat(b, st)
		return arr
	}
}

// direntsResult is names, or [names, types] withTypes.
func direntsResult(d []Dirent, withTypes bool) binding.Result {
	return func(e *binding.Env) wasm.Value {
		vm := e.VM
		names := vm.NewArray()
		for i, n := range d {
			vm.SetIndex(names, uint32(i), vm.NewString(n.Name))
		}
		if !withTypes {
			return names
		}
		types := vm.NewArray()
		for i, n := range d {
			vm.SetIndex(types, uint32(i), wasm.MakeInt(int32(n.Type)))
		}
		pair := vm.NewArray()
		vm.SetIndex(pair, 0, names)
		vm.SetIndex(pair, 1, types)
		return pair
	}
}

// tspec converts seconds to a timespec, keeping microseconds as libuv.
func tspec(sec float64) unix.Timespec {
	s := math.Floor(sec)
	us := int64((sec - s) * 1e6)
	return unix.Timespec{Sec: int64(s), Nsec: us * 1000}
}
