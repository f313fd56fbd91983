package wasm

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// JSString layout of this build (read off memory, see TestStringLayout):
// ref count (4), len:31|is_wide_char:1 (4), hash and atom bits (12), then
// the characters: Latin-1 bytes or UTF-16 code units.
const (
	strLenOffset  = 4
	strDataOffset = 20
)

// flatString reads a flat JSString straight from linear memory, without a
// call into the VM. Lone surrogates become U+FFFD, as Node's UTF-8
// encoding does.
func (vm *VM) flatString(v Value) (string, bool) {
	p := v.Ptr()
	w := vm.load32(p + strLenOffset)
	n := w & 0x7fffffff
	if w>>31 == 0 {
		b := vm.Bytes(p+strDataOffset, n)
		ascii := true
		for _, c := range b {
			if c >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return string(b), true
		}
		out := make([]byte, 0, len(b)+len(b)/2)
		for _, c := range b {
			out = utf8.AppendRune(out, rune(c))
		}
		return string(out), true
	}
	b := vm.Bytes(p+strDataOffset, n*2)
	u := make([]uint16, n)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[i*2:])
	}
	return string(utf16.Decode(u)), true
}
