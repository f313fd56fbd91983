package wasmpatch

import (
	"bytes"
	"os"
	"testing"
)

func stock(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../../qjs.wasm")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// codeBodies returns the function bodies of a module's code section.
func codeBodies(t *testing.T, mod []byte) [][]byte {
	t.Helper()
	secs, err := sections(mod)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secs {
		if s.id != 10 {
			continue
		}
		n, b := readU32(s.body)
		out := make([][]byte, n)
		for i := range out {
			size, k := leb(b)
			out[i] = b[k : k+int(size)]
			b = b[k+int(size):]
		}
		return out
	}
	t.Fatal("no code section")
	return nil
}

// The facts the patch edits are where the patcher expects them, and the
// edits land: JS_RunGC bracketed by gcRescue, __js_poll_interrupts
// resetting its counter to InterruptCounterInit, the added functions
// appended.
func TestPatchEdits(t *testing.T) {
	in := stock(t)
	out, layout, err := Patch(in, 4<<20)
	if err != nil {
		t.Fatal(err)
	}
	if layout.StackTop-layout.StackBase != 4<<20 || layout.StackBase != stockMemoryPages*pageSize {
		t.Fatalf("layout %+v", layout)
	}
	before, after := codeBodies(t, in), codeBodies(t, out)
	if len(after) != len(before)+len(addedFuncs) || uint32(len(before))+importedFuncs != stockFuncs {
		t.Fatalf("bodies: %d stock, %d patched", len(before), len(after))
	}
	call := func(delta int32) []byte {
		return cat([]byte{0x20, 0x00, 0x41}, s32(delta), []byte{0x10}, u32(gcRescueFunc))
	}
	gc := after[funcRunGC-importedFuncs]
	if !bytes.Contains(gc, call(1)) || !bytes.Contains(gc, append(call(-1), runGCFreeCycles...)) {
		t.Error("JS_RunGC is not bracketed by gcRescue")
	}
	if bytes.Contains(before[funcRunGC-importedFuncs], cat([]byte{0x10}, u32(gcRescueFunc))) {
		t.Error("the stock JS_RunGC already calls the function index gcRescue gets")
	}
	poll := after[funcPollInterrupts-importedFuncs]
	if bytes.Contains(poll, pollReset) || !bytes.Contains(poll, cat([]byte{0x41}, s32(InterruptCounterInit), []byte{0x36, 0x02}, u32(ContextInterruptCounterOffset))) {
		t.Error("__js_poll_interrupts does not reset its counter to InterruptCounterInit")
	}
	if !bytes.Contains(before[funcPollInterrupts-importedFuncs], cat([]byte{0x28, 0x02}, u32(RuntimeInterruptOffset))) {
		t.Error("__js_poll_interrupts does not load rt->interrupt_handler at RuntimeInterruptOffset")
	}
	for i, f := range addedFuncs {
		if !bytes.Equal(after[len(before)+i], f.body) {
			t.Errorf("added function %d not appended", i)
		}
	}
}

// Any other build is refused.
func TestPatchRefusesOtherBuilds(t *testing.T) {
	in := append([]byte(nil), stock(t)...)
	in[len(in)-1] ^= 1
	if _, _, err := Patch(in, 1<<20); err == nil {
		t.Fatal("a modified build was patched")
	}
}

// Every data segment of the patched module is passive, and Layout.Data
// holds them all, below the stack, with the stock module's bytes (and
// the rewritten messages) in place.
func TestPatchPassiveData(t *testing.T) {
	in := stock(t)
	out, layout, err := Patch(in, 4<<20)
	if err != nil {
		t.Fatal(err)
	}
	secs, err := sections(out)
	if err != nil {
		t.Fatal(err)
	}
	var n uint32
	for _, s := range secs {
		if s.id != 11 {
			continue
		}
		var rest []byte
		n, rest = readU32(s.body)
		for i := uint32(0); i < n; i++ {
			if rest[0] != 0x01 {
				t.Fatalf("segment %d is not passive (flag %d)", i, rest[0])
			}
			ln, r := readU32(rest[1:])
			rest = r[ln:]
		}
	}
	if n == 0 || int(n) != len(layout.Data) {
		t.Fatalf("%d segments, %d in the layout", n, len(layout.Data))
	}
	var total int
	for _, d := range layout.Data {
		if d.Offset+uint32(len(d.Bytes)) > layout.StackBase {
			t.Fatalf("segment at %d (+%d) past the static data", d.Offset, len(d.Bytes))
		}
		if d.Offset != newStringsBase && !bytes.Contains(in, d.Bytes) {
			t.Fatalf("segment at %d is not the stock module's", d.Offset)
		}
		total += len(d.Bytes)
	}
	t.Logf("%d segments, %d bytes", n, total)
}
