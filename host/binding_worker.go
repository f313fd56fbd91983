package host

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// The 'worker' binding: worker threads. A Worker is a new isolate (its
// own module instance of the shared compiled engine, its own loop) run on
// its own goroutine; it is created plainly, by bootstrapping, not from a
// snapshot. Parent and worker talk through one MessageChannel made at
// creation (the 'messaging' binding); the worker's stdout and stderr
// writes, its 'online', its uncaught error and its exit reach the parent
// as completions posted to the parent's loop, in order, and the parent's
// JS hears them through one handler.
//
// JS contract (parent side):
//
//	setHandler(fn(workerId, kind, value))  kind: 'online', 'stdout',
//	    'stderr' (ArrayBuffer), 'error' (ArrayBuffer: a serialized error),
//	    'oom', 'exit' (code)
//	create(main, isEval, argv, env, execArgv, [workerData, envData,
//	    limits[4], name, stdin, workerDataPortIds, workerDataSABs, envDataSABs,
//	    shareEnv]) -> [workerId, portId, threadId]
//	terminate(id), setRef(id, bool), stdinWrite(id, u8), stdinEnd(id)
//
// In a worker: isMainThread, threadId, name, parentPort (a port id),
// workerData and environmentData (ArrayBuffers), workerDataSabs and
// environmentDataSabs (the SharedArrayBuffers they name, shared with the
// parent), resourceLimits, and
// online(), reportError(u8), reportOOM().
var workerBinding = &binding.Module{Name: "worker",
	Setup: func(e *binding.Env, obj wasm.Value) {
		vm := e.VM
		w := workerInfoOf(e)
		vm.Set(obj, "isMainThread", wasm.MakeBool(w.handle == nil))
		vm.Set(obj, "sharedEnv", wasm.MakeBool(w.env != nil))
		vm.Set(obj, "threadId", wasm.MakeFloat(float64(w.threadID)))
		vm.Set(obj, "maxWorkers", wasm.MakeInt(MaxWorkers))
		if w.handle == nil {
			return
		}
		vm.Set(obj, "name", vm.NewString(w.name))
		vm.Set(obj, "parentPort", wasm.MakeInt(int32(w.portID)))
		vm.Set(obj, "workerData", vm.NewArrayBuffer(w.workerData))
		vm.Set(obj, "environmentData", vm.NewArrayBuffer(w.envData))
		lim := vm.NewArray()
		for i, x := range w.limits {
			vm.SetIndex(lim, uint32(i), wasm.MakeFloat(x))
		}
		vm.Set(obj, "resourceLimits", lim)
		vm.Set(obj, "hasStdin", wasm.MakeBool(w.hasStdin))
		vm.Set(obj, "workerDataPorts", intArray(vm, w.dataPorts))
		vm.Set(obj, "workerDataSabs", sharedValues(vm, w.dataSABs))
		vm.Set(obj, "environmentDataSabs", sharedValues(vm, w.envSABs))
		w.dataSABs, w.envSABs = nil, nil
	},
	Funcs: append([]binding.Func{
		{Name: "setHandler", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			w := workerInfoOf(e)
			if w.onEvent != 0 {
				e.VM.Free(w.onEvent)
			}
			w.onEvent = e.VM.Dup(binding.Arg(args, 0))
			return wasm.Undefined
		}},
		{Name: "create", Fn: createWorker},
		{Name: "terminate", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w, ok := workerArg(e, args); ok {
				// The parent waits for the exit that settles terminate()'s
				// promise, even for an unref'd worker.
				w.hold.Set(e.Loop, true)
				w.terminate()
			}
			return wasm.Undefined
		}},
		{Name: "setRef", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w, ok := workerArg(e, args); ok && !w.exited {
				w.hold.Set(e.Loop, e.VM.Bool(binding.Arg(args, 1)))
			}
			return wasm.Undefined
		}},
		{Name: "stdinWrite", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w, ok := workerArg(e, args); ok && w.stdin != nil {
				b, _ := e.VM.ViewBytes(binding.Arg(args, 1))
				if err := w.stdin.write(e, b); err != nil {
					return e.Throw(err, "write", "", "")
				}
			}
			return wasm.Undefined
		}},
		{Name: "stdinEnd", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w, ok := workerArg(e, args); ok && w.stdin != nil {
				w.stdin.close()
			}
			return wasm.Undefined
		}},
		{Name: "online", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			if w := workerInfoOf(e).handle; w != nil {
				w.toParent(func() { w.emit("online", wasm.Undefined) })
			}
			return wasm.Undefined
		}},
		{Name: "reportError", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w := workerInfoOf(e).handle; w != nil {
				b, _ := e.VM.ViewBytes(binding.Arg(args, 0))
				b = append([]byte(nil), b...)
				w.toParent(func() { w.emit("error", w.parent.VM.NewArrayBuffer(b)) })
			}
			return wasm.Undefined
		}},
		{Name: "reportOOM", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
			if w := workerInfoOf(e).handle; w != nil {
				w.oom.Store(true)
			}
			return wasm.Undefined
		}},
	}, sharedEnvFuncs...)}

