package host

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"encoding/binary"
	"errors"

	"golang.org/x/crypto/chacha20"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/aead"
	"github.com/wqnode/wqnode/internal/evpkdf"
	"github.com/wqnode/wqnode/internal/keywrap"
	"github.com/wqnode/wqnode/wasm"
)

// cryptoCipherFuncs are the crypto binding's cipher modes beyond the AES
// ones in binding_crypto.go; like those, they keep no state: the JS side
// holds the chaining state and the binding advances it in place. Contract
// (modules/internal/crypto/cipher.js); alg is aes, des, des-ede or
// des-ede3:
//
//	blockCrypt(alg, mode, key, state, data, decrypt) -> ArrayBuffer; mode
//	  cbc or ecb (whole blocks; state is the IV, replaced by the chaining
//	  value), or ofb, cfb, cfb8 (any length; state is register || keystream
//	  || offset byte, 2·blockSize+1 bytes)
//	keyWrap(kind, key, iv|null, data, decrypt) -> ArrayBuffer; kind wrap,
//	  wrap-pad or des3-wrap
//	chacha(key, iv, offset, data) -> data XOR ChaCha20's keystream from
//	  byte offset; iv is 12 bytes (counter 1, as chacha20-poly1305) or 16
//	  (a little-endian counter then the nonce, as chacha20)
//	chachaTag(key, iv, aad, plaintext) -> the 16-byte Poly1305 tag
//	bytesToKey(password, keyLen, ivLen) -> [key, iv] (EVP_BytesToKey, MD5)
//	aeadSeal(mode, key, iv, aad, data, tagLen) -> [ciphertext, tag]; mode
//	  ccm or ocb (AES), the whole message at once
//	aeadOpen(mode, key, iv, aad, data, tag) -> plaintext ArrayBuffer, or
//	  null when the tag does not match
var cryptoCipherFuncs = []binding.Func{
	{Name: "aeadSeal", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		seal := aead.CCMSeal
		if vm.String(binding.Arg(args, 0)) == "ocb" {
			seal = aead.OCBSeal
		}
		ct, tag, err := seal(bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)),
			bytesOf(vm, binding.Arg(args, 3)), bytesOf(vm, binding.Arg(args, 4)), int(binding.Arg(args, 5).Number()))
		if err != nil {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		arr := vm.NewArray()
		vm.SetIndex(arr, 0, vm.NewArrayBuffer(ct))
		vm.SetIndex(arr, 1, vm.NewArrayBuffer(tag))
		return arr
	}},
	{Name: "aeadOpen", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		open := aead.CCMOpen
		if vm.String(binding.Arg(args, 0)) == "ocb" {
			open = aead.OCBOpen
		}
		pt, ok, err := open(bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)),
			bytesOf(vm, binding.Arg(args, 3)), bytesOf(vm, binding.Arg(args, 4)), bytesOf(vm, binding.Arg(args, 5)))
		if err != nil {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		if !ok {
			return wasm.Null
		}
		return vm.NewArrayBuffer(pt)
	}},
	{Name: "blockCrypt", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		b, err := newBlock(vm.String(binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 2)))
		if err != nil {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		state, _ := vm.ViewBytes(binding.Arg(args, 3))
		data := bytesOf(vm, binding.Arg(args, 4))
		out, err := blockCrypt(b, vm.String(binding.Arg(args, 1)), state, data, vm.Bool(binding.Arg(args, 5)))
		if err != nil {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		return vm.NewArrayBuffer(out)
	}},
	{Name: "keyWrap", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		kind := vm.String(binding.Arg(args, 0))
		key := bytesOf(vm, binding.Arg(args, 1))
		var iv []byte
		if v := binding.Arg(args, 2); !v.IsNullish() {
			iv = bytesOf(vm, v)
			if len(iv) == 0 {
				iv = nil
			}
		}
		data := bytesOf(vm, binding.Arg(args, 3))
		dec := vm.Bool(binding.Arg(args, 4))
		var out []byte
		var err error
		if kind == "des3-wrap" {
			if dec {
				out, err = keywrap.Des3Unwrap(key, data)
			} else {
				out, err = keywrap.Des3Wrap(key, data)
			}
		} else {
			var b cipher.Block
			if b, err = aes.NewCipher(key); err == nil {
				switch {
				case kind == "wrap" && dec:
					out, err = keywrap.Unwrap(b, iv, data)
				case kind == "wrap":
					out, err = keywrap.Wrap(b, iv, data)
				case dec:
					out, err = keywrap.UnwrapPad(b, iv, data)
				default:
					out, err = keywrap.WrapPad(b, iv, data)
				}
			}
		}
		if err != nil {
			v := vm.NewError("Error", "error:1C800066:Provider routines::cipher operation failed")
			vm.Set(v, "library", vm.NewString("Provider routines"))
			vm.Set(v, "reason", vm.NewString("cipher operation failed"))
			vm.Set(v, "code", vm.NewString("ERR_OSSL_EVP_CIPHER_OPERATION_FAILED"))
			return vm.Throw(v)
		}
		return vm.NewArrayBuffer(out)
	}},
	{Name: "chacha", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		key, iv := bytesOf(vm, binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 1))
		off := uint64(binding.Arg(args, 2).Number())
		data := bytesOf(vm, binding.Arg(args, 3))
		ctr := uint64(1)
		if len(iv) == 16 {
			ctr = uint64(binary.LittleEndian.Uint32(iv))
			iv = iv[4:]
		}
		c, err := chacha20.NewUnauthenticatedCipher(key, iv)
		if err != nil {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		blk := ctr + off/64
		if blk > 0xffffffff {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		c.SetCounter(uint32(blk))
		skip := make([]byte, off%64)
		c.XORKeyStream(skip, skip)
		c.XORKeyStream(data, data)
		return vm.NewArrayBuffer(data)
	}},
	{Name: "chachaTag", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		a, err := chacha20poly1305.New(bytesOf(vm, binding.Arg(args, 0)))
		iv := bytesOf(vm, binding.Arg(args, 1))
		if err != nil || len(iv) != a.NonceSize() {
			return vm.ThrowError("Error", "Invalid cipher state")
		}
		pt := bytesOf(vm, binding.Arg(args, 3))
		sealed := a.Seal(nil, iv, pt, bytesOf(vm, binding.Arg(args, 2)))
		return vm.NewArrayBuffer(sealed[len(pt):])
	}},
	{Name: "bytesToKey", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		kl, il := int(binding.Arg(args, 1).Number()), int(binding.Arg(args, 2).Number())
		if kl < 0 || il < 0 || kl > 1024 || il > 1024 {
			return vm.ThrowError("RangeError", "Invalid key length")
		}
		key, iv := evpkdf.BytesToKey(md5.New, bytesOf(vm, binding.Arg(args, 0)), nil, 1, kl, il)
		return pair(vm, key, iv)
	}},
}

