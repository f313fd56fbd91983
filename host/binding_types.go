package host

import (
	"encoding/binary"
	"sort"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// QuickJS class ids of this build (see wasm's layout tests), read from an
// object's header to answer util.types questions pure JS cannot.
const (
	classObject         = 1
	classArray          = 2
	classError          = 3
	classNumber         = 4
	classString         = 5
	classBoolean        = 6
	classSymbol         = 7
	classArguments      = 8
	classMappedArgs     = 9
	classDate           = 10
	classModuleNS       = 11
	classGeneratorFn    = 16
	classRegExp         = 18
	classArrayBuffer    = 19
	classSharedAB       = 20
	classUint8C         = 21
	classFloat64Array   = 32
	classDataView       = 33
	classBigInt         = 34
	classMap            = 35
	classSet            = 36
	classWeakMap        = 37
	classWeakSet        = 38
	classMapIterator    = 43
	classSetIterator    = 44
	classGenerator      = 48
	classProxy          = 49
	classPromise        = 50
	classAsyncFunction  = 53
	classAsyncGenFn     = 57
	classAsyncGenerator = 58
	classWeakRef        = 59
)

// typesBinding is the 'types' binding: util.types answered from the
// engine's class ids.
var typesBinding = func() *binding.Module {
	typesBinding := &binding.Module{Name: "types"}
	is := func(ids ...int) func(int) bool {
		return func(c int) bool {
			for _, id := range ids {
				if c == id {
					return true
				}
			}
			return false
		}
	}
	typed := func(c int) bool { return c >= classUint8C && c <= classFloat64Array }
	checks := map[string]func(int) bool{
		"isProxy":                 is(classProxy),
		"isPromise":               is(classPromise),
		"isMap":                   is(classMap),
		"isSet":                   is(classSet),
		"isWeakMap":               is(classWeakMap),
		"isWeakSet":               is(classWeakSet),
		"isMapIterator":           is(classMapIterator),
		"isSetIterator":           is(classSetIterator),
		"isGeneratorObject":       is(classGenerator, classAsyncGenerator),
		"isGeneratorFunction":     is(classGeneratorFn, classAsyncGenFn),
		"isAsyncFunction":         is(classAsyncFunction, classAsyncGenFn),
		"isArgumentsObject":       is(classArguments, classMappedArgs),
		"isBoxedPrimitive":        is(classNumber, classString, classBoolean, classSymbol, classBigInt),
		"isNumberObject":          is(classNumber),
		"isStringObject":          is(classString),
		"isBooleanObject":         is(classBoolean),
		"isBigIntObject":          is(classBigInt),
		"isSymbolObject":          is(classSymbol),
		"isDate":                  is(classDate),
		"isRegExp":                is(classRegExp),
		"isNativeError":           is(classError),
		"isArrayBuffer":           is(classArrayBuffer),
		"isSharedArrayBuffer":     is(classSharedAB),
		"isAnyArrayBuffer":        is(classArrayBuffer, classSharedAB),
		"isArrayBufferView":       func(c int) bool { return typed(c) || c == classDataView },
		"isTypedArray":            typed,
		"isDataView":              is(classDataView),
		"isModuleNamespaceObject": is(classModuleNS),
		"isWeakRef":               is(classWeakRef),
		"isExternal":              func(int) bool { return false },
	}
	names := []string{"Uint8ClampedArray", "Int8Array", "Uint8Array", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array", "Float16Array", "Float32Array", "Float64Array"}
	for i, n := range names {
		checks["is"+n] = is(classUint8C + i)
	}
	names2 := make([]string, 0, len(checks))
	for name := range checks {
		names2 = append(names2, name)
	}
	sort.Strings(names2)
	for _, name := range names2 {
		check := checks[name]
		typesBinding.Funcs = append(typesBinding.Funcs, binding.Func{Name: name,
			Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
				return wasm.MakeBool(check(e.VM.ClassID(binding.Arg(args, 0))))
			}})
	}
	typesBinding.Funcs = append(typesBinding.Funcs, binding.Func{Name: "cloneKind",
		Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
			return wasm.MakeInt(cloneKind(e.VM.ClassID(binding.Arg(args, 0))))
		}})
	return typesBinding
}()

// cloneKind answers, in one call per value, which of the kinds V8's value
// serializer writes an object is (internal/v8serial mirrors the numbers):
// 1 ordinary object, 2 array, 3 Date, 4 RegExp, 5 Map, 6 Set,
// 7 ArrayBuffer, 8 SharedArrayBuffer, 9 typed array, 10 DataView, 11 error,
// 12 Number, 13 String, 14 Boolean, 15 BigInt, 16 Symbol (the wrappers),
// 17 Proxy; 0 anything else (functions, promises, weak collections,
// iterators, arguments, namespaces: what V8 refuses), -1 not an object.
func cloneKind(c int) int32 {
	switch {
	case c < 0:
		return -1
	case c >= classUint8C && c <= classFloat64Array:
		return 9
	}
	switch c {
	case classObject:
		return 1
	case classArray:
		return 2
	case classDate:
		return 3
	case classRegExp:
		return 4
	case classMap:
		return 5
	case classSet:
		return 6
	case classArrayBuffer:
		return 7
	case classSharedAB:
		return 8
	case classDataView:
		return 10
	case classError:
		return 11
	case classNumber:
		return 12
	case classString:
		return 13
	case classBoolean:
		return 14
	case classBigInt:
		return 15
	case classSymbol:
		return 16
	case classProxy:
		return 17
	}
	return 0
}

