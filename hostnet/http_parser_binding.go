package hostnet

import (
	"time"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// HTTPParser is the 'http_parser' binding: Node's HTTPParser and
// ConnectionsList classes, methods and allMethods. The classes are a small
// JS layer (httpParserJS) over the Go parser: a Go step parses and returns
// its events, then the JS layer calls this[kOn...] for each, so no
// callback runs inside a host call. The raw functions it uses:
//
//	parserNew(type, maxHeaderSize, lenient) -> id
//	parserExecute(id, buffer, offset) -> step
//	parserHeadersDone(id, ret) -> step   (ret: kOnHeadersComplete's answer)
//	parserFinish(id) -> step
//	parserFree(id)
//	parserNow() -> milliseconds on a monotonic clock
//
// An event is [kind, args...]; message begin carries parserNow's time.
// A step is [consumed, status, code, reason, event...], status 0 (all
// consumed), 1 (stopped after headers), 2 (upgraded), -1 (error code, reason).
var HTTPParser = &binding.Module{Name: "http_parser", Funcs: []binding.Func{
	{Name: "parserNew", Fn: parserNew},
	{Name: "parserExecute", Fn: withParser(func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
		b, ok := e.VM.ViewBytes(binding.Arg(args, 1))
		if !ok {
			return e.VM.ThrowError("TypeError", "execute: argument must be a buffer")
		}
		off := intArg(args, 2)
		if off < 0 || off > len(b) {
			off = len(b)
		}
		n, st := p.execute(b[off:])
		return stepValueIn(e.VM, p, n, st, b, off)
	})},
	{Name: "parserHeadersDone", Fn: withParser(func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
		return stepValue(e.VM, p, 0, p.headersDone(intArg(args, 1)))
	})},
	{Name: "parserFinish", Fn: withParser(func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
		return stepValue(e.VM, p, 0, p.finish())
	})},
	{Name: "parserFree", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		t := parsers(e)
		id := int32(intArg(args, 0))
		if p := t.m[id]; p != nil {
			if p.consumer != nil {
				p.consumer.unconsume()
			}
			t.held -= int64(cap(p.head))
			delete(t.m, id)
		}
		return wasm.Undefined
	}},
	{Name: "parserConsume", Fn: withParser(parserConsume)},
	{Name: "parserUnconsume", Fn: withParser(func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
		if p.consumer != nil {
			p.consumer.unconsume()
		}
		return wasm.Undefined
	})},
	{Name: "parserPause", Fn: withParser(func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value {
		if p.consumer != nil {
			p.consumer.setPaused(binding.Arg(args, 1) == wasm.True)
		}
		return wasm.Undefined
	})},
	{Name: "parserNow", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		return e.VM.NewNumber(parserNow())
	}},
}, Init: initHTTPParser}

var clockStart = time.Now()

// parserNow is milliseconds on the parsers' monotonic clock.
func parserNow() float64 { return float64(time.Since(clockStart).Nanoseconds()) / 1e6 }

// maxParsers bounds the live parsers of one isolate (each holds at most
// its header limit): enough for tens of thousands of idle connections.
const maxParsers = 1 << 17

// defaultMaxHeader is Node's --max-http-header-size default.
const defaultMaxHeader = 16 << 10

type parserKey struct{}

type parserTable struct {
	m    map[int32]*httpParser
	next int32
	held int64 // header bytes the parsers hold, at most Env.MaxBuffer
}

func parsers(e *binding.Env) *parserTable {
	return binding.State(e, parserKey{}, func() *parserTable {
		return &parserTable{m: map[int32]*httpParser{}}
	})
}

func parserNew(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	t := parsers(e)
	if len(t.m) >= maxParsers {
		return e.VM.ThrowError("RangeError", "Too many HTTP parsers")
	}
	typ := intArg(args, 0)
	if typ != hpRequest && typ != hpResponse {
		return e.VM.ThrowError("TypeError", "Invalid parser type")
	}
	max := intArg(args, 1)
	if max <= 0 {
		max = defaultMaxHeader
	}
	if int64(max) > e.MaxBuffer {
		max = int(e.MaxBuffer)
	}
	for {
		t.next++
		if t.next <= 0 {
			t.next = 1
		}
		if t.m[t.next] == nil {
			break
		}
	}
	t.m[t.next] = newHTTPParser(typ, max, intArg(args, 2)&lenAll)
	return wasm.MakeInt(t.next)
}

// withParser adapts fn to a function whose first argument is a parser id.
func withParser(fn func(e *binding.Env, p *httpParser, args []wasm.Value) wasm.Value) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		t := parsers(e)
		p := t.m[int32(intArg(args, 0))]
		if p == nil {
			return e.VM.ThrowError("Error", "HTTPParser is not initialized")
		}
		before := int64(cap(p.head))
		r := fn(e, p, args)
		if !t.account(p, before, e.MaxBuffer) {
			e.VM.Free(r)
			return e.Throw(binding.ErrBufferTooLarge, "", "", "")
		}
		return r
	}
}

