package wqnode_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/wqnode/wqnode"
)

// Primitive arguments and results cross without JSON and keep JSON's
// values; composite ones cross as JSON; the queues a call leaves
// (nextTick, microtasks) are drained before the next one.
func TestCallValues(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	defer iso.Close()
	ctx := context.Background()
	if _, err := iso.Eval(ctx, `
		function echo(...a) { return a.length === 1 ? a[0] : a }
		function types(...a) { return a.map((x) => x === null ? 'null' : typeof x).join() }
		function nan() { return NaN }
		let log = [];
		function queue() { process.nextTick(() => log.push('tick')); Promise.resolve().then(() => log.push('job')); return 'queued' }
		function seen() { const l = log; log = []; return l.join() }`); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []any
		want any
	}{
		{"echo", []any{1}, 1.0},
		{"echo", []any{int64(1) << 40}, float64(int64(1) << 40)},
		{"echo", []any{1.5}, 1.5},
		{"echo", []any{"héllo \"x\"\n"}, "héllo \"x\"\n"},
		{"echo", []any{true}, true},
		{"echo", []any{nil}, nil},
		{"echo", []any{}, []any{}},
		{"echo", []any{1, "a", false}, []any{1.0, "a", false}},
		{"echo", []any{map[string]any{"k": []any{1.0}}}, map[string]any{"k": []any{1.0}}},
		{"types", []any{nil, 1, "s", true}, "null,number,string,boolean"},
		{"types", []any{[]int{1}, 2}, "object,number"},
		{"nan", nil, nil},
		{"queue", nil, "queued"},
		{"seen", nil, "tick,job"},
	} {
		got, err := iso.Call(ctx, c.name, c.args...)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s(%v) = %#v, %v; want %#v", c.name, c.args, got, err, c.want)
		}
	}
	if _, err := iso.Call(ctx, "missing"); err == nil {
		t.Error("a missing function: no error")
	}
}

// Eval's global scope has node -e's require, module, exports, __filename
// and __dirname (made on first use), and a plugin may replace them.
func TestEvalScope(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	defer iso.Close()
	ctx := context.Background()
	v, err := iso.Eval(ctx, `[typeof require, require('path').basename('/a/b'), typeof module.exports, exports === module.exports, __filename, __dirname].join()`)
	if want := "function,b,object,true,[eval],."; err != nil || v != want {
		t.Fatalf("%v %v, want %v", v, err, want)
	}
	v, err = iso.Eval(ctx, `exports = 5; var __dirname = 'mine'; [exports, __dirname, Object.keys(globalThis).includes('require')].join()`)
	if want := "5,mine,true"; err != nil || v != want {
		t.Fatalf("%v %v, want %v", v, err, want)
	}
	// An isolate that first reads nothing of them still has them later.
	iso2, _ := rt.NewIsolate(wqnode.Config{})
	defer iso2.Close()
	iso2.Eval(ctx, "1")
	if v, err := iso2.Eval(ctx, "require('util').format('%d', 7)"); err != nil || v != "7" {
		t.Fatalf("%v %v", v, err)
	}
}
