package wasm

import "math"

// Value is a raw QuickJS JSValue of the wasm32 build: NaN-boxed in 64 bits,
// tag in the high word. Whether a Value is owned or borrowed is said by the
// function that hands it out.
type Value uint64

// Tags of the quickjs-ng wasm32 build.
const (
	TagBigInt       = -9
	TagSymbol       = -8
	TagString       = -7
	TagStringRope   = -6
	TagModule       = -3
	TagFunctionCode = -2
	TagObject       = -1
	TagInt          = 0
	TagBool         = 1
	TagNull         = 2
	TagUndefined    = 3
	TagUninit       = 4
	TagCatchOffset  = 5
	TagException    = 6
	TagShortBigInt  = 7
	TagFloat64      = 8 // any tag at or above this one is a float64
	tagFirst        = TagBigInt
)

const floatAddend = uint64(0x7ff80000-tagFirst+1) << 32

// Constant values.
var (
	Undefined = mk(TagUndefined, 0)
	Null      = mk(TagNull, 0)
	True      = mk(TagBool, 1)
	False     = mk(TagBool, 0)
	Exception = mk(TagException, 0)
)

func mk(tag int32, v uint32) Value { return Value(uint64(uint32(tag))<<32 | uint64(v)) }

// MakeInt returns an int32 JS number.
func MakeInt(i int32) Value { return mk(TagInt, uint32(i)) }

// MakeBool returns a JS boolean.
func MakeBool(b bool) Value {
	if b {
		return True
	}
	return False
}

// MakeFloat returns a JS number without calling into the VM.
func MakeFloat(f float64) Value {
	if i := int32(f); float64(i) == f && !(f == 0 && math.Signbit(f)) {
		return MakeInt(i)
	}
	u := math.Float64bits(f)
	if u&0x7fffffffffffffff > 0x7ff0000000000000 { // canonical NaN
		u = 0x7ff8000000000000
	}
	return Value(u - floatAddend)
}

// Tag returns the value's tag, folding all float64 encodings to TagFloat64.
func (v Value) Tag() int32 {
	t := int32(uint64(v) >> 32)
	if uint32(t-tagFirst) >= uint32(TagFloat64-tagFirst) {
		return TagFloat64
	}
	return t
}

// Int returns the payload of an int or bool value.
func (v Value) Int() int32 { return int32(uint32(v)) }

// Float64 decodes a float64 value.
func (v Value) Float64() float64 { return math.Float64frombits(uint64(v) + floatAddend) }

// Ptr is the pointer payload of a reference value.
func (v Value) Ptr() uint32 { return uint32(v) }

// IsNumber reports whether v is a number.
func (v Value) IsNumber() bool { t := v.Tag(); return t == TagInt || t == TagFloat64 }

// Number returns the value of a number (NaN for other types).
func (v Value) Number() float64 {
	switch v.Tag() {
	case TagInt:
		return float64(v.Int())
	case TagFloat64:
		return v.Float64()
	}
	return math.NaN()
}

// IsException reports whether v is the exception marker.
func (v Value) IsException() bool { return v.Tag() == TagException }

// IsUndefined reports whether v is undefined.
func (v Value) IsUndefined() bool { return v.Tag() == TagUndefined }

// IsNullish reports whether v is null or undefined.
func (v Value) IsNullish() bool { t := v.Tag(); return t == TagUndefined || t == TagNull }

// IsObject reports whether v is an object (including functions).
func (v Value) IsObject() bool { return v.Tag() == TagObject }

// IsString reports whether v is a string.
func (v Value) IsString() bool { t := v.Tag(); return t == TagString || t == TagStringRope }

func (v Value) hasRef() bool {
	t := int32(uint64(v) >> 32)
	return t < 0 && t >= tagFirst
}
