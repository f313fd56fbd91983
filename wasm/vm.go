package wasm

import (
	"context"
	cryptorand "crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// HostFunc implements a JS-callable function in Go. this and args are
// borrowed; the result is owned by the caller (use vm.Dup to return an
// argument). Returning vm.Throw(...) raises a JS exception.
type HostFunc func(vm *VM, this Value, args []Value) Value

// ModuleHooks resolve and load ES modules for a VM.
type ModuleHooks interface {
	// Normalize resolves specifier relative to the module named base and
	// returns the resolved module name, or a JS error value to throw.
	Normalize(vm *VM, base, specifier string) (string, Value)
	// Load returns the compiled module (from vm.CompileModule) for name, or
	// a JS error value to throw (ok false).
	Load(vm *VM, name string) (module Value, ok bool)
}

// RejectionTracker receives QuickJS's promise rejection notifications:
// handled is false when a promise is rejected with no handler, true when a
// handler is added later. promise and reason are borrowed.
type RejectionTracker func(vm *VM, promise, reason Value, handled bool)

// Options configures a VM.
type Options struct {
	// Stdout and Stderr receive what the engine's C library prints (only
	// fatal diagnostics; JS output goes through host bindings).
	Stdout, Stderr io.Writer
	// Context bounds the VM when the Engine is Interruptible (the hard-kill
	// tier; see VM.Limit for the ordinary one).
	Context context.Context
	// GCStress makes the engine collect cycles at its next allocation after
	// every host call and every call into the engine (a testing aid that finds
	// values freed twice or used after free; slow). GCStressEnv set to a
	// non-empty value turns it on for every VM.
	GCStress bool
	// Shared is the shared memory of the group of VMs this one belongs to
	// (see SharedRegion): SharedArrayBuffers pass between VMs of one
	// region only. Nil: a region of its own, with the engine's memory
	// limit as its quota.
	Shared *SharedRegion
}

// GCStressEnv names the environment variable that turns Options.GCStress
// on for every VM (to run whole programs under constant collection).
const GCStressEnv = "WQNODE_GCSTRESS"

var gcStressAll = os.Getenv(GCStressEnv) != ""

// collectSoon makes the engine run its cycle collector at its next object
// allocation (the threshold is reset after each collection).
func (vm *VM) collectSoon() {
	vm.store32(vm.rt+wasmpatch.RuntimeGCThresholdOffset, 0)
}

// CollectGarbage runs the engine's cycle collector now (what V8's gc()
// does for --expose-gc): the threshold is dropped and one object
// allocated, which collects before it allocates.
func (vm *VM) CollectGarbage() {
	vm.collectSoon()
	vm.Free(vm.NewObject())
}

// VM is one QuickJS runtime and context in one module instance.
type VM struct {
	engine  *Engine
	mod     api.Module
	mem     api.Memory
	ctx     context.Context
	qjs     uint32 // QJSRuntime*
	jsctx   uint32 // JSContext*
	rt      uint32 // JSRuntime*
	scratch uint32 // malloc'd area for small transfers
	opaque  uint32 // 16 bytes handed to the added forwarding functions
	funcs   []HostFunc
	factory Value // JS: id => host function
	abCtor  Value // JS: n => new ArrayBuffer(n)
	cached  map[string]Value
	argbuf  []Value
	fns     map[string]*export
	closed  bool

	gcStress  bool
	hostDepth int         // host calls active (JS → Go → JS nesting)
	memHit    atomic.Bool // a grow past the memory limit was refused
	irq       interruptState

	shared       map[uint32]int // shared-region blocks this VM's objects reference (see shared.go)
	sabAllocated uint64         // shared bytes allocated since the last collection request
	region       *SharedRegion  // its group's shared memory (Options.Shared)
	lin          *mmapMemory    // its linear memory, where the region is mapped
	regionMapped bool           // the region is mapped over its place in lin
	regionFailed bool           // it could not be: no sharing

	// Modules and Rejections, when set, serve ES module loading and
	// promise rejection tracking.
	Modules    ModuleHooks
	Rejections RejectionTracker

	// Data is the embedder's: the bridge never reads it. The host sets it to
	// its isolate so that host functions, which receive only the VM, find
	// their state from it (a function built once then serves every VM,
	// including clones from a snapshot).
	Data any

	// common exports, looked up once
	xFree, xMalloc, xFreeValue, xDup, xCall, xNewString, xToCString, xFreeCString,
	xGetException, xThrow, xGetProp, xSetProp, xEval, xExecJob, xNewFloat,
	xNewObject, xNewArray, xCreateProxy, xGlobal, xNewInt64, xNewBool,
	xSetPropU32, xGetPropU32, xNewAB, xGetAB, xReadObject, xWriteObject,
	xEvalFunction, xResolveModule, xImportMeta, xToFloat, xNewBigInt64,
	xJSONParse, xToInt64, xToBool *export

	// disp holds a dispatcher per nesting depth of calls into the VM;
	// depth is the current one.
	disp  []dispatcher
	depth int
}

type export struct {
	vm   *VM
	name string
	sel  uint64 // the dispatcher's selector for it
}

// dispatcher is the module's wasmpatch.DispatchExport at one nesting
// depth of calls into the VM, with its argument and result stack.
type dispatcher struct {
	fn    api.Function
	stack []uint64
}

type vmKey struct{}

// stackBytes is the size of the scratch area used for argument vectors and
// short strings.
const scratchSize = 64 << 10

// NewVM instantiates a VM.
func (e *Engine) NewVM(opts Options) (vm *VM, err error) {
	vm, cfg := newVMShell(e, opts)
	// No file system is mounted: files are reached only through hostfs.
	// Linear memory is an mmap'd reservation of the limit (see memory.go).
	ictx := experimental.WithMemoryAllocator(vm.ctx, vm.allocator())
	vm.mod, err = e.runtime.InstantiateModule(ictx, e.compiled, cfg)
	if err != nil {
		return nil, fmt.Errorf("wasm: instantiate: %w", err)
	}
	vm.mem = vm.mod.Memory()
	vm.initData()
	vm.lookupExports()
	defer func() {
		if r := recover(); r != nil {
			vm.Close()
			vm, err = nil, fmt.Errorf("wasm: init: %v", r)
		}
	}()
	vm.qjs = uint32(vm.export("New_QJS").call(0, 0, 0, 0))
	if vm.qjs == 0 {
		return nil, errors.New("wasm: New_QJS failed")
	}
	vm.jsctx = uint32(vm.export("QJS_GetContext").call(uint64(vm.qjs)))
	vm.rt = vm.load32(vm.jsctx + wasmpatch.ContextRuntimeOffset)
	// The C stack JS may use (see DefaultStackLimit).
	vm.store32(vm.rt+wasmpatch.RuntimeStackLimitOffset, e.layout.StackTop-e.cfg.StackLimit)
	vm.scratch = vm.malloc(scratchSize)
	vm.opaque = vm.malloc(16)
	// Route rejection tracking and module loading to the host.
	vm.store32(vm.rt+wasmpatch.RuntimeTrackerOffset, wasmpatch.TrackerTableIndex)
	vm.store32(vm.rt+wasmpatch.RuntimeTrackerOffset+4, vm.opaque)
	vm.store32(vm.rt+wasmpatch.RuntimeModuleOffset, wasmpatch.NormalizeTableIndex)
	vm.store32(vm.rt+wasmpatch.RuntimeModuleOffset+4, wasmpatch.LoaderTableIndex)
	vm.store32(vm.rt+wasmpatch.RuntimeModuleOffset+8, vm.opaque)
	vm.installInterrupts()
	vm.installSAB()
	// Capture the error classes before any script can replace them.
	for _, c := range errorClasses {
		vm.Free(vm.errorClass(c))
	}
	return vm, nil
}

// initData writes the static data, whose segments are passive (see
// wasmpatch.Layout.Data), as instantiation would have.
func (vm *VM) initData() {
	for _, s := range vm.engine.layout.Data {
		copy(vm.Bytes(s.Offset, uint32(len(s.Bytes))), s.Bytes)
	}
}

// lookupExports finds the exports the bridge calls.
func (vm *VM) lookupExports() {
	for _, p := range []struct {
		x    **export
		name string
	}{
		{&vm.xFree, "free"}, {&vm.xMalloc, "malloc"}, {&vm.xFreeValue, "QJS_FreeValue"},
		{&vm.xDup, "QJS_CloneValue"}, {&vm.xCall, "QJS_Call"}, {&vm.xNewString, "JS_NewStringLen"},
		{&vm.xToCString, "QJS_ToCString"}, {&vm.xFreeCString, "JS_FreeCString"},
		{&vm.xGetException, "JS_GetException"}, {&vm.xThrow, "JS_Throw"},
		{&vm.xGetProp, "JS_GetPropertyStr"}, {&vm.xSetProp, "JS_SetPropertyStr"},
		{&vm.xEval, "JS_Eval"}, {&vm.xExecJob, "JS_ExecutePendingJob"},
		{&vm.xNewFloat, "QJS_NewFloat64"}, {&vm.xNewObject, "JS_NewObject"},
		{&vm.xNewArray, "JS_NewArray"}, {&vm.xCreateProxy, "QJS_CreateFunctionProxy"},
		{&vm.xGlobal, "JS_GetGlobalObject"}, {&vm.xNewInt64, "QJS_NewInt64"},
		{&vm.xNewBool, "QJS_NewBool"}, {&vm.xSetPropU32, "QJS_SetPropertyUint32"},
		{&vm.xGetPropU32, "QJS_GetPropertyUint32"}, {&vm.xNewAB, "QJS_NewArrayBufferCopy"},
		{&vm.xGetAB, "QJS_GetArrayBuffer"}, {&vm.xReadObject, "JS_ReadObject"},
		{&vm.xWriteObject, "JS_WriteObject"}, {&vm.xEvalFunction, "JS_EvalFunction"},
		{&vm.xResolveModule, "JS_ResolveModule"}, {&vm.xImportMeta, "js_module_set_import_meta"},
		{&vm.xToFloat, "QJS_ToFloat64"}, {&vm.xNewBigInt64, "QJS_NewBigInt64"},
		{&vm.xJSONParse, "QJS_ParseJSON"}, {&vm.xToInt64, "QJS_ToInt64"}, {&vm.xToBool, "JS_ToBool"},
	} {
		*p.x = vm.export(p.name)
	}
}

// newVMShell returns a VM not yet instantiated and the module
// configuration to instantiate it with.
func newVMShell(e *Engine, opts Options) (*VM, wazero.ModuleConfig) {
	if opts.Context == nil {
		opts.Context = context.Background()
	}
	vm := &VM{engine: e, fns: map[string]*export{}, gcStress: opts.GCStress || gcStressAll, region: opts.Shared}
	if vm.region == nil {
		vm.region = NewSharedRegion(e.cfg.MemoryLimit)
	}
	vm.region.attach()
	vm.irq.wake = make(chan struct{}, 1)
	vm.ctx = context.WithValue(opts.Context, vmKey{}, vm)
	cfg := wazero.NewModuleConfig().WithName("").WithStartFunctions().
		WithSysWalltime().WithSysNanotime().WithSysNanosleep().WithRandSource(cryptorand.Reader)
	if opts.Stdout != nil {
		cfg = cfg.WithStdout(opts.Stdout)
	}
	if opts.Stderr != nil {
		cfg = cfg.WithStderr(opts.Stderr)
	}
	return vm, cfg
}

// errorClasses are the constructors NewError captures when the VM is made.
var errorClasses = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError",
	"EvalError", "URIError", "InternalError", "AggregateError"}

