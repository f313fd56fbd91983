package tests

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runIn runs wqnode with args (cwd dir) and returns stdout, stderr and
// the exit code, failing the test on a timeout or a Go crash.
func runIn(t *testing.T, dir string, timeout time.Duration, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, wqnodeBin, args...)
	cmd.Dir = dir
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("wqnode %v: timed out\n%s", args, errb.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	for _, crash := range []string{"fatal error:", "panic:", "goroutine "} {
		if strings.Contains(errb.String(), crash) {
			t.Fatalf("wqnode %v crashed:\n%s", args, errb.String())
		}
	}
	return out.String(), errb.String(), code
}

// fsSandbox makes dir/grant and dir/secret with every kind of link from
// the grant to the outside, and copies script into the grant.
func fsSandbox(t *testing.T, script string) (grant, secret string) {
	t.Helper()
	root := t.TempDir()
	grant, secret = filepath.Join(root, "grant"), filepath.Join(root, "secret")
	mk := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mk(os.MkdirAll(filepath.Join(grant, "sub"), 0o755))
	mk(os.MkdirAll(secret, 0o755))
	mk(os.WriteFile(filepath.Join(secret, "s.txt"), []byte("SECRET"), 0o644))
	mk(os.WriteFile(filepath.Join(secret, "s.js"), []byte("console.log('LEAK loaded')"), 0o644))
	mk(os.WriteFile(filepath.Join(grant, "ok.txt"), []byte("ok"), 0o644))
	mk(os.Symlink(secret, filepath.Join(grant, "dirlink")))
	mk(os.Symlink(filepath.Join(secret, "s.txt"), filepath.Join(grant, "filelink")))
	mk(os.Symlink("../secret/s.txt", filepath.Join(grant, "rellink")))
	mk(os.Symlink(filepath.Join(secret, "new.txt"), filepath.Join(grant, "dangling")))
	prev := secret
	for i := 0; i < 30; i++ {
		name := filepath.Join(grant, strings.Repeat("d", 200)+string(rune('a'+i)))
		mk(os.Symlink(prev, name))
		prev = name
	}
	mk(os.Symlink(prev, filepath.Join(grant, "chain")))
	src, err := os.ReadFile(script)
	mk(err)
	mk(os.WriteFile(filepath.Join(grant, filepath.Base(script)), src, 0o644))
	return grant, secret
}

// checkSecret fails if anything outside the grant changed.
func checkSecret(t *testing.T, secret string) {
	t.Helper()
	ents, _ := os.ReadDir(secret)
	if len(ents) != 2 {
		t.Errorf("the outside directory has %d entries, want 2", len(ents))
	}
	if b, err := os.ReadFile(filepath.Join(secret, "s.txt")); err != nil || string(b) != "SECRET" {
		t.Errorf("the outside file changed: %q %v", b, err)
	}
}

func grantFlags(grant string) []string {
	return []string{"--permission", "--allow-fs-read=" + grant, "--allow-fs-write=" + grant}
}

// Every escape the issue found, every way: sync, callback, promises,
// streams, from a read and write grant of one directory.
func TestHostfsEscapes(t *testing.T) {
	grant, secret := fsSandbox(t, "e2e/hostfs/escape.js")
	args := append(grantFlags(grant), filepath.Join(grant, "escape.js"), grant, secret)
	out, stderr, code := runIn(t, grant, 60*time.Second, args...)
	if code != 0 || !strings.HasSuffix(out, "done\n") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "LEAK") || strings.HasPrefix(l, "SYNC") {
			t.Error(l)
		}
	}
	checkSecret(t, secret)
}
