package host

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'signal_wrap' binding delivers OS signals to process.on('SIGxxx')
// listeners through the loop. Each watched signal is a handle in the
// isolate's table (closed with it); as in Node, watching a signal does
// not keep the loop alive.
//
//	setHandler(fn)   fn(signum) is called on the loop for every signal
//	start(signum)    watch signum (once; again is a no-op)
//	stop(signum)     stop watching it
var signalWrapBinding = &binding.Module{Name: "signal_wrap", Funcs: []binding.Func{
	{Name: "setHandler", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso := isoOf(e)
		if iso.signalHandler == 0 {
			iso.signalHandler = e.VM.Dup(binding.Arg(args, 0))
		}
		return wasm.Undefined
	}},
	{Name: "start", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		signum := int(binding.Arg(args, 0).Number())
		w := signalWatches(e)
		if _, ok := w[signum]; ok || signum <= 0 || signum >= 65 {
			return wasm.Undefined
		}
		if isoOf(e).cfg.Tenant {
			// Only Isolate.Signal delivers: the host's handling is untouched.
			slot, err := e.Handles.Add(&signalWatch{})
			if err != nil {
				return e.Throw(err, "uv_signal_start", "", "")
			}
			w[signum] = slot
			return wasm.Undefined
		}
		sw := &signalWatch{ch: make(chan os.Signal, 4)}
		slot, err := e.Handles.Add(sw)
		if err != nil {
			return e.Throw(err, "uv_signal_start", "", "")
		}
		w[signum] = slot
		signal.Notify(sw.ch, syscall.Signal(signum))
		go func() {
			for range sw.ch {
				e.Loop.Post(func() {
					iso := isoOf(e)
					if iso.signalHandler != 0 && e.Handles.Get(slot) == sw {
						iso.callback(iso.signalHandler, wasm.MakeInt(int32(signum)))
					}
				})
			}
		}()
		return wasm.Undefined
	}},
	{Name: "stop", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		signum := int(binding.Arg(args, 0).Number())
		w := signalWatches(e)
		if slot, ok := w[signum]; ok {
			delete(w, signum)
			if h := e.Handles.Remove(slot); h != nil {
				h.Close()
			}
		}
		return wasm.Undefined
	}},
}}

type signalKey struct{}

// signalWatches maps a watched signal to its handle's slot.
func signalWatches(e *binding.Env) map[int]int {
	return *binding.State(e, signalKey{}, func() *map[int]int { m := map[int]int{}; return &m })
}

// signalWatch is one watched signal: a handle whose Close stops the
// delivery.
type signalWatch struct {
	ch   chan os.Signal
	once sync.Once
}

// Close stops watching the signal.
func (s *signalWatch) Close() error {
	s.once.Do(func() {
		if s.ch == nil {
			return
		}
		signal.Stop(s.ch)
		close(s.ch)
	})
	return nil
}
