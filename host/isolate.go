// Package host is Node's src/: the isolate (engine + loop + bindings), the
// bootstrap, the binding registry behind internalBinding, and the public Go
// embedding API.
package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/hostfs"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/modules"
	"github.com/wqnode/wqnode/wasm"
)

// NodeVersion is the Node.js release line whose behaviour wqnode follows.
const NodeVersion = "v20.20.2"

// Version is wqnode's own version.
const Version = "0.1.0"

// Config describes one isolate.
type Config struct {
	Argv     []string // process.argv: [execPath, script, args...]
	Argv0    string   // process.argv0: the name the program was started by; "" is "node"
	ExecArgv []string
	// NodeOptions are the options NODE_OPTIONS gave the command line (in
	// effect, but not listed in execArgv); a worker inherits them.
	NodeOptions []string
	Env         []string // KEY=VALUE; nil means the host environment
	Stdin       io.Reader
	Stdout      io.Writer
	Stderr      io.Writer
	Cwd         string // "" means the host working directory
	Engine      wasm.EngineConfig
	// EvalSource, when set, is run instead of a main module (-e).
	EvalSource *string
	// PrintEval prints the result of EvalSource (-p).
	PrintEval bool
	// EvalName is EvalSource's file name: "[eval]" (the default) or "[stdin]".
	EvalName string
	// Permissions, when enabled, deny what they do not grant.
	Permissions *Permissions
	// Mounts are file systems the isolate sees at their paths in place
	// of the host's (grants in themselves; workers inherit them).
	Mounts []hostfs.Mount
	// MaxHandles bounds the isolate's handle table (files, sockets,
	// children, watchers, stdio): 0 means binding.DefaultHandleLimit.
	MaxHandles int
	// Limits end the isolate when breached (Err is then a *LimitError).
	Limits Limits
	// Tenant makes the isolate one of several programs sharing the host
	// process, kept from its process-wide state: process.on('SIG...')
	// sees only what Isolate.Signal delivers (the host's own signal
	// handling is never changed); process.kill and os.setPriority reach
	// only the isolate itself and its own children; process.umask is the
	// isolate's own (its tree's), masking what it creates on top of the
	// host's umask; os.hostname, os.userInfo and os.networkInterfaces
	// describe a neutral host ("localhost", the isolate's own USER and
	// HOME, the loopback interface only).
	Tenant bool
	// KillChildrenOnClose kills the isolate's child processes (SIGKILL)
	// when it closes, instead of leaving them running as Node does at exit.
	KillChildrenOnClose bool
	// HostModules are the modules JS loads as 'host:<name>'.
	HostModules map[string]*HostModule
	// Serve keeps the loop alive after the bootstrap, without a main
	// module, until Close: the embedder runs work on it with Post.
	Serve bool
	// Ready, when set, is called on the isolate's goroutine once the
	// bootstrap is done (with its error, if it failed).
	Ready func(error)
	// Channel is the IPC channel to the process's parent (one end of a
	// Unix stream socket, the descriptor NODE_CHANNEL_FD names), opened
	// by the bootstrap as process.channel. The isolate takes it over.
	Channel *os.File
	// Files are descriptors beyond stdio the process was given (a
	// parent's stdio[3] and up), each at the same virtual index in the
	// isolate's handle table, which takes them over: JS can wrap one with
	// net.Socket({ fd }). Indices below 3 or at the handle limit and
	// beyond are closed.
	Files map[int]*os.File
	// Fresh starts the isolate by running the whole bootstrap instead of
	// cloning it from the start-up snapshot (see snapshot.go); so does
	// SnapshotEnv=off for every isolate. Both ways behave the same.
	Fresh bool

	// tree is what the isolate shares with the other isolates of its
	// tree (shared by every worker's copy of the root's Config).
	tree *isolateTree
}

