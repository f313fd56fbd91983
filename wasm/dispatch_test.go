package wasm

import (
	"context"
	"testing"
)

// Every export is reached through the dispatcher under its own selector:
// a call through it returns what a direct call of the export returns, and
// a VM holds one wazero function per nesting depth, not one per export.
func TestDispatcherReachesEachExport(t *testing.T) {
	e, err := NewEngine(EngineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := e.NewVM(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	seen := map[uint32]string{}
	for name, d := range e.compiled.ExportedFunctions() {
		if name == "__wq_call" {
			continue
		}
		s, ok := e.selectors[name]
		if !ok {
			t.Fatalf("export %s has no selector", name)
		}
		if other, dup := seen[s]; dup && e.compiled.ExportedFunctions()[other].Index() != d.Index() {
			t.Fatalf("%s and %s share selector %d", name, other, s)
		}
		seen[s] = name
	}
	// i32 in and out, an i64 result, an f64 argument, no result.
	p := uint32(vm.export("malloc").call(64))
	direct, err := vm.mod.ExportedFunction("QJS_NewFloat64").Call(context.Background(), uint64(vm.jsctx), 0x400921fb54442d18)
	if err != nil {
		t.Fatal(err)
	}
	via := vm.export("QJS_NewFloat64").call(uint64(vm.jsctx), 0x400921fb54442d18)
	if direct[0] != via {
		t.Fatalf("QJS_NewFloat64: direct %#x, through the dispatcher %#x", direct[0], via)
	}
	if f := vm.Float(Value(via)); f != 3.141592653589793 {
		t.Fatalf("Float = %v", f)
	}
	vm.export("free").call(uint64(p))
	if p == 0 || len(vm.disp) != 1 {
		t.Fatalf("malloc %#x; %d dispatchers", p, len(vm.disp))
	}
}
