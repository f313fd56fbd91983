// Package wasmpatch rewrites the stock qjs.wasm (fastschema/qjs v0.0.6) at
// load time so that it can serve as a Node-style runtime:
//
//   - custom sections (DWARF) are dropped: wazero otherwise spends most of a
//     warm start reading them;
//   - the C shadow stack is moved into a region of its own above the initial
//     heap, sized by the caller (the stock 64 KiB stack grows down into static
//     data after a few hundred JS frames);
//   - JS_ExecutePendingJob and JS_NewStringLen, present in the binary but not
//     exported, are exported;
//   - a small function is added that forwards QuickJS's host promise
//     rejection tracker to the single host import (env.jsFunctionProxy), so
//     that unhandled rejections reach the host as in Node;
//   - the cycle collector keeps suspended coroutines alive while a closure
//     holds an open reference to one of their locals (see gcRescueBody);
//   - a shared-memory region is reserved above the stack, before the heap
//     (malloc grows memory from the initial memory's end), and three small
//     functions forward QuickJS's SharedArrayBuffer hooks (rt->sab_funcs)
//     to the host, which allocates SharedArrayBuffers in that region (see
//     sabAllocBody).
//
// The offsets below are facts about one build; Patch refuses any other build.
package wasmpatch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// StockSHA256 is the hash of the qjs.wasm build these facts were read from.
const StockSHA256 = "88fcbeead33cca3ec8394feb0fb3eec8047ec9ac5062aba7a63799cee11989b7"