// MaxWorkers bounds the worker threads alive at once in the process.
const MaxWorkers = 1024

var (
	liveWorkers atomic.Int64
	lastThread  atomic.Int64
)

// workerInfo is what an isolate knows of threads: for a worker, its
// parent's handle and its start-up data; for any isolate, the JS handler
// of its own workers' events.
type workerInfo struct {
	handle     *workerHandle // nil on the main thread
	threadID   int64
	name       string
	portID     int
	workerData []byte
	envData    []byte
	limits     [4]float64
	hasStdin   bool
	dataPorts  []int             // ports transferred with workerData, in the worker's table
	dataSABs   []*wasm.SharedRef // SharedArrayBuffers of workerData, until the worker makes them
	envSABs    []*wasm.SharedRef // and of environmentData
	env        *sharedEnv        // process.env when shared with other threads (SHARE_ENV)
	onEvent    wasm.Value        // owned
}

type workerInfoKey struct{}

func workerInfoOf(e *binding.Env) *workerInfo {
	return binding.State(e, workerInfoKey{}, func() *workerInfo { return &workerInfo{} })
}

// workerHandle is a worker as its parent's handle table holds it.
type workerHandle struct {
	parent     *binding.Env
	child      *Isolate
	id         int
	hold       loop.Hold // parent's loop: a running, ref'd worker keeps it alive
	exited     bool      // parent's loop only
	terminated atomic.Bool
	oom        atomic.Bool
	done       chan struct{} // closed when the worker's goroutine has torn down
	stdin      *workerStdin
	out        outQueue
}

// Close terminates the worker when the parent isolate closes, and waits
// for its teardown, so no goroutine or module instance outlives it.
func (w *workerHandle) Close() error {
	w.terminate()
	w.out.shut()
	<-w.done
	return nil
}

// terminate stops the worker: its JS ends at the next interrupt poll, an
// idle loop stops. Safe from any goroutine.
func (w *workerHandle) terminate() {
	w.terminated.Store(true)
	w.child.Interrupt()
	w.out.shut()
	if w.stdin != nil {
		w.stdin.close()
	}
}

// toParent runs fn on the parent's loop.
func (w *workerHandle) toParent(fn func()) { w.parent.Loop.Post(fn) }

// emit calls the parent's handler (on its loop) with one event; v is owned.
func (w *workerHandle) emit(kind string, v wasm.Value) {
	h := workerInfoOf(w.parent).onEvent
	vm := w.parent.VM
	if h == 0 {
		vm.Free(v)
		return
	}
	w.parent.Callback(h, wasm.MakeInt(int32(w.id)), vm.NewString(kind), v)
}

func workerArg(e *binding.Env, args []wasm.Value) (*workerHandle, bool) {
	return binding.Lookup[*workerHandle](e.Handles, int(binding.Arg(args, 0).Number()))
}

