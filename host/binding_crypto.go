package host

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/binary"
	"errors"
	"hash"
	"io"
	"math/bits"

	"github.com/wqnode/wqnode/host/binding"
	kdfpkg "github.com/wqnode/wqnode/internal/kdf"
	"github.com/wqnode/wqnode/internal/ripemd160"
	"github.com/wqnode/wqnode/wasm"
)

// The 'crypto' binding: digests, HMAC, key derivation, AES and random bytes
// over Go's standard library. The binding keeps no per-object state: a hash
// in progress lives in JS as its serialized state (an ArrayBuffer that
// hashUpdate rewrites in place), so abandoned Hash objects leak nothing and
// copy() is a copy of the state. Contract (modules/internal/crypto/*.js);
// `alg` is a canonical name from hashNames, byte arguments are any
// ArrayBuffer/TypedArray/DataView:
//
//	hashInit(alg) -> state ArrayBuffer, or undefined when alg is unknown
//	hashUpdate(alg, state, data) -> undefined (state rewritten in place) or
//	  a new state ArrayBuffer when its size changed
//	hashDigest(alg, state, outLen) -> ArrayBuffer (outLen < 0: the digest's
//	  own size; for shake128/256 outLen bytes of output)
//	hashSize(alg) -> digest size in bytes (0 for XOFs), -1 unknown
//	hmacInit(alg, key) -> [innerState, outerPad] (undefined if alg unknown)
//	hmacDigest(alg, innerState, outerPad) -> ArrayBuffer
//	randomFill(view, offset, size): fills bytes in place
//	timingSafeEqual(a, b) -> bool (same lengths checked by the caller)
//	pbkdf2(alg, password, salt, iterations, keylen[, cb]) -> ArrayBuffer,
//	  or with cb: runs on the pool and calls cb(err) or cb(null, ArrayBuffer)
//	hkdf(alg, ikm, salt, info, keylen[, cb]) -> likewise
//	scrypt(password, salt, N, r, p, keylen, cb, maxmem) -> likewise; fails
//	  when its memory passes maxmem or the isolate's limit
//	aesCBC(key, iv, data, decrypt) -> ArrayBuffer; data is whole blocks;
//	  iv (16 bytes) is replaced in place by the chaining value to go on with
//	aesECB(key, data, decrypt) -> ArrayBuffer (whole blocks)
//	aesCTR(key, counter, offset, data) -> ArrayBuffer; counter (16 bytes)
//	  is the block at byte `offset` (0..15) of the keystream; advanced in
//	  place past the blocks used up
//	gcmXor(key, iv, offset, data) -> ArrayBuffer: data XOR GCM's keystream
//	  from byte offset (any IV length)
//	gcmTag(key, iv, aad, plaintext) -> 16-byte tag ArrayBuffer

