package host

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/wasm"
)

// The fs_ops binding is the system-call layer under the fs module.
//
// Calling convention: every operation takes its arguments followed by an
// optional completion callback. Without a callback (undefined) the call is
// synchronous: it returns the result or throws Node's system error. With a
// callback the work runs on a goroutine and cb(err) or cb(null, result) is
// called on the loop.
//
// Paths are strings, resolved against the isolate's working directory; the
// path as given appears in error messages. Buffers are passed as
// (arrayBuffer, byteOffset, length).

// fsErr is a failed system call with the names Node reports.
type fsErr struct {
	err            error
	sys, path, dst string
}

func (e *fsErr) Error() string { return e.err.Error() }

func sysErr(err error, sys, path, dest string) error {
	if err == nil {
		return nil
	}
	var fe *fsErr
	if errors.As(err, &fe) {
		return err
	}
	return &fsErr{err, sys, path, dest}
}

// fsResult builds the JS result on the loop goroutine.
type fsResult func(vm *wasm.VM) wasm.Value

// fsWork runs a system call off the VM; it must not touch the VM.
type fsWork func() (fsResult, error)

// fsErrorValue builds Node's error object for err (owned).
func (iso *Isolate) fsErrorValue(err error, sys, path, dest string) wasm.Value {
	var fe *fsErr
	if errors.As(err, &fe) {
		err, sys, path, dest = fe.err, fe.sys, fe.path, fe.dst
	}
	return iso.systemErrorValue(err, sys, path, dest)
}

// fsRun performs work synchronously or, with a callback, asynchronously.
func (iso *Isolate) fsRun(cb wasm.Value, sys, path, dest string, work fsWork) wasm.Value {
	vm := iso.vm
	if ex := iso.checkFS(sys, path, dest); ex != 0 {
		return iso.fsDeny(cb, ex)
	}
	if !cb.IsObject() {
		res, err := work()
		if err != nil {
			return vm.Throw(iso.fsErrorValue(err, sys, path, dest))
		}
		if res == nil {
			return wasm.Undefined
		}
		return res(vm)
	}
	cb = vm.Dup(cb)
	iso.loop.Ref()
	go func() {
		res, err := work()
		iso.loop.Post(func() {
			iso.loop.Unref()
			if err != nil {
				iso.callback(cb, iso.fsErrorValue(err, sys, path, dest))
			} else {
				v := wasm.Undefined
				if res != nil {
					v = res(vm)
				}
				iso.callback(cb, wasm.Null, v)
			}
			vm.Free(cb)
		})
	}()
	return wasm.Undefined
}

func retry[T any](f func() (T, error)) (T, error) {
	for {
		v, err := f()
		if err != unix.EINTR {
			return v, err
		}
	}
}

func retry0(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}

func numResult(n float64) fsResult {
	return func(vm *wasm.VM) wasm.Value { return vm.NewNumber(n) }
}

func strResult(s string) fsResult {
	return func(vm *wasm.VM) wasm.Value { return vm.NewString(s) }
}

// statx fills Node's stat array: dev, mode, nlink, uid, gid, rdev, blksize,
// ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime,
// birthtime.
func statArray(st *unix.Statx_t) []float64 {
	ts := func(t unix.StatxTimestamp) (float64, float64) { return float64(t.Sec), float64(t.Nsec) }
	out := []float64{
		float64(unix.Mkdev(st.Dev_major, st.Dev_minor)), float64(st.Mode), float64(st.Nlink),
		float64(st.Uid), float64(st.Gid), float64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)),
		float64(st.Blksize), float64(st.Ino), float64(st.Size), float64(st.Blocks),
	}
	for _, t := range []unix.StatxTimestamp{st.Atime, st.Mtime, st.Ctime, st.Btime} {
		s, ns := ts(t)
		out = append(out, s, ns)
	}
	return out
}