// Facts about the stock build, read off its disassembly.
const (
	stockMemoryPages  = 3      // initial memory; the initial heap ends here
	stockStackPointer = 165408 // initial __stack_pointer (== __heap_base)
	typeRejectTracker = 43     // (ctx i32, promise i64, reason i64, handled i32, opaque i32) -> ()
	typeNormalize     = 11     // (ctx, base, name, opaque i32) -> i32
	typeLoader        = 0      // (ctx, name, opaque i32) -> i32
	typeI32I32        = 2      // (i32, i32) -> ()
	typeInterrupt     = 3      // (rt, opaque i32) -> i32 (JSInterruptHandler)
	funcProxyImport   = 0      // env.jsFunctionProxy(ctx i32, this i64, argc i32, argv i32) -> i64
	stockTableSize    = 542
	importedFuncs     = 24
	stockFuncs        = importedFuncs + 1138

	// RuntimeTrackerOffset is the offset in JSRuntime of
	// host_promise_rejection_tracker; the opaque pointer follows it.
	RuntimeTrackerOffset = 172
	// ContextRuntimeOffset is the offset of JSContext.rt.
	ContextRuntimeOffset = 16
	// RuntimeStackTopOffset and RuntimeStackLimitOffset are JSRuntime's
	// stack_top and stack_limit: js_check_stack_overflow throws when the C
	// stack pointer passes below stack_limit (0, no limit, in the WASI
	// build).
	RuntimeStackTopOffset   = 124
	RuntimeStackLimitOffset = 128
	// RuntimeJobListOffset is JSRuntime.job_list (struct list_head {prev,
	// next}): empty when next points at itself.
	RuntimeJobListOffset = 180
	// ContextRandomStateOffset is JSContext.random_state, Math.random's
	// xorshift64* state (uint64, seeded from the clock at creation).
	ContextRandomStateOffset = 264
	// RuntimeGCThresholdOffset is the offset in JSRuntime of
	// malloc_gc_threshold: the collector runs when an allocation passes it.
	RuntimeGCThresholdOffset = 116
	// RuntimeModuleOffset is the offset in JSRuntime of
	// module_normalize_func; module_loader_func and its opaque follow it.
	RuntimeModuleOffset = 188

	// TrackerTableIndex, NormalizeTableIndex and LoaderTableIndex are the
	// table slots of the added forwarding functions.
	TrackerTableIndex   = stockTableSize
	NormalizeTableIndex = stockTableSize + 1
	LoaderTableIndex    = stockTableSize + 2

	// Calls of env.jsFunctionProxy made by the added functions carry one of
	// these flags in argc; argv then points at the opaque scratch area.
	//  - tracker: argc = TrackerArgcFlag|isHandled, this = promise,
	//    reason stored at argv+0.
	//  - normalize: base name pointer at argv+0, module name at argv+4; the
	//    result (low 32 bits) is a malloc'd C string or 0 on exception.
	//  - loader: module name pointer at argv+0; the result (low 32 bits) is a
	//    JSModuleDef pointer or 0 on exception.
	//  - interrupt: argc = InterruptArgcFlag; the result (low 32 bits) is
	//    non-zero to interrupt the running JS.
	TrackerArgcFlag   = 0x40000000
	NormalizeArgcFlag = 0x50000000
	LoaderArgcFlag    = 0x60000000
	InterruptArgcFlag = 0x70000000

	// InterruptTableIndex is the table slot of the added interrupt handler
	// (after gcRescue's).
	InterruptTableIndex = stockTableSize + 4
	// RuntimeInterruptOffset is the offset in JSRuntime of
	// interrupt_handler; interrupt_opaque follows it.
	RuntimeInterruptOffset = 152
	// ContextInterruptCounterOffset is JSContext.interrupt_counter: each
	// function entry, backward jump and regex step decrements it; at zero
	// __js_poll_interrupts resets it and calls the handler, whose non-zero
	// result throws an uncatchable InternalError: interrupted.
	ContextInterruptCounterOffset = 272
	// InterruptCounterInit is the counter's reset value once patched
	// (stock: 10,000): how many polls pass between two handler calls.
	InterruptCounterInit = 1000
	// funcPollInterrupts is __js_poll_interrupts(ctx).
	funcPollInterrupts = 393

	// RuntimeSABOffset is JSRuntime.sab_funcs (JSSharedArrayBufferFunctions:
	// sab_alloc(opaque, size) -> ptr, sab_free(opaque, ptr), sab_dup(opaque,
	// ptr), sab_opaque), after module_async_evaluation_next_timestamp
	// (int64 at 200). The stock build leaves them NULL: SharedArrayBuffers
	// are then malloc'd like ArrayBuffers.
	RuntimeSABOffset = 208
	// SABTableIndex is the table slot of the added sab_alloc; sab_free and
	// sab_dup follow it.
	SABTableIndex = stockTableSize + 5
	// SABArgcFlag marks the calls of env.jsFunctionProxy made by the added
	// SAB hooks: argc = SABArgcFlag|op (SABAlloc, SABFree, SABDup), this =
	// the size (alloc) or the data pointer, argv = sab_opaque. The result's
	// low 32 bits: alloc, the pointer or 0 (then the hook mallocs the buffer
	// itself: a SharedArrayBuffer this thread alone sees; the host's own
	// fallback does the same, and throws when that fails, which the engine
	// does not); free, non-zero
	// when the host took the pointer (else the hook frees it).
	SABArgcFlag = 0x30000000
	SABAlloc    = 1
	SABFree     = 2
	SABDup      = 3
	// funcMalloc and funcFree are the exported malloc and free.
	funcMalloc = 101
	funcFree   = 103
)

// Exports added by Patch, by name, with their function index in the stock build.
var addedExports = []struct {
	name string
	fn   uint32
}{
	{"JS_ExecutePendingJob", 279},       // (rt, JSContext**) -> int
	{"JS_NewStringLen", 348},            // (ctx, ptr, len) -> JSValue
	{"JS_Eval", 493},                    // (ctx, src, len, filename, flags) -> JSValue
	{"JS_EvalFunction", 488},            // (ctx, JSValue) -> JSValue
	{"JS_ReadObject", 504},              // (ctx, buf, len, flags) -> JSValue
	{"JS_WriteObject", 497},             // (ctx, *size, JSValue, flags) -> ptr
	{"JS_ResolveModule", 494},           // (ctx, JSValue) -> int
	{"js_module_set_import_meta", 1092}, // (ctx, JSValue, use_realpath, is_main) -> int
}

