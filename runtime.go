package wqnode

import (
	"sync"

	"github.com/wqnode/wqnode/wasm"
)

// RuntimeConfig configures a Runtime.
type RuntimeConfig struct {
	// CacheDir is where the compiled engine is cached between processes:
	// "" means the user cache directory (or $WQNODE_CACHE_DIR), "off"
	// means no disk cache. It takes effect only for the first Runtime of
	// a process.
	CacheDir string
}

// Runtime is what isolates share: the compiled engine (one per distinct
// memory limit and stack size, compiled once per process) and the set of
// isolates it made, which Close closes.
type Runtime struct {
	mu       sync.Mutex
	isolates map[*Isolate]struct{}
	closed   bool
}

// NewRuntime returns a Runtime.
//
// # Notes
//
//   - Compiling the engine takes seconds the first time; it is cached on
//     disk and in the process, so later runtimes and isolates reuse it.
func NewRuntime(cfg RuntimeConfig) *Runtime {
	if cfg.CacheDir != "" {
		wasm.SetCacheDir(cfg.CacheDir)
	}
	return &Runtime{isolates: map[*Isolate]struct{}{}}
}

// Close closes every isolate the runtime made (see Isolate.Close). Later
// NewIsolate calls fail with ErrClosed.
func (r *Runtime) Close() error {
	r.mu.Lock()
	r.closed = true
	isos := make([]*Isolate, 0, len(r.isolates))
	for i := range r.isolates {
		isos = append(isos, i)
	}
	r.mu.Unlock()
	var wg sync.WaitGroup
	for _, i := range isos {
		wg.Add(1)
		go func() { defer wg.Done(); i.Close() }()
	}
	wg.Wait()
	return nil
}

func (r *Runtime) forget(i *Isolate) {
	r.mu.Lock()
	delete(r.isolates, i)
	r.mu.Unlock()
}
