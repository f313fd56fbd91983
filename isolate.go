package wqnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host"
	"github.com/wqnode/wqnode/hostfs"
	"github.com/wqnode/wqnode/wasm"
)

// Default limits.
const (
	DefaultMemory = 256 << 20
	minMemory     = 64 << 20
)

// Isolate is one JS runtime: its own engine instance, event loop,
// handles, grants and limits. Make it with Runtime.NewIsolate; then either
// Run a program to its end, or use it as a live plugin host with Eval,
// Import and Call. Every method is safe from any goroutine.
type Isolate struct {
	rt     *Runtime
	cfg    Config
	mounts []hostfs.Mount
	out    outputLimit

	mu     sync.Mutex
	h      *host.Isolate
	state  int           // fresh, running (Run), serving (Start), ended
	done   chan struct{} // closed when the isolate has ended
	ready  chan error    // the bootstrap's outcome (serving)
	closed bool
	end    error // how it ended (after done)
}

const (
	fresh = iota
	running
	serving
)

// NewIsolate makes an isolate from cfg. It starts nothing: Run, or the
// first of Start, Eval, Import and Call, does.
func (r *Runtime) NewIsolate(cfg Config) (*Isolate, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, ErrClosed
	}
	mounts, err := hostMounts(cfg.Grants.Mounts)
	if err != nil {
		return nil, err
	}
	i := &Isolate{rt: r, cfg: cfg, mounts: mounts, done: make(chan struct{})}
	i.out.max = cfg.Limits.Output
	r.isolates[i] = struct{}{}
	return i, nil
}

// hostConfig is the host isolate's configuration for argv.
func (i *Isolate) hostConfig(argv []string, serve bool, extraRead ...string) host.Config {
	c := i.cfg
	mem := c.Limits.Memory
	if mem == 0 {
		mem = DefaultMemory
	}
	mem = max(mem, minMemory)
	eng := wasm.EngineConfig{MemoryLimit: mem}
	if c.Limits.Stack > 0 {
		eng.StackLimit = c.Limits.Stack
		eng.StackSize = max(wasm.DefaultStackSize, c.Limits.Stack+wasm.StackHeadroom)
	}
	env := c.Env
	if env == nil {
		env = []string{}
	}
	var stdin io.Reader = strings.NewReader("")
	if c.Stdin != nil {
		stdin = c.Stdin
	}
	mods := make(map[string]*host.HostModule, len(c.HostModules))
	for name, m := range c.HostModules {
		hm := &host.HostModule{Funcs: make(map[string]host.HostFunc, len(m))}
		for fn, f := range m {
			hm.Funcs[fn] = host.HostFunc{Fn: f.Fn, Async: f.Async}
		}
		mods[name] = hm
	}
	return host.Config{
		Argv:   argv,
		Env:    env,
		Stdin:  stdin,
		Stdout: &limitedWriter{w: orDiscard(c.Stdout), l: &i.out, iso: i},
		Stderr: &limitedWriter{w: orDiscard(c.Stderr), l: &i.out, iso: i},
		Cwd:    c.Cwd,
		Engine: eng,
		Permissions: &host.Permissions{Enabled: true,
			FSRead: append(append([]string(nil), c.Grants.FSRead...), extraRead...), FSWrite: c.Grants.FSWrite,
			ChildProcess: c.Grants.ChildProcess, Worker: c.Grants.Workers, Net: c.Grants.Net},
		Mounts:     i.mounts,
		MaxHandles: c.Limits.Handles,
		Limits: host.Limits{CPUTime: c.Limits.CPUTime, WallTime: c.Limits.WallTime,
			Children: c.Limits.Children, Workers: c.Limits.Workers, EndOnHandleLimit: true},
		Tenant:              true,
		KillChildrenOnClose: !c.KeepChildren,
		HostModules:         mods,
		Serve:               serve,
	}
}