// Isolate is one JS runtime with its loop, on one goroutine.
type Isolate struct {
	cfg    Config
	env    *binding.Env // what bindings see
	vm     *wasm.VM
	loop   *loop.Loop
	stdout io.Writer
	stderr io.Writer

	bindings map[string]wasm.Value
	bound    []string              // binding names, in the order they were installed
	entry    map[string]wasm.Value // bootstrap entry points (owned)
	cloned   bool                  // the VM is a clone of the start-up snapshot
	perProc  bool                  // the bootstrap's per-process phase has begun

	rejections    []rejection
	closers       []func()
	signalHandler wasm.Value // JS: (signum) => emit
	stdin         stdinState
	exitCode      int
	requireSeq    int // names require()'s entry modules
	exiting       bool
	stop          stopState // isolate_stop.go

	// embed.go
	fatal      fatalNote
	pending    map[int]func(CallResult)
	callSeq    int
	asyncCalls int
	ctx        context.Context
	cancel     context.CancelFunc
}

type rejection struct {
	handled         bool
	promise, reason wasm.Value // owned
}

// exitRequest is carried by wasm.Abort when JS calls process.reallyExit.
type exitRequest struct{ code int }

// ignoreSIGPIPE makes a write to a closed pipe fail with EPIPE, as in
// Node, instead of killing the process (Go's default for stdout and
// stderr). A handler, not SIG_IGN, so children start with the default.
var ignoreSIGPIPE = sync.OnceFunc(func() { signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) })

// New creates an isolate; call Run to execute it.
func New(cfg Config) (*Isolate, error) {
	var img *bootImage
	if !cfg.Fresh && snapshotsOn {
		img = startImage(cfg.Engine) // nil: start fresh
	}
	return newIsolate(cfg, img)
}

// newIsolate creates an isolate, cloned from img when it is not nil.
func newIsolate(cfg Config, img *bootImage) (*Isolate, error) {
	ignoreSIGPIPE()
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Env == nil {
		cfg.Env = os.Environ()
	}
	iso := &Isolate{cfg: cfg, stdout: cfg.Stdout, stderr: cfg.Stderr, bindings: map[string]wasm.Value{}, entry: map[string]wasm.Value{}}
	cwd := cfg.Cwd
	if cwd == "" {
		cwd, _ = os.Getwd()
	}
	if !filepath.IsAbs(cwd) {
		if wd, err := os.Getwd(); err == nil {
			cwd = filepath.Join(wd, cwd)
		}
	}
	cwd = filepath.Clean(cwd)
	eng, err := wasm.NewEngine(cfg.Engine)
	if err != nil {
		return nil, err
	}
	if iso.cfg.tree == nil {
		iso.cfg.tree = newIsolateTree(iso, eng)
	}
	opts := wasm.Options{Stdout: cfg.Stderr, Stderr: cfg.Stderr, Shared: iso.cfg.tree.shared}
	if img != nil {
		iso.vm, err = eng.NewVMFromSnapshot(img.snap, opts)
	} else {
		iso.vm, err = eng.NewVM(opts)
	}
	if err != nil {
		return nil, err
	}
	iso.vm.Rejections = iso.trackRejection
	iso.loop = loop.New(loop.Phases{
		Timers:     iso.runTimers,
		Check:      func() { iso.callEntry("processImmediate") },
		BeforeExit: func() { iso.callEntry("emitBeforeExit") },
	})
	var grants permission.Grants
	if p := cfg.Permissions; p != nil {
		grants = permission.Grants{Enabled: p.Enabled, FSRead: p.FSRead, FSWrite: p.FSWrite,
			ChildProcess: p.ChildProcess, Worker: p.Worker, Net: p.Net}
	}
	iso.env = &binding.Env{
		VM:        iso.vm,
		Loop:      iso.loop,
		Handles:   &binding.Handles{Limit: cfg.MaxHandles, OnFull: iso.handlesFull},
		Policy:    permission.New(grants, cwd),
		Pool:      binding.DefaultPool,
		Cwd:       cwd,
		MaxBuffer: maxBuffer(eng.MemoryLimit()),
		Owner:     iso,
		Group:     iso.cfg.tree,
		Umask:     iso.cfg.tree.umask,
	}
	if len(cfg.Mounts) > 0 {
		hostfs.SetMounts(iso.env, cfg.Mounts)
	}
	iso.env.Handles.Set(0, &binding.Stdio{Fd: 0, Reader: cfg.Stdin})
	iso.env.Handles.Set(1, &binding.Stdio{Fd: 1, Writer: cfg.Stdout})
	iso.env.Handles.Set(2, &binding.Stdio{Fd: 2, Writer: cfg.Stderr})
	limit := cfg.MaxHandles
	if limit <= 0 {
		limit = binding.DefaultHandleLimit
	}
	for fd, f := range cfg.Files {
		if fd < 3 || fd >= limit || f == nil {
			if f != nil {
				f.Close()
			}
			continue
		}
		iso.env.Handles.Set(fd, &binding.Inherited{File: f})
	}
	iso.env.SetCallback(iso.callback)
	iso.vm.Data = iso.env
	if img != nil {
		img.restore(iso)
	}
	return iso, nil
}