// errorClass returns the global error constructor named class (owned), as
// it was when the VM was made for the standard classes: a script that
// replaces globalThis.TypeError is never called by host-built errors.
func (vm *VM) errorClass(class string) Value {
	return vm.Dup(vm.Cached("errorClass:"+class, func() Value {
		g := vm.Global()
		ctor := vm.Get(g, class)
		vm.Free(g)
		return ctor
	}))
}

// Close releases the module instance.
func (vm *VM) Close() {
	if vm == nil || vm.closed {
		return
	}
	vm.closed = true
	vm.mod.Close(context.Background())
	vm.releaseShared()
}

// Context returns the context calls into the VM are made with.
func (vm *VM) Context() context.Context { return vm.ctx }

// Memory is the VM's linear memory. Views of it are invalidated by anything
// that may allocate in the VM.
func (vm *VM) Memory() api.Memory { return vm.mem }

func (vm *VM) export(name string) *export {
	if x := vm.fns[name]; x != nil {
		return x
	}
	sel, ok := vm.engine.selectors[name]
	if !ok {
		panic("wasm: missing export " + name)
	}
	x := &export{vm: vm, name: name, sel: uint64(sel)}
	vm.fns[name] = x
	return x
}

// Trap is the panic value for a fault inside the module (out-of-bounds
// access, unreachable): the VM cannot be used afterwards.
type Trap struct{ Err error }

