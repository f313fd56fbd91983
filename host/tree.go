package host

import (
	"sync/atomic"

	"github.com/wqnode/wqnode/wasm"
)

// isolateTree is what a root isolate and its worker threads share, as the
// threads of one Node process do, and what no other tree sees: the memory
// of their SharedArrayBuffers, the names of their BroadcastChannels, the
// count of live workers. Every embedder's isolate (host.New) and the
// command line's is the root of a tree of its own, so tenants in one
// process share none of these.
type isolateTree struct {
	root   *Isolate           // whom a breach of Limits.Workers ends
	live   atomic.Int64       // worker threads alive (against Limits.Workers)
	shared *wasm.SharedRegion // SharedArrayBuffers, with the root engine's memory limit as the quota
	umask  *atomic.Uint32     // a tenant's process.umask; nil: the process's
}

func newIsolateTree(root *Isolate, eng *wasm.Engine) *isolateTree {
	t := &isolateTree{root: root, shared: wasm.NewSharedRegion(eng.MemoryLimit())}
	if root.cfg.Tenant {
		t.umask = new(atomic.Uint32)
		t.umask.Store(uint32(processUmask()))
	}
	return t
}
