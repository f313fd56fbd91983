package host

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/binary"
	"hash"
	"io"
	"math/bits"

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
//	  or with cb: runs on a goroutine and calls cb(ArrayBuffer)
//	hkdf(alg, ikm, salt, info, keylen[, cb]) -> likewise
//	scrypt(password, salt, N, r, p, keylen[, cb]) -> likewise
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
	"ripemd160":  func() hashState { return newRIPEMD160() },
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

func init() {
	bindings["crypto"] = func(iso *Isolate, obj wasm.Value) {
		bytesOf := func(vm *wasm.VM, v wasm.Value) []byte {
			b, _ := vm.ViewBytes(v)
			return append([]byte(nil), b...)
		}
		loadState := func(vm *wasm.VM, alg string, st wasm.Value) hashState {
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
		marshal := func(h hashState) []byte {
			b, err := h.MarshalBinary()
			if err != nil {
				panic(err)
			}
			return b
		}
		iso.fn(obj, "hashInit", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			mk := hashNames[vm.String(arg(args, 0))]
			if mk == nil {
				return wasm.Undefined
			}
			return vm.NewArrayBuffer(marshal(mk()))
		})
		iso.fn(obj, "hashSize", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			mk := hashNames[vm.String(arg(args, 0))]
			if mk == nil {
				return wasm.MakeInt(-1)
			}
			if h, ok := mk().(hash.Hash); ok {
				return wasm.MakeInt(int32(h.Size()))
			}
			return wasm.MakeInt(0)
		})
		iso.fn(obj, "hashUpdate", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			h := loadState(vm, vm.String(arg(args, 0)), arg(args, 1))
			if h == nil {
				return vm.ThrowError("Error", "Hash update failed")
			}
			data, _ := vm.ViewBytes(arg(args, 2))
			h.Write(data)
			nb := marshal(h)
			st, _ := vm.ViewBytes(arg(args, 1))
			if len(st) == len(nb) {
				copy(st, nb)
				return wasm.Undefined
			}
			return vm.NewArrayBuffer(nb)
		})
		iso.fn(obj, "hashDigest", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			h := loadState(vm, vm.String(arg(args, 0)), arg(args, 1))
			if h == nil {
				return vm.ThrowError("Error", "Hash digest failed")
			}
			return vm.NewArrayBuffer(digestOf(h, int(arg(args, 2).Number())))
		})
		iso.fn(obj, "hmacInit", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			alg := vm.String(arg(args, 0))
			mk := hashFunc(alg)
			if mk == nil {
				return wasm.Undefined
			}
			key := bytesOf(vm, arg(args, 1))
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
		})
		iso.fn(obj, "hmacDigest", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			alg := vm.String(arg(args, 0))
			h := loadState(vm, alg, arg(args, 1))
			if h == nil {
				return vm.ThrowError("Error", "Hmac digest failed")
			}
			inner := h.(hash.Hash).Sum(nil)
			outer := hashFunc(alg)()
			opad, _ := vm.ViewBytes(arg(args, 2))
			outer.Write(opad)
			outer.Write(inner)
			return vm.NewArrayBuffer(outer.Sum(nil))
		})
		iso.fn(obj, "randomFill", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b, _ := vm.ViewBytes(arg(args, 0))
			off := clamp(int(arg(args, 1).Number()), len(b))
			n := clamp(int(arg(args, 2).Number()), len(b)-off)
			rand.Read(b[off : off+n])
			return wasm.Undefined
		})
		iso.fn(obj, "timingSafeEqual", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			a, _ := vm.ViewBytes(arg(args, 0))
			b, _ := vm.ViewBytes(arg(args, 1))
			return wasm.MakeBool(subtle.ConstantTimeCompare(a, b) == 1)
		})

		// job runs f now, or with a callback on a goroutine, delivering
		// cb(result) or cb(undefined, message) on the loop.
		job := func(vm *wasm.VM, cbv wasm.Value, f func() ([]byte, string)) wasm.Value {
			if !cbv.IsObject() { // the caller passes a function or nothing
				out, msg := f()
				if msg != "" {
					return vm.ThrowError("Error", msg)
				}
				return vm.NewArrayBuffer(out)
			}
			cb := vm.Dup(cbv)
			iso.loop.Ref()
			go func() {
				out, msg := f()
				iso.loop.Post(func() {
					iso.loop.Unref()
					if msg != "" {
						iso.callback(cb, wasm.Undefined, iso.vm.NewString(msg))
					} else {
						iso.callback(cb, iso.vm.NewArrayBuffer(out))
					}
					iso.vm.Free(cb)
				})
			}()
			return wasm.Undefined
		}
		iso.fn(obj, "pbkdf2", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			mk := hashFunc(vm.String(arg(args, 0)))
			if mk == nil {
				return vm.ThrowError("TypeError", "Invalid digest")
			}
			pw, salt := bytesOf(vm, arg(args, 1)), bytesOf(vm, arg(args, 2))
			iter, keylen := int(arg(args, 3).Number()), int(arg(args, 4).Number())
			return job(vm, arg(args, 5), func() ([]byte, string) {
				if keylen == 0 {
					return []byte{}, ""
				}
				k, err := pbkdf2.Key(mk, string(pw), salt, iter, keylen)
				if err != nil {
					return nil, "PBKDF2 error"
				}
				return k, ""
			})
		})
		iso.fn(obj, "hkdf", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			mk := hashFunc(vm.String(arg(args, 0)))
			if mk == nil {
				return vm.ThrowError("TypeError", "Invalid digest")
			}
			ikm, salt, info := bytesOf(vm, arg(args, 1)), bytesOf(vm, arg(args, 2)), bytesOf(vm, arg(args, 3))
			keylen := int(arg(args, 4).Number())
			return job(vm, arg(args, 5), func() ([]byte, string) {
				if keylen == 0 {
					return []byte{}, ""
				}
				if len(salt) == 0 {
					salt = make([]byte, mk().Size())
				}
				prk := hmac.New(mk, salt)
				prk.Write(ikm)
				k, err := hkdf.Expand(mk, prk.Sum(nil), string(info), keylen)
				if err != nil {
					return nil, "HKDF error"
				}
				return k, ""
			})
		})
		iso.fn(obj, "scrypt", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			pw, salt := bytesOf(vm, arg(args, 0)), bytesOf(vm, arg(args, 1))
			N, r, p := int(arg(args, 2).Number()), int(arg(args, 3).Number()), int(arg(args, 4).Number())
			keylen := int(arg(args, 5).Number())
			return job(vm, arg(args, 6), func() ([]byte, string) {
				return scryptKey(pw, salt, N, r, p, keylen), ""
			})
		})

		block := func(vm *wasm.VM, v wasm.Value) cipher.Block {
			k, _ := vm.ViewBytes(v)
			b, err := aes.NewCipher(k)
			if err != nil {
				return nil
			}
			return b
		}
		iso.fn(obj, "aesCBC", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b := block(vm, arg(args, 0))
			data := bytesOf(vm, arg(args, 2))
			iv, _ := vm.ViewBytes(arg(args, 1))
			if b == nil || len(iv) != 16 || len(data)%16 != 0 {
				return vm.ThrowError("Error", "Invalid cipher state")
			}
			out := make([]byte, len(data))
			if len(data) > 0 {
				if vm.Bool(arg(args, 3)) {
					cipher.NewCBCDecrypter(b, iv).CryptBlocks(out, data)
					copy(iv, data[len(data)-16:])
				} else {
					cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, data)
					copy(iv, out[len(out)-16:])
				}
			}
			return vm.NewArrayBuffer(out)
		})
		iso.fn(obj, "aesECB", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b := block(vm, arg(args, 0))
			data := bytesOf(vm, arg(args, 1))
			if b == nil || len(data)%16 != 0 {
				return vm.ThrowError("Error", "Invalid cipher state")
			}
			dec := vm.Bool(arg(args, 2))
			for i := 0; i < len(data); i += 16 {
				if dec {
					b.Decrypt(data[i:i+16], data[i:i+16])
				} else {
					b.Encrypt(data[i:i+16], data[i:i+16])
				}
			}
			return vm.NewArrayBuffer(data)
		})
		iso.fn(obj, "aesCTR", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b := block(vm, arg(args, 0))
			off := int(arg(args, 2).Number()) & 15
			data, _ := vm.ViewBytes(arg(args, 3))
			buf := make([]byte, off+len(data))
			copy(buf[off:], data)
			ctr, _ := vm.ViewBytes(arg(args, 1))
			if b == nil || len(ctr) != 16 {
				return vm.ThrowError("Error", "Invalid cipher state")
			}
			cipher.NewCTR(b, ctr).XORKeyStream(buf, buf)
			addCounter(ctr, uint64(len(buf)/16))
			return vm.NewArrayBuffer(buf[off:])
		})
		iso.fn(obj, "gcmXor", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b := block(vm, arg(args, 0))
			iv := bytesOf(vm, arg(args, 1))
			off := int(arg(args, 2).Number())
			data := bytesOf(vm, arg(args, 3))
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
		})
		iso.fn(obj, "gcmTag", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			b := block(vm, arg(args, 0))
			iv, aad, pt := bytesOf(vm, arg(args, 1)), bytesOf(vm, arg(args, 2)), bytesOf(vm, arg(args, 3))
			if b == nil || len(iv) == 0 {
				return vm.ThrowError("Error", "Invalid cipher state")
			}
			g, err := cipher.NewGCMWithNonceSize(b, len(iv))
			if err != nil {
				return vm.ThrowError("Error", err.Error())
			}
			sealed := g.Seal(nil, iv, pt, aad)
			return vm.NewArrayBuffer(sealed[len(pt):])
		})
	}
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

