package host

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/hostfs"
	"github.com/wqnode/wqnode/wasm"
)

// isoOf is the isolate behind a binding's Env.
func isoOf(e *binding.Env) *Isolate { return e.Owner.(*Isolate) }

// The 'process' binding: process.* that needs the host (argv, env, exit,
// cwd, clocks, resource usage, ids, signals, the standard streams).
var processBinding = &binding.Module{Name: "process", Init: processInit, Setup: processSetup, Funcs: []binding.Func{
	{Name: "writeString", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return writeStdio(e, binding.Arg(args, 0), []byte(e.VM.String(binding.Arg(args, 1))))
	}},
	{Name: "writeBytes", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		p, n, ok := vm.ArrayBufferData(binding.Arg(args, 1))
		off, ln := uint32(binding.Arg(args, 2).Number()), uint32(binding.Arg(args, 3).Number())
		if !ok || off > n || ln > n-off {
			return vm.ThrowError("TypeError", "writeBytes: invalid buffer")
		}
		if ln == 0 {
			return wasm.Undefined
		}
		return writeStdio(e, binding.Arg(args, 0), vm.Bytes(p+off, ln))
	}},
	{Name: "reallyExit", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		code := int(binding.Arg(args, 0).Number())
		e.Loop.Stop()
		panic(&wasm.Abort{Reason: exitRequest{code & 0xff}})
	}},
	{Name: "cwd", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return e.VM.NewString(e.Cwd)
	}},
	{Name: "chdir", Fn: processChdir},
	// activeResources names the handles keeping the loop alive, for
	// process.getActiveResourcesInfo.
	{Name: "activeResources", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return stringArray(e.VM, e.Handles.ActiveResources())
	}},
	// activeHandleIds are the handle indexes keeping the loop alive, and
	// activeRequests the classes of the requests under way, for
	// process._getActiveHandles and _getActiveRequests.
	{Name: "activeHandleIds", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return intArray(e.VM, e.Handles.ActiveIDs())
	}},
	{Name: "activeRequests", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return stringArray(e.VM, e.ActiveRequests())
	}},
	{Name: "hrtime", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return wasm.MakeFloat(float64(time.Since(processStart).Nanoseconds()) + hrtimeBase)
	}},
	{Name: "memoryUsage", Fn: processMemoryUsage},
	// gc is --expose-gc's global gc(): one collection of the engine's heap.
	{Name: "gc", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		e.VM.CollectGarbage()
		return wasm.Undefined
	}},
	{Name: "cpuUsage", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		u, s := cpuTimes()
		return floatArray(e.VM, u, s)
	}},
	{Name: "umask", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return wasm.MakeInt(int32(umask(e, args)))
	}},
	{Name: "ids", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return intArray(e.VM, []int{os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid()})
	}},
	{Name: "groups", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		gs, _ := os.Getgroups()
		return intArray(e.VM, gs)
	}},
	{Name: "kill", Fn: processKill},
	{Name: "windowSize", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		ws := &unix.Winsize{Col: 80, Row: 24}
		if f := hostFileOf(e, int(binding.Arg(args, 0).Number())); f != nil {
			if w, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ); err == nil {
				ws = w
			}
		}
		return intArray(e.VM, []int{int(ws.Col), int(ws.Row)})
	}},
	{Name: "readStdin", Fn: readStdin},
	{Name: "stdinReadStop", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		st := &isoOf(e).stdin
		if st.ref {
			st.ref = false
			e.Loop.Unref()
		}
		return wasm.Undefined
	}},
}}

// processInit sets the build's constants: versions, platform.
func processInit(e *binding.Env, obj wasm.Value) {
	vm := e.VM
	vm.Set(obj, "platform", vm.NewString(runtime.GOOS))
	vm.Set(obj, "arch", vm.NewString(nodeArch()))
	vm.Set(obj, "version", vm.NewString(NodeVersion))
	vm.Set(obj, "wqnodeVersion", vm.NewString(Version))
}

