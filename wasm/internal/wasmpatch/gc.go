package wasmpatch

import (
	"bytes"
	"errors"
	"fmt"
)

// The cycle collector of this quickjs-ng build (0.10.x) does not see the
// edge from a closure to a suspended coroutine (async function, generator,
// async generator) whose local it captured: the closure holds an *open*
// var_ref pointing into the coroutine's heap frame, and open var_refs are
// neither GC objects nor counted references. A coroutine reachable only
// through such a closure (a stream's async iterator whose wake-up function
// is an event listener: `await new Promise(next)`) was collected while
// live; its frame's values were freed under the closure, and the next call
// of the closure used freed memory (upstream's fix, "use-after-free of a
// suspended coroutine reachable only via a closure", came in 2026 and
// changes the var_ref layout).
//
// The patch makes such a coroutine a root for the duration of a collection:
// gcRescue(rt, +1) at the start of JS_RunGC adds one reference to every
// suspended coroutine whose frame has open var_refs, and gcRescue(rt, -1)
// removes it after the scan phase, before cycles are freed (the set is the
// same: decref and scan move objects between lists but free nothing and do
// not touch var_refs). Everything the coroutine's frame references stays
// alive with it. A garbage cycle containing such a coroutine and the
// closure is kept until the closure is freed (by reference count) or the
// coroutine finishes: a leak in that rare case, never a use-after-free.
const (
	funcRunGC = 273 // JS_RunGC(rt), gc_decref/gc_scan/gc_free_cycles inlined

	// JSRuntime: gc_obj_list (struct list_head {prev, next}).
	rtGCObjList = 88
	// JSGCObjectHeader: ref_count at 0, gc_obj_type in the low 4 bits of
	// the byte at 4, link (list_head) at 8.
	gcTypeOffset = 4
	gcLinkOffset = 8

	gcTypeJSObject      = 0
	gcTypeAsyncFunction = 4

	// JSAsyncFunctionData: is_active (bool) at 32, func_state at 40, its
	// frame at 56, the frame's var_ref_list at 80.
	asyncActiveOffset  = 32
	asyncVarRefsOffset = 80
	// JSObject: class id (uint16) at 6, opaque at 32.
	objClassOffset  = 6
	objOpaqueOffset = 32
	// Class ids of this build.
	classGenerator      = 48
	classAsyncGenerator = 58
	// JSGeneratorData: state at 0 (COMPLETED = 4); JSAsyncGeneratorData:
	// state at 4 (AWAITING_RETURN = 4 and COMPLETED = 5 come after the
	// frame was freed). Both have func_state at 8, the frame at 24 and its
	// var_ref_list at 48.
	genStateOffset      = 0
	asyncGenStateOffset = 4
	genDoneState        = 4
	genVarRefsOffset    = 48
)