// scryptKey is scrypt (RFC 7914); parameters are validated by the caller.
func scryptKey(pw, salt []byte, N, r, p, keylen int) []byte {
	if keylen == 0 {
		return []byte{}
	}
	blen := 128 * r
	b, _ := pbkdf2.Key(sha256.New, string(pw), salt, 1, p*blen)
	x := make([]uint32, 32*r)
	v := make([]uint32, 32*r*N)
	y := make([]uint32, 32*r)
	for i := 0; i < p; i++ {
		blk := b[i*blen : (i+1)*blen]
		for j := range x {
			x[j] = binary.LittleEndian.Uint32(blk[4*j:])
		}
		for j := 0; j < N; j++ {
			copy(v[j*32*r:], x)
			blockMix(x, y, r)
		}
		for j := 0; j < N; j++ {
			k := int(x[(2*r-1)*16]) & (N - 1)
			vk := v[k*32*r : (k+1)*32*r]
			for t := range x {
				x[t] ^= vk[t]
			}
			blockMix(x, y, r)
		}
		for j := range x {
			binary.LittleEndian.PutUint32(blk[4*j:], x[j])
		}
	}
	out, _ := pbkdf2.Key(sha256.New, string(pw), b, 1, keylen)
	return out
}

// blockMix is scrypt's BlockMix with Salsa20/8 over b (32*r words), using
// y as scratch.
func blockMix(b, y []uint32, r int) {
	var t [16]uint32
	copy(t[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for j := range t {
			t[j] ^= b[i*16+j]
		}
		salsa8(&t)
		// even blocks to the first half, odd to the second
		dst := (i/2)*16 + (i%2)*r*16
		copy(y[dst:dst+16], t[:])
	}
	copy(b, y)
}

func salsa8(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		x[4] ^= bits.RotateLeft32(x[0]+x[12], 7)
		x[8] ^= bits.RotateLeft32(x[4]+x[0], 9)
		x[12] ^= bits.RotateLeft32(x[8]+x[4], 13)
		x[0] ^= bits.RotateLeft32(x[12]+x[8], 18)
		x[9] ^= bits.RotateLeft32(x[5]+x[1], 7)
		x[13] ^= bits.RotateLeft32(x[9]+x[5], 9)
		x[1] ^= bits.RotateLeft32(x[13]+x[9], 13)
		x[5] ^= bits.RotateLeft32(x[1]+x[13], 18)
		x[14] ^= bits.RotateLeft32(x[10]+x[6], 7)
		x[2] ^= bits.RotateLeft32(x[14]+x[10], 9)
		x[6] ^= bits.RotateLeft32(x[2]+x[14], 13)
		x[10] ^= bits.RotateLeft32(x[6]+x[2], 18)
		x[3] ^= bits.RotateLeft32(x[15]+x[11], 7)
		x[7] ^= bits.RotateLeft32(x[3]+x[15], 9)
		x[11] ^= bits.RotateLeft32(x[7]+x[3], 13)
		x[15] ^= bits.RotateLeft32(x[11]+x[7], 18)
		x[1] ^= bits.RotateLeft32(x[0]+x[3], 7)
		x[2] ^= bits.RotateLeft32(x[1]+x[0], 9)
		x[3] ^= bits.RotateLeft32(x[2]+x[1], 13)
		x[0] ^= bits.RotateLeft32(x[3]+x[2], 18)
		x[6] ^= bits.RotateLeft32(x[5]+x[4], 7)
		x[7] ^= bits.RotateLeft32(x[6]+x[5], 9)
		x[4] ^= bits.RotateLeft32(x[7]+x[6], 13)
		x[5] ^= bits.RotateLeft32(x[4]+x[7], 18)
		x[11] ^= bits.RotateLeft32(x[10]+x[9], 7)
		x[8] ^= bits.RotateLeft32(x[11]+x[10], 9)
		x[9] ^= bits.RotateLeft32(x[8]+x[11], 13)
		x[10] ^= bits.RotateLeft32(x[9]+x[8], 18)
		x[12] ^= bits.RotateLeft32(x[15]+x[14], 7)
		x[13] ^= bits.RotateLeft32(x[12]+x[15], 9)
		x[14] ^= bits.RotateLeft32(x[13]+x[12], 13)
		x[15] ^= bits.RotateLeft32(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}

// ripemd160 is RIPEMD-160 (Dobbertin, Bosselaers, Preneel), with the
// state serialization the other hashes have.
type ripemd160 struct {
	h   [5]uint32
	x   [64]byte
	nx  int
	len uint64
}

func newRIPEMD160() *ripemd160 {
	d := &ripemd160{}
	d.Reset()
	return d
}

func (d *ripemd160) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.nx, d.len = 0, 0
}
func (d *ripemd160) Size() int      { return 20 }
func (d *ripemd160) BlockSize() int { return 64 }

func (d *ripemd160) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nx > 0 {
		c := copy(d.x[d.nx:], p)
		d.nx += c
		p = p[c:]
		if d.nx == 64 {
			d.block(d.x[:])
			d.nx = 0
		}
	}
	for len(p) >= 64 {
		d.block(p[:64])
		p = p[64:]
	}
	d.nx += copy(d.x[d.nx:], p)
	return n, nil
}

