package hostfs

import (
	"io"
	"os"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// file is an open file in the isolate's handle table: what a JS fd
// indexes. A child process may inherit a host file (binding.HostFile).
type file struct{ f File }

// Close closes the file.
func (h *file) Close() error { return h.f.Close() }

// HostFile is the host file, for a child's stdio; nil for a file of
// another FS (a mount).
func (h *file) HostFile() *os.File { return hostFile(h.f) }

// pending holds a table slot while an open is in flight, so the open
// fails with EMFILE before it starts, not after.
type pending struct{}

func (pending) Close() error { return nil }

// stream is what a descriptor reads and writes: a file, or the
// embedder's reader and writer for stdio that is not a file.
type stream struct {
	f    File
	r    io.Reader
	w    io.Writer
	done <-chan struct{} // the isolate's Env.Done: a read of r ends with it
}

// lookup finds descriptor fd in e's table (on the loop): EBADF unless it
// is a file or stdio, as Node's for a descriptor that is not open.
func lookup(e *binding.Env, fd int) (stream, error) {
	switch h := e.Handles.Get(fd).(type) {
	case *binding.Stdio:
		if f := h.HostFile(); f != nil {
			return stream{f: osFile{f}}, nil
		}
		return stream{r: h.Reader, w: h.Writer, done: e.Done()}, nil
	case *file:
		return stream{f: h.f}, nil
	}
	return stream{}, syscall.EBADF
}

func (s stream) read(b []byte, pos int64) (n int, err error) {
	switch {
	case s.f != nil:
		return s.f.Read(b, pos)
	case s.r != nil:
		if pos >= 0 {
			return 0, syscall.ESPIPE
		}
		n, err = readStopping(s.r, b, s.done)
		if err == io.EOF {
			err = nil
		}
		return n, err
	}
	return 0, syscall.EBADF
}

// readStopping reads r into b, or gives up with EINTR when done closes:
// an embedder's reader may block for good, and the isolate must still be
// able to stop. The read goes to a buffer of its own, since b (the VM's
// memory) must not be written once the call has returned; what such an
// abandoned read returns later is dropped with the isolate.
func readStopping(r io.Reader, b []byte, done <-chan struct{}) (int, error) {
	if done == nil {
		return r.Read(b)
	}
	buf := make([]byte, len(b))
	n, err := binding.UntilDone(done, func() (int, error) { return r.Read(buf) })
	return copy(b, buf[:n]), err
}

func (s stream) write(b []byte, pos int64) (n int, err error) {
	switch {
	case s.f != nil:
		return s.f.Write(b, pos)
	case s.w != nil:
		if pos >= 0 {
			return 0, syscall.ESPIPE
		}
		return s.w.Write(b)
	}
	return 0, syscall.EBADF
}

// file runs op on the file (fstat, fsync, ...); stdio that is not a file
// has none (EINVAL, as for a pipe's fsync).
func (s stream) file(op func(f File) error) error {
	if s.f == nil {
		return syscall.EINVAL
	}
	return op(s.f)
}

// kIoMaxLength is Node's bound on one read of a whole file (2 GiB - 1).
const kIoMaxLength = 1<<31 - 1

// readAll reads s to its end into a buffer of at most limit bytes (a
// regular file is sized from fstat first, so a huge one fails before any
// read): ERR_FS_FILE_TOO_LARGE past it.
func (s stream) readAll(limit int64) ([]byte, error) {
	limit = min(limit, kIoMaxLength)
	size := int64(64 << 10)
	if s.f != nil {
		if st, err := s.f.Stat(); err == nil && st.Mode&unix.S_IFMT == unix.S_IFREG && st.Size > 0 {
			if int64(st.Size) > limit {
				return nil, binding.FileTooLarge(int64(st.Size))
			}
			size = int64(st.Size) + 1
		}
	}
	out := make([]byte, 0, min(size, limit+1))
	for {
		if len(out) == cap(out) {
			if int64(len(out)) > limit {
				return nil, binding.FileTooLarge(int64(len(out)))
			}
			grow := min(int64(cap(out)), limit+1-int64(len(out))) // doubling: linear copying
			out = append(out, make([]byte, grow)...)[:len(out)]
		}
		k, err := s.read(out[len(out):cap(out)], -1)
		if err != nil {
			return nil, step(err, "read")
		}
		if k == 0 {
			return out, nil
		}
		out = out[:len(out)+k]
	}
}

// writeAll writes all of b.
func (s stream) writeAll(b []byte) error {
	for len(b) > 0 {
		k, err := s.write(b, -1)
		if err != nil {
			return step(err, "write")
		}
		b = b[k:]
	}
	return nil
}

// charge takes n copied bytes of e's budget for host memory (on the loop)
// and returns their release (safe from the pool), or ERR_BUFFER_TOO_LARGE.
func charge(e *binding.Env, n int, copied bool) (func(), error) {
	if !copied {
		return func() {}, nil
	}
	return e.Charge(n)
}

// bufferArg is the bytes args[i] (an ArrayBuffer) holds at args[i+1]
// for args[i+2] bytes: a view of VM memory, or a copy when copied (an
// asynchronous call, which JS may overwrite meanwhile).
func bufferArg(e *binding.Env, args []wasm.Value, i int, copied bool) ([]byte, bool) {
	p, n, ok := e.VM.ArrayBufferData(binding.Arg(args, i))
	off, ln := uint32(num(args, i+1)), uint32(num(args, i+2))
	if !ok || uint64(off)+uint64(ln) > uint64(n) {
		return nil, false
	}
	if ln == 0 {
		return nil, true
	}
	b := e.VM.Bytes(p+off, ln)
	if copied {
		b = append([]byte(nil), b...)
	}
	return b, true
}

// withFd runs an operation on descriptor args[0] with completion cb.
func withFd(e *binding.Env, args []wasm.Value, cb wasm.Value, sys string, work func(s stream) (binding.Result, error)) wasm.Value {
	return withFdCharged(e, args, cb, sys, func() {}, work)
}

// withFdCharged is withFd calling release when the operation is over
// (or refused).
func withFdCharged(e *binding.Env, args []wasm.Value, cb wasm.Value, sys string, release func(), work func(s stream) (binding.Result, error)) wasm.Value {
	s, err := lookup(e, int(num(args, 0)))
	if err != nil {
		release()
		return e.FailAs(fsReq, cb, err, fail(sys, "", ""))
	}
	return e.DoAs(fsReq, cb, func() (binding.Result, error) { defer release(); return work(s) }, fail(sys, "", ""))
}

// openSlot runs open (on the pool for an asynchronous call) into a slot
// of e's table reserved first, so a full table fails with EMFILE before
// any work, and returns the slot's index.
func openSlot(e *binding.Env, cb wasm.Value, onErr binding.ErrorValue, open func() (binding.Handle, error)) wasm.Value {
	slot, err := e.Handles.Add(pending{})
	if err != nil {
		return e.FailAs(fsReq, cb, err, onErr)
	}
	return e.DoAs(fsReq, cb, func() (binding.Result, error) {
		h, err := open()
		if err != nil {
			return nil, err
		}
		return func(e *binding.Env) wasm.Value {
			e.Handles.Set(slot, h)
			return wasm.MakeInt(int32(slot))
		}, nil
	}, func(e *binding.Env, err error) wasm.Value {
		if _, ok := e.Handles.Get(slot).(pending); ok {
			e.Handles.Remove(slot)
		}
		return onErr(e, err)
	})
}

var fdFuncs = []binding.Func{
	{Name: "open", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		given, p := pathArg(e, args, 0)
		flags, mode, fs := int(num(args, 1)), e.CreateMode(uint32(num(args, 2))), FSOf(e)
		return openSlot(e, binding.Arg(args, 3), fail("open", given, ""), func() (binding.Handle, error) {
			f, err := fs.Open(p, flags, mode)
			if err != nil {
				return nil, err
			}
			return &file{f}, nil
		})
	}},
	{Name: "close", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		fd, cb := int(num(args, 0)), binding.Arg(args, 1)
		switch e.Handles.Get(fd).(type) {
		case *file, *binding.Stdio:
		default:
			return e.FailAs(fsReq, cb, syscall.EBADF, fail("close", "", ""))
		}
		h := e.Handles.Remove(fd)
		return e.DoAs(fsReq, cb, func() (binding.Result, error) { return nil, h.Close() }, fail("close", "", ""))
	}},
	// read(fd, ab, off, len, pos, cb): pos < 0 reads at the current position.
	{Name: "read", Fn: fdRead},
	// write(fd, ab, off, len, pos, cb): pos < 0 writes at the current position.
	{Name: "write", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cb := binding.Arg(args, 5)
		data, ok := bufferArg(e, args, 1, binding.IsFunc(cb))
		if !ok {
			return e.VM.ThrowError("RangeError", "write: buffer out of bounds")
		}
		pos := int64(num(args, 4))
		release, err := charge(e, len(data), binding.IsFunc(cb))
		if err != nil {
			return e.FailAs(fsReq, cb, err, fail("write", "", ""))
		}
		return withFdCharged(e, args, cb, "write", release, func(s stream) (binding.Result, error) {
			n, err := s.write(data, pos)
			if err != nil {
				return nil, err
			}
			return numResult(float64(n)), nil
		})
	}},
	// readFile(pathOrFd, flags, cb) -> ArrayBuffer
	{Name: "readFile", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		limit := e.MaxBuffer
		return readWhole(e, args, 2, func(s stream) (binding.Result, error) {
			b, err := s.readAll(limit)
			if err != nil {
				return nil, err
			}
			return func(e *binding.Env) wasm.Value { return e.VM.NewArrayBuffer(b) }, nil
		})
	}},
	// writeFile(pathOrFd, ab, off, len, flags, mode, cb)
	{Name: "writeFile", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cb := binding.Arg(args, 6)
		data, ok := bufferArg(e, args, 1, binding.IsFunc(cb))
		if !ok {
			return e.VM.ThrowError("RangeError", "writeFile: buffer out of bounds")
		}
		release, err := charge(e, len(data), binding.IsFunc(cb))
		if err != nil {
			return e.FailAs(fsReq, cb, err, fail("write", "", ""))
		}
		return whole(e, args, cb, "write", int(num(args, 4)), uint32(num(args, 5)), release, func(s stream) (binding.Result, error) {
			return nil, s.writeAll(data)
		})
	}},
	{Name: "fstat", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		out := syncOut(args, 1, 2)
		return withFd(e, args, binding.Arg(args, 1), "fstat", func(s stream) (binding.Result, error) {
			if s.f == nil {
				return statResult(&Stat{Mode: unix.S_IFIFO | 0o600, Blksize: 4096}, out), nil
			}
			st, err := s.f.Stat()
			if err != nil {
				return nil, err
			}
			return statResult(st, out), nil
		})
	}},
	{Name: "ftruncate", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		n := int64(num(args, 1))
		return fdOp(e, args, 2, "ftruncate", func(f File) error { return f.Truncate(n) })
	}},
	{Name: "fchmod", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		mode := uint32(num(args, 1))
		return fdOp(e, args, 2, "fchmod", func(f File) error { return f.Chmod(mode) })
	}},
	{Name: "fchown", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		uid, gid := int(num(args, 1)), int(num(args, 2))
		return fdOp(e, args, 3, "fchown", func(f File) error { return f.Chown(uid, gid) })
	}},
	{Name: "futime", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		ts := []unix.Timespec{tspec(num(args, 1)), tspec(num(args, 2))}
		return fdOp(e, args, 3, "futime", func(f File) error { return f.Utimes(ts) })
	}},
	{Name: "fsync", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return fdOp(e, args, 1, "fsync", func(f File) error { return f.Sync(false) })
	}},
	{Name: "fdatasync", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return fdOp(e, args, 1, "fdatasync", func(f File) error { return f.Sync(true) })
	}},
}