func (t Trap) Error() string { return "wasm trap: " + t.Err.Error() }

// Abort, panicked by a host function, unwinds all JS execution in the VM
// up to the Go caller that first entered it, where it is re-panicked (used
// by process.exit). The VM must not run JS afterwards.
type Abort struct{ Reason any }

func (a *Abort) Error() string { return fmt.Sprint("abort: ", a.Reason) }

// call invokes the export through the dispatcher reserved for this
// nesting depth: an api.Function must not be re-entered while it runs.
// One dispatcher serves every export, so a VM holds one wazero call stack
// per depth rather than one per export used.
func (x *export) call(args ...uint64) uint64 {
	vm := x.vm
	if vm.depth == len(vm.disp) {
		vm.disp = append(vm.disp, dispatcher{vm.mod.ExportedFunction(wasmpatch.DispatchExport), make([]uint64, 1+wasmpatch.DispatchArgs)})
	}
	d := vm.disp[vm.depth]
	st := d.stack
	st[0] = x.sel
	copy(st[1:], args)
	if vm.gcStress && vm.rt != 0 {
		vm.collectSoon()
	}
	vm.depth++
	vm.enter()
	err := d.fn.CallWithStack(vm.ctx, st)
	vm.leave()
	vm.depth--
	if err != nil {
		var a *Abort
		if errors.As(err, &a) {
			panic(a)
		}
		panic(Trap{err})
	}
	return st[0]
}

