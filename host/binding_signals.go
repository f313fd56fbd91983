package host

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/wqnode/wqnode/wasm"
)

// The 'signal_wrap' binding delivers OS signals to process.on('SIGxxx')
// listeners through the loop. As in Node, watching a signal does not keep
// the loop alive.
func init() {
	bindings["signal_wrap"] = func(iso *Isolate, obj wasm.Value) {
		watched := map[int]chan os.Signal{}
		iso.onClose(func() {
			for signum, ch := range watched {
				signal.Stop(ch)
				close(ch)
				delete(watched, signum)
			}
		})
		iso.fn(obj, "setHandler", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			if iso.signalHandler == 0 {
				iso.signalHandler = vm.Dup(arg(args, 0))
			}
			return wasm.Undefined
		})
		iso.fn(obj, "start", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			signum := int(arg(args, 0).Number())
			if _, ok := watched[signum]; ok || signum <= 0 {
				return wasm.Undefined
			}
			ch := make(chan os.Signal, 4)
			watched[signum] = ch
			signal.Notify(ch, syscall.Signal(signum))
			go func() {
				for range ch {
					iso.loop.Post(func() {
						if iso.signalHandler != 0 {
							iso.callback(iso.signalHandler, wasm.MakeInt(int32(signum)))
						}
					})
				}
			}()
			return wasm.Undefined
		})
		iso.fn(obj, "stop", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			signum := int(arg(args, 0).Number())
			if ch, ok := watched[signum]; ok {
				signal.Stop(ch)
				close(ch)
				delete(watched, signum)
			}
			return wasm.Undefined
		})
	}
}