// stringList reads a JS array of strings.
func stringList(vm *wasm.VM, arr wasm.Value) []string {
	n, ok := binding.ListLen(vm, arr)
	if !ok {
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		v := vm.ArrayElem(arr, uint32(i))
		out = append(out, vm.String(v))
		vm.Free(v)
	}
	return out
}

var errTooManyWorkers = &binding.CodedError{Class: "Error", Code: "ERR_WORKER_INIT_FAILED",
	Message: "Worker initialization failure: too many live worker threads"}

// createWorker starts a worker: args as the binding's contract says.
func createWorker(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	// A host function sees at most 8 arguments: the rest come in an array.
	if rest := binding.Arg(args, 5); rest.IsObject() {
		all := append([]wasm.Value(nil), args[:5]...)
		for i := uint32(0); i < 9; i++ {
			v := vm.ArrayElem(rest, i)
			defer vm.Free(v)
			all = append(all, v)
		}
		args = all
	}
	if err := e.Policy.Check(permission.Worker, ""); err != nil {
		return e.Throw(err, "", "", "")
	}
	piso := isoOf(e)
	tree := piso.cfg.tree
	if l := piso.cfg.Limits.Workers; l > 0 && tree.live.Load() >= int64(l) {
		tree.root.StopWith(&LimitError{Limit: "workers", Value: fmt.Sprint(l)})
		return e.Throw(errTooManyWorkers, "", "", "")
	}
	if liveWorkers.Add(1) > MaxWorkers {
		liveWorkers.Add(-1)
		return e.Throw(errTooManyWorkers, "", "", "")
	}
	tree.live.Add(1)
	started := false
	defer func() {
		if !started {
			liveWorkers.Add(-1)
			tree.live.Add(-1)
		}
	}()
	main := vm.String(binding.Arg(args, 0))
	isEval := vm.Bool(binding.Arg(args, 1))
	cfg := piso.cfg
	cfg.Cwd = e.Cwd
	cfg.PrintEval = false
	// What belongs to the embedder's root isolate stays there: its ready
	// callback, serving mode, IPC channel, inherited files and host modules.
	cfg.Ready, cfg.Serve, cfg.Channel, cfg.HostModules, cfg.Files = nil, false, nil, nil, nil
	execPath := ""
	if len(piso.cfg.Argv) > 0 {
		execPath = piso.cfg.Argv[0]
	}
	argv := stringList(vm, binding.Arg(args, 2))
	if isEval {
		src := main
		cfg.EvalSource = &src
		cfg.EvalName = "[worker eval]"
		cfg.Argv = append([]string{execPath, "[worker eval]"}, argv...)
	} else {
		if !filepath.IsAbs(main) {
			main = filepath.Join(e.Cwd, main)
		}
		cfg.EvalSource = nil
		cfg.Argv = append([]string{execPath, main}, argv...)
	}
	var shared *sharedEnv
	if vm.Bool(binding.Arg(args, 13)) {
		// SHARE_ENV: the parent's process.env moves to the store both use
		// (JS switches its own over once create returns).
		pw := workerInfoOf(e)
		if pw.env == nil {
			pw.env = newSharedEnv(stringList(vm, binding.Arg(args, 3)))
		}
		shared = pw.env
		cfg.Env = shared.environ()
	} else if env := binding.Arg(args, 3); env.IsObject() {
		cfg.Env = stringList(vm, env)
	} else {
		cfg.Env = append([]string(nil), piso.cfg.Env...)
	}
	if xa := binding.Arg(args, 4); xa.IsObject() {
		cfg.ExecArgv = stringList(vm, xa)
	}
	info := &workerInfo{name: vm.String(binding.Arg(args, 8)), env: shared}
	if b, ok := vm.ViewBytes(binding.Arg(args, 5)); ok {
		info.workerData = append([]byte(nil), b...)
	}
	if b, ok := vm.ViewBytes(binding.Arg(args, 6)); ok {
		info.envData = append([]byte(nil), b...)
	}
	if lim := binding.Arg(args, 7); lim.IsObject() {
		for i := range info.limits {
			v := vm.ArrayElem(lim, uint32(i))
			info.limits[i] = v.Number()
			vm.Free(v)
		}
	}
	// resourceLimits: [maxYoungGenerationSizeMb, maxOldGenerationSizeMb,
	// codeRangeSizeMb, stackSizeMb]; the old generation is the VM's memory.
	if mb := info.limits[1]; mb > 0 {
		// At least what the engine itself needs, at most wasm32's 4 GiB.
		cfg.Engine.MemoryLimit = uint64(min(max(mb, 64), 4096)) << 20
	}
	if mb := info.limits[3]; mb > 0 {
		// The C stack, and the limit at which recursion throws, scale
		// with stackSizeMb (Node's default is 4).
		cfg.Engine.StackSize = 0
		cfg.Engine.StackLimit = uint32(min(max(mb, 0.25), 64) * (1 << 20) * 3 / 8)
	}
	w := &workerHandle{parent: e, done: make(chan struct{})}
	w.out.init()
	cfg.Stdout = &workerOut{w: w, kind: "stdout"}
	cfg.Stderr = &workerOut{w: w, kind: "stderr"}
	if vm.Bool(binding.Arg(args, 9)) {
		w.stdin = newWorkerStdin()
		cfg.Stdin = w.stdin
		info.hasStdin = true
	} else {
		cfg.Stdin = strings.NewReader("")
	}
	child, err := New(cfg)
	if err != nil {
		return e.Throw(&binding.CodedError{Class: "Error", Code: "ERR_WORKER_INIT_FAILED",
			Message: "Worker initialization failure: " + err.Error()}, "", "", "")
	}
	w.child = child
	id, err := e.Handles.Add(w)
	if err != nil {
		child.Close()
		return e.Throw(err, "Worker", "", "")
	}
	w.id = id
	// The channel between the two: one end in each table.
	a, b := &msgPort{}, &msgPort{}
	a.peer, b.peer = b, a
	pid, err := adoptPort(e, a)
	if err != nil {
		e.Handles.Remove(id)
		child.Close()
		return e.Throw(err, "Worker", "", "")
	}
	cid, _ := adoptPort(child.env, b)
	// Ports that travel with workerData: out of this table, into the worker's.
	for _, pid := range portIDs(e, binding.Arg(args, 10)) {
		q, ok := binding.Lookup[*msgPort](e.Handles, pid)
		if !ok || q == a {
			info.dataPorts = append(info.dataPorts, -1)
			continue
		}
		e.Handles.Remove(pid)
		q.hold.Set(e.Loop, false)
		id, err := adoptPort(child.env, q)
		if err != nil {
			portsMu.Lock()
			q.closeLocked()
			portsMu.Unlock()
		}
		info.dataPorts = append(info.dataPorts, id)
	}
	info.handle = w
	info.portID = cid
	info.threadID = lastThread.Add(1)
	// A SharedArrayBuffer that cannot be shared (made when the shared
	// region was full) does not reach the worker: its workerData fails to
	// deserialize there.
	info.dataSABs, _ = sharedRefs(vm, binding.Arg(args, 11))
	info.envSABs, _ = sharedRefs(vm, binding.Arg(args, 12))
	ci := workerInfoOf(child.env)
	*ci = *info
	child.env.OnClose(func() {
		releaseRefs(ci.dataSABs)
		releaseRefs(ci.envSABs)
		ci.dataSABs, ci.envSABs = nil, nil
	})
	w.hold.Set(e.Loop, true)
	started = true
	go w.run()
	return intArray(vm, []int{id, pid, int(info.threadID)})
}