func (vm *VM) load32(addr uint32) uint32 {
	v, ok := vm.mem.ReadUint32Le(addr)
	if !ok {
		panic(Trap{fmt.Errorf("read out of range at %#x", addr)})
	}
	return v
}

func (vm *VM) store32(addr, v uint32) {
	if !vm.mem.WriteUint32Le(addr, v) {
		panic(Trap{fmt.Errorf("write out of range at %#x", addr)})
	}
}

func (vm *VM) malloc(n uint32) uint32 {
	p := uint32(vm.xMalloc.call(uint64(n)))
	if p == 0 && n != 0 {
		panic(errOutOfMemory)
	}
	return p
}

func (vm *VM) free(p uint32) { vm.xFree.call(uint64(p)) }

var errOutOfMemory = errors.New("out of memory")

// IsOutOfMemory reports whether r, recovered from a panic in a bridge
// call, is the VM failing to allocate (its memory limit reached): the
// caller may turn it into a JS error; anything else must be re-panicked.
func IsOutOfMemory(r any) bool { return r == errOutOfMemory }

// Bytes returns a view of n bytes of linear memory at p.
func (vm *VM) Bytes(p, n uint32) []byte {
	b, ok := vm.mem.Read(p, n)
	if !ok {
		panic(Trap{fmt.Errorf("read out of range at %#x+%d", p, n)})
	}
	return b
}

