package host

import (
	"bytes"
	"strings"
	"testing"
)

// runWith runs src under cfg (stdio captured) and returns its output.
func runWith(t *testing.T, cfg Config, src string) string {
	t.Helper()
	var out bytes.Buffer
	cfg.EvalSource, cfg.Stdout, cfg.Stderr, cfg.Stdin = &src, &out, &out, strings.NewReader("")
	iso, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	iso.Run()
	iso.Close()
	return out.String()
}

// --expose-internals hands a program the raw bindings: refused under the
// permission model, from the command line and from a worker's execArgv
// (which refuses the flag outright, or runs without the internals).
func TestExposeInternalsRefusedUnderPermission(t *testing.T) {
	probe := `try { require('internal/test/binding'); console.log('exposed'); } catch (e) { console.log(e.code); }`
	if got := runWith(t, Config{ExecArgv: []string{"--expose-internals"}}, probe); !strings.Contains(got, "exposed") {
		t.Fatalf("without the permission model: %q", got)
	}
	perm := &Permissions{Enabled: true, Worker: true}
	if got := runWith(t, Config{ExecArgv: []string{"--expose-internals"}, Permissions: perm}, probe); strings.Contains(got, "exposed") {
		t.Fatalf("under --permission: %q", got)
	}
	src := `const { Worker } = require('worker_threads');
		new Worker(` + "`" + probe + "`" + `, { eval: true, execArgv: ['--expose-internals'] }).on('exit', () => console.log('worker done'));`
	if got := runWith(t, Config{Permissions: perm}, src); strings.Contains(got, "exposed") ||
		!(strings.Contains(got, "ERR_WORKER_INVALID_EXEC_ARGV") || strings.Contains(got, "worker done")) {
		t.Fatalf("a worker's execArgv under --permission: %q", got)
	}
}

// A SHARE_ENV store lives outside every VM's memory limit: past its cap a
// set throws ERR_OUT_OF_RANGE instead of growing host memory.
func TestSharedEnvBounded(t *testing.T) {
	src := `const { Worker, SHARE_ENV } = require('worker_threads');
		const w = new Worker('setTimeout(() => {}, 10)', { eval: true, env: SHARE_ENV });
		const big = 'x'.repeat(1 << 20);
		let n = 0;
		try { for (; n < 200; n++) process.env['K' + n] = big; console.log('unbounded'); }
		catch (e) { console.log(e.code, n < 200); }`
	if got := runWith(t, Config{}, src); !strings.HasPrefix(got, "ERR_OUT_OF_RANGE true") {
		t.Fatalf("got %q", got)
	}
}