// statResult hands stat values to JS as a new Float64Array written in
// place: one call into the VM instead of one per field. (A single shared
// array, as Node's binding uses, would be overwritten by concurrent
// fs.promises stats before they are read.)
func statResult(st *unix.Statx_t) fsResult {
	a := statArray(st)
	return func(vm *wasm.VM) wasm.Value {
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
		for i, f := range a {
			binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(f))
		}
		return arr
	}
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

func doStatx(dirfd int, p string, flags int) (*unix.Statx_t, error) {
	var st unix.Statx_t
	err := retry0(func() error { return unix.Statx(dirfd, p, flags|unix.AT_STATX_SYNC_AS_STAT, statxMask, &st) })
	return &st, err
}

// direntType maps a file mode to libuv's UV_DIRENT_* numbering.
func direntType(m os.FileMode) int {
	switch {
	case m.IsRegular():
		return 1
	case m.IsDir():
		return 2
	case m&os.ModeSymlink != 0:
		return 3
	case m&os.ModeNamedPipe != 0:
		return 4
	case m&os.ModeSocket != 0:
		return 5
	case m&os.ModeCharDevice != 0:
		return 6
	case m&os.ModeDevice != 0:
		return 7
	}
	return 0
}

type dirEntries struct {
	names []string
	types []int
}

func (d *dirEntries) result(withTypes bool) fsResult {
	return func(vm *wasm.VM) wasm.Value {
		names := vm.NewArray()
		for i, n := range d.names {
			vm.SetIndex(names, uint32(i), vm.NewString(n))
		}
		if !withTypes {
			return names
		}
		types := vm.NewArray()
		for i, t := range d.types {
			vm.SetIndex(types, uint32(i), wasm.MakeInt(int32(t)))
		}
		pair := vm.NewArray()
		vm.SetIndex(pair, 0, names)
		vm.SetIndex(pair, 1, types)
		return pair
	}
}

func readDirSorted(abs string) (*dirEntries, error) {
	return readDir(abs, true)
}

func readDir(abs string, sorted bool) (*dirEntries, error) {
	f, err := os.Open(abs)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	if sorted {
		sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	}
	d := &dirEntries{}
	for _, e := range ents {
		d.names = append(d.names, e.Name())
		d.types = append(d.types, direntType(e.Type()))
	}
	return d, nil
}

