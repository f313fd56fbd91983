// Package permission is the permission model's one decision point, after
// Node's src/permission/: typed scopes, the grants an isolate was given,
// and the decision for each scope. With the model enabled, what is not
// granted is denied, and a scope the policy does not know is denied.
//
// File-system decisions need the file system to be confined where the
// operation happens, not only judged before it: package hostfs routes each
// path to a directory handle of the grant that covers it (Policy.FSRoots)
// and resolves beneath it.
package permission

import (
	"net"
	"path/filepath"
	"strings"
)

// Scope is a kind of access, named as Node names it in ERR_ACCESS_DENIED.
type Scope int

// The scopes.
const (
	FSRead Scope = iota + 1
	FSWrite
	ChildProcess
	Worker
	Net
	Addon
	Signal
	// NetLookup is a name resolution (dns.lookup, lookupService): a DNS
	// query reaches whatever servers resolve the name, so it is a way out
	// of the sandbox even with no socket granted. Allowed for "localhost"
	// names, for a host some Net grant names (on any port), and with "*".
	NetLookup
)

// String is Node's name of the scope (the error's `permission` property).
func (s Scope) String() string {
	switch s {
	case FSRead:
		return "FileSystemRead"
	case FSWrite:
		return "FileSystemWrite"
	case ChildProcess:
		return "ChildProcess"
	case Worker:
		return "WorkerThreads"
	case Net, NetLookup:
		return "Net"
	case Addon:
		return "Addon"
	case Signal:
		return "Signal"
	}
	return "Unknown"
}

// Grants is what an isolate may do when the permission model is enabled.
type Grants struct {
	Enabled      bool
	FSRead       []string // paths; a directory grants its subtree; "*" grants all
	FSWrite      []string
	ChildProcess bool
	Worker       bool
	Net          []string // host or host:port; "*" grants all
}

// Denied is the error for an operation the policy refuses; bindings turn it
// into Node's ERR_ACCESS_DENIED.
type Denied struct {
	Scope    Scope
	Resource string // the path or address refused; may be empty
}

func (d *Denied) Error() string { return "Access to this API has been restricted" }

// Policy decides. The zero value and nil deny nothing (the model off).
type Policy struct {
	g Grants
}

// New returns the policy for g; relative file grants are made absolute
// against cwd now, so a later process.chdir cannot move them.
func New(g Grants, cwd string) *Policy {
	abs := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			if p == "*" {
				out = append(out, p)
				continue
			}
			if !filepath.IsAbs(p) {
				p = filepath.Join(cwd, p)
			}
			out = append(out, filepath.Clean(p))
		}
		return out
	}
	g.FSRead, g.FSWrite = abs(g.FSRead), abs(g.FSWrite)
	return &Policy{g: g}
}

// Enabled reports whether the model is on.
func (p *Policy) Enabled() bool { return p != nil && p.g.Enabled }

// FSRoots are the absolute paths granted for scope (FSRead or FSWrite);
// all is true when "*" grants the whole file system.
func (p *Policy) FSRoots(s Scope) (roots []string, all bool) {
	if !p.Enabled() {
		return nil, true
	}
	var list []string
	switch s {
	case FSRead:
		list = p.g.FSRead
	case FSWrite:
		list = p.g.FSWrite
	default:
		return nil, false
	}
	for _, r := range list {
		if r == "*" {
			return nil, true
		}
	}
	return list, false
}

// Check is the decision for every scope but the file system's paths
// (which hostfs confines through FSRoots): nil when allowed, else *Denied.
// resource is an address (host or host:port) for Net, a pid for Signal,
// and ignored otherwise.
func (p *Policy) Check(s Scope, resource string) error {
	if !p.Enabled() {
		return nil
	}
	ok := false
	switch s {
	case ChildProcess, Signal:
		ok = p.g.ChildProcess
	case Worker:
		ok = p.g.Worker
	case Net:
		ok = p.netAllowed(resource)
	case NetLookup:
		ok = p.lookupAllowed(resource)
	case FSRead, FSWrite:
		// Without a path: allowed only when the whole file system is.
		_, ok = p.FSRoots(s)
	}
	if ok {
		return nil
	}
	return &Denied{Scope: s, Resource: resource}
}

func (p *Policy) netAllowed(addr string) bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		host, port = addr, ""
	}
	for _, g := range p.g.Net {
		if g == "*" {
			return true
		}
		gh, gp, err := net.SplitHostPort(g)
		if err != nil {
			gh, gp = g, ""
		}
		if gp != "" && gp != "*" && gp != port {
			continue
		}
		gh, h := strings.Trim(gh, "[]"), strings.Trim(host, "[]")
		if strings.EqualFold(gh, h) || nameMatchesIP(gh, h) {
			return true
		}
	}
	return false
}

func (p *Policy) lookupAllowed(name string) bool {
	h := strings.TrimSuffix(strings.ToLower(strings.Trim(name, "[]")), ".")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	for _, g := range p.g.Net {
		if g == "*" {
			return true
		}
		gh, _, err := net.SplitHostPort(g)
		if err != nil {
			gh = g
		}
		if strings.EqualFold(strings.TrimSuffix(strings.Trim(gh, "[]"), "."), h) {
			return true
		}
	}
	return false
}

// nameMatchesIP reports whether a host name grant covers an IP address:
// sockets connect to addresses, so a grant by name ("localhost") covers
// the addresses the name resolves to (/etc/hosts, then DNS).
func nameMatchesIP(name, ip string) bool {
	addr := net.ParseIP(ip)
	if addr == nil || net.ParseIP(name) != nil {
		return false
	}
	ips, err := net.LookupIP(name)
	if err != nil {
		return false
	}
	for _, a := range ips {
		if a.Equal(addr) {
			return true
		}
	}
	return false
}

// Has answers process.permission.has(scope, reference) for the scopes that
// are not paths ("child", "worker", "net"); hostfs answers "fs.read" and
// "fs.write" with a reference. Unknown scopes are false.
func (p *Policy) Has(scope, ref string) bool {
	if !p.Enabled() {
		return true
	}
	switch scope {
	case "child":
		return p.g.ChildProcess
	case "worker":
		return p.g.Worker
	case "net":
		if ref == "" {
			return len(p.g.Net) > 0 && p.g.Net[0] == "*"
		}
		return p.netAllowed(ref)
	case "fs.read":
		_, all := p.FSRoots(FSRead)
		return all
	case "fs.write":
		_, all := p.FSRoots(FSWrite)
		return all
	case "fs":
		_, r := p.FSRoots(FSRead)
		_, w := p.FSRoots(FSWrite)
		return r && w
	}
	return false
}

// Within reports whether clean absolute path p is root or beneath it.
func Within(p, root string) bool {
	if root == "/" {
		return true
	}
	return p == root || (len(p) > len(root) && p[len(root)] == '/' && p[:len(root)] == root)
}

// CheckPath decides whether resolved absolute path p may be used for
// scope (FSRead or FSWrite), for bindings outside hostfs that name a file
// to the kernel (a Unix socket). p must already have its symlinks
// resolved; hostfs confines its own operations instead.
func (p *Policy) CheckPath(s Scope, path string) error {
	roots, all := p.FSRoots(s)
	if all {
		return nil
	}
	for _, r := range roots {
		if Within(path, r) {
			return nil
		}
	}
	return &Denied{Scope: s, Resource: path}
}