type hashState interface {
	io.Writer
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

var hashNames = map[string]func() hashState{
	"md5":        func() hashState { return md5.New().(hashState) },
	"sha1":       func() hashState { return sha1.New().(hashState) },
	"sha224":     func() hashState { return sha256.New224().(hashState) },
	"sha256":     func() hashState { return sha256.New().(hashState) },
	"sha384":     func() hashState { return sha512.New384().(hashState) },
	"sha512":     func() hashState { return sha512.New().(hashState) },
	"sha512-224": func() hashState { return sha512.New512_224().(hashState) },
	"sha512-256": func() hashState { return sha512.New512_256().(hashState) },
	"sha3-224":   func() hashState { return sha3.New224() },
	"sha3-256":   func() hashState { return sha3.New256() },
	"sha3-384":   func() hashState { return sha3.New384() },
	"sha3-512":   func() hashState { return sha3.New512() },
	"shake128":   func() hashState { return sha3.NewSHAKE128() },
	"shake256":   func() hashState { return sha3.NewSHAKE256() },
	"ripemd160":  func() hashState { return ripemd160.New() },
}

// hashFunc returns a constructor of a plain hash.Hash for HMAC and the
// KDFs (nil for XOFs and unknown names).
func hashFunc(alg string) func() hash.Hash {
	mk, ok := hashNames[alg]
	if !ok {
		return nil
	}
	if _, ok := mk().(hash.Hash); !ok {
		return nil
	}
	return func() hash.Hash { return mk().(hash.Hash) }
}

func digestOf(h hashState, outLen int) []byte {
	if x, ok := h.(*sha3.SHAKE); ok {
		if outLen < 0 {
			outLen = 0
		}
		out := make([]byte, outLen)
		x.Read(out)
		return out
	}
	return h.(hash.Hash).Sum(nil)
}

// cryptoBinding is the 'crypto' binding.
var cryptoBinding = &binding.Module{Name: "crypto", Funcs: concatFuncs(cryptoHashFuncs, cryptoKeyFuncs, cryptoDHFuncs, cryptoCipherFuncs, cryptoX509Funcs)}

// cryptoHashFuncs are the digest, KDF, random and AES functions.
var cryptoHashFuncs = []binding.Func{
	{Name: "hashInit", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		mk := hashNames[vm.String(binding.Arg(args, 0))]
		if mk == nil {
			return wasm.Undefined
		}
		return vm.NewArrayBuffer(marshal(mk()))
	}},
	{Name: "hashSize", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		mk := hashNames[vm.String(binding.Arg(args, 0))]
		if mk == nil {
			return wasm.MakeInt(-1)
		}
		if h, ok := mk().(hash.Hash); ok {
			return wasm.MakeInt(int32(h.Size()))
		}
		return wasm.MakeInt(0)
	}},
	{Name: "hashUpdate", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		h := loadState(vm, vm.String(binding.Arg(args, 0)), binding.Arg(args, 1))
		if h == nil {
			return vm.ThrowError("Error", "Hash update failed")
		}
		data, _ := vm.ViewBytes(binding.Arg(args, 2))
		h.Write(data)
		nb := marshal(h)
		st, _ := vm.ViewBytes(binding.Arg(args, 1))
		if len(st) == len(nb) {
			copy(st, nb)
			return wasm.Undefined
		}
		return vm.NewArrayBuffer(nb)
	}},
	{Name: "hashDigest", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		h := loadState(vm, vm.String(binding.Arg(args, 0)), binding.Arg(args, 1))
		if h == nil {
			return vm.ThrowError("Error", "Hash digest failed")
		}
		return vm.NewArrayBuffer(digestOf(h, int(binding.Arg(args, 2).Number())))
	}},
	{Name: "hmacInit", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		alg := vm.String(binding.Arg(args, 0))
		mk := hashFunc(alg)
		if mk == nil {
			return wasm.Undefined
		}
		key := bytesOf(vm, binding.Arg(args, 1))
		h := mk()
		bs := h.BlockSize()
		if len(key) > bs {
			h.Write(key)
			key = h.Sum(nil)
			h.Reset()
		}
		ipad := make([]byte, bs)
		opad := make([]byte, bs)
		copy(ipad, key)
		copy(opad, key)
		for i := range ipad {
			ipad[i] ^= 0x36
			opad[i] ^= 0x5c
		}
		h.Write(ipad)
		st := marshal(h.(hashState))
		arr := vm.NewArray()
		vm.SetIndex(arr, 0, vm.NewArrayBuffer(st))
		vm.SetIndex(arr, 1, vm.NewArrayBuffer(opad))
		return arr
	}},
	{Name: "hmacDigest", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		alg := vm.String(binding.Arg(args, 0))
		h := loadState(vm, alg, binding.Arg(args, 1))
		if h == nil {
			return vm.ThrowError("Error", "Hmac digest failed")
		}
		inner := h.(hash.Hash).Sum(nil)
		outer := hashFunc(alg)()
		opad, _ := vm.ViewBytes(binding.Arg(args, 2))
		outer.Write(opad)
		outer.Write(inner)
		return vm.NewArrayBuffer(outer.Sum(nil))
	}},
	{Name: "randomFill", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b, _ := vm.ViewBytes(binding.Arg(args, 0))
		off := clamp(int(binding.Arg(args, 1).Number()), len(b))
		n := clamp(int(binding.Arg(args, 2).Number()), len(b)-off)
		rand.Read(b[off : off+n])
		return wasm.Undefined
	}},
	{Name: "timingSafeEqual", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		a, _ := vm.ViewBytes(binding.Arg(args, 0))
		b, _ := vm.ViewBytes(binding.Arg(args, 1))
		return wasm.MakeBool(subtle.ConstantTimeCompare(a, b) == 1)
	}},

	{Name: "pbkdf2", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		mk := hashFunc(vm.String(binding.Arg(args, 0)))
		if mk == nil {
			return vm.ThrowError("TypeError", "Invalid digest")
		}
		pw, salt := bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2))
		iter, keylen := int(binding.Arg(args, 3).Number()), int(binding.Arg(args, 4).Number())
		done := e.Done()
		return kdf(e, binding.Arg(args, 5), keylen, func() ([]byte, error) {
			return kdfpkg.PBKDF2(done, mk, pw, salt, iter, keylen)
		})
	}},
	{Name: "hkdf", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		mk := hashFunc(vm.String(binding.Arg(args, 0)))
		if mk == nil {
			return vm.ThrowError("TypeError", "Invalid digest")
		}
		ikm, salt, info := bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)), bytesOf(vm, binding.Arg(args, 3))
		keylen := int(binding.Arg(args, 4).Number())
		return kdf(e, binding.Arg(args, 5), keylen, func() ([]byte, error) {
			if len(salt) == 0 {
				salt = make([]byte, mk().Size())
			}
			prk := hmac.New(mk, salt)
			prk.Write(ikm)
			return hkdf.Expand(mk, prk.Sum(nil), string(info), keylen)
		})
	}},
	{Name: "scrypt", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		pw, salt := bytesOf(vm, binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 1))
		N, r, p := int(binding.Arg(args, 2).Number()), int(binding.Arg(args, 3).Number()), int(binding.Arg(args, 4).Number())
		keylen, maxmem := int(binding.Arg(args, 5).Number()), binding.Arg(args, 7).Number()
		// scrypt's memory (128·r·N for V, 128·r·p for B) is host
		// memory meant for the isolate: bounded by maxmem, as in
		// Node, and by the isolate's own limit.
		need := 128*float64(r)*float64(N) + 128*float64(r)*float64(p)
		if need > maxmem || need > float64(e.MaxBuffer) {
			return e.Fail(binding.Arg(args, 6), errScryptMemory, kdfError)
		}
		done := e.Done()
		return kdf(e, binding.Arg(args, 6), keylen, func() ([]byte, error) {
			return kdfpkg.Scrypt(done, pw, salt, N, r, p, keylen)
		})
	}},

	{Name: "aesCBC", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b := aesBlock(vm, binding.Arg(args, 0))
		data := bytesOf(vm, binding.Arg(args, 2))
		iv, _ := vm.ViewBytes(binding.Arg(args, 1))
		if b == nil || len(iv) != 16 || len(data)%16 != 0 {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		out := make([]byte, len(data))
		if len(data) > 0 {
			if vm.Bool(binding.Arg(args, 3)) {
				cipher.NewCBCDecrypter(b, iv).CryptBlocks(out, data)
				copy(iv, data[len(data)-16:])
			} else {
				cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, data)
				copy(iv, out[len(out)-16:])
			}
		}
		return vm.NewArrayBuffer(out)
	}},
	{Name: "aesECB", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b := aesBlock(vm, binding.Arg(args, 0))
		data := bytesOf(vm, binding.Arg(args, 1))
		if b == nil || len(data)%16 != 0 {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		dec := vm.Bool(binding.Arg(args, 2))
		for i := 0; i < len(data); i += 16 {
			if dec {
				b.Decrypt(data[i:i+16], data[i:i+16])
			} else {
				b.Encrypt(data[i:i+16], data[i:i+16])
			}
		}
		return vm.NewArrayBuffer(data)
	}},
	{Name: "aesCTR", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b := aesBlock(vm, binding.Arg(args, 0))
		off := int(binding.Arg(args, 2).Number()) & 15
		data, _ := vm.ViewBytes(binding.Arg(args, 3))
		buf := make([]byte, off+len(data))
		copy(buf[off:], data)
		ctr, _ := vm.ViewBytes(binding.Arg(args, 1))
		if b == nil || len(ctr) != 16 {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		cipher.NewCTR(b, ctr).XORKeyStream(buf, buf)
		addCounter(ctr, uint64(len(buf)/16))
		return vm.NewArrayBuffer(buf[off:])
	}},
	{Name: "gcmXor", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b := aesBlock(vm, binding.Arg(args, 0))
		iv := bytesOf(vm, binding.Arg(args, 1))
		off := int(binding.Arg(args, 2).Number())
		data := bytesOf(vm, binding.Arg(args, 3))
		if b == nil || len(iv) == 0 {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		g, err := cipher.NewGCMWithNonceSize(b, len(iv))
		if err != nil {
			return vm.ThrowError("Error", err.Error())
		}
		ks := g.Seal(nil, iv, make([]byte, off+len(data)), nil)[off:]
		for i := range data {
			data[i] ^= ks[i]
		}
		return vm.NewArrayBuffer(data)
	}},
	{Name: "gcmTag", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b := aesBlock(vm, binding.Arg(args, 0))
		iv, aad, pt := bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)), bytesOf(vm, binding.Arg(args, 3))
		if b == nil || len(iv) == 0 {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		g, err := cipher.NewGCMWithNonceSize(b, len(iv))
		if err != nil {
			return vm.ThrowError("Error", err.Error())
		}
		sealed := g.Seal(nil, iv, pt, aad)
		return vm.NewArrayBuffer(sealed[len(pt):])
	}},
}

