package host

import (
	"net"
	"strings"
)

// Permissions is the permission model: with Enabled, everything not
// granted is denied. The file system is confined by package hostfs, which
// resolves every path beneath the grant that covers it, so no granted
// path leads outside its grant (stricter than Node 20, which follows
// symlinks out).
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
