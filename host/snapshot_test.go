package host

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// What the per-process phase sets, and what the first phase defines, read
// the same in an isolate cloned from the snapshot as in a fresh one.
func TestSnapshotStartsLikeFresh(t *testing.T) {
	if startImage(wasm.EngineConfig{}) == nil {
		t.Fatal("no start-up snapshot")
	}
	dir := t.TempDir()
	src := `const { isMainThread, threadId } = require('worker_threads');
		console.log(JSON.stringify({
			argv: process.argv, execArgv: process.execArgv, argv0: process.argv0, env: { ...process.env },
			pid: process.pid, ppid: process.ppid, execPath: process.execPath, cwd: process.cwd(),
			noDeprecation: process.noDeprecation, permission: typeof process.permission,
			isMainThread, threadId, paths: require('module').globalPaths,
			uptime: process.uptime() >= 0 && process.uptime() < 600,
			globals: Object.getOwnPropertyNames(globalThis).sort(),
			processKeys: Object.keys(process).sort(),
			listeners: process.eventNames().map(String),
			tz: new Date(0).getTimezoneOffset(),
		}));`
	for _, perms := range []*Permissions{nil, {Enabled: true, FSRead: []string{"/"}}} {
		cfg := Config{Argv: []string{"/bin/wqnode", "x.js", "a"}, ExecArgv: []string{"--no-deprecation"},
			Env: []string{"HOME=" + dir, "NODE_PATH=/np", "TZ=America/New_York", "A=b"}, Cwd: dir, Permissions: perms}
		snap, _, code := run(t, cfg, src)
		cfg.Fresh = true
		fresh, _, code2 := run(t, cfg, src)
		if snap != fresh || code != 0 || code2 != 0 {
			t.Fatalf("from the snapshot (%d):\n%s\nfresh (%d):\n%s", code, snap, code2, fresh)
		}
		for _, want := range []string{`"x.js","a"],"execArgv":["--no-deprecation"]`, `"noDeprecation":true`, `"A":"b"`, dir + `/.node_modules`, `"/np"`, `"tz":300`} {
			if !strings.Contains(snap, want) {
				t.Errorf("no %s in %s", want, snap)
			}
		}
		if strings.Contains(snap, `"permission":"object"`) != (perms != nil) {
			t.Errorf("permission model: %s", snap)
		}
	}
}

// Each clone has its own Math.random sequence.
func TestSnapshotReseedsRandom(t *testing.T) {
	a, _, _ := run(t, Config{}, `console.log(Math.random())`)
	b, _, _ := run(t, Config{}, `console.log(Math.random())`)
	if a == b {
		t.Fatalf("two clones drew %s", a)
	}
}

// Workers start from the snapshot and get their own identity.
func TestSnapshotWorker(t *testing.T) {
	out, errOut, code := run(t, Config{}, `
		const { Worker, isMainThread } = require('worker_threads');
		const w = new Worker('const w = require("worker_threads"); w.parentPort.postMessage([w.isMainThread, w.threadId > 0, w.workerData, process.argv.length])', { eval: true, workerData: 7 });
		w.on('message', (m) => console.log(isMainThread, JSON.stringify(m)));`)
	if out != "true [false,true,7,2]\n" || code != 0 {
		t.Fatalf("out %q err %q code %d", out, errOut, code)
	}
}

type testState struct{}

type nopHandle struct{}

func (nopHandle) Close() error { return nil }

