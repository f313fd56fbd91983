package host

import (
	"encoding/binary"

	"github.com/wqnode/wqnode/wasm"
)

// QuickJS class ids of this build (see wasm's layout tests), read from an
// object's header to answer util.types questions pure JS cannot.
const (
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

func init() {
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
	bindings["types"] = func(iso *Isolate, obj wasm.Value) {
		for name, check := range checks {
			check := check
			iso.fn(obj, name, func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
				return wasm.MakeBool(check(vm.ClassID(arg(args, 0))))
			})
		}
	}
	bindings["util"] = func(iso *Isolate, obj wasm.Value) {
		// previewEntries(iter, true) -> [entries, isKeyValue] for Map and Set
		// iterators: the entries after the iterator's position.
		flatten, err := iso.vm.Eval(`(function (c, kind, isMap, skip) {
			const out = [];
			if (isMap) {
				for (const [k, v] of c) { if (skip-- > 0) continue; if (kind === 0) out.push(k); else if (kind === 1) out.push(v); else out.push(k, v); }
			} else {
				for (const v of c) { if (skip-- > 0) continue; out.push(v); if (kind === 2) out.push(v); }
			}
			return [out, kind === 2];
		})`, "node:internal/util/preview", wasm.EvalStrict)
		if err != nil {
			panic(err)
		}
		iso.vm.Set(obj, "_flatten", flatten)
		iso.fn(obj, "previewEntries", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			it := arg(args, 0)
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
			fn := vm.Get(obj, "_flatten")
			defer vm.Free(fn)
			skip := iteratorConsumed(vm, coll, binary.LittleEndian.Uint32(data[8:]))
			r, err := vm.Call(fn, wasm.Undefined, coll, wasm.MakeInt(kind), wasm.MakeBool(c == classMapIterator), wasm.MakeInt(int32(skip)))
			if err != nil {
				return vm.Throw(err.(*wasm.Error).Value)
			}
			if vm.Bool(arg(args, 1)) {
				return r
			}
			e := vm.GetIndex(r, 0)
			vm.Free(r)
			return e
		})
		// getPromiseDetails(p) -> [state, result]: 0 pending, 1 fulfilled, 2 rejected.
		iso.fn(obj, "getPromiseDetails", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p := arg(args, 0)
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
		})
		// getProxyDetails(p, full=true) -> [target, handler] or target.
		iso.fn(obj, "getProxyDetails", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p := arg(args, 0)
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
			if !arg(args, 1).IsUndefined() && !vm.Bool(args[1]) {
				vm.Free(handler)
				return target
			}
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, target)
			vm.SetIndex(arr, 1, handler)
			return arr
		})
	}
}

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