// release frees what the isolate holds: resources registered with
// onClose (watchers, ...), then the VM (on the isolate's goroutine; see Close).
func (iso *Isolate) release() {
	iso.env.Close()
	for i := len(iso.closers) - 1; i >= 0; i-- {
		iso.closers[i]()
	}
	iso.closers = nil
	iso.vm.Close()
}

// maxBuffer is the largest host buffer meant for a VM with the given
// memory limit: the limit, at most 2 GiB (Node's kIoMaxLength).
func maxBuffer(limit uint64) int64 {
	return int64(min(limit, 2<<30))
}

// onClose registers fn to release a host resource when the isolate closes.
func (iso *Isolate) onClose(fn func()) { iso.closers = append(iso.closers, fn) }

// run is Run on the isolate's goroutine.
func (iso *Isolate) run() (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = iso.recoverFatal(r)
		}
	}()
	defer iso.startLimits()()
	err := iso.bootstrap()
	if iso.cfg.Ready != nil {
		iso.cfg.Ready(err)
	}
	if err != nil {
		if iso.stopping() {
			return StoppedExitCode
		}
		fmt.Fprintf(iso.stderr, "wqnode: bootstrap failed: %v\n", err)
		return 70
	}
	iso.loop.UpdateTime() // timers set by the main script start from here
	iso.startCPU()
	if iso.cfg.Serve {
		iso.loop.Ref() // released by Close (which stops the loop)
	} else if iso.cfg.EvalSource != nil {
		name := iso.cfg.EvalName
		if name == "" {
			name = "[eval]"
		}
		iso.callEntry("runEval", iso.vm.NewString(*iso.cfg.EvalSource), wasm.MakeBool(iso.cfg.PrintEval), iso.vm.NewString(name))
	} else {
		iso.callEntry("runMain")
	}
	iso.loop.Run()
	if iso.stopping() {
		return StoppedExitCode
	}
	return iso.finish()
}

// finish emits 'exit' and returns the exit code JS settled on.
func (iso *Isolate) finish() int {
	v := iso.callEntry("emitExit")
	return int(v.Number())
}

func (iso *Isolate) recoverFatal(r any) int {
	var a *wasm.Abort
	if ab, ok := r.(*wasm.Abort); ok {
		a = ab
	}
	if a != nil {
		if e, ok := a.Reason.(exitRequest); ok {
			return e.code
		}
	}
	if t, ok := r.(wasm.Trap); ok {
		if strings.Contains(t.Err.Error(), "stack overflow") {
			fmt.Fprintln(iso.stderr, "RangeError: Maximum call stack size exceeded")
			return 1
		}
		fmt.Fprintf(iso.stderr, "wqnode: fatal: %v\n", t.Err)
		return 134
	}
	panic(r)
}

// callEntry calls a bootstrap entry point, taking ownership of args, and
// returns its (owned) result. An exception escaping an entry point is a bug
// in the bootstrap or a failure to print an error: report and exit 7.
func (iso *Isolate) callEntry(name string, args ...wasm.Value) wasm.Value {
	fn, ok := iso.entry[name]
	if !ok {
		panic("host: no entry point " + name)
	}
	r, err := iso.vm.Call(fn, wasm.Undefined, args...)
	for _, a := range args {
		iso.vm.Free(a)
	}
	if err != nil {
		iso.interrupted(err)
		if iso.stopping() {
			panic(&wasm.Abort{Reason: exitRequest{StoppedExitCode}})
		}
		var je *wasm.Error
		if errors.As(err, &je) {
			fmt.Fprintf(iso.stderr, "wqnode: internal error in %s: %s\n%s\n", name, je.Error(), je.Stack)
		}
		panic(&wasm.Abort{Reason: exitRequest{7}})
	}
	return r
}

