package tests

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
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

// Check-then-open races: asynchronous reads and writes while the
// directory they name is swapped for a symlink to the outside.
func TestHostfsSwapRace(t *testing.T) {
	grant, secret := fsSandbox(t, "e2e/hostfs/race.js")
	d := filepath.Join(grant, "d")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(d, "s.txt"), []byte("inside"), 0o644)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tmp := filepath.Join(grant, "d.tmp")
		for {
			select {
			case <-stop:
				return
			default:
			}
			os.Rename(d, tmp)
			os.Symlink(secret, d)
			time.Sleep(50 * time.Microsecond)
			os.Remove(d)
			os.Rename(tmp, d)
		}
	}()
	args := append(grantFlags(grant), filepath.Join(grant, "race.js"), grant)
	out, stderr, code := runIn(t, grant, 120*time.Second, args...)
	close(stop)
	<-done
	if code != 0 || !strings.Contains(out, "done true") || strings.Contains(out, "LEAK") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	checkSecret(t, secret)
}

func limitsScript(t *testing.T) (string, string) {
	dir := t.TempDir()
	src, err := os.ReadFile("e2e/hostfs/limits.js")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "limits.js")
	os.WriteFile(p, src, 0o644)
	return dir, p
}

// closeSync of 3..1023 can never reach the Go runtime's descriptors.
func TestHostfsCloseRuntimeDescriptors(t *testing.T) {
	dir, js := limitsScript(t)
	out, stderr, code := runIn(t, dir, 60*time.Second, js, "close", filepath.Join(dir, "f"))
	if code != 0 || out != "EBADF 1021 still here\n" {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
}

// readFile of a 1 TiB sparse file fails with Node's error before reading.
func TestHostfsHugeFile(t *testing.T) {
	dir, js := limitsScript(t)
	f := filepath.Join(dir, "sparse")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(f, 1<<40); err != nil {
		t.Skip("no sparse files here:", err)
	}
	out, stderr, code := runIn(t, dir, 60*time.Second, js, "sparse", f)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines[min(2, len(lines)):]) // the callback and the promise complete in either order
	want := "ERR_FS_FILE_TOO_LARGE RangeError File size (1099511627776) is greater than 2 GiB\n" +
		"fd ERR_FS_FILE_TOO_LARGE\ncallback ERR_FS_FILE_TOO_LARGE\npromise ERR_FS_FILE_TOO_LARGE"
	if code != 0 || strings.Join(lines, "\n") != want {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
}

// 10,500 reads pending on a pipe wait on the bounded pool instead of
// taking a thread each.
func TestHostfsPendingPipeReads(t *testing.T) {
	dir, js := limitsScript(t)
	fifo := filepath.Join(dir, "fifo")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		t.Skip("mkfifo:", err)
	}
	go func() {
		// Feed the reads once they are queued.
		time.Sleep(500 * time.Millisecond)
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		w.Write(make([]byte, 10500))
	}()
	out, stderr, code := runIn(t, dir, 120*time.Second, js, "pipe", fifo)
	if code != 0 || out != "queued\nreads 10500\n" {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
}

// A denied callback is called from the loop, never inside the call: a
// callback that calls again is a loop, not a recursion through the host.
func TestHostfsDeniedCallbackReentry(t *testing.T) {
	dir, js := limitsScript(t)
	out, stderr, code := runIn(t, dir, 60*time.Second, "--permission", "--allow-fs-read="+js, js, "reenter", "/etc/passwd")
	if code != 0 || !strings.HasSuffix(out, "never sync true\n") {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
	var depth int
	if _, err := fmt.Sscanf(out, "depth %d", &depth); err != nil || depth > 20 {
		t.Fatalf("callback stack depth %d (%v): %q", depth, err, out)
	}
}

// A 200 KB path is refused at once, with and without the model.
func TestHostfsLongPath(t *testing.T) {
	dir, js := limitsScript(t)
	for _, flags := range [][]string{nil, {"--permission", "--allow-fs-read=" + dir, "--allow-fs-write=" + dir}} {
		out, stderr, code := runIn(t, dir, 60*time.Second, append(flags, js, "longpath", dir)...)
		if code != 0 || out != "ENAMETOOLONG ENAMETOOLONG true\n" {
			t.Fatalf("%v: exit %d: %q\n%s", flags, code, out, stderr)
		}
	}
}

// The descriptor table is bounded: EMFILE at its limit (the command line's
// is the open file limit, at least 1,024; host.TestMaxHandles pins the exact
// count), stdio excluded, the first file at 3.
func TestHostfsDescriptorLimit(t *testing.T) {
	dir, js := limitsScript(t)
	out, stderr, code := runIn(t, dir, 60*time.Second, js, "emfile", js)
	var n, first int
	var errCode string
	if _, err := fmt.Sscanf(out, "%s %d %d", &errCode, &n, &first); err != nil || code != 0 ||
		errCode != "EMFILE" || n < 1000 || n > 1<<16 || first != 3 {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
}

// truncate is checked in every form, even with no file grant at all.
func TestHostfsTruncateDenied(t *testing.T) {
	dir, js := limitsScript(t)
	victim := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(victim, []byte("data"), 0o644)
	out, stderr, code := runIn(t, dir, 60*time.Second, "--permission", "--allow-fs-read="+js, js, "truncate", victim)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines[min(1, len(lines)):]) // the callback and the promise complete in either order
	want := "ERR_ACCESS_DENIED\ncallback ERR_ACCESS_DENIED\npromise ERR_ACCESS_DENIED"
	if code != 0 || strings.Join(lines, "\n") != want {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
	if b, _ := os.ReadFile(victim); string(b) != "data" {
		t.Fatalf("truncated: %q", b)
	}
}
