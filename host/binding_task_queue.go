package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'task_queue' binding: running microtasks and handing the promise
// rejections tracked since to process/promises.
var taskQueueBinding = &binding.Module{Name: "task_queue", Funcs: []binding.Func{
	{Name: "runMicrotasks", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		if err := e.VM.RunJobs(); err != nil {
			if v := err.(*wasm.Error).Value; v != wasm.Undefined {
				return e.VM.Throw(v)
			}
			// An interrupt a job turned into a rejection: the next poll
			// point in the caller throws it again, uncatchably.
			return wasm.Undefined
		}
		return wasm.MakeBool(len(isoOf(e).rejections) > 0)
	}},
	{Name: "takeRejections", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		iso, vm := isoOf(e), e.VM
		arr := vm.NewArray()
		for i, r := range iso.rejections {
			vm.SetIndex(arr, uint32(3*i), wasm.MakeBool(r.handled))
			vm.SetIndex(arr, uint32(3*i+1), r.promise)
			vm.SetIndex(arr, uint32(3*i+2), r.reason)
		}
		iso.rejections = iso.rejections[:0]
		return arr
	}},
}}
