package host

import (
	"sync"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// sharedEnv is a process.env that threads share (the SHARE_ENV option):
// the parent's environment, moved here the first time it starts a worker
// with SHARE_ENV, and every such worker's, down the tree. Each isolate
// reaches it only through its own workerInfo, so it never spans two
// embedder isolates. Keys keep their insertion order, as a JS object's.
type sharedEnv struct {
	mu    sync.Mutex
	keys  []string
	vals  map[string]string
	bytes int
}

// maxSharedEnv bounds the bytes of a shared environment (keys and values):
// the store lives outside every VM's memory limit.
const maxSharedEnv = 64 << 20

var errEnvFull = &binding.CodedError{Class: "RangeError", Code: "ERR_OUT_OF_RANGE",
	Message: "process.env is full: a shared environment holds at most 64 MiB"}

func newSharedEnv(list []string) *sharedEnv {
	s := &sharedEnv{vals: make(map[string]string, len(list))}
	for _, kv := range list {
		for i := 1; i < len(kv); i++ {
			if kv[i] == '=' {
				s.set(kv[:i], kv[i+1:])
				break
			}
		}
	}
	return s
}

func (s *sharedEnv) set(k, v string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.vals[k]
	n := s.bytes + len(v) - len(old)
	if !ok {
		n += len(k)
	}
	if n > maxSharedEnv {
		return false
	}
	if !ok {
		s.keys = append(s.keys, k)
	}
	s.vals[k] = v
	s.bytes = n
	return true
}

func (s *sharedEnv) get(k string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.vals[k]
	return v, ok
}

func (s *sharedEnv) del(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.vals[k]
	if !ok {
		return
	}
	delete(s.vals, k)
	s.bytes -= len(k) + len(v)
	for i, x := range s.keys {
		if x == k {
			s.keys = append(s.keys[:i], s.keys[i+1:]...)
			break
		}
	}
}

// environ is the store as "k=v" strings, in order.
func (s *sharedEnv) environ() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.keys))
	for i, k := range s.keys {
		out[i] = k + "=" + s.vals[k]
	}
	return out
}

func (s *sharedEnv) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.keys...)
}

// The shared environment's functions of the 'worker' binding (JS contract):
//
//	envShare(list)  this isolate's process.env moves to a shared store,
//	    made from list ("k=v" strings) unless it already has one
//	envGet(k) -> string | undefined, envSet(k, v), envDelete(k),
//	envKeys() -> [k...]
var sharedEnvFuncs = []binding.Func{
	{Name: "envShare", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		w := workerInfoOf(e)
		if w.env == nil {
			w.env = newSharedEnv(stringList(e.VM, binding.Arg(args, 0)))
		}
		return wasm.Undefined
	}},
	{Name: "envGet", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		s := workerInfoOf(e).env
		if s == nil {
			return wasm.Undefined
		}
		if v, ok := s.get(e.VM.String(binding.Arg(args, 0))); ok {
			return e.VM.NewString(v)
		}
		return wasm.Undefined
	}},
	{Name: "envSet", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if s := workerInfoOf(e).env; s != nil &&
			!s.set(e.VM.String(binding.Arg(args, 0)), e.VM.String(binding.Arg(args, 1))) {
			return e.Throw(errEnvFull, "", "", "")
		}
		return wasm.Undefined
	}},
	{Name: "envDelete", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if s := workerInfoOf(e).env; s != nil {
			s.del(e.VM.String(binding.Arg(args, 0)))
		}
		return wasm.Undefined
	}},
	{Name: "envKeys", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		var keys []string
		if s := workerInfoOf(e).env; s != nil {
			keys = s.list()
		}
		return stringArray(e.VM, keys)
	}},
}
