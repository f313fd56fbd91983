package wasm

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSnapshotFile(t *testing.T) {
	vm := newVM(t)
	g := vm.Global()
	vm.Set(g, "twice", vm.Register("twice", func(vm *VM, _ Value, args []Value) Value {
		return MakeFloat(2 * args[0].Number())
	}))
	vm.Free(g)
	evalString(t, vm, "globalThis.saved = { list: Array.from({ length: 5000 }, (_, i) => 'item' + i) }; ''")
	vm.NewArrayBuffer([]byte("x")) // caches the ArrayBuffer constructor
	snap, err := vm.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	path := filepath.Join(t.TempDir(), "boot.snapshot")
	key := [32]byte{1, 2, 3}
	snap.Meta = []byte("the host's table")
	if err := snap.Save(path, key); err != nil {
		t.Fatal(err)
	}
	st := time.Now()
	var gotMeta string
	loaded, err := vm.engine.LoadSnapshot(path, key, func(meta []byte) ([]HostFunc, error) {
		gotMeta = string(meta)
		return vm.HostFuncs(), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	if gotMeta != "the host's table" || string(loaded.Meta) != gotMeta {
		t.Fatalf("meta %q", gotMeta)
	}
	loadTime := time.Since(st)
	st = time.Now()
	c, err := vm.engine.NewVMFromSnapshot(loaded, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cloneTime := time.Since(st)
	if got := evalString(t, c, "saved.list.length + ':' + saved.list[4999] + ':' + twice(21)"); got != "5000:item4999:42" {
		t.Fatalf("clone from file: %q", got)
	}
	if ab := c.NewArrayBuffer([]byte("abc")); c.ClassID(ab) != classArrayBuffer {
		t.Fatal("cached constructor lost")
	}
	t.Logf("load %v (checksum of %d KiB), then a VM in %v", loadTime, loaded.Size()>>10, cloneTime)

	invalid := func(what string, key [32]byte, funcs []HostFunc, e *Engine) {
		t.Helper()
		s, err := e.LoadSnapshot(path, key, func([]byte) ([]HostFunc, error) { return funcs, nil })
		if !errors.Is(err, ErrSnapshotInvalid) {
			t.Errorf("%s: loaded (%v)", what, err)
			if s != nil {
				s.Close()
			}
		}
	}
	invalid("another key", [32]byte{9}, vm.HostFuncs(), vm.engine)
	invalid("another function table", key, vm.HostFuncs()[1:], vm.engine)
	other, err := NewEngine(EngineConfig{StackLimit: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	invalid("another engine", key, vm.HostFuncs(), other)

	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	corrupt := func(what string, data []byte) {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		invalid(what, key, vm.HostFuncs(), vm.engine)
	}
	flipped := append([]byte(nil), b...)
	flipped[len(flipped)/2+12345] ^= 0x40
	corrupt("a flipped bit", flipped)
	corrupt("truncated", b[:len(b)-pageSize])
	corrupt("header only", b[:4096])
	corrupt("empty", nil)
	corrupt("garbage", []byte("not a snapshot at all"))
}