// cString reads a NUL-terminated string.
func (vm *VM) cString(p uint32) string {
	if p == 0 {
		return ""
	}
	var sb strings.Builder
	for {
		b, ok := vm.mem.Read(p, 256)
		if !ok {
			b, _ = vm.mem.Read(p, vm.mem.Size()-p)
		}
		if i := indexByte(b, 0); i >= 0 {
			sb.Write(b[:i])
			return sb.String()
		}
		sb.Write(b)
		p += uint32(len(b))
		if len(b) == 0 {
			return sb.String()
		}
	}
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// MaxHostDepth bounds JS → host → JS nesting: a host call made while this
// many are active throws RangeError: Maximum call stack size exceeded.
// Each level runs on a fresh native stack in wazero (Go memory, about
// 100 KB or more a level), which the C stack limit alone would bound only
// loosely.
const MaxHostDepth = 512

// MaxHostArgs is how many arguments a host function receives: a JS
// caller's missing arguments arrive as undefined.
const MaxHostArgs = 8

// Register makes fn callable from JS and returns its function object.
//
// qjs wraps its C proxy in a JS closure that collects rest arguments and
// spreads them into proxy.call; that costs about 1 µs a call. Instead the
// raw C proxy is captured once (through the closure's use of
// Function.prototype.call) and each host function is a fixed-arity arrow
// function calling it directly.
func (vm *VM) Register(name string, fn HostFunc) Value {
	vm.funcs = append(vm.funcs, fn)
	id := len(vm.funcs) // 0 is never used
	if vm.factory == 0 {
		vm.initFactory()
	}
	v, err := vm.Call(vm.factory, Undefined, MakeInt(int32(id)))
	if err != nil {
		panic(err)
	}
	return v
}

func (vm *VM) initFactory() {
	probe := Value(vm.xCreateProxy.call(uint64(vm.jsctx), 0, 0, 0))
	if probe.IsException() {
		panic(vm.takeException())
	}
	mk, err := vm.Eval(`(function (probe) {
		const call = Function.prototype.call;
		let raw;
		Function.prototype.call = function (...a) { raw = this; return Reflect.apply(call, this, a); };
		try { probe(); } catch {} finally { Function.prototype.call = call; }
		return (id) => (a, b, c, d, e, f, g, h) => raw(id, 0, 0, undefined, a, b, c, d, e, f, g, h);
	})`, "<wqnode:host>", EvalStrict)
	if err != nil {
		panic(err)
	}
	factory, err := vm.Call(mk, Undefined, probe)
	vm.Free(mk)
	vm.Free(probe)
	if err != nil {
		panic(err)
	}
	vm.factory = factory
}

// dispatch is the single host import, env.jsFunctionProxy.
func dispatch(ctx context.Context, _ api.Module, stack []uint64) {
	vm, _ := ctx.Value(vmKey{}).(*VM)
	if vm == nil {
		stack[0] = uint64(Undefined)
		return
	}
	this, argc, argv := Value(stack[1]), uint32(stack[2]), uint32(stack[3])
	if vm.gcStress {
		defer vm.collectSoon()
	}
	flag := argc & 0xf0000000
	if flag == wasmpatch.InterruptArgcFlag {
		stack[0] = vm.pollInterrupt()
		return
	}
	if flag == wasmpatch.SABArgcFlag {
		stack[0] = vm.sabHook(argc&0xf, uint32(this))
		return
	}
	if flag == wasmpatch.TrackerArgcFlag {
		if vm.Rejections != nil {
			reason := Value(binary.LittleEndian.Uint64(vm.Bytes(argv, 8)))
			vm.Rejections(vm, this, reason, argc&1 != 0)
		}
		stack[0] = uint64(Undefined)
		return
	}
	if vm.hostDepth >= MaxHostDepth {
		ex := vm.ThrowError("RangeError", "Maximum call stack size exceeded")
		if flag != 0 { // the module hooks return a pointer, 0 on exception
			ex = 0
		}
		stack[0] = uint64(ex)
		return
	}
	vm.hostDepth++
	defer func() { vm.hostDepth-- }()
	switch flag {
	case wasmpatch.NormalizeArgcFlag:
		stack[0] = uint64(vm.normalize(vm.load32(argv), vm.load32(argv+4)))
		return
	case wasmpatch.LoaderArgcFlag:
		stack[0] = uint64(vm.loadModule(vm.load32(argv)))
		return
	}
	raw := vm.Bytes(argv, argc*8)
	base := len(vm.argbuf)
	for i := uint32(0); i < argc; i++ {
		vm.argbuf = append(vm.argbuf, Value(binary.LittleEndian.Uint64(raw[i*8:])))
	}
	args := vm.argbuf[base:]
	id := int(args[0].Int())
	stack[0] = uint64(vm.invoke(id, this, args[4:]))
	vm.argbuf = vm.argbuf[:base]
}

func (vm *VM) invoke(id int, this Value, args []Value) (result Value) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case Trap, *Abort:
				panic(r)
			}
			if r == errOutOfMemory {
				result = vm.ThrowError("InternalError", "out of memory")
				return
			}
			result = vm.ThrowError("Error", fmt.Sprintf("internal error in host function: %v\n%s", r, debug.Stack()))
		}
	}()
	if id <= 0 || id > len(vm.funcs) {
		return vm.ThrowError("TypeError", "unknown host function")
	}
	return vm.funcs[id-1](vm, this, args)
}

func (vm *VM) normalize(base, name uint32) uint32 {
	if vm.Modules == nil {
		vm.ThrowError("Error", "ES modules are not available")
		return 0
	}
	res, errv := vm.Modules.Normalize(vm, vm.cString(base), vm.cString(name))
	if errv != 0 {
		vm.Throw(errv)
		return 0
	}
	return vm.cstr(res) // QuickJS frees it with js_free (libc free)
}

func (vm *VM) loadModule(name uint32) uint32 {
	if vm.Modules == nil {
		vm.ThrowError("Error", "ES modules are not available")
		return 0
	}
	m, ok := vm.Modules.Load(vm, vm.cString(name))
	if !ok {
		vm.Throw(m)
		return 0
	}
	// As quickjs-libc's loader does: the context keeps the module; the
	// value's reference is dropped and its pointer returned.
	ptr := m.Ptr()
	vm.Free(m)
	return ptr
}

// ---- values ----

// Free releases an owned value.
func (vm *VM) Free(v Value) {
	if v.hasRef() {
		vm.xFreeValue.call(uint64(vm.jsctx), uint64(v))
	}
}

// Dup returns a new reference to v.
func (vm *VM) Dup(v Value) Value {
	if !v.hasRef() {
		return v
	}
	return Value(vm.xDup.call(uint64(vm.jsctx), uint64(v)))
}

// NewString creates a JS string from UTF-8 (WTF-8 is accepted).
func (vm *VM) NewString(s string) Value {
	n := uint32(len(s))
	p, tmp := vm.scratch, false
	if n > scratchSize {
		p, tmp = vm.malloc(n), true
	}
	copy(vm.Bytes(p, n), s)
	v := Value(vm.xNewString.call(uint64(vm.jsctx), uint64(p), uint64(n)))
	if tmp {
		vm.free(p)
	}
	if v.IsException() {
		panic(errOutOfMemory)
	}
	return v
}

