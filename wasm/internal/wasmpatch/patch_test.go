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
	out, layout, err := Patch(in, 4<<20, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if layout.StackTop-layout.StackBase != 4<<20 || layout.StackBase != stockMemoryPages*pageSize ||
		layout.SharedBase != layout.StackTop || layout.SharedSize != 1<<20 {
		t.Fatalf("layout %+v", layout)
	}
	before, after := codeBodies(t, in), codeBodies(t, out)
	if len(after) != len(before)+len(addedFuncs)+1 || uint32(len(before))+importedFuncs != stockFuncs {
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
	if _, _, err := Patch(in, 1<<20, 0); err == nil {
		t.Fatal("a modified build was patched")
	}
}

// funcTypes returns the type index of each defined function.
func funcTypes(t *testing.T, mod []byte) []uint32 {
	t.Helper()
	secs, err := sections(mod)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secs {
		if s.id == 3 {
			n, b := readU32(s.body)
			out := make([]uint32, n)
			for i := range out {
				v, k := leb(b)
				out[i], b = v, b[k:]
			}
			return out
		}
	}
	t.Fatal("no function section")
	return nil
}

// The SAB hooks' facts: malloc and free are the functions the added hooks
// call; the stock code reads rt->sab_funcs at RuntimeSABOffset: sab_free
// (+4) in the ArrayBuffer finalizer and sab_dup (+8) where the
// constructor is inlined, each called with sab_opaque (+12) through
// call_indirect of the hook's type. (sab_alloc's site is not told apart
// from other uses of the offset here: wasm's TestSharedArrayBufferHooks
// pins all three by behaviour.)
func TestPatchSABFacts(t *testing.T) {
	in := stock(t)
	secs, err := sections(in)
	if err != nil {
		t.Fatal(err)
	}
	exports := map[string]uint32{}
	for _, s := range secs {
		if s.id != 7 {
			continue
		}
		n, b := readU32(s.body)
		for i := uint32(0); i < n; i++ {
			l, k := leb(b)
			name := string(b[k : k+int(l)])
			b = b[k+int(l):]
			idx, k := leb(b[1:])
			exports[name] = idx
			b = b[1+k:]
		}
	}
	if exports["malloc"] != funcMalloc || exports["free"] != funcFree {
		t.Fatalf("malloc is %d, free is %d", exports["malloc"], exports["free"])
	}
	types := funcTypes(t, in)
	// (i32) -> i32 is type 1, (i32) -> () type 5 in this build: checked
	// through the hooks' own types, which differ only by the opaque arg.
	if types[funcMalloc-importedFuncs] == types[funcFree-importedFuncs] {
		t.Fatal("malloc and free have the same type")
	}
	// The compiler addresses the fields as rt + offset: i32.const off;
	// i32.add; i32.load offset=0.
	load := func(off uint32) []byte { return cat([]byte{0x41}, s32(int32(off)), []byte{0x6a, 0x28, 0x02, 0x00}) }
	callInd := func(typ uint32) []byte { return cat([]byte{0x11}, u32(typ), []byte{0x00}) }
	opaque := load(RuntimeSABOffset + 12)
	found := map[string]bool{}
	for _, body := range codeBodies(t, in) {
		if !bytes.Contains(body, opaque) {
			continue
		}
		if bytes.Contains(body, load(RuntimeSABOffset+8)) && bytes.Contains(body, callInd(typeI32I32)) {
			found["dup"] = true
		}
		if bytes.Contains(body, load(RuntimeSABOffset+4)) && bytes.Contains(body, callInd(typeI32I32)) {
			found["free"] = true
		}
	}
	if len(found) != 2 {
		t.Fatalf("rt->sab_funcs uses not found at %d: %v", RuntimeSABOffset, found)
	}
}

// Every data segment of the patched module is passive, and Layout.Data
// holds them all, below the stack, with the stock module's bytes (and
// the rewritten messages) in place.
func TestPatchPassiveData(t *testing.T) {
	in := stock(t)
	out, layout, err := Patch(in, 4<<20, 1<<20)
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
