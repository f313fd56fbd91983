package host

import (
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"math/big"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/dh"
	"github.com/wqnode/wqnode/internal/pkey"
	"github.com/wqnode/wqnode/wasm"
)

// cryptoKeyFuncs are the crypto binding's asymmetric-key functions. A key
// crosses to JS only as its canonical DER (PKCS#8 for a private key, SPKI
// for a public one) in an ArrayBuffer, with a flag saying which; every
// call parses it again, so the binding keeps no key state. Contract
// (modules/internal/crypto/keys.js, sig.js, keygen.js):
//
//	keyImport(data, format, type, passphrase|undefined, public) ->
//	  [asymmetricKeyType, der, isPrivate]
//	keyImportJWK(json, private) -> likewise
//	keyExport(der, private, format, type, cipher, passphrase) -> ArrayBuffer
//	  (PEM text or DER)
//	keyExportJWK(der, private, public) -> JSON text
//	keyDetails(der, private) -> JSON text of asymmetricKeyDetails
//	keyPublic(der) -> SPKI of a private key's public half
//	sign(der, hash, data, prehashed, [padding, saltLength, p1363][, cb])
//	verify(der, private, hash, data, prehashed, [padding, saltLength,
//	  p1363], sig[, cb]) -> bool
//
// (Host functions take at most 8 arguments.)
//
//	rsaCrypt(der, isPrivate, usePrivate, encrypt, data, padding, oaepHash,
//	  label) -> ArrayBuffer
//	generateKeyPair(type, json options[, cb]) -> [type, publicDer, privateDer]
//	deriveSecret(privateDer, publicDer) -> ArrayBuffer
//	spkac(data, what) -> for what "verify" a bool; "publicKey" the SPKI
//	  PEM and "challenge" the challenge, as ArrayBuffers, or undefined when
//	  data is not an SPKAC
var cryptoKeyFuncs = []binding.Func{
	{Name: "spkac", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		s, err := pkey.ParseSPKAC(bytesOf(vm, binding.Arg(args, 0)))
		switch vm.String(binding.Arg(args, 1)) {
		case "verify":
			return wasm.MakeBool(err == nil && s.Verify())
		case "publicKey":
			if err == nil {
				return vm.NewArrayBuffer(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: s.SPKI}))
			}
		case "challenge":
			if err == nil {
				return vm.NewArrayBuffer([]byte(s.Challenge))
			}
		}
		return wasm.Undefined
	}},
	{Name: "keyImport", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		data := bytesOf(vm, binding.Arg(args, 0))
		var pass []byte
		if p := binding.Arg(args, 3); !p.IsUndefined() {
			pass = bytesOf(vm, p)
			if pass == nil {
				pass = []byte{}
			}
		}
		k, err := pkey.Import(data, vm.String(binding.Arg(args, 1)), vm.String(binding.Arg(args, 2)), pass, vm.Bool(binding.Arg(args, 4)))
		return keyResult(e, k, err)
	}},
	{Name: "keyImportJWK", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		var m map[string]string
		if json.Unmarshal([]byte(vm.String(binding.Arg(args, 0))), &m) != nil {
			return cryptoThrow(e, errors.New("Invalid JWK"))
		}
		k, err := pkey.FromJWK(m, vm.Bool(binding.Arg(args, 1)))
		return keyResult(e, k, err)
	}},
	{Name: "keyExport", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, err := argKey(vm, args, 0)
		if err != nil {
			return cryptoThrow(e, err)
		}
		var pass []byte
		if p := binding.Arg(args, 5); !p.IsUndefined() {
			pass = append([]byte{}, bytesOf(vm, p)...)
		}
		cipher := ""
		if c := binding.Arg(args, 4); !c.IsUndefined() {
			cipher = vm.String(c)
		}
		out, err := pkey.Export(k, vm.String(binding.Arg(args, 2)), vm.String(binding.Arg(args, 3)), cipher, pass)
		if err != nil {
			return cryptoThrow(e, err)
		}
		return vm.NewArrayBuffer(out)
	}},
	{Name: "keyExportJWK", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, err := argKey(vm, args, 0)
		if err != nil {
			return cryptoThrow(e, err)
		}
		m, err := k.JWK(vm.Bool(binding.Arg(args, 2)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		b, _ := json.Marshal(m)
		return vm.NewString(string(b))
	}},
	{Name: "keyDetails", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, err := argKey(vm, args, 0)
		if err != nil {
			return cryptoThrow(e, err)
		}
		b, _ := json.Marshal(k.Details())
		return vm.NewString(string(b))
	}},
	{Name: "keyPublic", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, err := pkey.ParsePKCS8(bytesOf(vm, binding.Arg(args, 0)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		der, err := k.MarshalSPKI()
		if err != nil {
			return cryptoThrow(e, err)
		}
		return vm.NewArrayBuffer(der)
	}},
	{Name: "sign", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		der := bytesOf(vm, binding.Arg(args, 0))
		alg, data, pre, opts, err := sigArgs(vm, args, 1)
		cb := binding.Arg(args, 5)
		if err != nil {
			return e.Fail(cb, err, cryptoErrorValue)
		}
		return e.Do(cb, func() (binding.Result, error) {
			k, err := pkey.ParsePKCS8(der)
			if err != nil {
				return nil, err
			}
			digest := data
			if !pre && k.Type != "ed25519" && k.Type != "ed448" {
				digest = hashData(alg, k.Type, data)
			}
			sig, err := pkey.Sign(k, alg, digest, data, opts)
			if err != nil {
				return nil, err
			}
			return func(e *binding.Env) wasm.Value { return e.VM.NewArrayBuffer(sig) }, nil
		}, cryptoErrorValue)
	}},
	{Name: "verify", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, kerr := argKey(vm, args, 0)
		alg, data, pre, opts, err := sigArgs(vm, args, 2)
		sig := bytesOf(vm, binding.Arg(args, 6))
		cb := binding.Arg(args, 7)
		if err == nil {
			err = kerr
		}
		if err != nil {
			return e.Fail(cb, err, cryptoErrorValue)
		}
		return e.Do(cb, func() (binding.Result, error) {
			digest := data
			if !pre && k.Type != "ed25519" && k.Type != "ed448" {
				digest = hashData(alg, k.Type, data)
			}
			ok, err := pkey.Verify(k, alg, digest, data, sig, opts)
			if err != nil {
				return nil, err
			}
			return func(e *binding.Env) wasm.Value { return wasm.MakeBool(ok) }, nil
		}, cryptoErrorValue)
	}},
	{Name: "rsaCrypt", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		k, err := argKey(vm, args, 0)
		if err != nil {
			return cryptoThrow(e, err)
		}
		private := vm.Bool(binding.Arg(args, 2))
		encrypt := vm.Bool(binding.Arg(args, 3))
		data := bytesOf(vm, binding.Arg(args, 4))
		o := pkey.CryptOpts{Padding: int(binding.Arg(args, 5).Number()), Label: bytesOf(vm, binding.Arg(args, 7))}
		h, ok := pkey.Hashes[vm.String(binding.Arg(args, 6))]
		if o.Padding == pkey.OAEPPadding && (!ok || !h.Available()) {
			return cryptoThrow(e, &pkey.Error{Class: "Error", Code: "ERR_OSSL_EVP_INVALID_DIGEST", Message: "Invalid digest used"})
		}
		o.OAEPHash = h
		var out []byte
		if encrypt {
			out, err = pkey.Encrypt(k, data, private, o)
		} else {
			out, err = pkey.Decrypt(k, data, private, o)
		}
		if err != nil {
			return cryptoThrow(e, err)
		}
		return vm.NewArrayBuffer(out)
	}},
	{Name: "generateKeyPair", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		typ := vm.String(binding.Arg(args, 0))
		var o keygenOpts
		cb := binding.Arg(args, 2)
		if err := json.Unmarshal([]byte(vm.String(binding.Arg(args, 1))), &o); err != nil {
			return e.Fail(cb, err, cryptoErrorValue)
		}
		stopped := e.StopCheck()
		return e.Do(cb, func() (binding.Result, error) {
			k, err := generate(typ, o, stopped)
			if err != nil {
				return nil, err
			}
			pub, err := k.MarshalSPKI()
			if err != nil {
				return nil, err
			}
			priv, err := k.MarshalPKCS8()
			if err != nil {
				return nil, err
			}
			return func(e *binding.Env) wasm.Value {
				vm := e.VM
				arr := vm.NewArray()
				vm.SetIndex(arr, 0, vm.NewString(k.Type))
				vm.SetIndex(arr, 1, vm.NewArrayBuffer(pub))
				vm.SetIndex(arr, 2, vm.NewArrayBuffer(priv))
				return arr
			}, nil
		}, cryptoErrorValue)
	}},
	{Name: "deriveSecret", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		priv, err := pkey.ParsePKCS8(bytesOf(vm, binding.Arg(args, 0)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		pub, err := pkey.ParseSPKI(bytesOf(vm, binding.Arg(args, 1)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		out, err := pkey.DeriveSecret(priv, pub)
		if err != nil {
			return cryptoThrow(e, err)
		}
		return vm.NewArrayBuffer(out)
	}},
}

// keygenOpts are generateKeyPair's options as keygen.js sends them.
type keygenOpts struct {
	ModulusLength  int    `json:"modulusLength"`
	PublicExponent int    `json:"publicExponent"`
	NamedCurve     string `json:"namedCurve"`
	ParamEncoding  string `json:"paramEncoding"`
	Hash           string `json:"hashAlgorithm"`
	MGF1Hash       string `json:"mgf1HashAlgorithm"`
	SaltLength     *int   `json:"saltLength"`
	DivisorLength  int    `json:"divisorLength"`
	Group          string `json:"group"`
	Prime          string `json:"prime"` // hex
	PrimeLength    int    `json:"primeLength"`
	Generator      int    `json:"generator"`
}

func generate(typ string, o keygenOpts, stop func() bool) (*pkey.Key, error) {
	switch typ {
	case "dsa":
		return pkey.GenerateDSA(o.ModulusLength, o.DivisorLength, stop)
	case "dh":
		return generateDH(o, stop)
	case "rsa", "rsa-pss":
		var pss *pkey.PSSParams
		if typ == "rsa-pss" && (o.Hash != "" || o.MGF1Hash != "" || o.SaltLength != nil) {
			pss = &pkey.PSSParams{Hash: o.Hash, MGF1Hash: o.MGF1Hash}
			if pss.Hash == "" {
				pss.Hash = "sha1"
			}
			if pss.MGF1Hash == "" {
				pss.MGF1Hash = pss.Hash
			}
			if o.SaltLength != nil {
				pss.SaltLength = *o.SaltLength
			} else {
				pss.SaltLength = pkey.Hashes[pss.Hash].Size()
			}
		}
		return pkey.GenerateRSA(o.ModulusLength, o.PublicExponent, pss, typ == "rsa-pss")
	case "ec":
		k, err := pkey.GenerateEC(o.NamedCurve)
		if k != nil {
			k.Explicit = o.ParamEncoding == "explicit"
		}
		return k, err
	}
	return pkey.GenerateOKP(typ)
}

// generateDH makes a 'dh' key in a named MODP group, a given prime or a
// new safe prime of primeLength bits, with generator g (default 2).
func generateDH(o keygenOpts, stop func() bool) (*pkey.Key, error) {
	var p []byte
	switch {
	case o.Group != "":
		if p = dh.Group(o.Group); p == nil {
			return nil, &pkey.Error{Class: "Error", Code: "ERR_CRYPTO_UNKNOWN_DH_GROUP", Message: "Unknown DH group"}
		}
	case o.Prime != "":
		var err error
		if p, err = hex.DecodeString(o.Prime); err != nil {
			return nil, err
		}
	default:
		if o.PrimeLength < 2 || o.PrimeLength > dh.MaxGenerateBits {
			return nil, &pkey.Error{Class: "RangeError", Code: "ERR_OUT_OF_RANGE", Message: "primeLength is out of range"}
		}
		var err error
		if p, err = dh.GeneratePrime(o.PrimeLength, true, nil, nil, stop); err != nil {
			return nil, err
		}
	}
	g := o.Generator
	if g == 0 || o.Group != "" {
		g = 2
	}
	return pkey.GenerateDH(new(big.Int).SetBytes(p), big.NewInt(int64(g)))
}

// hashData digests data with alg for signing with a key of type typ
// (RSA and EC default to SHA-256 when alg is "").
func hashData(alg, typ string, data []byte) []byte {
	h := hashMust(alg, typ)
	h.Write(data)
	return digestOf(h, -1)
}

func hashMust(alg, typ string) hashState {
	if alg == "" {
		alg = "sha256"
	}
	if mk := hashNames[alg]; mk != nil {
		return mk()
	}
	return hashNames["sha256"]()
}

// sigArgs reads hash, data, prehashed and [padding, saltLength, p1363]
// from args[i:].
func sigArgs(vm *wasm.VM, args []wasm.Value, i int) (string, []byte, bool, pkey.SignOpts, error) {
	alg := ""
	if a := binding.Arg(args, i); !a.IsNullish() {
		alg = vm.String(a)
	}
	data := bytesOf(vm, binding.Arg(args, i+1))
	pre := vm.Bool(binding.Arg(args, i+2))
	var o pkey.SignOpts
	opts := binding.Arg(args, i+3)
	if opts.IsObject() {
		if p := vm.ArrayElem(opts, 0); p.IsNumber() {
			o.Padding = int(p.Number())
		}
		if s := vm.ArrayElem(opts, 1); s.IsNumber() {
			n := int(s.Number())
			o.SaltLength = &n
		}
		o.P1363 = vm.Bool(vm.ArrayElem(opts, 2))
	}
	if alg != "" {
		if _, ok := pkey.Hashes[alg]; !ok {
			return "", nil, false, o, &binding.CodedError{Class: "TypeError", Code: "ERR_CRYPTO_INVALID_DIGEST", Message: "Invalid digest: " + alg}
		}
	}
	return alg, data, pre, o, nil
}

// argKey parses the key at args[i] (DER) flagged private by args[i+1].
func argKey(vm *wasm.VM, args []wasm.Value, i int) (*pkey.Key, error) {
	return pkey.FromCanonical(bytesOf(vm, binding.Arg(args, i)), vm.Bool(binding.Arg(args, i+1)))
}

func keyResult(e *binding.Env, k *pkey.Key, err error) wasm.Value {
	if err != nil {
		return cryptoThrow(e, err)
	}
	der, err := k.Canonical()
	if err != nil {
		return cryptoThrow(e, err)
	}
	vm := e.VM
	arr := vm.NewArray()
	vm.SetIndex(arr, 0, vm.NewString(k.Type))
	vm.SetIndex(arr, 1, vm.NewArrayBuffer(der))
	vm.SetIndex(arr, 2, wasm.MakeBool(k.IsPrivate()))
	return arr
}

// cryptoErrorValue is the JS error of a crypto failure: an OpenSSL-shaped
// error (code, library, reason) for a *pkey.Error, a coded error, or a
// plain Error.
func cryptoErrorValue(e *binding.Env, err error) wasm.Value {
	var pe *pkey.Error
	if errors.As(err, &pe) {
		vm := e.VM
		v := vm.NewError(pe.Class, pe.Message)
		if pe.Library != "" {
			vm.Set(v, "library", vm.NewString(pe.Library))
			vm.Set(v, "reason", vm.NewString(pe.Reason))
		}
		vm.Set(v, "code", vm.NewString(pe.Code))
		return v
	}
	var c *binding.CodedError
	if errors.As(err, &c) {
		return e.ErrorValue(err, "", "", "")
	}
	return e.VM.NewError("Error", err.Error())
}

func cryptoThrow(e *binding.Env, err error) wasm.Value {
	return e.VM.Throw(cryptoErrorValue(e, err))
}
