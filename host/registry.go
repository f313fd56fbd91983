package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/hostfs"
	"github.com/wqnode/wqnode/hostnet"
)

// registry names every binding internalBinding can return, once: the
// bindings in this package and in the binding packages (hostfs, hostnet).
// Each is a table of functions that find their isolate through the VM.
var registry = concat(hostfs.Modules, []*binding.Module{
	hostnet.StreamWrap,
	hostnet.TCPWrap,
	hostnet.PipeWrap,
	hostnet.CaresWrap,
	hostnet.UDPWrap,
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
