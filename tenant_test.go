package wqnode_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/wqnode/wqnode"
)

// A tenant shares the host process with others, so what is the process's
// is out of its reach: os.hostname/userInfo/networkInterfaces describe a
// neutral host (no host name, account or addresses leak), os.setPriority
// cannot renice the host process, and process.umask is the tenant's own:
// it masks what the tenant creates but leaves the host's umask alone.
func TestTenantProcessState(t *testing.T) {
	dir := t.TempDir()
	hostUmask := syscall.Umask(0o022)
	defer syscall.Umask(hostUmask)
	src := `
		const os = require('os'), fs = require('fs'), path = require('path');
		const out = [];
		out.push('hostname ' + os.hostname());
		const u = os.userInfo();
		out.push('user ' + u.username + ' ' + u.homedir + ' ' + u.shell);
		out.push('homedir ' + os.homedir());
		const ifs = os.networkInterfaces();
		out.push('interfaces ' + Object.values(ifs).flat().every((a) => a.internal));
		try { os.setPriority(0, 19); out.push('setPriority ok'); } catch (e) { out.push('setPriority ' + e.info.code); }
		try { os.setPriority(1, 19); out.push('setPriority 1 ok'); } catch (e) { out.push('setPriority 1 ' + e.info.code); }
		out.push('umask ' + process.umask(0o077).toString(8) + ' ' + process.umask().toString(8));
		const f = path.join(process.argv[2], 'f');
		fs.writeFileSync(f, 'x', { mode: 0o666 });
		fs.mkdirSync(f + 'd', 0o777);
		out.push('modes ' + (fs.statSync(f).mode & 0o777).toString(8) + ' ' + (fs.statSync(f + 'd').mode & 0o777).toString(8));
		console.log(out.join('\n'));
	`
	script := filepath.Join(dir, "s.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	var buf bytes.Buffer
	iso, err := rt.NewIsolate(wqnode.Config{Stdout: &buf, Stderr: &buf, Args: []string{dir},
		Env: []string{"HOME=/home/tenant"}, Grants: wqnode.Grants{FSWrite: []string{dir}, FSRead: []string{dir}}})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := iso.Run(ctx, script); err != nil {
		t.Fatalf("%v: %s", err, buf.String())
	}
	want := "hostname localhost\nuser nobody /home/tenant null\nhomedir /home/tenant\ninterfaces true\n" +
		"setPriority EPERM\nsetPriority 1 EPERM\numask 22 77\nmodes 600 700\n"
	if got := buf.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if m := syscall.Umask(0o022); m != 0o022 {
		t.Fatalf("the host's umask became %o", m)
	}
}

// blockingWriter never returns from Write until released.
type blockingWriter struct {
	once    sync.Once
	started chan struct{}
	release chan struct{}
}

func (w *blockingWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.started) })
	<-w.release
	return len(p), nil
}

// An embedder's stdout that blocks for good (a full pipe nobody reads)
// must not keep Close waiting: the isolate gives the write up.
func TestCloseBlockedStdout(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	for _, src := range []string{
		`console.log('x')`,
		`require('fs').writeSync(1, 'x')`,
		`process.stdout.write('x'.repeat(1 << 20))`,
	} {
		w := &blockingWriter{started: make(chan struct{}), release: make(chan struct{})}
		iso, err := rt.NewIsolate(wqnode.Config{Stdout: w, Stderr: w})
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		script := filepath.Join(dir, "s.js")
		os.WriteFile(script, []byte(src), 0o644)
		done := make(chan error, 1)
		go func() { done <- iso.Run(context.Background(), script) }()
		select {
		case <-w.started:
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: never wrote", src)
		}
		closed := make(chan struct{})
		go func() { iso.Close(); close(closed) }()
		select {
		case <-closed:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Close waits for a blocked stdout", src)
		}
		if err := <-done; err == nil || !strings.Contains(err.Error(), "closed") {
			t.Logf("%s: Run: %v", src, err)
		}
		close(w.release)
	}
}

// Closing a tenant kills what its children started in the background
// too (they lead a process group each): a grandchild of execSync or of
// an async spawn does not outlive the isolate.
func TestCloseKillsGrandchildren(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	for _, call := range []string{
		`execSync('sleep 30 & echo $! > ' + f + '; sleep 30', { stdio: 'pipe' })`,
		`spawn('sh', ['-c', 'sleep 30 & echo $! > ' + f + '; wait'])`,
	} {
		dir := t.TempDir()
		pidFile := filepath.Join(dir, "pid")
		src := `const { execSync, spawn } = require('child_process'); const f = process.argv[2]; ` + call + `; setInterval(() => {}, 1000);`
		script := filepath.Join(dir, "s.js")
		os.WriteFile(script, []byte(src), 0o644)
		var buf bytes.Buffer
		iso, err := rt.NewIsolate(wqnode.Config{Stdout: &buf, Stderr: &buf, Args: []string{pidFile},
			Env: []string{"PATH=" + os.Getenv("PATH")}, Grants: wqnode.Grants{ChildProcess: true, FSRead: []string{dir}}})
		if err != nil {
			t.Fatal(err)
		}
		go iso.Run(context.Background(), script)
		var pid int
		deadline := time.Now().Add(20 * time.Second)
		for pid == 0 && time.Now().Before(deadline) {
			b, _ := os.ReadFile(pidFile)
			fmt.Sscan(strings.TrimSpace(string(b)), &pid)
			time.Sleep(20 * time.Millisecond)
		}
		if pid == 0 {
			t.Fatalf("%s: no grandchild started: %s", call, buf.String())
		}
		iso.Close()
		alive := true
		for end := time.Now().Add(5 * time.Second); alive && time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
			// A killed grandchild is a zombie until init reaps it.
			b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
			alive = err == nil && !strings.Contains(string(b), ") Z ")
		}
		if alive {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("%s: the grandchild %d outlived Close", call, pid)
		}
	}
}
