package wqnode_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"time"

	"github.com/wqnode/wqnode"
)

// An isolate evaluates code and returns JSON-like values; promises are
// awaited.
func ExampleIsolate_Eval() {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	defer iso.Close()
	ctx := context.Background()
	v, err := iso.Eval(ctx, "Promise.resolve([1, 2, 3].map((x) => x * 2))")
	fmt.Println(v, err)
	// Output: [2 4 6] <nil>
}

// A plugin module is imported once and its exports called many times.
func ExampleIsolate_Call() {
	dir, _ := os.MkdirTemp("", "plugin")
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "plugin.js")
	os.WriteFile(file, []byte(`exports.greet = async (who) => ({ text: 'hello ' + who })`), 0o644)

	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{FSRead: []string{dir}}})
	defer iso.Close()
	ctx := context.Background()
	if err := iso.Import(ctx, file); err != nil {
		fmt.Println(err)
		return
	}
	v, err := iso.Call(ctx, "greet", "plugin")
	fmt.Println(v, err)
	// Output: map[text:hello plugin] <nil>
}

// Host modules give JS Go functions, sync and async.
func ExampleHostModule() {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{HostModules: map[string]wqnode.HostModule{
		"kv": {
			"upper": {Fn: func(ctx context.Context, args []any) (any, error) {
				s, _ := args[0].(string)
				return strings.ToUpper(s), nil
			}},
			"fetch": {Async: true, Fn: func(ctx context.Context, args []any) (any, error) {
				return map[string]any{"key": args[0], "value": 42}, nil
			}},
		},
	}})
	defer iso.Close()
	v, err := iso.Eval(context.Background(), `
		const kv = require('host:kv');
		kv.fetch('a').then((r) => kv.upper(r.key) + '=' + r.value)`)
	fmt.Println(v, err)
	// Output: A=42 <nil>
}

// A breached limit ends the isolate with a *LimitError.
func ExampleLimitError() {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{Limits: wqnode.Limits{CPUTime: 50 * time.Millisecond}})
	defer iso.Close()
	_, err := iso.Eval(context.Background(), "for (;;) {}")
	var le *wqnode.LimitError
	fmt.Println(errors.As(err, &le), le.Limit)
	// Output: true cpu
}

// Plugins can be given file systems of the embedder's: any fs.FS
// read-only (here an fstest.MapFS; an embed.FS works the same), and a
// MemFS writable, which Go reads back. Nothing else of the host is seen.
func ExampleMount() {
	code := fstest.MapFS{"plugin.js": {Data: []byte(`
		const fs = require('fs');
		exports.run = (name) => {
			fs.writeFileSync('/out/' + name + '.txt', fs.readFileSync('/code/plugin.js', 'utf8').length + ' bytes');
			try { fs.writeFileSync('/code/x', '') } catch (e) { return e.code }
		};`)}}
	out := wqnode.NewMemFS(1 << 20)

	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{Grants: wqnode.Grants{Mounts: []wqnode.Mount{
		{Path: "/code", FS: code},
		{Path: "/out", FS: out, Writable: true},
	}}})
	defer iso.Close()
	ctx := context.Background()
	if err := iso.Import(ctx, "/code/plugin.js"); err != nil {
		fmt.Println(err)
		return
	}
	v, err := iso.Call(ctx, "run", "report")
	b, _ := fs.ReadFile(out, "report.txt")
	fmt.Println(v, err, string(b))
	// Output: EROFS <nil> 240 bytes
}
