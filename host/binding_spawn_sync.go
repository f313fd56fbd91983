package host

import (
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// spawnSync is process_wrap's spawnSync (Node's spawn_sync binding): it
// runs a child to completion, blocking the isolate as Node's does, with
// its output bounded by maxBuffer and the isolate's memory.
func spawnSync(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	o, ex := childOptions(e, args, "spawnSync")
	if ex != 0 {
		return ex
	}
	var input []byte
	if in := binding.Arg(args, 1); in.IsObject() {
		b, _ := vm.ViewBytes(in)
		input = append([]byte(nil), b...)
	}
	// Output is host memory meant for the isolate: maxBuffer is bounded
	// by the isolate's limit (past it the child is killed, ENOBUFS).
	if o.MaxBuffer <= 0 || o.MaxBuffer > float64(e.MaxBuffer) {
		o.MaxBuffer = float64(e.MaxBuffer)
	}
	r := iso.runSync(&o, input)
	res := vm.NewObject()
	vm.Set(res, "pid", wasm.MakeInt(int32(r.pid)))
	if r.errno != 0 {
		vm.Set(res, "error", wasm.MakeInt(-int32(r.errno)))
	}
	if r.started {
		if r.sig == 0 {
			vm.Set(res, "status", wasm.MakeInt(int32(r.status)))
		} else {
			vm.Set(res, "status", wasm.Null)
		}
		vm.Set(res, "signal", wasm.MakeInt(int32(r.sig)))
		out := vm.NewArray()
		for i := range o.Stdio {
			v := wasm.Null
			if b, ok := r.output[i]; ok {
				v = iso.newBuffer(b)
			}
			vm.SetIndex(out, uint32(i), v)
		}
		vm.Set(res, "output", out)
	}
	return res
}

type syncResult struct {
	started     bool
	pid         int
	status, sig int
	errno       syscall.Errno
	output      map[int][]byte
}

// runSync runs a child to completion (spawnSync), blocking the loop.
func (iso *Isolate) runSync(o *spawnOptions, input []byte) *syncResult {
	res := &syncResult{output: map[int][]byte{}}
	sc, err := iso.startChild(o)
	if err != nil {
		res.errno = errnoOr(err, syscall.EINVAL)
		return res
	}
	res.started = true
	res.pid = sc.pid
	killSig := syscall.Signal(o.KillSignal)
	if killSig == 0 {
		killSig = syscall.SIGTERM
	}
	var mu sync.Mutex
	var once sync.Once
	kill := func(en syscall.Errno) {
		once.Do(func() {
			mu.Lock()
			res.errno = en
			mu.Unlock()
			syscall.Kill(sc.pid, killSig)
		})
	}
	var wg sync.WaitGroup
	for fd, f := range sc.parent {
		if sc.readable[fd] {
			wg.Add(1)
			go func(fd int, f *os.File) {
				defer wg.Done()
				var out []byte
				buf := make([]byte, 64<<10)
				for {
					n, err := f.Read(buf)
					if int64(len(out))+int64(n) > iso.env.MaxBuffer {
						// Past what the isolate could hold (maxBuffer
						// Infinity): the output is not kept in the host.
						kill(syscall.ENOBUFS)
						n = 0
					}
					out = append(out, buf[:n]...)
					if o.MaxBuffer > 0 && float64(len(out)) > o.MaxBuffer {
						kill(syscall.ENOBUFS)
					}
					if err != nil {
						break
					}
				}
				mu.Lock()
				res.output[fd] = out
				mu.Unlock()
			}(fd, f)
		}
		if sc.writable[fd] && !sc.readable[fd] {
			go func(f *os.File) {
				if len(input) > 0 {
					f.Write(input)
				}
				f.Close()
			}(f)
		} else if fd == 0 {
			f.Close()
		}
	}
	// Stopping the isolate ends the child (which may ignore killSignal)
	// and the wait for its pipes (which grandchildren may hold open).
	finished := make(chan struct{})
	defer close(finished)
	go func(stop <-chan struct{}) {
		select {
		case <-stop:
			kill(syscall.EINTR)
			killAll(sc.pid, sc.group)
			for fd, f := range sc.parent {
				if sc.readable[fd] {
					f.Close()
				}
			}
		case <-finished:
		}
	}(iso.env.Done())
	var timer *time.Timer
	if o.Timeout > 0 {
		timer = time.AfterFunc(time.Duration(o.Timeout*float64(time.Millisecond)), func() { kill(syscall.ETIMEDOUT) })
	}
	res.status, res.sig = waitPid(sc.pid)
	if timer != nil {
		timer.Stop()
	}
	// As libuv's spawnSync, wait for the pipes to reach end of file too
	// (grandchildren holding them open delay the return).
	wg.Wait()
	for fd, f := range sc.parent {
		if sc.readable[fd] {
			f.Close()
		}
	}
	for i := range o.Stdio {
		if o.Stdio[i].Type == "pipe" && !sc.readable[i] {
			res.output[i] = nil
			delete(res.output, i)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return res
}