// added functions: type index and body, in table order.
var addedFuncs = []struct {
	typ  uint32
	body []byte
}{
	{typeRejectTracker, trackerBody()},
	{typeNormalize, normalizeBody()},
	{typeLoader, loaderBody()},
	{typeI32I32, gcRescueBody()},
	{typeInterrupt, interruptBody()},
	{typeInterrupt, sabAllocBody()},
	{typeI32I32, sabFreeBody()},
	{typeI32I32, sabDupBody()},
}

// gcRescueFunc is the function index of the added gcRescue.
const gcRescueFunc = stockFuncs + 3

// messages maps engine error messages to V8's wording where the format's
// arguments line up, so that programs printing err.message see Node's text.
// refs is how many code sites load the old string (a fact of this build,
// checked so that a stray match can never be rewritten).
var messages = []struct {
	old, new string
	refs     int
}{
	{"cannot read property '%s' of null", "Cannot read properties of null (reading '%s')", 2},
	{"cannot read property '%s' of undefined", "Cannot read properties of undefined (reading '%s')", 2},
	{"invalid array length", "Invalid array length", 7},
	{"empty array", "Reduce of empty array with no initial value", 1},
	{"cannot convert symbol to string", "Cannot convert a Symbol value to a string", 1},
	{"malformed UTF-8", "URI malformed", 2}, // decodeURI/decodeURIComponent
	{"cannot convert symbol to number", "Cannot convert a Symbol value to a number", 1},
}

// newStringsBase is where the rewritten messages go: the stock build's
// 64 KiB stack region below the heap, unused once the stack has moved.
const newStringsBase = 100000

// Layout describes where Patch put the stack and the shared region.
type Layout struct {
	StackBase uint32 // lowest address of the stack region
	StackTop  uint32 // initial stack pointer
	// SharedBase is the start of the shared-memory region (== StackTop),
	// SharedSize its size: memory the host maps shared between VMs. The
	// heap begins after it.
	SharedBase, SharedSize uint32
	// Data are the module's data segments, which Patch makes passive:
	// instantiation writes nothing into memory, so a VM made from a
	// snapshot maps the snapshot's static data untouched (the pages stay
	// shared), and a fresh VM is given them by the bridge (VM.initData).
	Data []Segment
}

// Segment is one data segment: its bytes and where they go.
type Segment struct {
	Offset uint32
	Bytes  []byte
}

// passiveData rewrites a data section's active segments (flag 0, an
// i32.const offset) as passive ones (flag 1) and returns them.
func passiveData(body []byte) ([]byte, []Segment, error) {
	n, rest := readU32(body)
	out := u32(n)
	var segs []Segment
	for i := uint32(0); i < n; i++ {
		if len(rest) < 2 || rest[0] != 0x00 || rest[1] != 0x41 {
			return nil, nil, errors.New("wasmpatch: unexpected data segment")
		}
		off, m := sleb(rest[2:])
		rest = rest[2+m:]
		if len(rest) == 0 || rest[0] != 0x0b {
			return nil, nil, errors.New("wasmpatch: unexpected data segment offset")
		}
		ln, r := readU32(rest[1:])
		if uint32(len(r)) < ln {
			return nil, nil, errors.New("wasmpatch: truncated data segment")
		}
		segs = append(segs, Segment{Offset: uint32(off), Bytes: r[:ln]})
		out = append(append(append(out, 0x01), u32(ln)...), r[:ln]...)
		rest = r[ln:]
	}
	if len(rest) != 0 {
		return nil, nil, errors.New("wasmpatch: trailing bytes in the data section")
	}
	return out, segs, nil
}

const pageSize = 65536