func (d *ripemd160) Sum(in []byte) []byte {
	c := *d
	var pad [72]byte
	pad[0] = 0x80
	k := (55 - int(c.len%64) + 64) % 64
	binary.LittleEndian.PutUint64(pad[k+1:], c.len<<3)
	c.Write(pad[:k+9])
	out := make([]byte, 20)
	for i, v := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return append(in, out...)
}

func (d *ripemd160) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 4+20+64+8)
	b = append(b, "rmd\x01"...)
	for _, v := range d.h {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	b = append(b, d.x[:]...)
	b = binary.BigEndian.AppendUint64(b, d.len)
	return b, nil
}

func (d *ripemd160) UnmarshalBinary(b []byte) error {
	if len(b) != 4+20+64+8 || string(b[:4]) != "rmd\x01" {
		return io.ErrUnexpectedEOF
	}
	for i := range d.h {
		d.h[i] = binary.BigEndian.Uint32(b[4+4*i:])
	}
	copy(d.x[:], b[24:88])
	d.len = binary.BigEndian.Uint64(b[88:])
	d.nx = int(d.len % 64)
	return nil
}

var (
	rmdR = [80]uint8{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
		3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
		1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
		4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13}
	rmdR2 = [80]uint8{
		5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
		6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
		15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
		8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
		12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11}
	rmdS = [80]uint8{
		11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
		7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
		11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
		11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
		9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6}
	rmdS2 = [80]uint8{
		8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
		9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
		9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
		15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
		8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11}
	rmdK  = [5]uint32{0, 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xa953fd4e}
	rmdK2 = [5]uint32{0x50a28be6, 0x5c4dd124, 0x6d703ef3, 0x7a6d76e9, 0}
)

