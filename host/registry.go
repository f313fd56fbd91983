package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/hostfs"
	"github.com/wqnode/wqnode/hostnet"
	"github.com/wqnode/wqnode/wasm"
)

// registry names every binding internalBinding can return, once: the
// bindings in this package and in the binding packages (hostfs, hostnet).
// Each is a table of functions that find their isolate through the VM.
var registry = concat(hostfs.Modules, []*binding.Module{
	builtinsBinding,
	taskQueueBinding,
	timersBinding,
	processBinding,
	contextifyBinding,
	handleWrapBinding,
	ttyBinding,
	bufferBinding,
	cryptoBinding,
	osBinding,
	zlibBinding,
	processWrapBinding,
	signalWrapBinding,
	typesBinding,
	utilBinding,
	moduleWrapBinding,
	messagingBinding,
	atomicsBinding,
	workerBinding,
	embedBinding,
	urlBinding,
	hostnet.StreamWrap,
	hostnet.IPCWrap,
	hostnet.TCPWrap,
	hostnet.PipeWrap,
	hostnet.CaresWrap,
	hostnet.UDPWrap,
	hostnet.HTTPParser,
	hostnet.TLSWrap,
})

func concat(lists ...[]*binding.Module) []*binding.Module {
	var out []*binding.Module
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var modulesByName = func() map[string]*binding.Module {
	m := map[string]*binding.Module{}
	for _, b := range registry {
		if m[b.Name] != nil {
			panic("host: binding registered twice: " + b.Name)
		}
		m[b.Name] = b
	}
	return m
}()

// internalBinding(name) returns the binding object of name, built once
// per isolate from its table. Like every host function it finds its
// isolate from the VM, so a clone from the snapshot calls it too.
func internalBinding(vm *wasm.VM, this wasm.Value, args []wasm.Value) wasm.Value {
	iso := isoOf(binding.EnvOf(vm))
	if len(args) == 0 {
		return vm.ThrowError("TypeError", "internalBinding: name required")
	}
	name := vm.String(args[0])
	if obj, ok := iso.bindings[name]; ok {
		return vm.Dup(obj)
	}
	m, ok := modulesByName[name]
	if !ok {
		return vm.ThrowError("Error", "No such binding: "+name)
	}
	obj := m.Install(iso.env)
	iso.bindings[name] = obj
	iso.bound = append(iso.bound, name)
	if iso.perProc && m.Setup != nil {
		m.Setup(iso.env, obj)
	}
	return vm.Dup(obj)
}