// gcRescueBody is gcRescue(rt, delta): add delta to the reference count of
// every suspended coroutine with open var_refs on rt's GC object list.
func gcRescueBody() []byte {
	const rt, delta, el, p, s, c = 0, 1, 2, 3, 4, 5
	get := func(i byte) []byte { return []byte{0x20, i} }
	set := func(i byte) []byte { return []byte{0x21, i} }
	load := func(off uint32) []byte { return cat([]byte{0x28, 0x02}, u32(off)) }
	c32 := func(v int32) []byte { return cat([]byte{0x41}, s32(v)) }
	// bump: p->ref_count += delta
	bump := cat(get(p), get(p), load(0), get(delta), []byte{0x6a, 0x36, 0x02, 0x00})
	// emptyList(base, off): base+off's next == base+off
	emptyList := func(base byte, off uint32) []byte {
		return cat(get(base), load(off+4), get(base), c32(int32(off)), []byte{0x6a, 0x46})
	}
	return cat(
		[]byte{0x01, 0x04, 0x7f}, // 4 locals i32
		get(rt), load(rtGCObjList+4), set(el),
		[]byte{0x02, 0x40, 0x03, 0x40},                                     // block; loop
		get(el), get(rt), c32(rtGCObjList), []byte{0x6a, 0x46, 0x0d, 0x01}, // el == head: exit
		get(el), c32(gcLinkOffset), []byte{0x6b}, set(p),
		[]byte{0x02, 0x40}, // block (skip)
		get(p), []byte{0x2d, 0x00}, u32(gcTypeOffset), c32(15), []byte{0x71}, set(c),
		get(c), c32(gcTypeAsyncFunction), []byte{0x46, 0x04, 0x40}, // if async function
		get(p), []byte{0x2d, 0x00}, u32(asyncActiveOffset), []byte{0x45, 0x0d, 0x01},
		emptyList(p, asyncVarRefsOffset), []byte{0x0d, 0x01},
		bump, []byte{0x0c, 0x01}, // br skip
		[]byte{0x0b},               // end if
		get(c), []byte{0x0d, 0x00}, // not a JS object: skip
		get(p), []byte{0x2f, 0x01}, u32(objClassOffset), set(c),
		get(p), load(objOpaqueOffset), set(s),
		get(s), []byte{0x45, 0x0d, 0x00},
		get(c), c32(classGenerator), []byte{0x46, 0x04, 0x40}, // if generator
		get(s), load(genStateOffset), c32(genDoneState), []byte{0x4f, 0x0d, 0x01},
		[]byte{0x05}, // else
		get(c), c32(classAsyncGenerator), []byte{0x47, 0x0d, 0x01},
		get(s), load(asyncGenStateOffset), c32(genDoneState), []byte{0x4f, 0x0d, 0x01},
		[]byte{0x0b}, // end if
		emptyList(s, genVarRefsOffset), []byte{0x0d, 0x00},
		bump,
		[]byte{0x0b},                                  // end skip
		get(el), load(4), set(el), []byte{0x0c, 0x00}, // next; br loop
		[]byte{0x0b, 0x0b, 0x0b}, // end loop; end block; end func
	)
}

// runGCFreeCycles is the start of the inlined gc_free_cycles in JS_RunGC:
// rt->gc_phase = JS_GC_PHASE_REMOVE_CYCLES.
var runGCFreeCycles = []byte{0x20, 0x00, 0x41, 0x02, 0x3a, 0x00, 0x70}

// editBodies rewrites the bodies of the functions in edits (by function
// index) among the n bodies of a code section.
func editBodies(code []byte, n uint32, edits map[uint32]func([]byte) ([]byte, error)) ([]byte, error) {
	out := bytes.NewBuffer(make([]byte, 0, len(code)+64))
	b := code
	done := 0
	for i := uint32(0); i < n; i++ {
		size, k := leb(b)
		body := b[k : k+int(size)]
		b = b[k+int(size):]
		if edit := edits[i+importedFuncs]; edit != nil {
			var err error
			if body, err = edit(body); err != nil {
				return nil, err
			}
			done++
		}
		out.Write(u32(uint32(len(body))))
		out.Write(body)
	}
	if done != len(edits) {
		return nil, errors.New("wasmpatch: a function to edit is missing")
	}
	out.Write(b)
	return out.Bytes(), nil
}

// bracketRunGC brackets JS_RunGC's decref and scan phases with
// gcRescue(rt, +1) and gcRescue(rt, -1).
func bracketRunGC(body []byte) ([]byte, error) {
	// Skip the locals declaration.
	groups, k := leb(body)
	at := k
	for g := uint32(0); g < groups; g++ {
		_, k := leb(body[at:])
		at += k + 1
	}
	if c := bytes.Count(body, runGCFreeCycles); c != 1 {
		return nil, fmt.Errorf("wasmpatch: JS_RunGC: free-cycles phase found %d times", c)
	}
	if !bytes.HasPrefix(body[at:], []byte{0x20, 0x00, 0x41, 0xec, 0x00, 0x6a}) { // &rt->tmp_obj_list
		return nil, errors.New("wasmpatch: JS_RunGC: unexpected start")
	}
	call := func(delta int32) []byte {
		return cat([]byte{0x20, 0x00, 0x41}, s32(delta), []byte{0x10}, u32(gcRescueFunc))
	}
	out := cat(body[:at], call(1), body[at:])
	i := bytes.Index(out, runGCFreeCycles)
	return cat(out[:i], call(-1), out[i:]), nil
}
