package host

import (
	"os"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/wasm"
)

func init() {
	bindings["contextify"] = func(iso *Isolate, obj wasm.Value) {
		// compileFunction evaluates a function-expression wrapper (sloppy
		// mode, as user code is) and returns the function.
		iso.fn(obj, "compileFunction", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			fn, err := vm.Eval(vm.String(arg(args, 0)), vm.String(arg(args, 1)), wasm.EvalGlobal)
			if err != nil {
				return vm.Throw(err.(*wasm.Error).Value)
			}
			return fn
		})
		iso.fn(obj, "evalScript", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			v, err := vm.Eval(vm.String(arg(args, 0)), vm.String(arg(args, 1)), wasm.EvalGlobal)
			if err != nil {
				return vm.Throw(err.(*wasm.Error).Value)
			}
			return v
		})
	}
	prev := bindings["process"]
	bindings["process"] = func(iso *Isolate, obj wasm.Value) {
		prev(iso, obj)
		iso.fn(obj, "writeBytes", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			w := iso.stdout
			if arg(args, 0).Number() == 2 {
				w = iso.stderr
			}
			p, n, ok := vm.ArrayBufferData(arg(args, 1))
			off, ln := uint32(arg(args, 2).Number()), uint32(arg(args, 3).Number())
			if !ok || off+ln > n {
				return vm.ThrowError("TypeError", "writeBytes: invalid buffer")
			}
			if ln > 0 {
				w.Write(vm.Bytes(p+off, ln))
			}
			return wasm.Undefined
		})
		iso.fn(obj, "handleType", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			return vm.NewString(iso.handleType(int(arg(args, 0).Number())))
		})
		iso.fn(obj, "windowSize", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			arr := vm.NewArray()
			ws, err := unix.IoctlGetWinsize(int(arg(args, 0).Number()), unix.TIOCGWINSZ)
			if err != nil {
				ws = &unix.Winsize{Col: 80, Row: 24}
			}
			vm.SetIndex(arr, 0, wasm.MakeInt(int32(ws.Col)))
			vm.SetIndex(arr, 1, wasm.MakeInt(int32(ws.Row)))
			return arr
		})
		// readStdin reads one chunk on a goroutine and calls cb(buffer) on
		// the loop, or cb(null) at end of input. A pending read keeps the
		// loop alive only until stdinReadStop (the stream paused), as
		// libuv's read_stop does; the chunk then arrives with the next read.
		iso.fn(obj, "readStdin", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			st := &iso.stdin
			if st.cb != 0 {
				vm.Free(st.cb)
			}
			st.cb = vm.Dup(arg(args, 0))
			if !st.ref {
				st.ref = true
				iso.loop.Ref()
			}
			if st.ready != nil {
				iso.deliverStdin()
				return wasm.Undefined
			}
			if st.pending {
				return wasm.Undefined
			}
			st.pending = true
			go func() {
				buf := make([]byte, 64<<10)
				n, err := iso.cfg.Stdin.Read(buf)
				iso.loop.Post(func() {
					st.pending = false
					st.ready = &stdinChunk{data: buf[:n], eof: n == 0 && err != nil}
					if n == 0 && err == nil {
						st.ready = nil
					}
					if st.cb != 0 {
						iso.deliverStdin()
					}
				})
			}()
			return wasm.Undefined
		})
		iso.fn(obj, "stdinReadStop", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			if iso.stdin.ref {
				iso.stdin.ref = false
				iso.loop.Unref()
			}
			return wasm.Undefined
		})
	}
}

type stdinChunk struct {
	data []byte
	eof  bool
}

// stdinState is process.stdin's reader: at most one read in flight.
type stdinState struct {
	cb      wasm.Value // JS callback of the current read (owned)
	ref     bool       // the loop is ref'd for it
	pending bool       // a goroutine is reading
	ready   *stdinChunk
}

// deliverStdin hands the chunk read to the current callback.
func (iso *Isolate) deliverStdin() {
	st := &iso.stdin
	c := st.ready
	st.ready = nil
	cb := st.cb
	st.cb = 0
	if st.ref {
		st.ref = false
		iso.loop.Unref()
	}
	v := wasm.Null
	if len(c.data) > 0 {
		v = iso.newBuffer(c.data)
	} else if !c.eof {
		v = wasm.Null
	}
	iso.callback(cb, v)
	iso.vm.Free(cb)
}

func init() {
	// handle_wrap lets JS-only handles (message ports) keep the loop alive.
	bindings["handle_wrap"] = func(iso *Isolate, obj wasm.Value) {
		iso.fn(obj, "ref", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			iso.loop.Ref()
			return wasm.Undefined
		})
		iso.fn(obj, "unref", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			iso.loop.Unref()
			return wasm.Undefined
		})
	}
	bindings["tty"] = func(iso *Isolate, obj wasm.Value) {
		iso.fn(obj, "guessHandleType", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			return vm.NewString(guessFdType(int(arg(args, 0).Number())))
		})
	}
}

// guessFdType classifies a file descriptor as libuv's guess_handle does.
func guessFdType(fd int) string {
	if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
		return "TTY"
	}
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return "INVALID"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG, unix.S_IFCHR:
		return "FILE"
	case unix.S_IFIFO, unix.S_IFSOCK:
		return "PIPE"
	}
	return "UNKNOWN"
}

// handleType classifies a standard stream as libuv's guess_handle does.
func (iso *Isolate) handleType(fd int) string {
	var f any
	switch fd {
	case 0:
		f = iso.cfg.Stdin
	case 1:
		f = iso.stdout
	case 2:
		f = iso.stderr
	}
	file, ok := f.(*os.File)
	if !ok {
		return "PIPE"
	}
	if _, err := unix.IoctlGetTermios(int(file.Fd()), unix.TCGETS); err == nil {
		return "TTY"
	}
	st, err := file.Stat()
	if err != nil {
		return "UNKNOWN"
	}
	switch m := st.Mode(); {
	case m.IsRegular():
		return "FILE"
	case m&os.ModeNamedPipe != 0:
		return "PIPE"
	case m&os.ModeSocket != 0:
		return "PIPE"
	case m&os.ModeCharDevice != 0:
		return "FILE"
	}
	return "UNKNOWN"
}

// callback runs a JS completion callback as a macrotask (args owned).
func (iso *Isolate) callback(fn wasm.Value, args ...wasm.Value) {
	all := append([]wasm.Value{iso.vm.Dup(fn)}, args...)
	r := iso.callEntry("runCallback", all...)
	iso.vm.Free(r)
}

// newBuffer creates a Buffer (Uint8Array over a new ArrayBuffer) holding a
// copy of b.
func (iso *Isolate) newBuffer(b []byte) wasm.Value {
	vm := iso.vm
	// One call per chunk (stdin and child output are hot paths): the
	// wrapping function is made once per VM.
	wrap := vm.Cached("buffer.fromArrayBuffer", func() wasm.Value {
		fn, err := vm.Eval("(ab) => Buffer.from(ab)", "<wqnode:host>", wasm.EvalStrict)
		if err != nil {
			panic(err)
		}
		return fn
	})
	ab := vm.NewArrayBuffer(b)
	r, err := vm.Call(wrap, wasm.Undefined, ab)
	vm.Free(ab)
	if err != nil {
		return wasm.Null
	}
	return r
}