func fdOp(e *binding.Env, args []wasm.Value, cbAt int, sys string, op func(f File) error) wasm.Value {
	return withFd(e, args, binding.Arg(args, cbAt), sys, func(s stream) (binding.Result, error) {
		return nil, s.file(op)
	})
}

func fdRead(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm, cb := e.VM, binding.Arg(args, 5)
	ab := binding.Arg(args, 1)
	p, n, ok := vm.ArrayBufferData(ab)
	off, ln, pos := uint32(num(args, 2)), uint32(num(args, 3)), int64(num(args, 4))
	if !ok || uint64(off)+uint64(ln) > uint64(n) {
		return vm.ThrowError("RangeError", "read: buffer out of bounds")
	}
	if !binding.IsFunc(cb) {
		var buf []byte
		if ln > 0 {
			buf = vm.Bytes(p+off, ln)
		}
		return withFd(e, args, cb, "read", func(s stream) (binding.Result, error) {
			k, err := s.read(buf, pos)
			if err != nil {
				return nil, err
			}
			return numResult(float64(k)), nil
		})
	}
	// Asynchronous: the bytes land in a host buffer made when the read
	// runs (so queued reads hold no memory) and are copied on the loop.
	s, err := lookup(e, int(num(args, 0)))
	if err != nil {
		return e.FailAs(fsReq, cb, err, fail("read", "", ""))
	}
	abRef, held := vm.Dup(ab), true
	release := func(vm *wasm.VM) {
		if held {
			held = false
			vm.Free(abRef)
		}
	}
	onErr := fail("read", "", "")
	return e.DoAs(fsReq, cb, func() (binding.Result, error) {
		buf := make([]byte, ln)
		k, err := s.read(buf, pos)
		if err != nil {
			return nil, err
		}
		return func(e *binding.Env) wasm.Value {
			vm := e.VM
			defer release(vm)
			if p, n, ok := vm.ArrayBufferData(abRef); ok && k > 0 && uint64(off)+uint64(k) <= uint64(n) {
				copy(vm.Bytes(p+off, uint32(k)), buf[:k])
			}
			return wasm.MakeInt(int32(k))
		}, nil
	}, func(e *binding.Env, err error) wasm.Value {
		release(e.VM)
		return onErr(e, err)
	})
}

// readWhole and whole run work on args[0], a descriptor or a path opened
// for the call (and closed after it).
func readWhole(e *binding.Env, args []wasm.Value, cbAt int, work func(s stream) (binding.Result, error)) wasm.Value {
	return whole(e, args, binding.Arg(args, cbAt), "fstat", int(num(args, 1)), 0o666, func() {}, work)
}

// whole's fdSys names a descriptor that is not open, as Node's first
// call on it does.
func whole(e *binding.Env, args []wasm.Value, cb wasm.Value, fdSys string, flags int, mode uint32, release func(), work func(s stream) (binding.Result, error)) wasm.Value {
	if binding.Arg(args, 0).IsNumber() {
		return withFdCharged(e, args, cb, fdSys, release, work)
	}
	given, p := pathArg(e, args, 0)
	fs, mode := FSOf(e), e.CreateMode(mode)
	return e.DoAs(fsReq, cb, func() (binding.Result, error) {
		defer release()
		f, err := fs.Open(p, flags, mode)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return work(stream{f: f})
	}, fail("open", given, ""))
}

// fsReq is the request class of an asynchronous fs call, as
// process._getActiveRequests names it.
const fsReq = "FSReqCallback"
