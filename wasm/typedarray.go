package wasm

import (
	"encoding/binary"
	"unicode/utf16"
)

// Object layouts of this build (see TestTypedArrayLayout): an object's
// class id is a uint16 at +6 and its opaque pointer (JSTypedArray*,
// JSArrayBuffer*, ...) at +32. JSTypedArray: array buffer object at +12,
// byte offset at +16, byte length at +20. JSArrayBuffer: byte length at +0,
// detached flag at +8, data pointer at +12.
const (
	objClassIDOffset  = 6
	objOpaqueOffset   = 32
	taBufferOffset    = 12
	taOffsetOffset    = 16
	taLengthOffset    = 20
	abLengthOffset    = 0
	abMaxLengthOffset = 4
	abDetachedOffset  = 8
	abDataOffset      = 12

	classArray       = 2
	classArrayBuffer = 19
	classSharedAB    = 20
	classFirstTyped  = 21 // Uint8ClampedArray
	classDataView    = 33 // last view class
)

// IsArray reports whether v is an Array itself (not a Proxy of one, which
// Array.isArray accepts too): its length is its own, read without running
// JS.
// Array objects of this build (TestDenseArray): the flags byte at +5 has
// fast_array at bit 3; a fast array's elements are u.array.count (+40)
// JSValues at u.array.values (+36).
const (
	objFlagsOffset   = 5
	objFastArrayFlag = 0x08
	arrValuesOffset  = 36
	arrCountOffset   = 40
	jsValueSize      = 8
)

// DenseArray reports whether v is an Array whose elements sit in one
// vector (QuickJS's fast array), so that ArrayElem reads them without
// running any script. An accessor element, a hole before the last
// element or a huge index makes the engine drop the vector.
func (vm *VM) DenseArray(v Value) bool {
	return vm.IsArray(v) && vm.Bytes(v.Ptr()+objFlagsOffset, 1)[0]&objFastArrayFlag != 0
}

// ArrayElem returns element i of a dense array (owned), read from its
// vector: Undefined past the vector's end and for anything that is not a
// dense array. The prototype chain is never consulted, so a getter a
// script put on Array.prototype cannot run inside a host call.
func (vm *VM) ArrayElem(arr Value, i uint32) Value {
	if !vm.DenseArray(arr) {
		return Undefined
	}
	p := arr.Ptr()
	if i >= vm.load32(p+arrCountOffset) {
		return Undefined
	}
	b := vm.Bytes(vm.load32(p+arrValuesOffset)+i*jsValueSize, jsValueSize)
	return vm.Dup(Value(binary.LittleEndian.Uint64(b)))
}

func (vm *VM) IsArray(v Value) bool { return vm.ClassID(v) == classArray }

// ClassID returns the QuickJS class id of an object, or -1.
func (vm *VM) ClassID(v Value) int {
	if !v.IsObject() {
		return -1
	}
	return int(binary.LittleEndian.Uint16(vm.Bytes(v.Ptr()+objClassIDOffset, 2)))
}

// Opaque returns an object's opaque pointer (class-specific data).
func (vm *VM) Opaque(v Value) uint32 { return vm.load32(v.Ptr() + objOpaqueOffset) }

// ViewBytes returns the bytes of an ArrayBuffer, typed array or DataView
// in place in linear memory (nil for a detached buffer). The slice is only
// valid until the VM next allocates.
func (vm *VM) ViewBytes(v Value) ([]byte, bool) {
	switch c := vm.ClassID(v); {
	case c == classArrayBuffer || c == classSharedAB:
		return vm.abBytes(vm.Opaque(v), 0, ^uint32(0)), true
	case c >= classFirstTyped && c <= classDataView:
		ta := vm.Opaque(v)
		ab := vm.Opaque(Value(vm.load32(ta + taBufferOffset)))
		return vm.abBytes(ab, vm.load32(ta+taOffsetOffset), vm.load32(ta+taLengthOffset)), true
	}
	return nil, false
}

func (vm *VM) abBytes(ab, off, n uint32) []byte {
	if vm.Bytes(ab+abDetachedOffset, 1)[0] != 0 {
		return nil
	}
	total := vm.load32(ab + abLengthOffset)
	if off > total {
		return nil
	}
	if n > total-off {
		n = total - off
	}
	if n == 0 {
		return []byte{}
	}
	return vm.Bytes(vm.load32(ab+abDataOffset)+off, n)
}

// StringUnits returns a string's UTF-16 code units, exactly (lone
// surrogates included) for flat strings. One of latin1 (8-bit storage) or
// wide is set.
func (vm *VM) StringUnits(v Value) (latin1 []byte, wide []uint16) {
	if v.Tag() == TagString {
		p := v.Ptr()
		w := vm.load32(p + strLenOffset)
		n := w & 0x7fffffff
		if w>>31 == 0 {
			return append([]byte(nil), vm.Bytes(p+strDataOffset, n)...), nil
		}
		b := vm.Bytes(p+strDataOffset, n*2)
		u := make([]uint16, n)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[i*2:])
		}
		return nil, u
	}
	return nil, utf16.Encode([]rune(vm.String(v)))
}

// NewStringUTF16 creates a JS string from UTF-16 code units, keeping lone
// surrogates (sent as WTF-8, which the engine's UTF-8 decoder accepts).
func (vm *VM) NewStringUTF16(u []uint16) Value {
	b := make([]byte, 0, len(u)*3/2+8)
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if c >= 0xd800 && c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] < 0xe000 {
			c = 0x10000 + (c-0xd800)<<10 + rune(u[i+1]-0xdc00)
			i++
		}
		b = appendWTF8(b, c)
	}
	return vm.NewString(string(b))
}

func appendWTF8(b []byte, c rune) []byte {
	switch {
	case c < 0x80:
		return append(b, byte(c))
	case c < 0x800:
		return append(b, 0xc0|byte(c>>6), 0x80|byte(c&0x3f))
	case c < 0x10000:
		return append(b, 0xe0|byte(c>>12), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f))
	}
	return append(b, 0xf0|byte(c>>18), 0x80|byte(c>>12&0x3f), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f))
}
