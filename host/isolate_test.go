package host

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/wqnode/wqnode/host/binding"
)

func run(t *testing.T, cfg Config, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	cfg.EvalSource = &src
	cfg.Stdout, cfg.Stderr = &out, &errb
	cfg.Stdin = strings.NewReader("")
	iso, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	code := iso.Run()
	return out.String(), errb.String(), code
}

// An embedder runs scripts with captured output and gets the exit code.
func TestEmbedRun(t *testing.T) {
	out, _, code := run(t, Config{}, `
		setTimeout(() => console.log('timer'), 1);
		Promise.resolve().then(() => console.log('promise'));
		process.on('exit', (c) => console.log('exit', c));
		process.exitCode = 3;`)
	if out != "promise\ntimer\nexit 3\n" || code != 3 {
		t.Fatalf("out %q code %d", out, code)
	}
}

func TestEmbedUncaught(t *testing.T) {
	_, errOut, code := run(t, Config{}, `throw new TypeError('bad')`)
	if code != 1 || !strings.Contains(errOut, "TypeError: bad") {
		t.Fatalf("code %d stderr %q", code, errOut)
	}
}

func TestEmbedRecursionEndsIsolate(t *testing.T) {
	_, errOut, code := run(t, Config{}, `function f() { return f() + 1 } f()`)
	if code != 1 || !strings.Contains(errOut, "Maximum call stack size exceeded") {
		t.Fatalf("code %d stderr %q", code, errOut)
	}
}

// With the permission model on, files outside the grants are denied.
func TestEmbedPermissions(t *testing.T) {
	dir := t.TempDir()
	out, _, code := run(t, Config{Cwd: dir, Permissions: &Permissions{Enabled: true, FSRead: []string{dir}}}, `
		const fs = require('fs');
		try { fs.readFileSync('/etc/hostname'); console.log('read'); } catch (e) { console.log(e.code, e.permission); }
		try { fs.writeFileSync('x.txt', 'x'); } catch (e) { console.log(e.code, e.permission); }
		console.log(process.permission.has('fs.read', '.'), process.permission.has('child'));`)
	want := "ERR_ACCESS_DENIED FileSystemRead\nERR_ACCESS_DENIED FileSystemWrite\ntrue false\n"
	if out != want || code != 0 {
		t.Fatalf("out %q code %d", out, code)
	}
}

// Many isolates share one compiled engine.
func TestManyIsolates(t *testing.T) {
	for i := 0; i < 5; i++ {
		out, _, code := run(t, Config{}, `console.log(1 + 1)`)
		if out != "2\n" || code != 0 {
			t.Fatalf("isolate %d: %q %d", i, out, code)
		}
	}
}

// Isolates run concurrently, each on its own goroutine.
func TestConcurrentIsolates(t *testing.T) {
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			var out bytes.Buffer
			src := `let n = 0; const iv = setInterval(() => { if (++n === 5) { clearInterval(iv); console.log('done', n); } }, 1);`
			iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
			if err != nil {
				errs <- err.Error()
				return
			}
			defer iso.Close()
			if code := iso.Run(); code != 0 || out.String() != "done 5\n" {
				errs <- out.String()
				return
			}
			errs <- ""
		}()
	}
	for i := 0; i < 8; i++ {
		if e := <-errs; e != "" {
			t.Fatal(e)
		}
	}
}

// Zlib streams, signal watchers and children are handles in the one
// table, beside stdio, and closing the isolate releases them all.
func TestHandlesInOneTable(t *testing.T) {
	src := `const z = require('zlib'); globalThis.keep = [z.createGzip(), z.createInflate()];
		process.on('SIGUSR2', () => {});
		require('child_process').spawn('sleep', ['5'], { stdio: 'ignore' }).unref();`
	var out, errb bytes.Buffer
	iso, err := New(Config{EvalSource: &src, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	if code := iso.Run(); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	kinds := map[string]int{}
	iso.env.Handles.Each(func(_ int, h binding.Handle) { kinds[fmt.Sprintf("%T", h)]++ })
	if kinds["*zlibcodec.Stream"] != 2 || kinds["*host.signalWatch"] != 1 || kinds["*host.childProc"] != 1 || kinds["*binding.Stdio"] != 3 {
		t.Fatalf("handles: %v", kinds)
	}
	iso.Close()
	if n := iso.env.Handles.Len(); n != 0 {
		t.Fatalf("%d handles left after Close", n)
	}
}

// Config.MaxHandles bounds the handle table: stdio takes three slots, the
// rest are the isolate's to open, and one more is EMFILE.
func TestMaxHandles(t *testing.T) {
	out, errOut, code := run(t, Config{MaxHandles: 10}, `
		const fs = require('fs');
		const fds = [];
		let code;
		try { for (let i = 0; i < 20; i++) fds.push(fs.openSync('/dev/null', 'r')); } catch (e) { code = e.code; }
		console.log(fds.length, code);
		fds.forEach((fd) => fs.closeSync(fd));
		console.log(typeof fs.openSync('/dev/null', 'r'));`)
	if out != "7 EMFILE\nnumber\n" || code != 0 {
		t.Fatalf("out %q err %q code %d", out, errOut, code)
	}
}
