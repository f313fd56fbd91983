package host

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"unicode/utf8"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'buffer' binding: Buffer's encoding, decoding, searching and
// comparing, run in Go over the bytes in place in linear memory. Contracts
// are in modules/internal/buffer.js (positions arrive already clamped).

// bufferBinding is the 'buffer' binding.
var bufferBinding = &binding.Module{Name: "buffer", Funcs: []binding.Func{
	{Name: "utf8Write", Fn: bufWrite(utf8Write)},
	{Name: "latin1Write", Fn: bufWrite(latin1Write)},
	{Name: "asciiWrite", Fn: bufWrite(latin1Write)},
	{Name: "ucs2Write", Fn: bufWrite(ucs2Write)},
	{Name: "hexWrite", Fn: bufWrite(func(dst []byte, l []byte, w []uint16) int { return hexWrite(dst, units(l, w)) })},
	{Name: "base64Write", Fn: bufWrite(func(dst []byte, l []byte, w []uint16) int { return base64Write(dst, units(l, w)) })},
	{Name: "base64urlWrite", Fn: bufWrite(func(dst []byte, l []byte, w []uint16) int { return base64Write(dst, units(l, w)) })},

	{Name: "utf8Slice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value { return vm.NewString(decodeUTF8(src)) })},
	{Name: "latin1Slice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value {
		out := make([]byte, 0, len(src))
		for _, c := range src {
			out = utf8.AppendRune(out, rune(c))
		}
		return vm.NewString(string(out))
	})},
	{Name: "asciiSlice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value {
		for i := range src {
			src[i] &= 0x7f
		}
		return vm.NewString(string(src))
	})},
	{Name: "ucs2Slice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value {
		u := make([]uint16, len(src)/2)
		for i := range u {
			u[i] = uint16(src[2*i]) | uint16(src[2*i+1])<<8
		}
		return vm.NewStringUTF16(u)
	})},
	{Name: "hexSlice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value { return vm.NewString(hex.EncodeToString(src)) })},
	{Name: "base64Slice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value {
		return vm.NewString(base64.StdEncoding.EncodeToString(src))
	})},
	{Name: "base64urlSlice", Fn: bufSlice(func(vm *wasm.VM, src []byte) wasm.Value {
		return vm.NewString(base64.RawURLEncoding.EncodeToString(src))
	})},
	{Name: "byteLengthUtf8", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		l, w := e.VM.StringUnits(binding.Arg(args, 0))
		return wasm.MakeFloat(float64(utf8Length(l, w)))
	}},
	{Name: "indexOf", Fn: bufIndex(1)},
	{Name: "indexOfUcs2", Fn: bufIndex(2)},
	{Name: "compare", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		a, _ := e.VM.ViewBytes(binding.Arg(args, 0))
		b, _ := e.VM.ViewBytes(binding.Arg(args, 1))
		return wasm.MakeInt(int32(bytes.Compare(a, b)))
	}},
	{Name: "isUtf8", Fn: bufCheck(utf8.Valid)},
	{Name: "isAscii", Fn: bufCheck(func(b []byte) bool {
		for _, c := range b {
			if c >= 0x80 {
				return false
			}
		}
		return true
	})},
}}

// bufWrite is a write(buf, string, offset, max) -> bytes written.
func bufWrite(enc func(dst []byte, latin1 []byte, wide []uint16) int) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		l, w := vm.StringUnits(binding.Arg(args, 1)) // before the view: may allocate
		b, _ := vm.ViewBytes(binding.Arg(args, 0))
		off, max := int(binding.Arg(args, 2).Number()), int(binding.Arg(args, 3).Number())
		if off > len(b) {
			off = len(b)
		}
		dst := b[off:]
		if max < len(dst) {
			dst = dst[:max]
		}
		return wasm.MakeInt(int32(enc(dst, l, w)))
	}
}

// bufSlice is a slice(buf, start, end) -> string.
func bufSlice(dec func(vm *wasm.VM, src []byte) wasm.Value) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b, _ := vm.ViewBytes(binding.Arg(args, 0))
		s, end := clamp(int(binding.Arg(args, 1).Number()), len(b)), clamp(int(binding.Arg(args, 2).Number()), len(b))
		if s > end {
			s = end
		}
		src := append([]byte(nil), b[s:end]...) // NewString allocates in the VM
		return dec(vm, src)
	}
}

// bufIndex is indexOf(hay, needle, offset, forward) in steps of step bytes.
func bufIndex(step int) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		hay, _ := vm.ViewBytes(binding.Arg(args, 0))
		needle, _ := vm.ViewBytes(binding.Arg(args, 1))
		return wasm.MakeFloat(float64(indexOf(hay, needle, int(binding.Arg(args, 2).Number()), vm.Bool(binding.Arg(args, 3)), step)))
	}
}

// bufCheck is a predicate over buf[start:end].
func bufCheck(f func([]byte) bool) binding.Fn {
	return func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		b, _ := e.VM.ViewBytes(binding.Arg(args, 0))
		s, end := clamp(int(binding.Arg(args, 1).Number()), len(b)), clamp(int(binding.Arg(args, 2).Number()), len(b))
		if s > end {
			s = end
		}
		return wasm.MakeBool(f(b[s:end]))
	}
}