// newBlock is the block cipher alg keyed with key.
func newBlock(alg string, key []byte) (cipher.Block, error) {
	switch alg {
	case "aes":
		return aes.NewCipher(key)
	case "des":
		return des.NewCipher(key)
	case "des-ede":
		if len(key) != 16 {
			return nil, errors.New("bad key")
		}
		return des.NewTripleDESCipher(append(append([]byte(nil), key...), key[:8]...))
	case "des-ede3":
		return des.NewTripleDESCipher(key)
	}
	return nil, errors.New("unknown cipher")
}

// blockCrypt runs one mode over data, advancing state in place.
func blockCrypt(b cipher.Block, mode string, state, data []byte, dec bool) ([]byte, error) {
	bs := b.BlockSize()
	out := make([]byte, len(data))
	switch mode {
	case "cbc":
		if len(state) != bs || len(data)%bs != 0 {
			return nil, errors.New("bad state")
		}
		if len(data) == 0 {
			return out, nil
		}
		if dec {
			cipher.NewCBCDecrypter(b, state).CryptBlocks(out, data)
			copy(state, data[len(data)-bs:])
		} else {
			cipher.NewCBCEncrypter(b, state).CryptBlocks(out, data)
			copy(state, out[len(out)-bs:])
		}
		return out, nil
	case "ecb":
		if len(data)%bs != 0 {
			return nil, errors.New("bad state")
		}
		for i := 0; i < len(data); i += bs {
			if dec {
				b.Decrypt(out[i:i+bs], data[i:i+bs])
			} else {
				b.Encrypt(out[i:i+bs], data[i:i+bs])
			}
		}
		return out, nil
	}
	if len(state) != 2*bs+1 || int(state[2*bs]) > bs {
		return nil, errors.New("bad state")
	}
	reg, ks, off := state[:bs], state[bs:2*bs], int(state[2*bs])
	for i, in := range data {
		switch mode {
		case "ofb":
			if off == bs {
				b.Encrypt(reg, reg)
				copy(ks, reg)
				off = 0
			}
			out[i] = in ^ ks[off]
			off++
		case "cfb":
			if off == bs {
				b.Encrypt(ks, reg)
				off = 0
			}
			out[i] = in ^ ks[off]
			if dec {
				reg[off] = in
			} else {
				reg[off] = out[i]
			}
			off++
		case "cfb8":
			b.Encrypt(ks, reg)
			out[i] = in ^ ks[0]
			copy(reg, reg[1:])
			if dec {
				reg[bs-1] = in
			} else {
				reg[bs-1] = out[i]
			}
		default:
			return nil, errors.New("bad mode")
		}
	}
	state[2*bs] = byte(off)
	return out, nil
}
