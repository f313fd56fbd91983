// Package wasm is the engine bridge: one QuickJS (quickjs-ng) instance in one
// wazero module instance per VM, with fast calls in both directions.
//
// An Engine holds what VMs share: the patched, compiled module and the wazero
// runtime. A VM is single-threaded: only the goroutine that owns it may call
// its methods (VM.Interrupt excepted).
//
// Limits: deep recursion throws a catchable RangeError (EngineConfig.
// StackLimit, MaxHostDepth); VM.Interrupt, VM.Limit and
// VM.SetExecutionLimit stop runaway JS with an uncatchable error. An idle
// VM can be frozen with VM.Snapshot and cloned with
// Engine.NewVMFromSnapshot (copy-on-write), or saved and loaded across
// processes (Snapshot.Save, Engine.LoadSnapshot).
package wasm

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

//go:generate go run ./internal/qjsgen

//go:embed qjs.wasm
var stockWasm []byte

// CacheDirEnv names the environment variable that overrides where compiled
// code is cached between processes ("off" disables the disk cache).
const CacheDirEnv = "WQNODE_CACHE_DIR"

// EngineConfig sets what all VMs of an Engine share.
type EngineConfig struct {
	// MemoryLimit caps each VM's linear memory in bytes (all JS heap,
	// ArrayBuffers and strings). Zero means DefaultMemoryLimit.
	MemoryLimit uint64
	// StackSize is the C (shadow) stack region of each VM in bytes. Zero
	// means DefaultStackSize.
	StackSize uint32
	// StackLimit is how much of the C stack JS may use before a call throws
	// a catchable RangeError (Maximum call stack size exceeded); it bounds
	// recursion depth. Zero means DefaultStackLimit; it is capped at
	// StackSize less StackHeadroom.
	StackLimit uint32
	// Interruptible is the hard-kill tier: wazero closes a VM's module when
	// its Options.Context ends, even inside a long built-in that never polls
	// for interrupts (new Float64Array(3e6).sort()); the VM is unusable
	// afterwards and tight JS loops run several times slower. The ordinary
	// way to stop JS is VM.Interrupt, VM.Limit and VM.SetExecutionLimit,
	// which cost nothing measurable and leave the VM usable.
	Interruptible bool
}

const (
	// DefaultMemoryLimit is generous, like Node's default heap: 2 GiB.
	DefaultMemoryLimit = 2 << 30
	// DefaultStackSize is the C (shadow) stack region: room for
	// DefaultStackLimit of JS and for C code that runs past the limit.
	DefaultStackSize = 32 << 20
	// DefaultStackLimit is the C stack JS may use. The WASI build of
	// QuickJS sets no limit (rt->stack_limit is 0), so without one deep
	// recursion ran into wazero's native call stack, a trap that ended the
	// isolate. With it, recursion of every kind (calls, getters, valueOf,
	// constructors, generators, sort and map callbacks, JSON, eval) throws
	// the RangeError V8 throws before wazero's native stack runs out. The
	// native stack holds about 2.0-2.7 times as many frames as 1 MiB of C
	// stack, depending on the pattern (bound functions and constructors
	// lowest, measured by TestStackOverflowIsCatchable's patterns); 1.5 MiB
	// keeps a 1.35x margin for the worst and allows about 5,800 plain
	// frames (Node: about 10,800).
	DefaultStackLimit = 1536 << 10
	// StackHeadroom is the part of the C stack region JS never uses: C code
	// that runs after the limit is checked (error construction, finalizers)
	// needs stack too.
	StackHeadroom = 1 << 20
)

// EngineID identifies the engine build: bytecode written by one build is
// only valid for the same build.
const EngineID = wasmpatch.StockSHA256

// Engine is a compiled QuickJS module ready to be instantiated.
//
// The compiled module is only ever instantiated in the runtime that
// compiled it: wazero (since v1.12) bakes the compiling runtime's function
// type ids into a CompiledModule, so instantiating it in another runtime
// fails on the env import's signature. Each Engine therefore owns its
// runtime, and every module it compiles is compiled there (the compilation
// cache, which holds machine code only, is what runtimes share).
type Engine struct {
	cfg      EngineConfig
	runtime  wazero.Runtime
	compiled wazero.CompiledModule
	layout   wasmpatch.Layout
	// moduleHash is the SHA-256 of the patched module: saved snapshots
	// are only valid for the same one.
	moduleHash [32]byte
	// selectors maps each function export to its selector for the
	// dispatcher (wasmpatch.DispatchExport), through which VMs call them.
	selectors map[string]uint32
}