// Patch returns the rewritten module and the resulting layout. The stack
// region is stackSize bytes and the shared region sharedSize bytes, each
// rounded up to whole pages.
func Patch(stock []byte, stackSize, sharedSize uint32) ([]byte, Layout, error) {
	sum := sha256.Sum256(stock)
	if hex.EncodeToString(sum[:]) != StockSHA256 {
		return nil, Layout{}, errors.New("wasmpatch: unknown qjs.wasm build (expected fastschema/qjs v0.0.6)")
	}
	stackPages := (stackSize + pageSize - 1) / pageSize
	layout := Layout{StackBase: stockMemoryPages * pageSize}
	layout.StackTop = layout.StackBase + stackPages*pageSize
	sharedPages := (sharedSize + pageSize - 1) / pageSize
	layout.SharedBase, layout.SharedSize = layout.StackTop, sharedPages*pageSize

	secs, err := sections(stock)
	if err != nil {
		return nil, Layout{}, err
	}
	if err := checkTypes(secs); err != nil {
		return nil, Layout{}, err
	}
	rewrites, newData, err := planMessages(secs)
	if err != nil {
		return nil, Layout{}, err
	}
	disp, err := planDispatch(secs)
	if err != nil {
		return nil, Layout{}, err
	}
	var out bytes.Buffer
	out.Write(stock[:8])
	nFuncs := uint32(0)
	for _, s := range secs {
		body := s.body
		switch s.id {
		case 0: // custom: drop
			continue
		case 1: // type: the dispatcher's
			n, rest := readU32(body)
			body = cat(u32(n+1), rest, dispatchType())
		case 3: // function: append the tracker's type
			n, rest := readU32(body)
			nFuncs = n
			body = cat(u32(n+uint32(len(addedFuncs))+1), rest)
			for _, f := range addedFuncs {
				body = cat(body, u32(f.typ))
			}
			body = cat(body, u32(disp.typ))
		case 4: // table: slots for the added functions
			size := uint32(stockTableSize + len(addedFuncs))
			body = cat(u32(1), []byte{0x70, 0x01}, u32(size), u32(size))
			if !bytes.Equal(s.body, cat(u32(1), []byte{0x70, 0x01}, u32(stockTableSize), u32(stockTableSize))) {
				return nil, Layout{}, errors.New("wasmpatch: unexpected table section")
			}
		case 5: // memory: room for the stack
			if !bytes.Equal(s.body, []byte{1, 0, stockMemoryPages}) {
				return nil, Layout{}, errors.New("wasmpatch: unexpected memory section")
			}
			body = cat(u32(1), []byte{0}, u32(stockMemoryPages+stackPages+sharedPages))
		case 6: // global: move the stack pointer
			want := cat(u32(1), []byte{0x7f, 0x01, 0x41}, s32(stockStackPointer), []byte{0x0b})
			if !bytes.Equal(s.body, want) {
				return nil, Layout{}, errors.New("wasmpatch: unexpected global section")
			}
			body = cat(u32(1), []byte{0x7f, 0x01, 0x41}, s32(int32(layout.StackTop)), []byte{0x0b})
		case 7: // export
			n, rest := readU32(body)
			body = cat(u32(n+uint32(len(addedExports))+1), rest)
			for _, e := range addedExports {
				body = cat(body, export(e.name, e.fn))
			}
			body = cat(body, export(DispatchExport, dispatchFunc))
		case 9: // elem: put the tracker in the table
			if nFuncs+24 != stockFuncs {
				return nil, Layout{}, errors.New("wasmpatch: unexpected function count")
			}
			n, rest := readU32(body)
			seg := cat([]byte{0x00, 0x41}, s32(TrackerTableIndex), []byte{0x0b}, u32(uint32(len(addedFuncs))))
			for i := range addedFuncs {
				seg = cat(seg, u32(stockFuncs+uint32(i)))
			}
			body = cat(u32(n+1), rest, seg)
		case 11: // data: the rewritten messages
			n, rest := readU32(body)
			seg := cat([]byte{0x00, 0x41}, s32(newStringsBase), []byte{0x0b}, u32(uint32(len(newData))), newData)
			if body, layout.Data, err = passiveData(cat(u32(n+1), rest, seg)); err != nil {
				return nil, Layout{}, err
			}
		case 12: // data count
			n, _ := readU32(body)
			body = u32(n + 1)
		case 10: // code: message references, then the added functions
			n, rest := readU32(body)
			rest, err := rewriteConstants(rest, n, rewrites)
			if err != nil {
				return nil, Layout{}, err
			}
			if rest, err = editBodies(rest, n, map[uint32]func([]byte) ([]byte, error){
				funcRunGC:          bracketRunGC,
				funcPollInterrupts: interruptEvery,
			}); err != nil {
				return nil, Layout{}, err
			}
			body = append(u32(n+uint32(len(addedFuncs))+1), rest...)
			for _, f := range addedFuncs {
				body = append(append(body, u32(uint32(len(f.body)))...), f.body...)
			}
			body = append(append(body, u32(uint32(len(disp.body)))...), disp.body...)
		}
		out.WriteByte(s.id)
		out.Write(u32(uint32(len(body))))
		out.Write(body)
	}
	return out.Bytes(), layout, nil
}

