package wasm

import "testing"

// TestNewErrorIgnoresReplacedClasses: host-built errors use the error
// classes as they were when the VM was made; a script that replaces
// globalThis.TypeError (or Error) is never called by them.
func TestNewErrorIgnoresReplacedClasses(t *testing.T) {
	vm := newVM(t)
	setup := `globalThis.OrigTypeError = TypeError; globalThis.OrigError = Error; globalThis.calls = 0;
		globalThis.TypeError = function () { calls++; return { fake: true }; };
		globalThis.Error = function () { calls++; return { fake: true }; };`
	if v, err := vm.Eval(setup, "setup.js", 0); err != nil {
		t.Fatal(err)
	} else {
		vm.Free(v)
	}
	for _, class := range []string{"TypeError", "Error", "RangeError"} {
		e := vm.NewError(class, "boom")
		g := vm.Global()
		vm.Set(g, "hostError", e)
		vm.Free(g)
		check := "(hostError instanceof (globalThis['Orig" + class + "'] || " + class + ")) && hostError.message === 'boom' && calls === 0"
		v, err := vm.Eval(check, "check.js", 0)
		if err != nil {
			t.Fatal(err)
		}
		if !vm.Bool(v) {
			t.Errorf("%s: the host built its error with a replaced class", class)
		}
		vm.Free(v)
	}
}