// run is the worker's goroutine: the isolate from bootstrap to teardown,
// then its exit posted to the parent.
func (w *workerHandle) run() {
	// Through an interface: the binding table must not depend on Run at
	// initialization (Run reaches the registry that lists this binding).
	var r interface{ Run() int } = w.child
	code := r.Run()
	w.child.Close()
	if w.stdin != nil {
		w.stdin.discard()
	}
	liveWorkers.Add(-1)
	w.child.cfg.tree.live.Add(-1)
	if w.terminated.Load() {
		code = 1
	}
	oom := w.oom.Load()
	close(w.done)
	w.toParent(func() { w.exit(code, oom) })
}

// exit is the worker's end on the parent's loop: 'oom' if it ran out of
// memory, then 'exit' with its code.
func (w *workerHandle) exit(code int, oom bool) {
	if w.exited {
		return
	}
	w.exited = true
	w.hold.Set(w.parent.Loop, false)
	w.parent.Handles.Remove(w.id)
	if oom {
		w.emit("oom", wasm.Undefined)
	}
	w.emit("exit", wasm.MakeInt(int32(code)))
}

// outQueue bounds the worker's stdout and stderr bytes posted to the
// parent and not yet handed to its JS: a writer past the bound waits.
type outQueue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	pending int
	shutOff bool
}

