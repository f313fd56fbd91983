package tests

import (
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runTo runs wqnode with one of its standard streams (1 or 2) sent to
// dst and returns the other stream's text and the exit code.
func runTo(t *testing.T, fd int, dst *os.File, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(wqnodeBin, args...)
	var other strings.Builder
	if fd == 1 {
		cmd.Stdout, cmd.Stderr = dst, &other
	} else {
		cmd.Stdout, cmd.Stderr = &other, dst
	}
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("wqnode %v: timed out", args)
	}
	return other.String(), cmd.ProcessState.ExitCode()
}

// Writes to a full disk fail as in Node (recorded from node v20 with
// `node stdio.js stdout cb > /dev/full`): the callback and the 'error'
// event see ENOSPC, an unhandled one ends the process with 1, console
// swallows it. The same for stderr.
func TestStdioWriteErrors(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	for _, which := range []string{"stdout", "stderr"} {
		fd := 1
		if which == "stderr" {
			fd = 2
		}
		out, code := runTo(t, fd, full, "e2e/substrate/stdio.js", which, "cb")
		want := "returned false\ncb ENOSPC\nerror event ENOSPC ENOSPC: no space left on device, write write -28\nexit 0\n"
		if out != want || code != 0 {
			t.Errorf("%s cb: exit %d\n%s", which, code, out)
		}
		out, code = runTo(t, fd, full, "e2e/substrate/stdio.js", which, "uncaught")
		if code != 1 || strings.Contains(out, "still alive") {
			t.Errorf("%s uncaught: exit %d\n%s", which, code, out)
		}
		if which == "stdout" && !strings.Contains(out, "ENOSPC: no space left on device, write") {
			t.Errorf("%s uncaught: no error printed\n%s", which, out)
		}
		out, code = runTo(t, fd, full, "e2e/substrate/stdio.js", which, "console")
		if out != "exit 0\n" || code != 0 {
			t.Errorf("%s console: exit %d\n%s", which, code, out)
		}
	}
}

// Writes to a pipe whose reader has gone fail with EPIPE instead of
// killing the process with SIGPIPE (node exits 3 here too).
func TestStdioEPIPE(t *testing.T) {
	for _, fd := range []int{1, 2} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		which := map[int]string{1: "stdout", 2: "stderr"}[fd]
		out, code := runTo(t, fd, w, "e2e/substrate/stdio.js", which, "loop")
		w.Close()
		if code != 3 || !strings.HasPrefix(out, "error EPIPE write\n") {
			t.Errorf("%s: exit %d\n%s", which, code, out)
		}
	}
}

// A process started with stdout closed writes to /dev/null, as Node's
// does (libuv reopens the standard descriptors), never into whatever
// file the runtime opened next.
func TestStdioClosed(t *testing.T) {
	js := `process.stdout.on('error', (e) => { process.stderr.write(e.code + '\n'); });
		process.stdout.write('x', (e) => process.stderr.write('cb ' + (e && e.code) + '\n'));`
	var errb strings.Builder
	cmd := exec.Command("sh", "-c", `exec "$0" -e "$1" 1>&-`, wqnodeBin, js)
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	if got := errb.String(); got != "cb null\n" {
		t.Fatalf("got %q", got)
	}
}

// Under --permission, process.kill reaches no process the isolate did not
// spawn (nor its own process or a group), unless child processes are
// granted; its own children it may signal.
func TestKillConfined(t *testing.T) {
	other := exec.Command("sleep", "30")
	if err := other.Start(); err != nil {
		t.Fatal(err)
	}
	defer other.Process.Kill()
	pid := strconv.Itoa(other.Process.Pid)
	dir, _ := filepath.Abs("e2e/substrate")
	out, stderr, code := runIn(t, dir, 30*time.Second, "--permission", "--allow-fs-read=*", "kill.js", pid)
	want := "unrelated ERR_ACCESS_DENIED Signal ERR_ACCESS_DENIED Signal\nself ERR_ACCESS_DENIED Signal\n" +
		"group ERR_ACCESS_DENIED Signal ERR_ACCESS_DENIED Signal\nspawn ERR_ACCESS_DENIED ChildProcess\n"
	if out != want || code != 0 {
		t.Errorf("confined: exit %d\n%s\n%s", code, out, stderr)
	}
	if err := other.Process.Signal(syscall.Signal(0)); err != nil {
		t.Fatalf("the unrelated process was signalled: %v", err)
	}
	out, stderr, code = runIn(t, dir, 30*time.Second, "--permission", "--allow-fs-read=*", "--allow-child-process", "kill.js", pid)
	if !strings.Contains(out, "own child true\nchild exit null SIGTERM\n") || code != 0 {
		t.Errorf("granted: exit %d\n%s\n%s", code, out, stderr)
	}
}

// maxRSS runs wqnode with a 64 MiB memory limit and returns its output
// and peak resident set size in MiB.
func maxRSS(t *testing.T, args ...string) (string, int64) {
	t.Helper()
	// A first run compiles the engine and fills the caches (a few hundred
	// MiB once): not what is measured.
	if err := exec.Command(wqnodeBin, "-e", "0").Run(); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(wqnodeBin, append([]string{"--max-old-space-size=64"}, args...)...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("wqnode %v: %v\n%s", args, err, errb.String())
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return out.String(), ru.Maxrss >> 10
}

// scryptSync(N=2**20, r=8) with a maxmem that allows it asks for 1 GiB of
// host memory: refused against the isolate's 64 MiB, sync and async.
func TestScryptMemoryCharged(t *testing.T) {
	out, rss := maxRSS(t, "e2e/substrate/memory.js", "scrypt")
	want := "sync RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS\nasync RangeError ERR_CRYPTO_INVALID_SCRYPT_PARAMS\n"
	if out != want {
		t.Fatalf("got %q", out)
	}
	t.Logf("peak RSS %d MiB", rss)
	// Compiling the engine alone peaks near 250 MiB on a loaded machine;
	// the 1 GiB scrypt would take it far past this bound.
	if rss > 512 {
		t.Fatalf("peak RSS %d MiB", rss)
	}
}

// An inflate bomb: whole-buffer calls fail with ERR_BUFFER_TOO_LARGE, a
// stream inflates all of it, and the process stays small.
func TestInflateBomb(t *testing.T) {
	bomb := filepath.Join(t.TempDir(), "bomb.gz")
	f, err := os.Create(bomb)
	if err != nil {
		t.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 256; i++ {
		zw.Write(zeros)
	}
	zw.Close()
	f.Close()
	out, rss := maxRSS(t, "e2e/substrate/memory.js", "bomb", bomb)
	want := "stream 268435456\nsync RangeError ERR_BUFFER_TOO_LARGE\nasync RangeError ERR_BUFFER_TOO_LARGE\n"
	if out != want {
		t.Fatalf("got %q", out)
	}
	t.Logf("peak RSS %d MiB", rss)
	if rss > 512 {
		t.Fatalf("peak RSS %d MiB", rss)
	}
}

// --max-old-space-size below what the engine needs still starts, at the
// floor; a value past what parses is ignored.
func TestMaxOldSpaceSizeFloor(t *testing.T) {
	for _, v := range []string{"1", "0", "-5", "abc", "99999999999"} {
		out, err := exec.Command(wqnodeBin, "--max-old-space-size="+v, "-e", "console.log('ok')").CombinedOutput()
		if err != nil || string(out) != "ok\n" {
			t.Fatalf("%s: %v %q", v, err, out)
		}
	}
}