// utilBinding is the 'util' binding: what util.inspect reads of engine
// objects (iterator entries, promise state, proxy target and handler).
var utilBinding = &binding.Module{Name: "util", Funcs: []binding.Func{
	{Name: "previewEntries", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		it := binding.Arg(args, 0)
		c := vm.ClassID(it)
		if c != classMapIterator && c != classSetIterator {
			return wasm.Undefined
		}
		data := vm.Bytes(vm.Opaque(it), 16)
		coll := wasm.Value(binary.LittleEndian.Uint64(data))
		kind := int32(binary.LittleEndian.Uint32(data[8:]))
		data = data[4:]
		if !coll.IsObject() {
			return wasm.Undefined
		}
		fn := vm.Cached("util.flatten", func() wasm.Value {
			f, err := vm.Eval(flattenSource, "node:internal/util/preview", wasm.EvalStrict)
			if err != nil {
				panic(err)
			}
			return f
		})
		skip := iteratorConsumed(vm, coll, binary.LittleEndian.Uint32(data[8:]))
		r, err := vm.Call(fn, wasm.Undefined, coll, wasm.MakeInt(kind), wasm.MakeBool(c == classMapIterator), wasm.MakeInt(int32(skip)))
		if err != nil {
			return vm.Throw(err.(*wasm.Error).Value)
		}
		if vm.Bool(binding.Arg(args, 1)) {
			return r
		}
		entries := vm.ArrayElem(r, 0)
		vm.Free(r)
		return entries
	}},
	// getPromiseDetails(p) -> [state, result]: 0 pending, 1 fulfilled, 2 rejected.
	{Name: "getPromiseDetails", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		p := binding.Arg(args, 0)
		if vm.ClassID(p) != classPromise {
			return wasm.Undefined
		}
		state, result := promiseState(vm, p)
		arr := vm.NewArray()
		vm.SetIndex(arr, 0, wasm.MakeInt(int32(state)))
		if state != 0 {
			vm.SetIndex(arr, 1, vm.Dup(result))
		}
		return arr
	}},
	// getProxyDetails(p, full=true) -> [target, handler] or target.
	{Name: "getProxyDetails", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		p := binding.Arg(args, 0)
		if vm.ClassID(p) != classProxy {
			return wasm.Undefined
		}
		// JSProxyData: target, handler, is_func, is_revoked.
		data := vm.Bytes(vm.Opaque(p), 18)
		target := vm.Dup(wasm.Value(binary.LittleEndian.Uint64(data)))
		handler := vm.Dup(wasm.Value(binary.LittleEndian.Uint64(data[8:])))
		if data[17] != 0 {
			vm.Free(target)
			vm.Free(handler)
			target, handler = wasm.Null, wasm.Null
		}
		if !binding.Arg(args, 1).IsUndefined() && !vm.Bool(args[1]) {
			vm.Free(handler)
			return target
		}
		arr := vm.NewArray()
		vm.SetIndex(arr, 0, target)
		vm.SetIndex(arr, 1, handler)
		return arr
	}},
}}

// flattenSource is previewEntries' helper: the entries of a Map or Set
// from a position, as a flat list.
const flattenSource = `(function (c, kind, isMap, skip) {
	const out = [];
	if (isMap) {
		for (const [k, v] of c) { if (skip-- > 0) continue; if (kind === 0) out.push(k); else if (kind === 1) out.push(v); else out.push(k, v); }
	} else {
		for (const v of c) { if (skip-- > 0) continue; out.push(v); if (kind === 2) out.push(v); }
	}
	return [out, kind === 2];
})`

// iteratorConsumed counts the entries a Map/Set iterator has returned:
// JSMapIteratorData.cur_record is the last record returned (0 before the
// first), and records are a list (prev, next at JSMapState+4; each
// JSMapRecord's link at +12, its "empty" flag at +4).
func iteratorConsumed(vm *wasm.VM, coll wasm.Value, cur uint32) int {
	if cur == 0 {
		return 0
	}
	state := vm.Opaque(coll)
	head := state + 4
	n := 0
	for p, i := load32(vm, head+4), 0; p != head && i < 1<<24; p, i = load32(vm, p+4), i+1 {
		rec := p - 12
		empty := vm.Bytes(rec+4, 1)[0] != 0
		if !empty {
			n++
		}
		if rec == cur {
			return n
		}
	}
	return 0
}

func load32(vm *wasm.VM, p uint32) uint32 { return binary.LittleEndian.Uint32(vm.Bytes(p, 4)) }