func (iso *Isolate) runTimers() {
	now := iso.loop.UpdateTime().Milliseconds()
	next := iso.callEntry("processTimers", wasm.MakeFloat(float64(now))).Number()
	if next != 0 && !iso.loop.Stopped() {
		ref := next > 0
		if !ref {
			next = -next
		}
		d := int64(next) - iso.loop.UpdateTime().Milliseconds()
		iso.loop.SetTimer(msDuration(d), ref)
	}
}

func (iso *Isolate) trackRejection(vm *wasm.VM, promise, reason wasm.Value, handled bool) {
	iso.rejections = append(iso.rejections, rejection{handled, vm.Dup(promise), vm.Dup(reason)})
}

// bootstrap runs the two phases of the bootstrap, or only the second in
// an isolate cloned from the snapshot of the first.
func (iso *Isolate) bootstrap() error {
	if !iso.cloned {
		if err := iso.bootstrapSafe(); err != nil {
			return err
		}
	}
	return iso.bootstrapProcess()
}

// bootstrapProcess is the per-process phase: the installed bindings'
// per-process values (Module.Setup), then the bootstrap's setupProcess.
func (iso *Isolate) bootstrapProcess() error {
	iso.perProc = true
	for _, name := range iso.bound {
		if m := modulesByName[name]; m.Setup != nil {
			m.Setup(iso.env, iso.bindings[name])
		}
	}
	r, err := iso.vm.Call(iso.entry["setupProcess"], wasm.Undefined)
	if err != nil {
		return describe(err)
	}
	iso.vm.Free(r)
	return nil
}

// bootstrapSafe is the snapshot-safe phase: it evaluates the builtin
// loader and internal/bootstrap/node, which returns the entry points the
// host calls.
func (iso *Isolate) bootstrapSafe() error {
	vm := iso.vm
	src, err := fs.ReadFile(builtinFS(), "internal/bootstrap/realm.js")
	if err != nil {
		return err
	}
	fn, err := vm.Eval("(function (internalBinding) {"+string(src)+"\n})", "node:internal/bootstrap/realm", 0)
	if err != nil {
		return describe(err)
	}
	ib := vm.Register("internalBinding", internalBinding)
	loader, err := vm.Call(fn, wasm.Undefined, ib)
	vm.Free(fn)
	if err != nil {
		return describe(err)
	}
	req := vm.Get(loader, "requireBuiltin")
	vm.Free(loader)
	vm.Free(ib)
	id := vm.NewString("internal/bootstrap/node")
	entries, err := vm.Call(req, wasm.Undefined, id)
	vm.Free(id)
	vm.Free(req)
	if err != nil {
		return describe(err)
	}
	for _, name := range entryNames {
		iso.entry[name] = vm.Get(entries, name)
	}
	vm.Free(entries)
	return nil
}

// entryNames are the bootstrap's entry points.
var entryNames = []string{"setupProcess", "runMain", "runEval", "processTimers", "processImmediate",
	"emitBeforeExit", "emitExit", "runCallback", "processTicksAndRejections",
	"embedEval", "embedImport", "embedCall"}

func describe(err error) error {
	var je *wasm.Error
	if errors.As(err, &je) {
		return fmt.Errorf("%s\n%s", je.Error(), je.Stack)
	}
	return err
}

// BuiltinsDirEnv names an environment variable that, for development,
// makes the runtime read builtin modules from a directory instead of the
// embedded copy (edit JS without rebuilding).
const BuiltinsDirEnv = "WQNODE_BUILTINS_DIR"

// builtinFS is where builtin sources are read from.
var builtinFS = sync.OnceValue(func() fs.FS {
	if dir := os.Getenv(BuiltinsDirEnv); dir != "" {
		return os.DirFS(dir)
	}
	return modules.FS
})

// builtinIDs lists the builtin module ids.
var builtinIDs = sync.OnceValue(func() []string {
	var ids []string
	fs.WalkDir(builtinFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			ids = append(ids, strings.TrimSuffix(filepath.ToSlash(p), ".js"))
		}
		return nil
	})
	return ids
})

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
