package host

import (
	"net"

	"path/filepath"
	"strings"

	"github.com/wqnode/wqnode/wasm"
)

// Permissions is the permission model: with Enabled, everything not
// granted is denied. File grants are checked after resolving symlinks and
// "..", on both the grant and the path, so no granted path leads outside
// its grant (stricter than Node 20, which follows symlinks out).
type Permissions struct {
	Enabled      bool
	FSRead       []string // absolute paths; a directory grants its subtree; "*" grants all
	FSWrite      []string
	ChildProcess bool
	Worker       bool
	Net          []string // host or host:port; "*" grants all
}

// Permission scopes as Node names them in ERR_ACCESS_DENIED.
const (
	PermFSRead       = "FileSystemRead"
	PermFSWrite      = "FileSystemWrite"
	PermChildProcess = "ChildProcess"
	PermWorker       = "WorkerThreads"
	PermNet          = "Net"
)

// resolvePath makes p absolute and resolves it as the kernel would:
// symlinks and ".." component by component (filepath.EvalSymlinks), for the
// longest existing prefix; a missing tail is joined lexically.
func resolvePath(p, cwd string) string {
	if !filepath.IsAbs(p) {
		p = cwd + "/" + p
	}
	cur, rest := p, ""
	for {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest)
		}
		i := strings.LastIndex(strings.TrimRight(cur, "/"), "/")
		if i <= 0 {
			return filepath.Clean(p)
		}
		rest = filepath.Join(cur[i+1:], rest)
		cur = cur[:i]
	}
}

func granted(grants []string, p, cwd string) bool {
	target := resolvePath(p, cwd)
	for _, g := range grants {
		if g == "*" {
			return true
		}
		root := resolvePath(g, cwd)
		if target == root || strings.HasPrefix(target, strings.TrimSuffix(root, "/")+"/") {
			return true
		}
	}
	return false
}

// CanRead reports whether path may be read.
func (p *Permissions) CanRead(path, cwd string) bool {
	return p == nil || !p.Enabled || granted(p.FSRead, path, cwd)
}

// CanWrite reports whether path may be written.
func (p *Permissions) CanWrite(path, cwd string) bool {
	return p == nil || !p.Enabled || granted(p.FSWrite, path, cwd)
}

// CanConnect reports whether a network connection to host:port is allowed.
func (p *Permissions) CanConnect(host, port string) bool {
	if p == nil || !p.Enabled {
		return true
	}
	for _, g := range p.Net {
		if g == "*" {
			return true
		}
		gh, gp, err := net.SplitHostPort(g)
		if err != nil {
			gh, gp = g, ""
		}
		if strings.EqualFold(gh, host) && (gp == "" || gp == port) {
			return true
		}
	}
	return false
}

// Has answers process.permission.has(scope, reference).
func (p *Permissions) Has(scope, ref, cwd string) bool {
	if p == nil || !p.Enabled {
		return true
	}
	switch scope {
	case "fs", "fs.read", "fs.write":
		if ref == "" {
			switch scope {
			case "fs.read":
				return len(p.FSRead) > 0 && p.FSRead[0] == "*"
			case "fs.write":
				return len(p.FSWrite) > 0 && p.FSWrite[0] == "*"
			}
			return false
		}
		if scope == "fs.read" {
			return p.CanRead(ref, cwd)
		}
		if scope == "fs.write" {
			return p.CanWrite(ref, cwd)
		}
		return p.CanRead(ref, cwd) && p.CanWrite(ref, cwd)
	case "child":
		return p.ChildProcess
	case "worker":
		return p.Worker
	case "net":
		if ref == "" {
			return len(p.Net) > 0 && p.Net[0] == "*"
		}
		h, port, err := net.SplitHostPort(ref)
		if err != nil {
			h, port = ref, ""
		}
		return p.CanConnect(h, port)
	}
	return false
}

// throwAccessDenied raises Node's ERR_ACCESS_DENIED.
func (iso *Isolate) throwAccessDenied(permission, resource string) wasm.Value {
	vm := iso.vm
	e := iso.newError("Access to this API has been restricted")
	vm.Set(e, "code", vm.NewString("ERR_ACCESS_DENIED"))
	vm.Set(e, "permission", vm.NewString(permission))
	if resource != "" {
		vm.Set(e, "resource", vm.NewString(resource))
	}
	return vm.Throw(e)
}

// checkRead returns 0 when path may be read, else the thrown exception.
func (iso *Isolate) checkRead(path string) wasm.Value {
	if iso.cfg.Permissions.CanRead(path, iso.env.Cwd) {
		return 0
	}
	return iso.throwAccessDenied(PermFSRead, resolvePath(path, iso.env.Cwd))
}

// checkWrite returns 0 when path may be written, else the thrown exception.
func (iso *Isolate) checkWrite(path string) wasm.Value {
	if iso.cfg.Permissions.CanWrite(path, iso.env.Cwd) {
		return 0
	}
	return iso.throwAccessDenied(PermFSWrite, resolvePath(path, iso.env.Cwd))
}

func init() {
	bindings["permission"] = func(iso *Isolate, obj wasm.Value) {
		p := iso.cfg.Permissions
		iso.vm.Set(obj, "enabled", wasm.MakeBool(p != nil && p.Enabled))
		iso.fn(obj, "has", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			ref := ""
			if !arg(args, 1).IsUndefined() {
				ref = vm.String(args[1])
			}
			return wasm.MakeBool(p.Has(vm.String(arg(args, 0)), ref, iso.env.Cwd))
		})
	}
}