const maxWorkerOut = 4 << 20

func (q *outQueue) init() { q.cond = sync.NewCond(&q.mu) }

// shut releases waiting writers for good (the worker is ending).
func (q *outQueue) shut() {
	q.mu.Lock()
	q.shutOff = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// workerOut is the worker's stdout or stderr: each write goes to the
// parent's loop, where it becomes data on worker.stdout / worker.stderr.
type workerOut struct {
	w    *workerHandle
	kind string
}

func (o *workerOut) Write(b []byte) (int, error) {
	q := &o.w.out
	q.mu.Lock()
	for q.pending > maxWorkerOut && !q.shutOff {
		q.cond.Wait()
	}
	q.pending += len(b)
	q.mu.Unlock()
	data := append([]byte(nil), b...)
	w := o.w
	w.toParent(func() {
		q.mu.Lock()
		q.pending -= len(data)
		q.cond.Broadcast()
		q.mu.Unlock()
		w.emit(o.kind, w.parent.VM.NewArrayBuffer(data))
	})
	return len(b), nil
}

// workerStdin is the worker's process.stdin when the stdin option is set:
// what the parent writes to worker.stdin, charged to the parent until read.
type workerStdin struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chunks [][]byte
	frees  []func()
	eof    bool
}

func newWorkerStdin() *workerStdin {
	s := &workerStdin{}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *workerStdin) write(e *binding.Env, b []byte) error {
	release, err := e.Charge(len(b))
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.eof {
		release()
		return nil
	}
	s.chunks = append(s.chunks, append([]byte(nil), b...))
	s.frees = append(s.frees, release)
	s.cond.Broadcast()
	return nil
}

func (s *workerStdin) close() {
	s.mu.Lock()
	s.eof = true
	s.cond.Broadcast()
	s.mu.Unlock()
}

// discard drops what was never read (the worker ended) and gives its
// charge back.
func (s *workerStdin) discard() {
	s.mu.Lock()
	s.eof = true
	for _, f := range s.frees {
		f()
	}
	s.chunks, s.frees = nil, nil
	s.cond.Broadcast()
	s.mu.Unlock()
}

// Read blocks until the parent writes or ends the stream.
func (s *workerStdin) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.chunks) == 0 && !s.eof {
		s.cond.Wait()
	}
	if len(s.chunks) == 0 {
		for _, f := range s.frees {
			f()
		}
		s.frees = nil
		return 0, io.EOF
	}
	n := copy(p, s.chunks[0])
	if n == len(s.chunks[0]) {
		s.chunks = s.chunks[1:]
		s.frees[0]()
		s.frees = s.frees[1:]
	} else {
		s.chunks[0] = s.chunks[0][n:]
	}
	return n, nil
}
