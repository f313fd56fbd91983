package wqnode_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wqnode/wqnode"
)

// A child that writes a message with no end on its IPC channel (200 MiB
// and no newline) cannot make the parent's host hold it: past the
// tenant's budget the channel ends (ENOBUFS: 'disconnect') and the Go
// heap stays far below what was sent.
func TestIPCPartialMessageBounded(t *testing.T) {
	shPath, err := exec.LookPath("sh")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "parent.js")
	os.WriteFile(script, []byte(`
		const { spawn } = require('child_process');
		const c = spawn('sh', ['-c', 'head -c 209715200 /dev/zero | tr "\\\\0" a >&3'],
			{ stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
		c.on('message', () => console.log('message'));
		c.on('disconnect', () => { console.log('disconnect'); c.kill(); });
	`), 0o644)
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	var buf bytes.Buffer
	iso, err := rt.NewIsolate(wqnode.Config{Stdout: &buf, Stderr: &buf,
		Env:    []string{"PATH=" + os.Getenv("PATH")},
		Grants: wqnode.Grants{ChildProcess: true, FSRead: []string{filepath.Dir(shPath)}},
		Limits: wqnode.Limits{Memory: 64 << 20}})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err = iso.Run(ctx, script)
	close(stop)
	if err != nil {
		t.Fatalf("%v: %s", err, buf.String())
	}
	t.Logf("output %q, heap grew %d MiB", buf.String(), (int64(peak.Load())-int64(before.HeapInuse))>>20)
	if got := buf.String(); !strings.Contains(got, "disconnect") || strings.Contains(got, "message") {
		t.Fatalf("output %q: want the channel to end without a message", got)
	}
	if grew := int64(peak.Load()) - int64(before.HeapInuse); grew > 128<<20 {
		t.Fatalf("the Go heap grew by %d MiB holding a partial message", grew>>20)
	}
}