// The snapshot is refused while the isolate holds anything a clone could
// not have.
func TestSnapshotRefusedWhenBusy(t *testing.T) {
	mk := func() *Isolate {
		t.Helper()
		iso, err := newIsolate(Config{Env: []string{}, Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := iso.bootstrapSafe(); err != nil {
			t.Fatal(err)
		}
		return iso
	}
	for _, c := range []struct {
		what string
		do   func(iso *Isolate)
	}{
		{"a timer", func(iso *Isolate) { iso.loop.SetTimer(1000, false) }},
		{"an immediate", func(iso *Isolate) { iso.loop.SetImmediates(true, false) }},
		{"a loop reference", func(iso *Isolate) { iso.loop.Ref() }},
		{"a queued completion", func(iso *Isolate) { iso.loop.Post(func() {}) }},
		{"a handle", func(iso *Isolate) { iso.env.Handles.Add(nopHandle{}) }},
		{"binding state", func(iso *Isolate) { binding.State(iso.env, testState{}, func() *int { return new(int) }) }},
		{"a promise job", func(iso *Isolate) {
			v, err := iso.vm.Eval("Promise.resolve().then(() => {}); 0", "<test>", 0)
			if err != nil {
				t.Fatal(err)
			}
			iso.vm.Free(v)
		}},
		{"the per-process phase", func(iso *Isolate) {
			if err := iso.bootstrapProcess(); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		iso := mk()
		c.do(iso)
		if img, err := iso.snapshot(); !errors.Is(err, ErrSnapshotBusy) {
			t.Errorf("%s: snapshot taken (%v)", c.what, err)
			if img != nil {
				img.snap.Close()
			}
		}
		iso.release()
	}
	iso := mk()
	defer iso.release()
	img, err := iso.snapshot()
	if err != nil {
		t.Fatalf("idle isolate: %v", err)
	}
	img.snap.Close()
}

// The snapshot saved on disk is loaded by the next process; a corrupt,
// truncated or foreign file is refused and replaced, never mapped.
func TestSnapshotFile(t *testing.T) {
	dir := t.TempDir()
	cfg := wasm.EngineConfig{}
	load := func(what string, wantLoaded bool) *bootImage {
		t.Helper()
		img, loaded, err := loadOrBuildImage(cfg, dir)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if loaded != wantLoaded {
			t.Fatalf("%s: loaded %v", what, loaded)
		}
		return img
	}
	load("first", false).snap.Close()
	img := load("second", true)
	var out bytes.Buffer
	src := `console.log(process.argv.length, typeof require('fs').readFileSync)`
	iso, err := newIsolate(Config{EvalSource: &src, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")}, img)
	if err != nil {
		t.Fatal(err)
	}
	if code := iso.Run(); code != 0 || out.String() != "1 function\n" {
		t.Fatalf("clone of the loaded snapshot: %d %q", code, out.String())
	}
	iso.Close()
	img.snap.Close()

	files, _ := filepath.Glob(filepath.Join(dir, "boot-*.snap"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	path := files[0]
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Another engine configuration's file in its place.
	other := wasm.EngineConfig{StackLimit: 1 << 20}
	oimg, _, err := loadOrBuildImage(other, dir)
	if err != nil {
		t.Fatal(err)
	}
	oimg.snap.Close()
	ofiles, _ := filepath.Glob(filepath.Join(dir, "boot-*.snap"))
	for _, f := range ofiles {
		if f != path {
			b, _ := os.ReadFile(f)
			os.WriteFile(path, b, 0o644)
		}
	}
	load("another engine's file", false).snap.Close()
	for what, b := range map[string][]byte{
		"a flipped bit": func() []byte { c := append([]byte(nil), good...); c[len(c)/3] ^= 1; return c }(),
		"truncated":     good[:len(good)-65536],
		"header only":   good[:4096],
		"garbage":       []byte("not a snapshot"),
	} {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		load(what, false).snap.Close()
		load(what+", rebuilt", true).snap.Close()
	}
}

// BenchmarkIsolateFromSnapshot is a ready isolate (cloned, per-process
// phase run) made and closed; BenchmarkIsolateFresh the same with the whole
// bootstrap.
func BenchmarkIsolateFromSnapshot(b *testing.B) { benchIsolate(b, false) }

func BenchmarkIsolateFresh(b *testing.B) { benchIsolate(b, true) }

func benchIsolate(b *testing.B, fresh bool) {
	cfg := Config{Env: []string{}, Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Fresh: fresh}
	startImage(cfg.Engine)
	for b.Loop() {
		iso, err := New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		if err := iso.bootstrap(); err != nil {
			b.Fatal(err)
		}
		iso.release()
	}
}