// account counts the change of p's header buffer since it held before
// bytes: every parser's buffered headers together stay within the
// isolate's buffer limit. Past it, p fails (its events dropped) and
// account returns false.
func (t *parserTable) account(p *httpParser, before, limit int64) bool {
	t.held += int64(cap(p.head)) - before
	if t.held <= limit {
		return true
	}
	t.held -= int64(cap(p.head))
	p.head, p.events = nil, p.events[:0]
	p.fail("HPE_HEADER_OVERFLOW", "Header overflow")
	return false
}

// stepValue builds a step (owned) and takes p's events.
func stepValue(vm *wasm.VM, p *httpParser, n, st int) wasm.Value {
	return stepValueIn(vm, p, n, st, nil, 0)
}

// stepValueIn is stepValue for a step that parsed in[off:]: a body in it
// is given as its offset and length in the caller's buffer, which JS
// slices (no copy, as Node's kOnBody gets a slice of the socket's chunk).
func stepValueIn(vm *wasm.VM, p *httpParser, n, st int, in []byte, off int) wasm.Value {
	r := vm.NewArray()
	vm.SetIndex(r, 0, wasm.MakeInt(int32(n)))
	vm.SetIndex(r, 1, wasm.MakeInt(int32(st)))
	if st == hpFailed && p.err != nil {
		vm.SetIndex(r, 2, vm.NewString(p.err.code))
		vm.SetIndex(r, 3, vm.NewString(p.err.reason))
	}
	for i, ev := range p.events {
		var v wasm.Value
		if ev.kind == hpBody && in != nil {
			v = vm.NewArray()
			vm.SetIndex(v, 0, wasm.MakeInt(hpBody))
			vm.SetIndex(v, 1, wasm.MakeInt(int32(off+cap(in[off:])-cap(ev.body))))
			vm.SetIndex(v, 2, wasm.MakeInt(int32(len(ev.body))))
		} else {
			v = eventValue(vm, &ev)
		}
		vm.SetIndex(r, uint32(4+i), v)
	}
	p.events = p.events[:0]
	return r
}

func stringsArray(vm *wasm.VM, s []string) wasm.Value {
	a := vm.NewArray()
	for i, v := range s {
		vm.SetIndex(a, uint32(i), vm.NewString(v))
	}
	return a
}

// eventValue is one event as the JS layer reads it: [kind, args...].
func eventValue(vm *wasm.VM, ev *hpEvent) wasm.Value {
	a := vm.NewArray()
	vm.SetIndex(a, 0, wasm.MakeInt(int32(ev.kind)))
	switch ev.kind {
	case hpBegin:
		// when the message began, as parserNow reads it (no call for it)
		vm.SetIndex(a, 1, vm.NewNumber(parserNow()))
	case hpHeaders:
		vm.SetIndex(a, 1, stringsArray(vm, ev.headers))
		vm.SetIndex(a, 2, vm.NewString(ev.url))
	case hpBody:
		vm.SetIndex(a, 1, vm.NewArrayBuffer(ev.body))
	case hpComplete:
		vm.SetIndex(a, 1, wasm.MakeInt(int32(ev.major)))
		vm.SetIndex(a, 2, wasm.MakeInt(int32(ev.minor)))
		if !ev.flushed {
			vm.SetIndex(a, 3, stringsArray(vm, ev.headers))
		}
		if ev.status == 0 {
			vm.SetIndex(a, 4, wasm.MakeInt(int32(ev.method)))
			if !ev.flushed {
				vm.SetIndex(a, 5, vm.NewString(ev.url))
			}
		} else {
			vm.SetIndex(a, 6, wasm.MakeInt(int32(ev.status)))
			vm.SetIndex(a, 7, vm.NewString(ev.statusMsg))
		}
		vm.SetIndex(a, 8, wasm.MakeBool(ev.upgrade))
		vm.SetIndex(a, 9, wasm.MakeBool(ev.keepOpen))
	}
	return a
}

func initHTTPParser(e *binding.Env, obj wasm.Value) {
	vm := e.VM
	mk, err := vm.Eval(httpParserJS, "node:internal/http_parser", wasm.EvalStrict)
	if err != nil {
		panic(err)
	}
	methods, all := stringsArray(vm, nodeMethods), stringsArray(vm, httpMethods)
	r, err := vm.Call(mk, wasm.Undefined, obj, methods, all)
	vm.Free(mk)
	vm.Free(methods)
	vm.Free(all)
	if err != nil {
		panic(err)
	}
	vm.Free(r)
}