// checkTypes verifies the signatures the added functions are declared with.
func checkTypes(secs []section) error {
	const i32, i64 = 0x7f, 0x7e
	want := map[uint32][2][]byte{
		typeRejectTracker: {{i32, i64, i64, i32, i32}, {}},
		typeNormalize:     {{i32, i32, i32, i32}, {i32}},
		typeLoader:        {{i32, i32, i32}, {i32}},
		typeI32I32:        {{i32, i32}, {}},
		typeInterrupt:     {{i32, i32}, {i32}},
	}
	for _, s := range secs {
		if s.id != 1 {
			continue
		}
		n, r := readU32(s.body)
		for i := uint32(0); i < n && len(r) > 0; i++ {
			np, k := leb(r[1:])
			params := r[1+k : 1+k+int(np)]
			r = r[1+k+int(np):]
			nr, k := leb(r)
			results := r[k : k+int(nr)]
			r = r[k+int(nr):]
			if w, ok := want[i]; ok {
				if !bytes.Equal(params, w[0]) || !bytes.Equal(results, w[1]) {
					return fmt.Errorf("wasmpatch: type %d is %x -> %x", i, params, results)
				}
				delete(want, i)
			}
		}
	}
	if len(want) != 0 {
		return errors.New("wasmpatch: type section too short")
	}
	return nil
}

// trackerBody forwards (ctx, promise, reason, isHandled, opaque) to
// jsFunctionProxy(ctx, promise, TrackerArgcFlag|isHandled, opaque) after
// storing reason at opaque.
func trackerBody() []byte {
	return cat(
		[]byte{0x00},                                                                // no locals
		[]byte{0x20, 4, 0x20, 2},                                                    // local.get opaque; local.get reason
		[]byte{0x37, 0x03, 0x00},                                                    // i64.store align=3 offset=0
		[]byte{0x20, 0, 0x20, 1, 0x20, 3, 0x41}, s32(TrackerArgcFlag), []byte{0x72}, // ctx, promise, handled|flag
		[]byte{0x20, 4, 0x10}, u32(funcProxyImport), // argv=opaque; call
		[]byte{0x1a, 0x0b}, // drop; end
	)
}

// interruptBody: (rt, opaque) returns (i32) jsFunctionProxy(0, 0,
// InterruptArgcFlag, opaque): the host decides whether to interrupt.
func interruptBody() []byte {
	return cat(
		[]byte{0x00},
		[]byte{0x41, 0x00, 0x42, 0x00, 0x41}, s32(InterruptArgcFlag),
		[]byte{0x20, 1, 0x10}, u32(funcProxyImport),
		[]byte{0xa7, 0x0b},
	)
}

// pollReset is __js_poll_interrupts's first statement,
// ctx->interrupt_counter = 10000.
var pollReset = []byte{0x20, 0x00, 0x41, 0x90, 0xce, 0x00, 0x36, 0x02, 0x90, 0x02}

// interruptEvery makes __js_poll_interrupts reset the counter to
// InterruptCounterInit.
func interruptEvery(body []byte) ([]byte, error) {
	if bytes.Count(body, pollReset) != 1 {
		return nil, errors.New("wasmpatch: __js_poll_interrupts: counter reset not found")
	}
	repl := cat([]byte{0x20, 0x00, 0x41}, s32(InterruptCounterInit), []byte{0x36, 0x02}, u32(ContextInterruptCounterOffset))
	return bytes.Replace(body, pollReset, repl, 1), nil
}

