package wqnode_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wqnode/wqnode"
)

// An fs.FS mounted read-only and a MemFS mounted writable are what JS
// sees at their paths: reads, module loads (CommonJS and ESM), writes
// with Node's error codes, and nothing of the host's file system.
func TestMounts(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ro := fstest.MapFS{
		"data.txt":      {Data: []byte("read only")},
		"lib/add.js":    {Data: []byte("exports.add = (a, b) => a + b")},
		"lib/mul.mjs":   {Data: []byte("export const mul = (a, b) => a * b")},
		"plugin.js":     {Data: []byte("const { add } = require('./lib/add.js'); exports.run = (x) => add(x, 1)")},
		"dir/inner.txt": {Data: []byte("x")},
	}
	mem := wqnode.NewMemFS(1 << 20)
	if err := mem.WriteFile("seed.txt", []byte("seeded"), 0o644); err != nil {
		t.Fatal(err)
	}
	iso, err := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Mounts: []wqnode.Mount{
		{Path: "/plugin", FS: ro},
		{Path: "/scratch", FS: mem, Writable: true},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	ctx := context.Background()
	if err := iso.Import(ctx, "/plugin/plugin.js"); err != nil {
		t.Fatal(err)
	}
	if v, err := iso.Call(ctx, "run", 41); err != nil || v != 42.0 {
		t.Fatalf("run: %v %v", v, err)
	}
	v, err := iso.Eval(ctx, `(async () => {
		const fs = require('fs');
		const code = (f) => { try { f(); return 'ok' } catch (e) { return e.code } };
		const out = {};
		out.read = fs.readFileSync('/plugin/data.txt', 'utf8');
		out.seed = fs.readFileSync('/scratch/seed.txt', 'utf8');
		out.roWrite = code(() => fs.writeFileSync('/plugin/data.txt', 'x'));
		out.roCreate = code(() => fs.writeFileSync('/plugin/new.txt', 'x'));
		out.roUnlink = code(() => fs.unlinkSync('/plugin/data.txt'));
		out.roMkdir = code(() => fs.mkdirSync('/plugin/d'));
		out.missing = code(() => fs.readFileSync('/plugin/nope'));
		out.isDirRead = code(() => fs.readFileSync('/plugin/dir'));
		out.notDir = code(() => fs.readdirSync('/plugin/data.txt'));
		out.roReaddir = fs.readdirSync('/plugin').join(',');
		out.st = fs.statSync('/plugin/data.txt').size + ':' + fs.statSync('/plugin/dir').isDirectory();

		fs.writeFileSync('/scratch/a.txt', 'hello');
		fs.appendFileSync('/scratch/a.txt', ' world');
		out.back = fs.readFileSync('/scratch/a.txt', 'utf8');
		out.excl = code(() => fs.writeFileSync('/scratch/a.txt', 'x', { flag: 'wx' }));
		fs.mkdirSync('/scratch/d/e', { recursive: true });
		out.mkdirAgain = code(() => fs.mkdirSync('/scratch/d'));
		fs.renameSync('/scratch/a.txt', '/scratch/d/b.txt');
		out.oldGone = code(() => fs.statSync('/scratch/a.txt'));
		out.isDirWrite = code(() => fs.writeFileSync('/scratch/d', 'x'));
		out.notDirOpen = code(() => fs.openSync('/scratch/d/b.txt/x', 'r'));
		out.rmdirFull = code(() => fs.rmdirSync('/scratch/d'));
		out.unlinkDir = code(() => fs.unlinkSync('/scratch/d'));
		out.xdev = code(() => fs.renameSync('/scratch/d/b.txt', '/plugin/b.txt'));
		out.entries = fs.readdirSync('/scratch/d', { withFileTypes: true }).map((d) => d.name + (d.isDirectory() ? '/' : '')).join(',');
		const fd = fs.openSync('/scratch/d/b.txt', 'r+');
		fs.writeSync(fd, 'HELLO', 0);
		const buf = Buffer.alloc(5);
		fs.readSync(fd, buf, 0, 5, 6);
		out.fd = buf.toString() + ':' + fs.fstatSync(fd).size;
		fs.ftruncateSync(fd, 5);
		fs.closeSync(fd);
		out.trunc = fs.readFileSync('/scratch/d/b.txt', 'utf8');
		fs.copyFileSync('/plugin/data.txt', '/scratch/copy.txt');
		out.copy = await fs.promises.readFile('/scratch/copy.txt', 'utf8');
		await fs.promises.writeFile('/scratch/async.txt', 'async');
		out.asyncStat = (await fs.promises.stat('/scratch/async.txt')).size;
		fs.unlinkSync('/scratch/copy.txt');
		out.unlinked = code(() => fs.statSync('/scratch/copy.txt'));
		out.realpath = fs.realpathSync('/scratch/d/../d/e');
		out.host = code(() => fs.readFileSync('/etc/passwd'));
		out.escape = code(() => fs.readFileSync('/plugin/../etc/passwd'));
		out.symlink = code(() => fs.symlinkSync('/etc/passwd', '/scratch/l'));
		out.hasRead = process.permission.has('fs.read', '/plugin/data.txt') + ':' + process.permission.has('fs.write', '/plugin/x') + ':' + process.permission.has('fs.write', '/scratch/x');
		fs.writeFileSync('/scratch/m.mjs', 'export const sq = (x) => x * x');
		out.esm = (await import('/scratch/m.mjs')).sq(7) + (await import('/plugin/lib/mul.mjs')).mul(2, 3);
		return out;
	})()`)
	if err != nil {
		t.Fatal(err)
	}
	got := v.(map[string]any)
	want := map[string]any{
		"read": "read only", "seed": "seeded",
		"roWrite": "EROFS", "roCreate": "EROFS", "roUnlink": "EROFS", "roMkdir": "EROFS",
		"missing": "ENOENT", "isDirRead": "EISDIR", "notDir": "ENOTDIR",
		"roReaddir": "data.txt,dir,lib,plugin.js", "st": "9:true",
		"back": "hello world", "excl": "EEXIST", "mkdirAgain": "EEXIST", "oldGone": "ENOENT",
		"isDirWrite": "EISDIR", "notDirOpen": "ENOTDIR", "rmdirFull": "ENOTEMPTY", "unlinkDir": "EISDIR",
		"xdev": "EXDEV", "entries": "b.txt,e/", "fd": "world:11", "trunc": "HELLO",
		"copy": "read only", "asyncStat": 5.0, "unlinked": "ENOENT", "realpath": "/scratch/d/e",
		"host": "ERR_ACCESS_DENIED", "escape": "ERR_ACCESS_DENIED", "symlink": "EPERM",
		"hasRead": "true:false:true", "esm": 55.0,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %v, want %v", k, got[k], w)
		}
	}
	// What JS wrote, Go reads.
	if b, err := fs.ReadFile(mem, "d/b.txt"); err != nil || string(b) != "HELLO" {
		t.Fatalf("Go side: %q %v", b, err)
	}
	if ents, err := fs.ReadDir(mem, "."); err != nil || len(ents) != 4 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("Go side readdir: %s %v", strings.Join(names, ","), err)
	}
}

