package wasm

import "testing"

// IsArray pins the Array class id: arrays and subclass instances are, a
// Proxy of one and array-likes are not.
func TestIsArray(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]bool{
		"[1, 2]": true, "new (class extends Array {})()": true, "new Proxy([], {})": false,
		"({ length: 1 })": false, "new Uint8Array(1)": false, "(function () { return arguments; })()": false,
	} {
		v, err := vm.Eval(src, "t.js", 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := vm.IsArray(v); got != want {
			t.Errorf("%s: IsArray %v, want %v", src, got, want)
		}
		vm.Free(v)
	}
}
