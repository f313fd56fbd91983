package host

import (
	"encoding/binary"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/whatwgurl"
	"github.com/wqnode/wqnode/wasm"
)

// urlOffsets is the number of int32s parse writes to its out array:
// scheme end, username start/end, password start/end, host start/end
// (-1 for a null host), port (-1 for null), path start/end, opaque path
// (0/1), query start and fragment start (after '?' / '#', -1 for null).
const urlOffsets = 13

// urlBinding is the 'url' binding: the WHATWG basic URL parser
// (internal/whatwgurl) for modules/internal/url.js.
//
// parse(input, base, out) parses input (a string) against base (a string
// or undefined). With out (an Int32Array of urlOffsets or more) it
// returns the serialized href and writes its components' offsets to out;
// without, true. It returns false for failure.
var urlBinding = &binding.Module{Name: "url", Funcs: []binding.Func{
	{Name: "parse", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		var base *whatwgurl.URL
		if b := binding.Arg(args, 1); b.Tag() == wasm.TagString {
			var ok bool
			if base, ok = whatwgurl.Parse(vm.String(b), nil); !ok {
				return wasm.False
			}
		}
		u, ok := whatwgurl.Parse(vm.String(binding.Arg(args, 0)), base)
		if !ok {
			return wasm.False
		}
		out, ok := vm.ViewBytes(binding.Arg(args, 2))
		if !ok || len(out) < urlOffsets*4 {
			return wasm.True
		}
		return urlResult(vm, u, out)
	}},
	// set(href, attr, value, out) runs the protocol, host, hostname or
	// port setter (whatwgurl.SetProtocol...) on the URL of href: the new
	// href with its offsets in out, or false when the URL did not change.
	{Name: "set", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		attr := binding.Arg(args, 1)
		out, ok := vm.ViewBytes(binding.Arg(args, 3))
		if attr.Tag() != wasm.TagInt || !ok || len(out) < urlOffsets*4 {
			return vm.ThrowError("TypeError", "set: bad arguments")
		}
		u, ok := whatwgurl.Parse(vm.String(binding.Arg(args, 0)), nil)
		if !ok || !whatwgurl.SetAttr(u, int(attr.Int()), vm.String(binding.Arg(args, 2))) {
			return wasm.False
		}
		return urlResult(vm, u, out)
	}},
	// encode(s, set) percent-encodes s with set (whatwgurl.QuerySet,
	// SpecialQuerySet, FragmentSet, FormSet, UserinfoSet).
	{Name: "encode", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		set := binding.Arg(args, 1)
		if set.Tag() != wasm.TagInt {
			return e.VM.ThrowError("TypeError", "encode: set must be an integer")
		}
		return e.VM.NewString(whatwgurl.Encode(e.VM.String(binding.Arg(args, 0)), int(set.Int())))
	}},
	// pathname(scheme, hasHost, input) is the pathname setter's parse: the
	// serialized path.
	{Name: "pathname", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		return vm.NewString(whatwgurl.Pathname(vm.String(binding.Arg(args, 0)), vm.Bool(binding.Arg(args, 1)),
			vm.String(binding.Arg(args, 2))))
	}},
	// host(domain) is the host parser on domain (not opaque): the
	// serialized host or false, as url.domainToASCII needs.
	{Name: "host", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		h, ok := whatwgurl.Host(e.VM.String(binding.Arg(args, 0)))
		if !ok {
			return wasm.False
		}
		return e.VM.NewString(h)
	}},
	// domainToUnicode(host) is UTS #46 ToUnicode of a parsed host.
	{Name: "domainToUnicode", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return e.VM.NewString(whatwgurl.DomainToUnicode(e.VM.String(binding.Arg(args, 0))))
	}},
}}

// urlResult serializes u: its href, with the component offsets written
// to out.
func urlResult(vm *wasm.VM, u *whatwgurl.URL, out []byte) wasm.Value {
	href, o := u.Serialize()
	opaque := 0
	if u.Opaque {
		opaque = 1
	}
	for i, v := range [urlOffsets]int{o.SchemeEnd, o.UserStart, o.UserEnd, o.PassStart, o.PassEnd,
		o.HostStart, o.HostEnd, o.Port, o.PathStart, o.PathEnd, opaque, o.QueryStart, o.FragmentStart} {
		binary.LittleEndian.PutUint32(out[i*4:], uint32(int32(v)))
	}
	return vm.NewString(href)
}
