package host

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/wqnode/wqnode/wasm"
)

// A binding builds the object internalBinding(name) returns.
type legacyBinding func(iso *Isolate, obj wasm.Value)

// bindings is the registry behind internalBinding; files add to it in init.
var bindings = map[string]legacyBinding{}

func (iso *Isolate) internalBinding(vm *wasm.VM, this wasm.Value, args []wasm.Value) wasm.Value {
	if len(args) == 0 {
		return vm.ThrowError("TypeError", "internalBinding: name required")
	}
	name := vm.String(args[0])
	if obj, ok := iso.bindings[name]; ok {
		return vm.Dup(obj)
	}
	if m, ok := modulesByName[name]; ok {
		obj := m.Install(iso.env)
		iso.bindings[name] = obj
		return vm.Dup(obj)
	}
	b, ok := bindings[name]
	if !ok {
		return vm.ThrowError("Error", "No such binding: "+name)
	}
	obj := vm.NewObject()
	b(iso, obj)
	iso.bindings[name] = obj
	return vm.Dup(obj)
}

// fn sets obj[name] to a host function.
func (iso *Isolate) fn(obj wasm.Value, name string, f wasm.HostFunc) {
	iso.vm.Set(obj, name, iso.vm.Register(name, f))
}

func arg(args []wasm.Value, i int) wasm.Value {
	if i < len(args) {
		return args[i]
	}
	return wasm.Undefined
}

func msDuration(ms int64) time.Duration { return time.Duration(ms) * time.Millisecond }

// stringArray builds a JS array of strings.
func (iso *Isolate) stringArray(ss []string) wasm.Value {
	vm := iso.vm
	arr := vm.NewArray()
	for i, s := range ss {
		vm.SetIndex(arr, uint32(i), vm.NewString(s))
	}
	return arr
}