// NewNumber creates a JS number.
func (vm *VM) NewNumber(f float64) Value {
	if i := int32(f); float64(i) == f && !(f == 0 && math.Signbit(f)) {
		return MakeInt(i)
	}
	return Value(vm.xNewFloat.call(uint64(vm.jsctx), math.Float64bits(f)))
}

// NewBigInt creates a JS BigInt.
func (vm *VM) NewBigInt(i int64) Value {
	return Value(vm.xNewBigInt64.call(uint64(vm.jsctx), uint64(i)))
}

// NewObject creates an empty plain object.
func (vm *VM) NewObject() Value { return Value(vm.xNewObject.call(uint64(vm.jsctx))) }

// NewArray creates an empty array.
func (vm *VM) NewArray() Value { return Value(vm.xNewArray.call(uint64(vm.jsctx))) }

// NewArrayBuffer creates an ArrayBuffer holding a copy of b (one copy,
// straight into the buffer's memory).
func (vm *VM) NewArrayBuffer(b []byte) Value {
	ab, data := vm.NewArrayBufferSize(uint32(len(b)))
	copy(data, b)
	return ab
}

// NewArrayBufferSize creates a zeroed ArrayBuffer of n bytes and returns it
// with a view of its contents (valid until the VM next allocates).
func (vm *VM) NewArrayBufferSize(n uint32) (Value, []byte) {
	if vm.abCtor == 0 {
		fn, err := vm.Eval("(n) => new ArrayBuffer(n)", "<wqnode:host>", EvalStrict)
		if err != nil {
			panic(err)
		}
		vm.abCtor = fn
	}
	ab, err := vm.Call(vm.abCtor, Undefined, MakeFloat(float64(n)))
	if err != nil {
		panic(errOutOfMemory)
	}
	data, _ := vm.ViewBytes(ab)
	return ab, data
}

// ArrayBufferData returns the address and length of an ArrayBuffer's
// contents (for in-place access through Bytes), or ok false.
func (vm *VM) ArrayBufferData(v Value) (p, n uint32, ok bool) {
	packed := uint32(vm.xGetAB.call(uint64(vm.jsctx), uint64(v)))
	if packed == 0 {
		vm.clearException()
		return 0, 0, false
	}
	w := binary.LittleEndian.Uint64(vm.Bytes(packed, 8))
	vm.free(packed)
	return uint32(w >> 32), uint32(w), true
}

// Global returns the global object (owned).
func (vm *VM) Global() Value { return Value(vm.xGlobal.call(uint64(vm.jsctx))) }

// Get returns obj[name] (owned).
func (vm *VM) Get(obj Value, name string) Value {
	p := vm.cstr(name)
	v := Value(vm.xGetProp.call(uint64(vm.jsctx), uint64(obj), uint64(p)))
	vm.free(p)
	return v
}

// Set sets obj[name] = val, taking ownership of val.
func (vm *VM) Set(obj Value, name string, val Value) {
	p := vm.cstr(name)
	vm.xSetProp.call(uint64(vm.jsctx), uint64(obj), uint64(p), uint64(val))
	vm.free(p)
}

// SetIndex sets obj[i] = val, taking ownership of val.
func (vm *VM) SetIndex(obj Value, i uint32, val Value) {
	vm.xSetPropU32.call(uint64(vm.jsctx), uint64(obj), uint64(i), uint64(val))
}

// GetIndex returns obj[i] (owned).
func (vm *VM) GetIndex(obj Value, i uint32) Value {
	return Value(vm.xGetPropU32.call(uint64(vm.jsctx), uint64(obj), uint64(i)))
}

func (vm *VM) cstr(s string) uint32 {
	p := vm.malloc(uint32(len(s) + 1))
	b := vm.Bytes(p, uint32(len(s)+1))
	copy(b, s)
	b[len(s)] = 0
	return p
}

// String converts v to a Go string (ToString semantics; lone surrogates
// come out as WTF-8). Inside a host call an object converts to "" without
// its toString running: a binding never runs a script's code.
func (vm *VM) String(v Value) string {
	switch v.Tag() {
	case TagString:
		if s, ok := vm.flatString(v); ok {
			return s
		}
	case TagObject:
		if vm.hostDepth > 0 {
			return ""
		}
	}
	packed := uint32(vm.xToCString.call(uint64(vm.jsctx), uint64(v)))
	if packed == 0 {
		vm.clearException()
		return ""
	}
	w := binary.LittleEndian.Uint64(vm.Bytes(packed, 8))
	p, n := uint32(w>>32), uint32(w)
	s := string(vm.Bytes(p, n))
	vm.xFreeCString.call(uint64(vm.jsctx), uint64(p))
	vm.free(packed)
	return s
}