// A MemFS is bounded: writing past its limit fails with ENOSPC, and
// deleting gives the room back.
func TestMemFSLimit(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	mem := wqnode.NewMemFS(64 << 10)
	iso, _ := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Mounts: []wqnode.Mount{{Path: "/tmp", FS: mem, Writable: true}}}})
	defer iso.Close()
	v, err := iso.Eval(context.Background(), `
		const fs = require('fs'), out = [];
		try { fs.writeFileSync('/tmp/big', Buffer.alloc(100 << 10)) } catch (e) { out.push(e.code) }
		fs.rmSync('/tmp/big', { force: true });
		fs.writeFileSync('/tmp/small', Buffer.alloc(32 << 10));
		out.push(fs.statSync('/tmp/small').size);
		fs.unlinkSync('/tmp/small');
		fs.writeFileSync('/tmp/again', Buffer.alloc(60 << 10));
		out.push('ok');
		out.join(',')`)
	if err != nil || v != "ENOSPC,32768,ok" {
		t.Fatalf("%v %v", v, err)
	}
}

// A mount that cannot be is refused when the isolate is made.
func TestMountRefused(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	for _, m := range []wqnode.Mount{
		{Path: "rel", FS: fstest.MapFS{}},
		{Path: "/x"},
		{Path: "/x", FS: fstest.MapFS{}, Writable: true},
	} {
		if _, err := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Mounts: []wqnode.Mount{m}}}); err == nil {
			t.Errorf("%+v: made", m)
		}
	}
}

// A worker thread sees its isolate's mounts.
func TestMountsInWorker(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	mem := wqnode.NewMemFS(0)
	mem.WriteFile("in.txt", []byte("from go"), 0o644)
	iso, _ := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Workers: true,
		Mounts: []wqnode.Mount{{Path: "/data", FS: mem, Writable: true}}}})
	defer iso.Close()
	v, err := iso.Eval(context.Background(), `new Promise((resolve, reject) => {
		const { Worker } = require('worker_threads');
		const w = new Worker("const fs = require('fs'); fs.writeFileSync('/data/out.txt', fs.readFileSync('/data/in.txt', 'utf8').toUpperCase()); require('worker_threads').parentPort.postMessage('done')", { eval: true });
		w.on('message', resolve);
		w.on('error', reject);
	})`)
	if err != nil || v != "done" {
		t.Fatalf("%v %v", v, err)
	}
	if b, err := fs.ReadFile(mem, "out.txt"); err != nil || string(b) != "FROM GO" {
		t.Fatalf("%q %v", b, err)
	}
}
