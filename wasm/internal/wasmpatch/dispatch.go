package wasmpatch

import (
	"errors"
	"fmt"
	"slices"
)

// The dispatcher: one added export, DispatchExport(sel i32, a0..a7 i64)
// -> i64, calls the module's sel-th exported function (exports ordered
// by function index, the dispatcher left out) with its arguments
// converted from i64 and its result widened to i64 (0 when it has none).
// The host calls every export through it: wazero gives each api.Function
// its own native stack (10 KiB, grown on demand and never shrunk), so a VM
// that called a dozen exports held a dozen stacks; through the dispatcher
// it holds one per nesting depth.

// DispatchExport is the name of the dispatcher's export.
const DispatchExport = "__wq_call"

// DispatchArgs is how many arguments the dispatcher passes on at most.
const DispatchArgs = 8

// exportTargets returns the function indices of the function exports of
// an export section body (the dispatcher excluded), ascending, once each.
func exportTargets(body []byte) ([]uint32, error) {
	n, r := readU32(body)
	var fns []uint32
	for i := uint32(0); i < n; i++ {
		ln, k := leb(r)
		if k == 0 || len(r) < k+int(ln)+1 {
			return nil, errors.New("wasmpatch: truncated export section")
		}
		name := string(r[k : k+int(ln)])
		kind := r[k+int(ln)]
		idx, m := leb(r[k+int(ln)+1:])
		if m == 0 {
			return nil, errors.New("wasmpatch: truncated export section")
		}
		r = r[k+int(ln)+1+m:]
		if kind == 0 && name != DispatchExport {
			fns = append(fns, idx)
		}
	}
	slices.Sort(fns)
	return slices.Compact(fns), nil
}

// sectionTypes reads the type section into (params, results) pairs.
func sectionTypes(body []byte) ([][2][]byte, error) {
	n, r := readU32(body)
	out := make([][2][]byte, 0, n)
	for i := uint32(0); i < n; i++ {
		if len(r) == 0 || r[0] != 0x60 {
			return nil, errors.New("wasmpatch: unexpected type")
		}
		np, k := leb(r[1:])
		if len(r) < 1+k+int(np) {
			return nil, errors.New("wasmpatch: truncated type section")
		}
		params := r[1+k : 1+k+int(np)]
		r = r[1+k+int(np):]
		nr, k := leb(r)
		if len(r) < k+int(nr) {
			return nil, errors.New("wasmpatch: truncated type section")
		}
		out = append(out, [2][]byte{params, r[k : k+int(nr)]})
		r = r[k+int(nr):]
	}
	return out, nil
}

// dispatchType is the dispatcher's signature as a type-section entry.
func dispatchType() []byte {
	t := []byte{0x60, 1 + DispatchArgs, 0x7f}
	for i := 0; i < DispatchArgs; i++ {
		t = append(t, 0x7e)
	}
	return append(t, 1, 0x7e)
}

// dispatchBody is the dispatcher's code: a br_table over one block per
// target; typeOf returns a function's (params, results).
func dispatchBody(targets []uint32, typeOf func(uint32) ([2][]byte, error)) ([]byte, error) {
	k := len(targets)
	body := []byte{0x00} // no locals
	for i := 0; i <= k; i++ {
		body = append(body, 0x02, 0x40) // block (the outermost: the default)
	}
	body = append(body, 0x20, 0x00, 0x0e) // local.get sel; br_table
	body = append(body, u32(uint32(k))...)
	for i := 0; i <= k; i++ {
		body = append(body, u32(uint32(i))...)
	}
	for _, fn := range targets {
		body = append(body, 0x0b) // end: case code follows
		t, err := typeOf(fn)
		if err != nil {
			return nil, err
		}
		if len(t[0]) > DispatchArgs || len(t[1]) > 1 {
			return nil, fmt.Errorf("wasmpatch: export %d: signature %x -> %x out of the dispatcher's reach", fn, t[0], t[1])
		}
		for j, p := range t[0] {
			body = append(body, 0x20, byte(j+1))
			switch p {
			case 0x7f: // i32
				body = append(body, 0xa7)
			case 0x7e: // i64
			case 0x7d: // f32
				body = append(body, 0xa7, 0xbe)
			case 0x7c: // f64
				body = append(body, 0xbf)
			default:
				return nil, fmt.Errorf("wasmpatch: export %d: parameter type %#x", fn, p)
			}
		}
		body = append(body, 0x10)
		body = append(body, u32(fn)...)
		if len(t[1]) == 0 {
			body = append(body, 0x42, 0x00)
		} else {
			switch t[1][0] {
			case 0x7f:
				body = append(body, 0xad) // i64.extend_i32_u
			case 0x7e:
			case 0x7d:
				body = append(body, 0xbc, 0xad)
			case 0x7c:
				body = append(body, 0xbd)
			default:
				return nil, fmt.Errorf("wasmpatch: export %d: result type %#x", fn, t[1][0])
			}
		}
		body = append(body, 0x0f) // return
	}
	return append(body, 0x0b, 0x00, 0x0b), nil // end (default); unreachable; end
}

// dispatchFunc is the dispatcher's function index: after the added ones.
var dispatchFunc = stockFuncs + uint32(len(addedFuncs))

type dispatchPlan struct {
	typ  uint32 // its type index
	body []byte
}

// planDispatch builds the dispatcher for the stock module's exports plus
// addedExports.
func planDispatch(secs []section) (dispatchPlan, error) {
	var types [][2][]byte
	var funcs []uint32
	var exports []byte
	var err error
	for _, s := range secs {
		switch s.id {
		case 1:
			if types, err = sectionTypes(s.body); err != nil {
				return dispatchPlan{}, err
			}
		case 3:
			n, r := readU32(s.body)
			for i := uint32(0); i < n; i++ {
				t, k := leb(r)
				if k == 0 {
					return dispatchPlan{}, errors.New("wasmpatch: truncated function section")
				}
				funcs = append(funcs, t)
				r = r[k:]
			}
		case 7:
			n, rest := readU32(s.body)
			exports = cat(u32(n+uint32(len(addedExports))), rest)
			for _, e := range addedExports {
				exports = cat(exports, export(e.name, e.fn))
			}
		}
	}
	targets, err := exportTargets(exports)
	if err != nil {
		return dispatchPlan{}, err
	}
	body, err := dispatchBody(targets, func(fn uint32) ([2][]byte, error) {
		if fn < importedFuncs || int(fn-importedFuncs) >= len(funcs) || int(funcs[fn-importedFuncs]) >= len(types) {
			return [2][]byte{}, fmt.Errorf("wasmpatch: export of function %d", fn)
		}
		return types[funcs[fn-importedFuncs]], nil
	})
	if err != nil {
		return dispatchPlan{}, err
	}
	return dispatchPlan{typ: uint32(len(types)), body: body}, nil
}