func init() {
	bindings["builtins"] = func(iso *Isolate, obj wasm.Value) {
		iso.vm.Set(obj, "builtinIds", iso.stringArray(builtinIDs()))
		iso.fn(obj, "compileBuiltin", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			id := vm.String(arg(args, 0))
			fn, err := iso.compileBuiltin(id)
			if err != nil {
				if je, ok := err.(*wasm.Error); ok {
					return vm.Throw(je.Value)
				}
				return vm.ThrowError("Error", "No such built-in module: "+id)
			}
			return fn
		})
	}

	bindings["task_queue"] = func(iso *Isolate, obj wasm.Value) {
		iso.fn(obj, "runMicrotasks", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			if err := vm.RunJobs(); err != nil {
				return vm.Throw(err.(*wasm.Error).Value)
			}
			return wasm.MakeBool(len(iso.rejections) > 0)
		})
		iso.fn(obj, "takeRejections", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			arr := vm.NewArray()
			for i, r := range iso.rejections {
				vm.SetIndex(arr, uint32(3*i), wasm.MakeBool(r.handled))
				vm.SetIndex(arr, uint32(3*i+1), r.promise)
				vm.SetIndex(arr, uint32(3*i+2), r.reason)
			}
			iso.rejections = iso.rejections[:0]
			return arr
		})
	}

	bindings["timers"] = func(iso *Isolate, obj wasm.Value) {
		iso.fn(obj, "scheduleTimer", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			iso.loop.SetTimer(msDuration(int64(arg(args, 0).Number())), true)
			return wasm.Undefined
		})
		iso.fn(obj, "toggleTimerRef", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			iso.loop.SetTimerRef(vm.Bool(arg(args, 0)))
			return wasm.Undefined
		})
		iso.fn(obj, "toggleImmediateRef", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			iso.loop.SetImmediates(vm.Bool(arg(args, 0)), vm.Bool(arg(args, 1)))
			return wasm.Undefined
		})
		iso.fn(obj, "getLibuvNow", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			// Fresh time, not the turn's cached one: a timer never fires
			// earlier than its delay after the call that set it.
			return wasm.MakeFloat(float64(iso.loop.UpdateTime().Milliseconds()))
		})
	}

	bindings["process"] = func(iso *Isolate, obj wasm.Value) {
		vm := iso.vm
		argv := iso.cfg.Argv
		if len(argv) == 0 {
			argv = []string{execPath()}
		}
		vm.Set(obj, "argv", iso.stringArray(argv))
		vm.Set(obj, "execArgv", iso.stringArray(iso.cfg.ExecArgv))
		vm.Set(obj, "execPath", vm.NewString(execPath()))
		vm.Set(obj, "env", iso.stringArray(iso.cfg.Env))
		vm.Set(obj, "pid", wasm.MakeInt(int32(os.Getpid())))
		vm.Set(obj, "ppid", wasm.MakeInt(int32(os.Getppid())))
		vm.Set(obj, "platform", vm.NewString(runtime.GOOS))
		vm.Set(obj, "arch", vm.NewString(nodeArch()))
		vm.Set(obj, "version", vm.NewString(NodeVersion))
		vm.Set(obj, "wqnodeVersion", vm.NewString(Version))
		vm.Set(obj, "startTime", wasm.MakeFloat(float64(processStart.UnixNano())/1e6))
		iso.fn(obj, "writeString", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			w := iso.stdout
			if arg(args, 0).Number() == 2 {
				w = iso.stderr
			}
			w.Write([]byte(vm.String(arg(args, 1))))
			return wasm.Undefined
		})
		iso.fn(obj, "reallyExit", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			code := int(arg(args, 0).Number())
			iso.loop.Stop()
			panic(&wasm.Abort{Reason: exitRequest{code & 0xff}})
		})
		iso.fn(obj, "cwd", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			return vm.NewString(iso.env.Cwd)
		})
		iso.fn(obj, "chdir", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			dir := vm.String(arg(args, 0))
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(iso.env.Cwd, dir)
			}
			st, err := os.Stat(dir)
			if err == nil && !st.IsDir() {
				err = &fs.PathError{Op: "chdir", Path: dir, Err: errNotDir}
			}
			if err != nil {
				return iso.throwSystemError(err, "chdir", vm.String(arg(args, 0)), "")
			}
			iso.env.Cwd = filepath.Clean(dir)
			return wasm.Undefined
		})
		iso.fn(obj, "hrtime", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			return wasm.MakeFloat(float64(time.Since(processStart).Nanoseconds()) + hrtimeBase)
		})
		iso.fn(obj, "memoryUsage", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			arr := vm.NewArray()
			wasmBytes := float64(vm.MemorySize())
			vm.SetIndex(arr, 0, wasm.MakeFloat(residentBytes(float64(ms.Sys)+wasmBytes))) // rss
			vm.SetIndex(arr, 1, wasm.MakeFloat(wasmBytes))                                // heapTotal
			vm.SetIndex(arr, 2, wasm.MakeFloat(wasmBytes))                                // heapUsed (upper bound)
			vm.SetIndex(arr, 3, wasm.MakeFloat(float64(ms.HeapAlloc)))                    // external
			return arr
		})
		iso.fn(obj, "cpuUsage", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			u, s := cpuTimes()
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, wasm.MakeFloat(u))
			vm.SetIndex(arr, 1, wasm.MakeFloat(s))
			return arr
		})
		iso.fn(obj, "umask", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			return wasm.MakeInt(int32(umask(args)))
		})
		iso.fn(obj, "ids", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			arr := vm.NewArray()
			for i, v := range []int{os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid()} {
				vm.SetIndex(arr, uint32(i), wasm.MakeInt(int32(v)))
			}
			return arr
		})
		iso.fn(obj, "groups", func(vm *wasm.VM, _ wasm.Value, _ []wasm.Value) wasm.Value {
			gs, _ := os.Getgroups()
			arr := vm.NewArray()
			for i, g := range gs {
				vm.SetIndex(arr, uint32(i), wasm.MakeInt(int32(g)))
			}
			return arr
		})
		iso.fn(obj, "kill", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			return wasm.MakeInt(int32(kill(int(arg(args, 0).Number()), int(arg(args, 1).Number()))))
		})
	}
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

func (iso *Isolate) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(iso.env.Cwd, p)
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