func rmdF(j int, x, y, z uint32) uint32 {
	switch j / 16 {
	case 0:
		return x ^ y ^ z
	case 1:
		return (x & y) | (^x & z)
	case 2:
		return (x | ^y) ^ z
	case 3:
		return (x & z) | (y &^ z)
	}
	return x ^ (y | ^z)
}

func (d *ripemd160) block(p []byte) {
	var x [16]uint32
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	a, b, c, dd, e := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
	a2, b2, c2, d2, e2 := a, b, c, dd, e
	for j := 0; j < 80; j++ {
		t := bits.RotateLeft32(a+rmdF(j, b, c, dd)+x[rmdR[j]]+rmdK[j/16], int(rmdS[j])) + e
		a, e, dd, c, b = e, dd, bits.RotateLeft32(c, 10), b, t
		t = bits.RotateLeft32(a2+rmdF(79-j, b2, c2, d2)+x[rmdR2[j]]+rmdK2[j/16], int(rmdS2[j])) + e2
		a2, e2, d2, c2, b2 = e2, d2, bits.RotateLeft32(c2, 10), b2, t
	}
	t := d.h[1] + c + d2
	d.h[1] = d.h[2] + dd + e2
	d.h[2] = d.h[3] + e + a2
	d.h[3] = d.h[4] + a + b2
	d.h[4] = d.h[0] + b + c2
	d.h[0] = t
}