// processSetup sets the per-process properties: argv, env, ids, start time.
func processSetup(e *binding.Env, obj wasm.Value) {
	iso, vm := isoOf(e), e.VM
	argv := iso.cfg.Argv
	if len(argv) == 0 {
		argv = []string{execPath()}
	}
	vm.Set(obj, "argv", stringArray(vm, argv))
	argv0 := iso.cfg.Argv0
	if argv0 == "" {
		argv0 = "node"
	}
	vm.Set(obj, "argv0", vm.NewString(argv0))
	vm.Set(obj, "execArgv", stringArray(vm, iso.cfg.ExecArgv))
	vm.Set(obj, "nodeOptions", stringArray(vm, iso.cfg.NodeOptions))
	vm.Set(obj, "execPath", vm.NewString(execPath()))
	vm.Set(obj, "env", stringArray(vm, iso.cfg.Env))
	vm.Set(obj, "pid", wasm.MakeInt(int32(os.Getpid())))
	vm.Set(obj, "ppid", wasm.MakeInt(int32(os.Getppid())))
	vm.Set(obj, "startTime", wasm.MakeFloat(float64(processStart.UnixNano())/1e6))
}

// writeStdio writes b to the isolate's stdout (fd 1) or stderr (fd 2),
// throwing Node's system error for a failed write (ENOSPC, EPIPE, EBADF)
// so the stream's callback and 'error' event see it.
func writeStdio(e *binding.Env, fdv wasm.Value, b []byte) wasm.Value {
	fd := int(fdv.Number())
	s, ok := binding.Lookup[*binding.Stdio](e.Handles, fd)
	if !ok || s.Writer == nil || (fd != 1 && fd != 2) {
		return e.Throw(syscall.EBADF, "write", "", "")
	}
	for len(b) > 0 {
		n, err := s.Writer.Write(b)
		if err != nil {
			if binding.Errno(err) == 0 {
				err = syscall.EIO
			}
			return e.Throw(err, "write", "", "")
		}
		b = b[n:]
	}
	return wasm.Undefined
}

func processChdir(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	dir := vm.String(binding.Arg(args, 0))
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(e.Cwd, dir)
	}
	// Through the isolate's file system, so under --permission a
	// directory outside the read grants is denied, not probed.
	st, err := hostfs.FSOf(e).Stat(hostfs.Path{Abs: dir})
	if err == nil && st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		err = syscall.ENOTDIR
	}
	if err != nil {
		// As Node's: from the working directory to the one asked for.
		return e.Throw(err, "chdir", e.Cwd, vm.String(binding.Arg(args, 0)))
	}
	e.Cwd = filepath.Clean(dir)
	return wasm.Undefined
}

func processMemoryUsage(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	wasmBytes := float64(e.VM.MemorySize())
	// rss, heapTotal, heapUsed (an upper bound), external.
	return floatArray(e.VM, residentBytes(float64(ms.Sys)+wasmBytes), wasmBytes, wasmBytes, float64(ms.HeapAlloc))
}

// processKill is process.kill(pid, sig): 0 or a negative errno. Under the
// permission model a signal may go only to a child this isolate spawned
// unless child processes are granted: the host process and unrelated
// processes are out of reach.
func processKill(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	pid, sig := int(binding.Arg(args, 0).Number()), int(binding.Arg(args, 1).Number())
	if iso := isoOf(e); iso.cfg.Tenant && !ownChild(e, pid) {
		// The isolate itself (its process.pid is the host's) gets the
		// signal as Isolate.Signal delivers it; nothing else is reachable.
		if pid != os.Getpid() || sig < 0 || sig >= 65 {
			return wasm.MakeInt(-int32(syscall.EPERM))
		}
		if sig != 0 {
			iso.Signal(syscall.Signal(sig))
		}
		return wasm.MakeInt(0)
	}
	if e.Policy.Enabled() && !ownChild(e, pid) {
		if err := e.Policy.Check(permission.Signal, strconv.Itoa(pid)); err != nil {
			return e.Throw(err, "kill", "", "")
		}
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return wasm.MakeInt(-int32(errnoOr(err, syscall.EINVAL)))
	}
	return wasm.MakeInt(0)
}

