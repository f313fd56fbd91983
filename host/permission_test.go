package host

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPermissionConfinement(t *testing.T) {
	root := t.TempDir()
	ok := filepath.Join(root, "ok")
	secret := filepath.Join(root, "secret")
	os.MkdirAll(filepath.Join(ok, "sub"), 0o755)
	os.MkdirAll(secret, 0o755)
	os.WriteFile(filepath.Join(secret, "x"), []byte("s"), 0o644)
	os.Symlink(secret, filepath.Join(ok, "link"))
	os.Symlink("../secret/x", filepath.Join(ok, "filelink"))
	os.Link(filepath.Join(secret, "x"), filepath.Join(ok, "hardlink"))
	p := &Permissions{Enabled: true, FSRead: []string{ok}, FSWrite: []string{filepath.Join(ok, "sub")}}
	cases := []struct {
		path        string
		read, write bool
	}{
		{ok, true, false},
		{filepath.Join(ok, "sub", "new.txt"), true, true},
		{filepath.Join(ok, "missing", "deeper"), true, false},
		{filepath.Join(secret, "x"), false, false},
		{filepath.Join(ok, "..", "secret", "x"), false, false},
		{filepath.Join(ok, "sub", "..", "..", "secret"), false, false},
		{filepath.Join(ok, "link", "x"), false, false},
		{filepath.Join(ok, "link"), false, false},
		{filepath.Join(ok, "filelink"), false, false},
		{ok + "/link/../ok", true, false},        // the kernel resolves the link first: root/ok
		{ok + "/link/../secret/x", false, false}, // ... and this one leads to secret
		{ok + "/sub/../link/x", false, false},
		{ok + "suffix", false, false},
		{"/", false, false},
		{"relative/inside", true, false}, // relative to cwd = ok
		{"../secret/x", false, false},
		// A hard link is a name inside the grant: like Node, it is allowed.
		{filepath.Join(ok, "hardlink"), true, false},
	}
	for _, c := range cases {
		if got := p.CanRead(c.path, ok); got != c.read {
			t.Errorf("CanRead(%q) = %v, want %v", c.path, got, c.read)
		}
		if got := p.CanWrite(c.path, ok); got != c.write {
			t.Errorf("CanWrite(%q) = %v, want %v", c.path, got, c.write)
		}
	}
	if !(&Permissions{Enabled: true, FSRead: []string{"*"}}).CanRead("/etc/passwd", "/") {
		t.Error("* must grant everything")
	}
	var off *Permissions
	if !off.CanRead("/etc/passwd", "/") || !off.Has("child", "", "/") {
		t.Error("a nil model must allow everything")
	}
	n := &Permissions{Enabled: true, Net: []string{"127.0.0.1:8080", "localhost"}}
	if !n.CanConnect("127.0.0.1", "8080") || n.CanConnect("127.0.0.1", "9090") || !n.CanConnect("localhost", "1") || n.CanConnect("example.com", "80") {
		t.Error("net grants")
	}
}