// Float converts v to a float64 (ToNumber semantics). Inside a host call
// an object converts to NaN without its valueOf running.
func (vm *VM) Float(v Value) float64 {
	switch v.Tag() {
	case TagInt:
		return float64(v.Int())
	case TagFloat64:
		return v.Float64()
	case TagObject:
		if vm.hostDepth > 0 {
			return math.NaN()
		}
	}
	return math.Float64frombits(vm.xToFloat.call(uint64(vm.jsctx), uint64(v)))
}

// Bool converts v with ToBoolean.
func (vm *VM) Bool(v Value) bool {
	switch v.Tag() {
	case TagBool, TagInt:
		return v.Int() != 0
	case TagNull, TagUndefined:
		return false
	}
	return vm.xToBool.call(uint64(vm.jsctx), uint64(v)) != 0
}

// ---- calls and evaluation ----

// Call invokes fn with this and args (borrowed) and returns the owned result
// or the thrown exception.
func (vm *VM) Call(fn, this Value, args ...Value) (Value, error) {
	n := uint32(len(args))
	var argv uint32
	if n > 0 {
		argv = vm.malloc(n * 8)
		b := vm.Bytes(argv, n*8)
		for i, a := range args {
			binary.LittleEndian.PutUint64(b[i*8:], uint64(a))
		}
	}
	r := Value(vm.xCall.call(uint64(vm.jsctx), uint64(fn), uint64(this), uint64(n), uint64(argv)))
	if argv != 0 {
		vm.free(argv)
	}
	if r.IsException() {
		return Undefined, vm.takeException()
	}
	return r, nil
}

// Eval flags.
const (
	EvalGlobal      = 0
	EvalModule      = 1
	EvalStrict      = 1 << 3
	EvalCompileOnly = 1 << 5
	EvalAsync       = 1 << 7
)

// Eval evaluates source as a script (or compiles it, with EvalCompileOnly)
// without running pending jobs.
func (vm *VM) Eval(source, filename string, flags int) (Value, error) {
	src := vm.cstr(source)
	fname := vm.cstr(filename)
	r := Value(vm.xEval.call(uint64(vm.jsctx), uint64(src), uint64(len(source)), uint64(fname), uint64(flags)))
	vm.free(src)
	vm.free(fname)
	if r.IsException() {
		return Undefined, vm.takeException()
	}
	return r, nil
}

// CompileModule compiles an ES module; the result is a module value whose
// pointer part is the JSModuleDef*. isMain sets import.meta.main.
func (vm *VM) CompileModule(source, name string) (Value, error) {
	m, err := vm.Eval(source, name, EvalModule|EvalCompileOnly)
	if err != nil {
		return Undefined, err
	}
	return m, nil
}

// EvalFunction runs a compiled script or module (taking ownership of it).
func (vm *VM) EvalFunction(fn Value) (Value, error) {
	r := Value(vm.xEvalFunction.call(uint64(vm.jsctx), uint64(fn)))
	if r.IsException() {
		return Undefined, vm.takeException()
	}
	return r, nil
}

// ResolveModule links a compiled module's imports.
func (vm *VM) ResolveModule(m Value) error {
	if int32(vm.xResolveModule.call(uint64(vm.jsctx), uint64(m))) < 0 {
		return vm.takeException()
	}
	return nil
}

// WriteObject serializes a compiled function or module to bytecode.
func (vm *VM) WriteObject(v Value) ([]byte, error) {
	sizep := vm.malloc(4)
	defer vm.free(sizep)
	const writeBytecode = 1
	p := uint32(vm.xWriteObject.call(uint64(vm.jsctx), uint64(sizep), uint64(v), writeBytecode))
	if p == 0 {
		return nil, vm.takeException()
	}
	n := vm.load32(sizep)
	out := append([]byte(nil), vm.Bytes(p, n)...)
	vm.free(p)
	return out, nil
}

// ReadObject deserializes bytecode written by WriteObject.
func (vm *VM) ReadObject(b []byte) (Value, error) {
	n := uint32(len(b))
	p := vm.malloc(n)
	copy(vm.Bytes(p, n), b)
	const readBytecode = 1
	r := Value(vm.xReadObject.call(uint64(vm.jsctx), uint64(p), uint64(n), readBytecode))
	vm.free(p)
	if r.IsException() {
		return Undefined, vm.takeException()
	}
	return r, nil
}