// sabAllocBody: (opaque, size) returns the host's pointer, or malloc(size)
// when the host has none (its region is full).
func sabAllocBody() []byte {
	return cat(
		[]byte{0x01, 0x01, 0x7f},                                           // 1 local i32
		[]byte{0x41, 0x00, 0x20, 1, 0xad, 0x41}, s32(SABArgcFlag|SABAlloc), // ctx 0, this = u64(size), argc
		[]byte{0x20, 0, 0x10}, u32(funcProxyImport), // argv = opaque; call
		[]byte{0xa7, 0x22, 2, 0x45, 0x04, 0x40},                 // wrap; tee r; eqz; if
		[]byte{0x20, 1, 0x10}, u32(funcMalloc), []byte{0x21, 2}, // r = malloc(size)
		[]byte{0x0b, 0x20, 2, 0x0b}, // end if; r; end
	)
}

// sabFreeBody: (opaque, ptr) tells the host; frees ptr when the host did
// not take it.
func sabFreeBody() []byte {
	return cat(
		[]byte{0x00},
		[]byte{0x41, 0x00, 0x20, 1, 0xad, 0x41}, s32(SABArgcFlag|SABFree),
		[]byte{0x20, 0, 0x10}, u32(funcProxyImport),
		[]byte{0xa7, 0x45, 0x04, 0x40}, // wrap; eqz; if
		[]byte{0x20, 1, 0x10}, u32(funcFree),
		[]byte{0x0b, 0x0b},
	)
}

// sabDupBody: (opaque, ptr) tells the host (one more reference).
func sabDupBody() []byte {
	return cat(
		[]byte{0x00},
		[]byte{0x41, 0x00, 0x20, 1, 0xad, 0x41}, s32(SABArgcFlag|SABDup),
		[]byte{0x20, 0, 0x10}, u32(funcProxyImport),
		[]byte{0x1a, 0x0b}, // drop; end
	)
}

// normalizeBody: (ctx, base, name, opaque) stores base and name at opaque
// and returns (i32) jsFunctionProxy(ctx, 0, NormalizeArgcFlag, opaque).
func normalizeBody() []byte {
	return cat(
		[]byte{0x00},
		[]byte{0x20, 3, 0x20, 1, 0x36, 0x02, 0x00}, // i32.store opaque+0 = base
		[]byte{0x20, 3, 0x20, 2, 0x36, 0x02, 0x04}, // i32.store opaque+4 = name
		[]byte{0x20, 0, 0x42, 0x00, 0x41}, s32(NormalizeArgcFlag),
		[]byte{0x20, 3, 0x10}, u32(funcProxyImport),
		[]byte{0xa7, 0x0b}, // i32.wrap_i64; end
	)
}

// loaderBody: (ctx, name, opaque) stores name at opaque and returns
// (i32) jsFunctionProxy(ctx, 0, LoaderArgcFlag, opaque).
func loaderBody() []byte {
	return cat(
		[]byte{0x00},
		[]byte{0x20, 2, 0x20, 1, 0x36, 0x02, 0x00},
		[]byte{0x20, 0, 0x42, 0x00, 0x41}, s32(LoaderArgcFlag),
		[]byte{0x20, 2, 0x10}, u32(funcProxyImport),
		[]byte{0xa7, 0x0b},
	)
}

// planMessages finds each message's address in the data segments and lays
// out the replacement strings.
func planMessages(secs []section) (map[int32]int32, []byte, error) {
	type seg struct {
		addr int32
		data []byte
	}
	var segs []seg
	for _, s := range secs {
		if s.id != 11 {
			continue
		}
		n, b := readU32(s.body)
		for i := uint32(0); i < n; i++ {
			if len(b) < 2 || b[0] != 0 || b[1] != 0x41 {
				return nil, nil, errors.New("wasmpatch: unexpected data segment")
			}
			addr, k := sleb(b[2:])
			b = b[2+k:]
			if len(b) == 0 || b[0] != 0x0b {
				return nil, nil, errors.New("wasmpatch: unexpected data segment offset")
			}
			size, k := leb(b[1:])
			b = b[1+k:]
			segs = append(segs, seg{addr, b[:size]})
			b = b[size:]
		}
	}
	rewrites := map[int32]int32{}
	var data []byte
	for _, m := range messages {
		found := int32(-1)
		for _, sg := range segs {
			if i := bytes.Index(sg.data, append([]byte(m.old), 0)); i >= 0 {
				found = sg.addr + int32(i)
				break
			}
		}
		if found < 0 {
			return nil, nil, fmt.Errorf("wasmpatch: message %q not found", m.old)
		}
		rewrites[found] = newStringsBase + int32(len(data))
		data = append(append(data, m.new...), 0)
	}
	return rewrites, data, nil
}