// utf8Length is the UTF-8 length of a string's units (lone surrogates
// count as U+FFFD, 3 bytes).
func utf8Length(l []byte, w []uint16) int {
	if w == nil {
		n := len(l)
		for _, c := range l {
			if c >= 0x80 {
				n++
			}
		}
		return n
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < 0x80:
			n++
		case c < 0x800:
			n += 2
		case c >= 0xd800 && c < 0xdc00 && i+1 < len(w) && w[i+1] >= 0xdc00 && w[i+1] < 0xe000:
			n += 4
			i++
		default:
			n += 3
		}
	}
	return n
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

func units(l []byte, w []uint16) []uint16 {
	if w != nil {
		return w
	}
	u := make([]uint16, len(l))
	for i, c := range l {
		u[i] = uint16(c)
	}
	return u
}

func utf8Write(dst []byte, l []byte, w []uint16) int {
	n := 0
	if w == nil {
		for _, c := range l {
			if c < 0x80 {
				if n+1 > len(dst) {
					return n
				}
				dst[n] = c
				n++
				continue
			}
			if n+2 > len(dst) {
				return n
			}
			dst[n], dst[n+1] = 0xc0|c>>6, 0x80|c&0x3f
			n += 2
		}
		return n
	}
	var tmp [4]byte
	for i := 0; i < len(w); i++ {
		r := rune(w[i])
		if r >= 0xd800 && r < 0xe000 {
			if r < 0xdc00 && i+1 < len(w) && w[i+1] >= 0xdc00 && w[i+1] < 0xe000 {
				r = 0x10000 + (r-0xd800)<<10 + rune(w[i+1]-0xdc00)
				i++
			} else {
				r = utf8.RuneError
			}
		}
		k := utf8.EncodeRune(tmp[:], r)
		if n+k > len(dst) {
			return n
		}
		copy(dst[n:], tmp[:k])
		n += k
	}
	return n
}

func latin1Write(dst []byte, l []byte, w []uint16) int {
	if w == nil {
		return copy(dst, l)
	}
	n := min(len(dst), len(w))
	for i := 0; i < n; i++ {
		dst[i] = byte(w[i])
	}
	return n
}

func ucs2Write(dst []byte, l []byte, w []uint16) int {
	u := units(l, w)
	n := min(len(dst)/2, len(u))
	for i := 0; i < n; i++ {
		dst[2*i], dst[2*i+1] = byte(u[i]), byte(u[i]>>8)
	}
	return 2 * n
}

func hexVal(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func hexWrite(dst []byte, u []uint16) int {
	n := 0
	for i := 0; i+1 < len(u) && n < len(dst); i += 2 {
		hi, lo := hexVal(u[i]), hexVal(u[i+1])
		if hi < 0 || lo < 0 {
			break
		}
		dst[n] = byte(hi<<4 | lo)
		n++
	}
	return n
}

func base64Val(c uint16) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+' || c == '-':
		return 62
	case c == '/' || c == '_':
		return 63
	}
	return -1
}

func base64Write(dst []byte, u []uint16) int {
	n, acc, bits := 0, 0, 0
	for _, c := range u {
		if c == '=' {
			break
		}
		v := base64Val(c)
		if v < 0 {
			continue
		}
		acc = acc<<6 | v
		bits += 6
		if bits >= 8 {
			bits -= 8
			if n >= len(dst) {
				return n
			}
			dst[n] = byte(acc >> bits)
			n++
			acc &= 1<<bits - 1
		}
	}
	return n
}

// decodeUTF8 decodes as the WHATWG Encoding Standard does: one U+FFFD
// for each maximal invalid subpart.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
			if c == 0xe0 {
				lower = 0xa0
			} else if c == 0xed {
				upper = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			need = 3
			if c == 0xf0 {
				lower = 0x90
			} else if c == 0xf4 {
				upper = 0x8f
			}
		default:
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lower || b[j] > upper {
				ok = false
				break
			}
			lower, upper = 0x80, 0xbf
			j++
		}
		if ok {
			out = append(out, b[i:j]...)
		} else {
			out = append(out, "\uFFFD"...)
		}
		i = j
	}
	return string(out)
}

// indexOf finds needle in hay from byteOffset, forwards or backwards
// (last match starting at or before byteOffset); step 2 keeps to UTF-16
// unit boundaries.
func indexOf(hay, needle []byte, off int, forward bool, step int) int {
	if step == 2 {
		// UTF-16 search works in whole units: the offset rounds down.
		if len(needle) < 2 || len(needle)/2 > len(hay)/2 {
			return -1
		}
		needle = needle[:len(needle)/2*2]
		hay = hay[:len(hay)/2*2]
		if off < 0 {
			off = 0
		}
		off = off / 2 * 2
	}
	if forward {
		if off < 0 {
			off = 0
		}
		for i := off; i+len(needle) <= len(hay); {
			k := bytes.Index(hay[i:], needle)
			if k < 0 {
				return -1
			}
			if (i+k)%step == 0 {
				return i + k
			}
			i += k + 1
		}
		return -1
	}
	if off > len(hay)-len(needle) {
		off = len(hay) - len(needle)
	}
	for i := off; i >= 0; i-- {
		if i%step == 0 && bytes.Equal(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}