func copyFile(src, dst string, mode int) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	if st.IsDir() {
		return syscall.EISDIR
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if mode&1 != 0 {
		flags |= os.O_EXCL
	}
	if mode&4 != 0 {
		return syscall.ENOSYS
	}
	out, err := os.OpenFile(dst, flags, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Chmod(st.Mode().Perm()); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func mkdirRecursive(abs string, given string, mode uint32) (string, error) {
	// Find the deepest existing ancestor, then create downwards.
	var missing []string
	p := abs
	for {
		st, err := os.Stat(p)
		if err == nil {
			if !st.IsDir() {
				if p == abs {
					return "", syscall.EEXIST
				}
				return "", syscall.ENOTDIR
			}
			break
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		missing = append(missing, p)
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		p = parent
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		if err := retry0(func() error { return unix.Mkdir(missing[i], mode) }); err != nil && err != unix.EEXIST {
			return "", err
		}
		if first == "" {
			first = missing[i]
		}
	}
	if first == "" {
		return "", nil
	}
	// Report the created directory in the form the caller gave.
	if !filepath.IsAbs(given) {
		if rel := strings.TrimSuffix(given, "/"); len(missing) > 0 {
			up := len(missing) - 1
			r := rel
			for j := 0; j < up; j++ {
				r = filepath.Dir(r)
			}
			return r, nil
		}
	}
	return first, nil
}

type dirHandle struct {
	f *os.File
}

func (iso *Isolate) fsBinding(obj wasm.Value) {
	vm := iso.vm
	dirs := map[int]*dirHandle{}
	nextDir := 1
	str := func(args []wasm.Value, i int) string { return vm.String(arg(args, i)) }
	num := func(args []wasm.Value, i int) float64 { return arg(args, i).Number() }
	pathArg := func(args []wasm.Value, i int) (string, string) {
		p := str(args, i)
		return p, iso.abs(p)
	}

	iso.fn(obj, "open", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		flags, mode := int(num(args, 1)), uint32(num(args, 2))
		if ex := iso.checkOpen(p, flags); ex != 0 {
			return iso.fsDeny(arg(args, 3), ex)
		}
		return iso.fsRun(arg(args, 3), "open", p, "", func() (fsResult, error) {
			fd, err := retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, mode) })
			if err != nil {
				return nil, err
			}
			return numResult(float64(fd)), nil
		})
	})
	iso.fn(obj, "close", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := int(num(args, 0))
		return iso.fsRun(arg(args, 1), "close", "", "", func() (fsResult, error) {
			return nil, unix.Close(fd)
		})
	})
	// read(fd, ab, off, len, pos, cb): pos < 0 reads at the current position.
	iso.fn(obj, "read", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := int(num(args, 0))
		ab := arg(args, 1)
		off, ln, pos := uint32(num(args, 2)), uint32(num(args, 3)), int64(num(args, 4))
		p, n, ok := vm.ArrayBufferData(ab)
		if !ok || uint64(off)+uint64(ln) > uint64(n) {
			return vm.ThrowError("RangeError", "read: buffer out of bounds")
		}
		rd := func(b []byte) (int, error) {
			return retry(func() (int, error) {
				if pos >= 0 {
					return unix.Pread(fd, b, pos)
				}
				return unix.Read(fd, b)
			})
		}
		cb := arg(args, 5)
		if !cb.IsObject() {
			var buf []byte
			if ln > 0 {
				buf = vm.Bytes(p+off, ln)
			}
			k, err := rd(buf)
			if err != nil {
				return vm.Throw(iso.fsErrorValue(err, "read", "", ""))
			}
			return wasm.MakeInt(int32(k))
		}
		abRef := vm.Dup(ab)
		buf := make([]byte, ln)
		var got int
		r := iso.fsRun(cb, "read", "", "", func() (fsResult, error) {
			k, err := rd(buf)
			if err != nil {
				return nil, err
			}
			got = k
			return func(vm *wasm.VM) wasm.Value {
				if p, n, ok := vm.ArrayBufferData(abRef); ok && uint64(off)+uint64(got) <= uint64(n) && got > 0 {
					copy(vm.Bytes(p+off, uint32(got)), buf[:got])
				}
				vm.Free(abRef)
				return wasm.MakeInt(int32(got))
			}, nil
		})
		return r
	})
	// write(fd, ab, off, len, pos, cb): pos < 0 writes at the current position.
	iso.fn(obj, "write", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := int(num(args, 0))
		off, ln, pos := uint32(num(args, 2)), uint32(num(args, 3)), int64(num(args, 4))
		p, n, ok := vm.ArrayBufferData(arg(args, 1))
		if !ok || uint64(off)+uint64(ln) > uint64(n) {
			return vm.ThrowError("RangeError", "write: buffer out of bounds")
		}
		var data []byte
		if ln > 0 {
			data = vm.Bytes(p+off, ln)
		}
		cb := arg(args, 5)
		if cb.IsObject() {
			data = append([]byte(nil), data...)
		}
		return iso.fsRun(cb, "write", "", "", func() (fsResult, error) {
			k, err := retry(func() (int, error) {
				if pos >= 0 {
					return unix.Pwrite(fd, data, pos)
				}
				return unix.Write(fd, data)
			})
			if err != nil {
				return nil, err
			}
			return numResult(float64(k)), nil
		})
	})
	// readFile(pathOrFd, flags, cb) -> ArrayBuffer
	iso.fn(obj, "readFile", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := -1
		var p, abs string
		if arg(args, 0).IsNumber() {
			fd = int(num(args, 0))
		} else {
			p, abs = pathArg(args, 0)
		}
		flags := int(num(args, 1))
		if p != "" {
			if ex := iso.checkOpen(p, flags); ex != 0 {
				return iso.fsDeny(arg(args, 2), ex)
			}
		}
		return iso.fsRun(arg(args, 2), "open", p, "", func() (fsResult, error) {
			f := fd
			if fd < 0 {
				var err error
				f, err = retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, 0o666) })
				if err != nil {
					return nil, err
				}
				defer unix.Close(f)
			}
			// Size the buffer from fstat (a regular file rarely changes while
			// read); growing it chunk by chunk costs more than the read.
			size := 64 << 10
			var st unix.Stat_t
			if unix.Fstat(f, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG && st.Size > 0 {
				size = int(st.Size) + 1
			}
			out := make([]byte, 0, size)
			for {
				if len(out) == cap(out) {
					out = append(out, 0)[:len(out)]
				}
				k, err := retry(func() (int, error) { return unix.Read(f, out[len(out):cap(out)]) })
				if err != nil {
					return nil, sysErr(err, "read", "", "")
				}
				if k == 0 {
					break
				}
				out = out[:len(out)+k]
			}
			return func(vm *wasm.VM) wasm.Value { return vm.NewArrayBuffer(out) }, nil
		})
	})
	// writeFile(pathOrFd, ab, off, len, flags, mode, cb)
	iso.fn(obj, "writeFile", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := -1
		var p, abs string
		if arg(args, 0).IsNumber() {
			fd = int(num(args, 0))
		} else {
			p, abs = pathArg(args, 0)
		}
		off, ln := uint32(num(args, 2)), uint32(num(args, 3))
		ptr, n, ok := vm.ArrayBufferData(arg(args, 1))
		if !ok || uint64(off)+uint64(ln) > uint64(n) {
			return vm.ThrowError("RangeError", "writeFile: buffer out of bounds")
		}
		var data []byte
		if ln > 0 {
			data = vm.Bytes(ptr+off, ln)
			if arg(args, 6).IsObject() {
				// Asynchronous: JS runs meanwhile, so the bytes are copied out.
				data = append([]byte(nil), data...)
			}
		}
		flags, mode := int(num(args, 4)), uint32(num(args, 5))
		if p != "" {
			if ex := iso.checkOpen(p, flags); ex != 0 {
				return iso.fsDeny(arg(args, 6), ex)
			}
		}
		return iso.fsRun(arg(args, 6), "open", p, "", func() (fsResult, error) {
			f := fd
			if fd < 0 {
				var err error
				f, err = retry(func() (int, error) { return unix.Open(abs, flags|unix.O_CLOEXEC, mode) })
				if err != nil {
					return nil, err
				}
				defer unix.Close(f)
			}
			for len(data) > 0 {
				k, err := retry(func() (int, error) { return unix.Write(f, data) })
				if err != nil {
					return nil, sysErr(err, "write", "", "")
				}
				data = data[k:]
			}
			return nil, nil
		})
	})
	statFn := func(name string, flags int) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p, abs := pathArg(args, 0)
			return iso.fsRun(arg(args, 1), name, p, "", func() (fsResult, error) {
				st, err := doStatx(unix.AT_FDCWD, abs, flags)
				if err != nil {
					return nil, err
				}
				return statResult(st), nil
			})
		})
	}
	statFn("stat", 0)
	statFn("lstat", unix.AT_SYMLINK_NOFOLLOW)
	iso.fn(obj, "fstat", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := int(num(args, 0))
		return iso.fsRun(arg(args, 1), "fstat", "", "", func() (fsResult, error) {
			st, err := doStatx(fd, "", unix.AT_EMPTY_PATH)
			if err != nil {
				return nil, err
			}
			return statResult(st), nil
		})
	})
	iso.fn(obj, "access", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		mode := uint32(num(args, 1))
		return iso.fsRun(arg(args, 2), "access", p, "", func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Access(abs, mode) })
		})
	})
	// mkdir(path, mode, recursive, cb) -> first directory created (recursive)
	iso.fn(obj, "mkdir", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		mode, recursive := uint32(num(args, 1)), vm.Bool(arg(args, 2))
		return iso.fsRun(arg(args, 3), "mkdir", p, "", func() (fsResult, error) {
			if !recursive {
				return nil, retry0(func() error { return unix.Mkdir(abs, mode) })
			}
			first, err := mkdirRecursive(abs, p, mode)
			if err != nil {
				return nil, err
			}
			if first == "" {
				return nil, nil
			}
			return strResult(first), nil
		})
	})
	iso.fn(obj, "mkdtemp", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
		return iso.fsRun(arg(args, 1), "mkdtemp", p+"XXXXXX", "", func() (fsResult, error) {
			for tries := 0; ; tries++ {
				var rb [6]byte
				rand.Read(rb[:])
				suffix := make([]byte, 6)
				for i, b := range rb {
					suffix[i] = chars[int(b)%len(chars)]
				}
				err := retry0(func() error { return unix.Mkdir(abs+string(suffix), 0o700) })
				if err == nil {
					return strResult(p + string(suffix)), nil
				}
				if err != unix.EEXIST || tries > 100 {
					return nil, err
				}
			}
		})
	})
	// readdir(path, withTypes, cb) -> names or [names, types]
	iso.fn(obj, "readdir", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		withTypes := vm.Bool(arg(args, 1))
		return iso.fsRun(arg(args, 2), "scandir", p, "", func() (fsResult, error) {
			d, err := readDirSorted(abs)
			if err != nil {
				return nil, err
			}
			return d.result(withTypes), nil
		})
	})
	// scandir(path, cb) -> [names, types] in the directory's own order.
	iso.fn(obj, "scandir", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		return iso.fsRun(arg(args, 1), "opendir", p, "", func() (fsResult, error) {
			d, err := readDir(abs, false)
			if err != nil {
				return nil, err
			}
			return d.result(true), nil
		})
	})
	pathOp := func(name, sys string, f func(abs string) error) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p, abs := pathArg(args, 0)
			return iso.fsRun(arg(args, 1), sys, p, "", func() (fsResult, error) {
				return nil, retry0(func() error { return f(abs) })
			})
		})
	}
	pathOp("rmdir", "rmdir", unix.Rmdir)
	pathOp("unlink", "unlink", unix.Unlink)
	pathOp("rmAll", "rm", os.RemoveAll)
	twoPath := func(name string, f func(a, b string) error) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p, abs := pathArg(args, 0)
			q, absq := pathArg(args, 1)
			return iso.fsRun(arg(args, 2), name, p, q, func() (fsResult, error) {
				return nil, retry0(func() error { return f(abs, absq) })
			})
		})
	}
	twoPath("rename", unix.Rename)
	twoPath("link", unix.Link)
	// symlink(target, path, cb): the target is stored as given.
	iso.fn(obj, "symlink", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		target := str(args, 0)
		p, abs := pathArg(args, 1)
		return iso.fsRun(arg(args, 2), "symlink", target, p, func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Symlink(target, abs) })
		})
	})
	iso.fn(obj, "copyFile", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		q, absq := pathArg(args, 1)
		mode := int(num(args, 2))
		return iso.fsRun(arg(args, 3), "copyfile", p, q, func() (fsResult, error) {
			return nil, copyFile(abs, absq, mode)
		})
	})
	iso.fn(obj, "readlink", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		return iso.fsRun(arg(args, 1), "readlink", p, "", func() (fsResult, error) {
			s, err := os.Readlink(abs)
			if err != nil {
				return nil, err
			}
			return strResult(s), nil
		})
	})
	iso.fn(obj, "realpath", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		return iso.fsRun(arg(args, 1), "realpath", p, "", func() (fsResult, error) {
			r, err := filepath.EvalSymlinks(abs)
			if err != nil {
				return nil, err
			}
			if _, err := os.Stat(r); err != nil {
				return nil, err
			}
			return strResult(r), nil
		})
	})
	iso.fn(obj, "truncate", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		ln := int64(num(args, 1))
		return iso.fsRun(arg(args, 2), "open", p, "", func() (fsResult, error) {
			fd, err := retry(func() (int, error) { return unix.Open(abs, unix.O_RDWR|unix.O_CLOEXEC, 0) })
			if err != nil {
				return nil, err
			}
			defer unix.Close(fd)
			return nil, sysErr(retry0(func() error { return unix.Ftruncate(fd, ln) }), "ftruncate", "", "")
		})
	})
	iso.fn(obj, "ftruncate", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd, ln := int(num(args, 0)), int64(num(args, 1))
		return iso.fsRun(arg(args, 2), "ftruncate", "", "", func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Ftruncate(fd, ln) })
		})
	})
	iso.fn(obj, "chmod", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		mode := uint32(num(args, 1))
		return iso.fsRun(arg(args, 2), "chmod", p, "", func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Chmod(abs, mode) })
		})
	})
	iso.fn(obj, "fchmod", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd, mode := int(num(args, 0)), uint32(num(args, 1))
		return iso.fsRun(arg(args, 2), "fchmod", "", "", func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Fchmod(fd, mode) })
		})
	})
	chownFn := func(name string, f func(string, int, int) error) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p, abs := pathArg(args, 0)
			uid, gid := int(num(args, 1)), int(num(args, 2))
			return iso.fsRun(arg(args, 3), name, p, "", func() (fsResult, error) {
				return nil, retry0(func() error { return f(abs, uid, gid) })
			})
		})
	}
	chownFn("chown", unix.Chown)
	chownFn("lchown", unix.Lchown)
	iso.fn(obj, "fchown", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd, uid, gid := int(num(args, 0)), int(num(args, 1)), int(num(args, 2))
		return iso.fsRun(arg(args, 3), "fchown", "", "", func() (fsResult, error) {
			return nil, retry0(func() error { return unix.Fchown(fd, uid, gid) })
		})
	})
	// Times arrive as seconds; like libuv, keep microsecond precision.
	tspec := func(sec float64) unix.Timespec {
		s := math.Floor(sec)
		us := int64((sec - s) * 1e6)
		return unix.Timespec{Sec: int64(s), Nsec: us * 1000}
	}
	utimesFn := func(name string, flags int) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p, abs := pathArg(args, 0)
			ts := []unix.Timespec{tspec(num(args, 1)), tspec(num(args, 2))}
			return iso.fsRun(arg(args, 3), name, p, "", func() (fsResult, error) {
				return nil, retry0(func() error { return unix.UtimesNanoAt(unix.AT_FDCWD, abs, ts, flags) })
			})
		})
	}
	utimesFn("utime", 0)
	utimesFn("lutime", unix.AT_SYMLINK_NOFOLLOW)
	iso.fn(obj, "futime", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd := int(num(args, 0))
		ts := []unix.Timespec{tspec(num(args, 1)), tspec(num(args, 2))}
		return iso.fsRun(arg(args, 3), "futime", "", "", func() (fsResult, error) {
			return nil, retry0(func() error {
				return unix.UtimesNanoAt(fd, "", ts, unix.AT_EMPTY_PATH)
			})
		})
	})
	fdOp := func(name string, f func(int) error) {
		iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			fd := int(num(args, 0))
			return iso.fsRun(arg(args, 1), name, "", "", func() (fsResult, error) {
				return nil, retry0(func() error { return f(fd) })
			})
		})
	}
	fdOp("fsync", unix.Fsync)
	fdOp("fdatasync", unix.Fdatasync)

	// opendir(path, cb) -> handle id; dirRead(id, n, cb) -> [names, types]
	// (empty at the end); dirClose(id, cb).
	iso.fn(obj, "opendir", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, abs := pathArg(args, 0)
		// Like Node, only the asynchronous form names the path.
		errPath := ""
		if arg(args, 1).IsObject() {
			errPath = p
		}
		return iso.fsRun(arg(args, 1), "opendir", errPath, "", func() (fsResult, error) {
			f, err := os.Open(abs)
			if err != nil {
				return nil, err
			}
			if st, err := f.Stat(); err == nil && !st.IsDir() {
				f.Close()
				return nil, syscall.ENOTDIR
			}
			return func(vm *wasm.VM) wasm.Value {
				id := nextDir
				nextDir++
				dirs[id] = &dirHandle{f: f}
				return wasm.MakeInt(int32(id))
			}, nil
		})
	})
	iso.fn(obj, "dirRead", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		h := dirs[int(num(args, 0))]
		n := int(num(args, 1))
		if h == nil {
			return vm.ThrowError("Error", "invalid directory handle")
		}
		f := h.f
		return iso.fsRun(arg(args, 2), "scandir", "", "", func() (fsResult, error) {
			ents, err := f.ReadDir(n)
			if err != nil && err != io.EOF {
				return nil, err
			}
			d := &dirEntries{}
			for _, e := range ents {
				d.names = append(d.names, e.Name())
				d.types = append(d.types, direntType(e.Type()))
			}
			return d.result(true), nil
		})
	})
	iso.fn(obj, "dirClose", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
		id := int(num(args, 0))
		h := dirs[id]
		delete(dirs, id)
		return iso.fsRun(arg(args, 1), "closedir", "", "", func() (fsResult, error) {
			if h == nil {
				return nil, nil
			}
			return nil, h.f.Close()
		})
	})
}