// residentBytes is the process's resident set size from /proc/self/statm,
// or fallback where that cannot be read.
func residentBytes(fallback float64) float64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return fallback
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return fallback
	}
	pages, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return fallback
	}
	return pages * float64(os.Getpagesize())
}

func cpuTimes() (user, sys float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return float64(ru.Utime.Nano() / 1000), float64(ru.Stime.Nano() / 1000)
}

// umask is process.umask([mask]): the old mask. A tenant's is its own
// (Env.Umask); otherwise the process's, read from /proc so that reading
// it never sets it to 0 for a moment, as umask(2) alone would while
// another thread creates a file.
func umask(e *binding.Env, args []wasm.Value) int {
	set := len(args) > 0 && args[0].IsNumber()
	if e.Umask != nil {
		if set {
			return int(e.Umask.Swap(uint32(args[0].Number()) & 0o777))
		}
		return int(e.Umask.Load())
	}
	if set {
		return syscall.Umask(int(args[0].Number()) & 0o777)
	}
	return processUmask()
}

// processUmask is the process's umask, from /proc/self/status (Linux 4.7
// and later); 0o022 where that cannot be read.
func processUmask() int {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "Umask:"); ok {
				if m, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32); err == nil {
					return int(m)
				}
			}
		}
	}
	return 0o022
}

var processStart = time.Now()

// hrtimeBase makes process.hrtime values large like a monotonic clock's.
var hrtimeBase = float64(uint64(processStart.UnixNano()) % (1 << 40))

func execPath() string {
	p, err := os.Executable()
	if err != nil {
		return "wqnode"
	}
	return p
}

func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return runtime.GOARCH
}

// stringArray builds a JS array of strings (owned).
func stringArray(vm *wasm.VM, ss []string) wasm.Value {
	arr := vm.NewArray()
	for i, s := range ss {
		vm.SetIndex(arr, uint32(i), vm.NewString(s))
	}
	return arr
}

// intArray builds a JS array of integers (owned).
func intArray(vm *wasm.VM, ns []int) wasm.Value {
	arr := vm.NewArray()
	for i, n := range ns {
		vm.SetIndex(arr, uint32(i), wasm.MakeInt(int32(n)))
	}
	return arr
}

// floatArray builds a JS array of numbers (owned).
func floatArray(vm *wasm.VM, fs ...float64) wasm.Value {
	arr := vm.NewArray()
	for i, f := range fs {
		vm.SetIndex(arr, uint32(i), wasm.MakeFloat(f))
	}
	return arr
}

func msDuration(ms int64) time.Duration { return time.Duration(ms) * time.Millisecond }

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

// readStdin reads one chunk off the loop and calls cb(buffer) on the
// loop, or cb(null) at end of input. A pending read keeps the loop alive
// only until stdinReadStop (the stream paused), as libuv's read_stop does;
// the chunk then arrives with the next read. At most one read is in
// flight, so this needs no pool.
func readStdin(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	st := &iso.stdin
	if st.cb != 0 {
		vm.Free(st.cb)
	}
	st.cb = vm.Dup(binding.Arg(args, 0))
	if !st.ref {
		st.ref = true
		e.Loop.Ref()
	}
	if st.ready != nil {
		iso.deliverStdin()
		return wasm.Undefined
	}
	if st.pending {
		return wasm.Undefined
	}
	s, ok := binding.Lookup[*binding.Stdio](e.Handles, 0)
	if !ok || s.Reader == nil {
		st.ready = &stdinChunk{eof: true}
		iso.deliverStdin()
		return wasm.Undefined
	}
	st.pending = true
	r := s.Reader
	go func() {
		buf := make([]byte, 64<<10)
		n, err := r.Read(buf)
		e.Loop.Post(func() {
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
	}
	iso.callback(cb, v)
	iso.vm.Free(cb)
}
