package tests

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode/host"
	"github.com/wqnode/wqnode/wasm"
)

// A whole-file read whose result does not fit the isolate's memory fails
// with Node's error, synchronously and asynchronously, and the isolate
// goes on: past the memory limit before reading (ERR_FS_FILE_TOO_LARGE),
// or when the VM cannot hold the result (ERR_BUFFER_TOO_LARGE), never a
// Go panic. /dev/zero, which has no size, is bounded the same way.
func TestHostfsReadPastMemoryLimit(t *testing.T) {
	dir := t.TempDir()
	big, mid := filepath.Join(dir, "big"), filepath.Join(dir, "mid")
	os.WriteFile(big, nil, 0o644)
	os.Truncate(big, 96<<20)
	os.WriteFile(mid, nil, 0o644)
	os.Truncate(mid, 60<<20)
	src := `
		const fs = require('fs');
		const show = (e) => console.log(e.name, e.code);
		for (const p of ['/dev/zero', process.env.BIG, process.env.MID]) {
			try { fs.readFileSync(p); console.log('read'); } catch (e) { show(e); }
		}
		fs.readFile(process.env.BIG, (e) => { show(e);
			fs.readFile(process.env.MID, (e) => { show(e);
				fs.promises.readFile(process.env.MID).catch(show).then(() => console.log('alive'));
			});
		});`
	var out, errb bytes.Buffer
	iso, err := host.New(host.Config{
		EvalSource: &src, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""),
		Env:    []string{"BIG=" + big, "MID=" + mid},
		Engine: wasm.EngineConfig{MemoryLimit: 64 << 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	code := iso.Run()
	want := "RangeError ERR_FS_FILE_TOO_LARGE\nRangeError ERR_FS_FILE_TOO_LARGE\nRangeError ERR_BUFFER_TOO_LARGE\n" +
		"RangeError ERR_FS_FILE_TOO_LARGE\nRangeError ERR_BUFFER_TOO_LARGE\nRangeError ERR_BUFFER_TOO_LARGE\nalive\n"
	if code != 0 || out.String() != want {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errb.String())
	}
}

// Asynchronous writes copy their bytes out of the VM; what they hold
// while pending is charged to the isolate, so queueing one buffer again
// and again fails with Node's error instead of growing the host.
func TestHostfsPendingWritesCharged(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := exec.Command("mkfifo", fifo).Run(); err != nil {
		t.Skip("mkfifo:", err)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		r, err := os.Open(fifo)
		if err != nil {
			return
		}
		io.Copy(io.Discard, r)
		r.Close()
	}()
	src := `
		const fs = require('fs');
		const fd = fs.openSync(process.env.FIFO, 'r+');
		const buf = Buffer.alloc(8 << 20);
		let ok = 0, refused = 0, left = 20;
		for (let i = 0; i < 20; i++) {
			fs.write(fd, buf, (e) => {
				if (!e) ok++;
				else if (e.code === 'ERR_BUFFER_TOO_LARGE') refused++;
				if (--left === 0) { console.log(ok > 0, refused > 0, ok + refused); fs.closeSync(fd); }
			});
		}`
	var out, errb bytes.Buffer
	iso, err := host.New(host.Config{
		EvalSource: &src, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""),
		Env:    []string{"FIFO=" + fifo},
		Engine: wasm.EngineConfig{MemoryLimit: 64 << 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	if code := iso.Run(); code != 0 || out.String() != "true true 20\n" {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errb.String())
	}
}