// RunJobs runs pending promise jobs until none is left. A job that throws
// (only engine-internal jobs can) is returned as an error after the queue
// has been drained. An interrupt stops the draining at once (a promise job
// turns it into a rejection, so it does not surface as the job's
// exception): RunJobs then returns an error IsInterrupted reports (its
// Value undefined when no job handed the exception back), and the jobs left stay
// queued.
func (vm *VM) RunJobs() error {
	pctx := vm.scratch
	var first *Error
	answered := vm.irq.answered
	for {
		r := int32(vm.xExecJob.call(uint64(vm.rt), uint64(pctx)))
		if vm.irq.answered != answered {
			if r < 0 {
				vm.Free(vm.takeException().Value)
			}
			if first != nil {
				vm.Free(first.Value)
			}
			return errInterrupted()
		}
		if r == 0 {
			if first == nil {
				return nil
			}
			return first
		}
		if r < 0 {
			e := vm.takeException()
			if first != nil { // only the first is reported; the rest are dropped
				vm.Free(e.Value)
				continue
			}
			first = e
		}
	}
}

// ---- exceptions ----

// Error is a JS exception seen from Go.
type Error struct {
	Name, Message, Stack string
	Value                Value // the thrown value (owned by the Error's creator)
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Message
	}
	return e.Name + ": " + e.Message
}

// TakeException removes and returns the pending exception (owned).
func (vm *VM) TakeException() Value {
	return Value(vm.xGetException.call(uint64(vm.jsctx)))
}

func (vm *VM) takeException() *Error {
	ex := Value(vm.xGetException.call(uint64(vm.jsctx)))
	e := &Error{Value: ex}
	if ex.IsObject() {
		e.Name = vm.stringProp(ex, "name")
		e.Message = vm.stringProp(ex, "message")
		e.Stack = vm.stringProp(ex, "stack")
	} else {
		e.Message = vm.String(ex)
	}
	return e
}

func (vm *VM) stringProp(obj Value, name string) string {
	v := vm.Get(obj, name)
	defer vm.Free(v)
	if v.IsException() {
		vm.clearException()
		return ""
	}
	if v.IsUndefined() {
		return ""
	}
	return vm.String(v)
}

func (vm *VM) clearException() {
	vm.Free(Value(vm.xGetException.call(uint64(vm.jsctx))))
}

// Throw raises v (taking ownership) and returns the exception marker to
// return from a HostFunc.
func (vm *VM) Throw(v Value) Value {
	vm.xThrow.call(uint64(vm.jsctx), uint64(v))
	return Exception
}

// ThrowError raises a new error of the named global class (Error,
// TypeError, RangeError, ...) with message.
func (vm *VM) ThrowError(class, message string) Value {
	return vm.Throw(vm.NewError(class, message))
}

// NewError returns new <class>(message) for a global error class, as it
// was when the VM was made (owned);
// if construction throws, the thrown value is returned instead.
func (vm *VM) NewError(class, message string) Value {
	ctor := vm.errorClass(class)
	msg := vm.NewString(message)
	e, err := vm.CallConstructor(ctor, msg)
	vm.Free(msg)
	vm.Free(ctor)
	if err != nil {
		return err.(*Error).Value
	}
	return e
}

// CallConstructor calls new ctor(...args).
func (vm *VM) CallConstructor(ctor Value, args ...Value) (Value, error) {
	n := uint32(len(args))
	argv := vm.malloc(n*8 + 8)
	b := vm.Bytes(argv, n*8)
	for i, a := range args {
		binary.LittleEndian.PutUint64(b[i*8:], uint64(a))
	}
	r := Value(vm.export("JS_CallConstructor").call(uint64(vm.jsctx), uint64(ctor), uint64(n), uint64(argv)))
	vm.free(argv)
	if r.IsException() {
		return Undefined, vm.takeException()
	}
	return r, nil
}

// Cached returns a value that lives as long as the VM, built by mk on
// first use (owned by the VM; do not free it).
func (vm *VM) Cached(key string, mk func() Value) Value {
	if v, ok := vm.cached[key]; ok {
		return v
	}
	if vm.cached == nil {
		vm.cached = map[string]Value{}
	}
	v := mk()
	vm.cached[key] = v
	return v
}

// MemorySize is the current size of the VM's own linear memory in bytes:
// all of it but the shared region (see shared.go), whose bytes are counted
// against its group's quota (SharedRegion.Used), not one VM's limit.
func (vm *VM) MemorySize() uint32 { return vm.mem.Size() - vm.engine.layout.SharedSize }