// hostMounts checks the mounts of a Config and makes them the seam's.
func hostMounts(ms []Mount) ([]hostfs.Mount, error) {
	out := make([]hostfs.Mount, 0, len(ms))
	for _, m := range ms {
		if !filepath.IsAbs(m.Path) || m.FS == nil {
			return nil, fmt.Errorf("wqnode: mount %q: needs an absolute path and an FS", m.Path)
		}
		var seam hostfs.FS
		if mem, ok := m.FS.(*MemFS); ok {
			seam = mem.m.Seam()
		} else if m.Writable {
			return nil, fmt.Errorf("wqnode: mount %q: only a *MemFS can be writable", m.Path)
		} else {
			seam = hostfs.ReadOnly(m.FS)
		}
		out = append(out, hostfs.Mount{Path: filepath.Clean(m.Path), FS: seam, Writable: m.Writable})
	}
	return out, nil
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// Run runs file (a CommonJS script or an ES module, as node file would)
// to its end: the main module, then the event loop until nothing is left
// to do, then process 'exit'. It returns nil for exit code 0, an
// *ExitError for another code or an uncaught exception, a *LimitError for
// a breached limit, ctx's error if ctx ended first, and ErrClosed if Close
// ended it. An isolate runs once: Run on one that was started fails.
//
// # Notes
//
//   - Run grants reading file itself; the modules it loads need
//     Grants.FSRead.
func (i *Isolate) Run(ctx context.Context, file string) error {
	i.mu.Lock()
	if i.closed || i.state != fresh {
		i.mu.Unlock()
		return ErrClosed
	}
	abs := i.abs(file)
	argv := append([]string{"wqnode", abs}, i.cfg.Args...)
	h, err := host.New(i.hostConfig(argv, false, abs))
	if err != nil {
		i.mu.Unlock()
		return err
	}
	i.h, i.state = h, running
	i.mu.Unlock()
	stop := context.AfterFunc(ctx, func() { h.StopWith(ctx.Err()) })
	code := h.Run()
	stop()
	i.finish(code)
	return i.end
}

func (i *Isolate) abs(file string) string {
	if filepath.IsAbs(file) {
		return filepath.Clean(file)
	}
	if i.cfg.Cwd != "" {
		return filepath.Join(i.cfg.Cwd, file)
	}
	if a, err := filepath.Abs(file); err == nil {
		return a
	}
	return file
}

// Start bootstraps the isolate for Eval, Import and Call (they call it
// themselves) and waits for it, or for ctx. The limits run from here.
func (i *Isolate) Start(ctx context.Context) error {
	i.mu.Lock()
	if i.closed {
		i.mu.Unlock()
		return ErrClosed
	}
	switch i.state {
	case running:
		i.mu.Unlock()
		return errors.New("wqnode: the isolate is running a program")
	case fresh:
		i.ready = make(chan error, 1)
		cfg := i.hostConfig([]string{"wqnode"}, true)
		ready := i.ready
		cfg.Ready = func(err error) { ready <- err }
		h, err := host.New(cfg)
		if err != nil {
			i.mu.Unlock()
			return err
		}
		i.h, i.state = h, serving
		go func() { i.finish(h.Run()) }()
	}
	ready := i.ready
	i.mu.Unlock()
	select {
	case err := <-ready:
		ready <- err // for the next caller
		if err != nil {
			return err
		}
		return nil
	case <-i.done:
		return i.end
	case <-ctx.Done():
		return ctx.Err()
	}
}

// finish records how the isolate ended.
func (i *Isolate) finish(code int) {
	h := i.h
	var end error
	switch err := h.Err(); {
	case errors.Is(err, host.ErrStopped):
		end = ErrClosed
	case err != nil:
		end = err
	case code == 0:
	default:
		name, msg, ecode, ok := h.Fatal()
		switch {
		case h.MemoryLimitReached():
			end = i.memoryLimit()
		case ok && isStackOverflow(name, msg):
			end = i.stackLimit()
		default:
			ee := &ExitError{Code: code}
			if ok {
				ee.Err = &Error{Name: name, Message: msg, Code: ecode}
			}
			end = ee
		}
	}
	i.mu.Lock()
	i.end = end
	i.mu.Unlock()
	close(i.done)
}

func isStackOverflow(name, msg string) bool {
	return name == "RangeError" && msg == "Maximum call stack size exceeded"
}

func (i *Isolate) memoryLimit() *LimitError {
	mem := i.cfg.Limits.Memory
	if mem == 0 {
		mem = DefaultMemory
	}
	return &LimitError{Limit: "memory", Value: fmt.Sprintf("%d MiB", max(mem, minMemory)>>20)}
}

func (i *Isolate) stackLimit() *LimitError {
	s := i.cfg.Limits.Stack
	if s == 0 {
		s = wasm.DefaultStackLimit
	}
	return &LimitError{Limit: "stack", Value: fmt.Sprintf("%d KiB", s>>10)}
}

// Eval evaluates src as a script in the isolate's global scope (as node
// -e does: var and function declarations become globals) and returns its
// completion value, awaited when it is a promise.
func (i *Isolate) Eval(ctx context.Context, src string) (any, error) {
	return i.call(ctx, "embedEval", func(vm *wasm.VM) []wasm.Value {
		return []wasm.Value{vm.NewString(src), vm.NewString("[eval]")}
	})
}

// Import loads file (CommonJS or an ES module, which must be within
// Grants.FSRead) as the isolate's plugin module: Call then calls its
// exports.
func (i *Isolate) Import(ctx context.Context, file string) error {
	abs := i.abs(file)
	_, err := i.call(ctx, "embedImport", func(vm *wasm.VM) []wasm.Value {
		return []wasm.Value{vm.NewString(abs)}
	})
	return err
}

// Call calls the function name exported by the imported module (or its
// default export's, or a global function) with args, and returns its
// result, awaited when it is a promise. A JS exception is an *Error.
//
// # Notes
//
//   - If ctx ends before the call returns, the isolate is ended: JS
//     stopped half-way leaves state that cannot be trusted.
func (i *Isolate) Call(ctx context.Context, name string, args ...any) (any, error) {
	if prim, ok := primitives(args); ok {
		return i.call(ctx, "embedCall", func(vm *wasm.VM) []wasm.Value {
			v := append(make([]wasm.Value, 0, 2+len(prim)), vm.NewString(name), wasm.Undefined)
			for _, a := range prim {
				v = append(v, a.value(vm))
			}
			return v
		})
	}
	in, err := json.Marshal(args)
	if err != nil {
		return nil, fmt.Errorf("wqnode: Call arguments: %w", err)
	}
	return i.call(ctx, "embedCall", func(vm *wasm.VM) []wasm.Value {
		return []wasm.Value{vm.NewString(name), vm.NewString(string(in))}
	})
}

// primitive is a Call argument that crosses as itself, without JSON: nil,
// a bool, a finite number or a string.
type primitive struct {
	kind int // 0 nil, 1 bool, 2 number, 3 string
	n    float64
	s    string
}

func (p primitive) value(vm *wasm.VM) wasm.Value {
	switch p.kind {
	case 1:
		return wasm.MakeBool(p.n != 0)
	case 2:
		return vm.NewNumber(p.n)
	case 3:
		return vm.NewString(p.s)
	}
	return wasm.Null
}

// primitives are args as primitives, if each is one (else they cross as
// JSON).
func primitives(args []any) ([]primitive, bool) {
	out := make([]primitive, len(args))
	for k, a := range args {
		var p primitive
		switch v := a.(type) {
		case nil:
		case bool:
			p.kind = 1
			if v {
				p.n = 1
			}
		case string:
			p.kind, p.s = 3, v
		case float64:
			p.kind, p.n = 2, v
		case int:
			p.kind, p.n = 2, float64(v)
		case int64:
			p.kind, p.n = 2, float64(v)
		case int32:
			p.kind, p.n = 2, float64(v)
		default:
			return nil, false
		}
		if p.kind == 2 && (math.IsNaN(p.n) || math.IsInf(p.n, 0)) {
			return nil, false // json.Marshal reports it
		}
		out[k] = p
	}
	return out, true
}

// call runs an embed entry point on the isolate's goroutine and waits for
// the outcome it settles.
func (i *Isolate) call(ctx context.Context, entry string, build func(*wasm.VM) []wasm.Value) (any, error) {
	if err := i.Start(ctx); err != nil {
		return nil, err
	}
	h := i.h
	ch := make(chan host.CallResult, 1)
	post := h.Post
	if entry == "embedCall" {
		post = h.PostCall // it drains the queues itself
	}
	post(func() {
		id := h.Await(func(r host.CallResult) { ch <- r })
		args := append([]wasm.Value{wasm.MakeInt(int32(id))}, build(h.VM())...)
		h.VM().Free(h.CallEntry(entry, args...))
	})
	select {
	case r := <-ch:
		return i.result(r)
	case <-i.done:
		return nil, i.Err()
	case <-ctx.Done():
		h.StopWith(ctx.Err())
		return nil, ctx.Err()
	}
}

// result converts what JS settled a call with.
func (i *Isolate) result(r host.CallResult) (any, error) {
	if err := i.h.Err(); err != nil {
		// A limit ended the isolate while the call was settling.
		if errors.Is(err, host.ErrStopped) {
			err = ErrClosed
		}
		return nil, err
	}
	if !r.OK {
		var lim *LimitError
		switch {
		case r.Name == "InternalError" && r.Message == "out of memory" && i.h.MemoryLimitReached():
			lim = i.memoryLimit()
		case isStackOverflow(r.Name, r.Message):
			lim = i.stackLimit()
		}
		if lim != nil {
			i.h.StopWith(lim)
			return nil, lim
		}
		return nil, &Error{Name: r.Name, Message: r.Message, Code: r.Code, Stack: r.Stack}
	}
	if r.Primitive {
		return r.Value, nil
	}
	if r.JSON == "" {
		return nil, nil
	}
	var v any
	if err := json.Unmarshal([]byte(r.JSON), &v); err != nil {
		return nil, fmt.Errorf("wqnode: result: %w", err)
	}
	return v, nil
}

// Signal delivers sig to the isolate as the OS delivers a signal to a
// Node process: to its process.on(name) listeners, or else the default
// action (SIGTERM, SIGINT, SIGHUP and the like end it with exit code
// 128+sig). An isolate never sees the host's own signals, and its
// process.kill reaches only itself and its own children.
func (i *Isolate) Signal(sig syscall.Signal) {
	i.mu.Lock()
	h := i.h
	i.mu.Unlock()
	if h != nil {
		h.Signal(sig)
	}
}

// Err reports how the isolate ended (as Run would return it), nil while
// it is alive or if it ended with exit code 0.
func (i *Isolate) Err() error {
	select {
	case <-i.done:
		i.mu.Lock()
		defer i.mu.Unlock()
		return i.end
	default:
		return nil
	}
}

// Done is closed when the isolate has ended.
func (i *Isolate) Done() <-chan struct{} { return i.done }

// Close ends the isolate if it runs (JS stops at its next interrupt
// poll), then releases everything it holds: its memory, handles, timers,
// watchers, and its child processes, which are killed unless
// Config.KeepChildren. It waits for the release; closing twice is a no-op.
//
// # Notes
//
//   - Do not call Close from a sync HostFunc of the same isolate (it
//     would wait for itself): return an error, or close from a goroutine.
func (i *Isolate) Close() error {
	i.mu.Lock()
	if i.closed {
		i.mu.Unlock()
		return nil
	}
	i.closed = true
	h, state := i.h, i.state
	i.mu.Unlock()
	defer i.rt.forget(i)
	if h == nil {
		close(i.done)
		i.end = ErrClosed
		return nil
	}
	h.Close()
	if state != fresh {
		<-i.done
		h.Close() // a Run that returned before Close released nothing
	}
	return nil
}
