package host

import (
	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/hostnet"
)

// registry names every binding internalBinding can return, once: the
// bindings in this package and in the binding packages (hostfs, hostnet).
// Each is a table of functions that find their isolate through the VM.
var registry = []*binding.Module{
	hostnet.StreamWrap,
	hostnet.TCPWrap,
	hostnet.PipeWrap,
	hostnet.CaresWrap,
	hostnet.UDPWrap,
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