func init() {
	bindings["fs_ops"] = func(iso *Isolate, obj wasm.Value) { iso.fsBinding(obj) }
}

// checkOpen applies the permission model to open(2) flags: any flag that
// can change the file needs write access, reading needs read access.
func (iso *Isolate) checkOpen(path string, flags int) wasm.Value {
	if flags&(unix.O_WRONLY|unix.O_RDWR|unix.O_CREAT|unix.O_TRUNC|unix.O_APPEND) != 0 {
		if ex := iso.checkWrite(path); ex != 0 {
			return ex
		}
	}
	if flags&unix.O_WRONLY == 0 {
		return iso.checkRead(path)
	}
	return 0
}

// checkFS applies the permission model to a path operation named by its
// syscall ("open" is checked by its callers, which know the flags).
func (iso *Isolate) checkFS(sys, path, dest string) wasm.Value {
	if p := iso.cfg.Permissions; p == nil || !p.Enabled || path == "" {
		return 0
	}
	switch sys {
	case "access", "stat", "lstat", "opendir", "scandir", "readdir", "readlink", "realpath":
		return iso.checkRead(path)
	case "chmod", "chown", "lchown", "mkdir", "mkdtemp", "rmdir", "unlink", "rm", "utime", "lutime", "truncate":
		return iso.checkWrite(path)
	case "copyfile":
		if ex := iso.checkRead(path); ex != 0 {
			return ex
		}
		return iso.checkWrite(dest)
	case "rename", "link":
		if ex := iso.checkWrite(path); ex != 0 {
			return ex
		}
		return iso.checkWrite(dest)
	case "symlink":
		return iso.checkWrite(dest)
	}
	return 0
}

// fsDeny reports a permission denial (ex, thrown): thrown for a
// synchronous call; for an asynchronous one the callback gets it at once,
// before the call returns, as Node 20 does.
func (iso *Isolate) fsDeny(cb, ex wasm.Value) wasm.Value {
	if !cb.IsObject() {
		return ex
	}
	vm := iso.vm
	err := vm.TakeException()
	r, cerr := vm.Call(cb, wasm.Undefined, err)
	vm.Free(err)
	if cerr != nil {
		return vm.Throw(cerr.(*wasm.Error).Value)
	}
	vm.Free(r)
	return wasm.Undefined
}