// rewriteConstants replaces `i32.const old` with `i32.const new` in the n
// function bodies of a code section, re-encoding each body's size, and
// checks that each message is referenced exactly as often as expected.
func rewriteConstants(code []byte, n uint32, rewrites map[int32]int32) ([]byte, error) {
	pats := map[int32][]byte{}
	for old := range rewrites {
		pats[old] = cat([]byte{0x41}, s32(old))
	}
	// Where any pattern occurs (one pass over the section: each 0x41 byte
	// followed by a rewritten constant): only the bodies holding one are
	// searched again and rewritten.
	var hits []int
	for off := 0; ; {
		i := bytes.IndexByte(code[off:], 0x41)
		if i < 0 {
			break
		}
		off += i + 1
		if v, m := sleb(code[off:min(off+5, len(code))]); m > 0 {
			if _, ok := rewrites[v]; ok {
				hits = append(hits, off-1)
			}
		}
	}
	counts := map[int32]int{}
	out := bytes.NewBuffer(make([]byte, 0, len(code)+1024))
	b := code
	for i := uint32(0); i < n; i++ {
		size, k := leb(b)
		start := len(code) - len(b)
		body := b[k : k+int(size)]
		b = b[k+int(size):]
		for len(hits) > 0 && hits[0] < start {
			hits = hits[1:]
		}
		if len(hits) == 0 || hits[0] >= start+k+int(size) {
			out.Write(code[start : start+k+int(size)])
			continue
		}
		for old, pat := range pats {
			if c := bytes.Count(body, pat); c > 0 {
				counts[old] += c
				body = bytes.ReplaceAll(body, pat, cat([]byte{0x41}, s32(rewrites[old])))
			}
		}
		out.Write(u32(uint32(len(body))))
		out.Write(body)
	}
	for idx, m := range messages {
		var old int32 = -1
		for o, nw := range rewrites {
			if nw == messageAddr(idx) {
				old = o
			}
		}
		if counts[old] != m.refs {
			return nil, fmt.Errorf("wasmpatch: message %q referenced %d times, expected %d", m.old, counts[old], m.refs)
		}
	}
	out.Write(b)
	return out.Bytes(), nil
}

// messageAddr is where the idx-th replacement message is placed.
func messageAddr(idx int) int32 {
	addr := int32(newStringsBase)
	for i := 0; i < idx; i++ {
		addr += int32(len(messages[i].new)) + 1
	}
	return addr
}

func sleb(b []byte) (int32, int) {
	var v int32
	var shift uint
	for i := 0; i < len(b) && i < 5; i++ {
		v |= int32(b[i]&0x7f) << shift
		shift += 7
		if b[i]&0x80 == 0 {
			if shift < 32 && b[i]&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, 0
}

type section struct {
	id   byte
	body []byte
}

func sections(b []byte) ([]section, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("wasmpatch: not a wasm module")
	}
	var out []section
	for i := 8; i < len(b); {
		id := b[i]
		size, n := leb(b[i+1:])
		start := i + 1 + n
		end := start + int(size)
		if n == 0 || end > len(b) {
			return nil, fmt.Errorf("wasmpatch: truncated section at %d", i)
		}
		out = append(out, section{id, b[start:end]})
		i = end
	}
	return out, nil
}

func export(name string, fn uint32) []byte {
	return cat(u32(uint32(len(name))), []byte(name), []byte{0x00}, u32(fn))
}

func readU32(b []byte) (uint32, []byte) {
	v, n := leb(b)
	return v, b[n:]
}

func leb(b []byte) (uint32, int) {
	var v uint32
	for i := 0; i < len(b) && i < 5; i++ {
		v |= uint32(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}

func u32(v uint32) []byte {
	var out []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			out = append(out, c|0x80)
			continue
		}
		return append(out, c)
	}
}

func s32(v int32) []byte {
	var out []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