// addCounter adds n to a 128-bit big-endian counter.
func addCounter(ctr []byte, n uint64) {
	lo := binary.BigEndian.Uint64(ctr[8:])
	hi := binary.BigEndian.Uint64(ctr[:8])
	lo, c := bits.Add64(lo, n, 0)
	hi += c
	binary.BigEndian.PutUint64(ctr[8:], lo)
	binary.BigEndian.PutUint64(ctr[:8], hi)
}

// errScryptMemory is scrypt asked for more memory than maxmem or the
// isolate allows.
var errScryptMemory = &binding.CodedError{Class: "RangeError", Code: "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
	Message: "Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"}

// kdf derives keylen bytes with f: now for a synchronous call (returning
// an ArrayBuffer), else on the pool, calling cb(err) or cb(null,
// ArrayBuffer) from the loop.
func kdf(e *binding.Env, cb wasm.Value, keylen int, f func() ([]byte, error)) wasm.Value {
	return e.Do(cb, func() (binding.Result, error) {
		out := []byte{}
		if keylen > 0 {
			k, err := f()
			if err != nil {
				return nil, err
			}
			out = k
		}
		return func(e *binding.Env) wasm.Value { return e.VM.NewArrayBuffer(out) }, nil
	}, kdfError)
}

// kdfError is the JS error of a failed derivation.
func kdfError(e *binding.Env, err error) wasm.Value {
	var c *binding.CodedError
	if errors.As(err, &c) {
		return e.ErrorValue(err, "", "", "")
	}
	return e.VM.NewError("Error", "Deriving bits failed")
}

// bytesOf copies the bytes of any ArrayBuffer or view.
func bytesOf(vm *wasm.VM, v wasm.Value) []byte {
	b, _ := vm.ViewBytes(v)
	return append([]byte(nil), b...)
}

// loadState restores a hash of alg from its saved state, or nil.
func loadState(vm *wasm.VM, alg string, st wasm.Value) hashState {
	mk := hashNames[alg]
	if mk == nil {
		return nil
	}
	h := mk()
	b, _ := vm.ViewBytes(st)
	if h.UnmarshalBinary(b) != nil {
		return nil
	}
	return h
}

// marshal saves a hash's state.
func marshal(h hashState) []byte {
	b, err := h.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

// aesBlock is the AES cipher of key v, or nil for a bad key size.
func aesBlock(vm *wasm.VM, v wasm.Value) cipher.Block {
	k, _ := vm.ViewBytes(v)
	b, err := aes.NewCipher(k)
	if err != nil {
		return nil
	}
	return b
}