// dispatchSelectors numbers the module's function exports as the
// dispatcher does: by function index, the dispatcher left out.
func dispatchSelectors(m wazero.CompiledModule) (map[string]uint32, error) {
	defs := m.ExportedFunctions()
	if defs[wasmpatch.DispatchExport] == nil {
		return nil, errors.New("wasm: the module has no dispatcher")
	}
	var idx []uint32
	for name, d := range defs {
		if name != wasmpatch.DispatchExport {
			idx = append(idx, d.Index())
		}
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	sel := make(map[string]uint32, len(defs))
	for name, d := range defs {
		if name != wasmpatch.DispatchExport {
			i, _ := slices.BinarySearch(idx, d.Index())
			sel[name] = uint32(i)
		}
	}
	return sel, nil
}

var (
	enginesMu sync.Mutex
	engines   = map[EngineConfig]*Engine{}
)

// NewEngine returns the process-wide Engine for cfg, compiling it on first
// use (or loading it from the on-disk cache).
func NewEngine(cfg EngineConfig) (*Engine, error) {
	if cfg.MemoryLimit == 0 {
		cfg.MemoryLimit = DefaultMemoryLimit
	}
	if cfg.StackSize == 0 {
		cfg.StackSize = DefaultStackSize
	}
	if cfg.StackSize < 2*StackHeadroom {
		cfg.StackSize = 2 * StackHeadroom
	}
	if cfg.StackLimit == 0 {
		cfg.StackLimit = DefaultStackLimit
	}
	if cfg.StackLimit > cfg.StackSize-StackHeadroom {
		cfg.StackLimit = cfg.StackSize - StackHeadroom
	}
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if e := engines[cfg]; e != nil {
		return e, nil
	}
	patched, layout, hash, err := patchedModule(cfg.StackSize, SharedRegionSize)
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	// wazero's own limit is the whole 32-bit space: the VM's limit is its
	// memory reservation (VM.allocator), which records a refused grow.
	rc := wazero.NewRuntimeConfig().
		WithMemoryLimitPages(65536).
		WithCloseOnContextDone(cfg.Interruptible).
		WithCompilationCache(compilationCache())
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		return nil, fmt.Errorf("wasm: wasi: %w", err)
	}
	if _, err := rt.NewHostModuleBuilder("env").
		NewFunctionBuilder().
		WithGoModuleFunction(api.GoModuleFunc(dispatch),
			[]api.ValueType{api.ValueTypeI32, api.ValueTypeI64, api.ValueTypeI32, api.ValueTypeI32},
			[]api.ValueType{api.ValueTypeI64}).
		Export("jsFunctionProxy").
		Instantiate(ctx); err != nil {
		return nil, fmt.Errorf("wasm: host module: %w", err)
	}
	compiled, err := rt.CompileModule(ctx, patched)
	if err != nil {
		return nil, fmt.Errorf("wasm: compile: %w", err)
	}
	sel, err := dispatchSelectors(compiled)
	if err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, runtime: rt, compiled: compiled, layout: layout, moduleHash: hash, selectors: sel}
	engines[cfg] = e
	return e, nil
}

var (
	cacheOnce sync.Once
	cache     wazero.CompilationCache
	cacheDir  string // SetCacheDir's
	cacheUsed string // the directory of the disk cache, once made
)

// CacheDir is the directory compiled code is cached in between processes,
// as SetCacheDir and CacheDirEnv chose it, or "" when there is no disk
// cache ("off", or no usable directory). The host keeps its own caches of
// the same build (start-up snapshots) there too.
func CacheDir() string {
	compilationCache()
	return cacheUsed
}

// SetCacheDir sets where compiled code is cached ("off": nowhere), over
// CacheDirEnv. It has effect only before the first Engine is made, and
// reports whether it had.
func SetCacheDir(dir string) bool {
	enginesMu.Lock()
	defer enginesMu.Unlock()
	if len(engines) > 0 {
		return false
	}
	cacheDir = dir
	return true
}

// compilationCache is on disk when a cache directory is usable, else in
// memory: a missing or read-only cache must never stop the runtime.
func compilationCache() wazero.CompilationCache {
	cacheOnce.Do(func() {
		dir := cacheDir
		if dir == "" {
			dir = os.Getenv(CacheDirEnv)
		}
		if dir == "" {
			if base, err := os.UserCacheDir(); err == nil {
				dir = filepath.Join(base, "wqnode", "wazero")
			}
		}
		if dir != "" && dir != "off" {
			if err := os.MkdirAll(dir, 0o755); err == nil {
				if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
					if probe, err := os.CreateTemp(dir, ".probe"); err == nil {
						probe.Close()
						os.Remove(probe.Name())
						cache = c
						cacheUsed = dir
						return
					}
				}
			}
		}
		cache = wazero.NewCompilationCache()
	})
	return cache
}

// MemoryLimit is the most linear memory each VM of the engine may have.
func (e *Engine) MemoryLimit() uint64 { return e.cfg.MemoryLimit }
