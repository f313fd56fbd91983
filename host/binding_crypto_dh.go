package host

import (
	"errors"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/dh"
	"github.com/wqnode/wqnode/wasm"
)

// cryptoDHFuncs are the crypto binding's Diffie-Hellman, ECDH and prime
// functions; all state (primes, keys) lives in JS as bytes. Contract
// (modules/internal/crypto/diffiehellman.js):
//
//	dhGroup(name) -> prime ArrayBuffer, or undefined for an unknown group
//	dhCheck(prime, generator) -> DH_check flags
//	dhKeys(prime, generator, privateKey|undefined) -> [public, private]
//	dhSecret(prime, privateKey, otherPublic) -> ArrayBuffer
//	generatePrime(bits, safe, add|undefined, rem|undefined[, cb]) -> ArrayBuffer
//	checkPrime(candidate, checks[, cb]) -> bool
//	ecdhKeys(curve, privateKey|undefined, format) -> [public, private]
//	ecdhSecret(curve, privateKey, peerPublic) -> ArrayBuffer
//	ecdhConvert(curve, point, format) -> ArrayBuffer
//	ecdhCurves() -> array of curve names
var cryptoDHFuncs = []binding.Func{
	{Name: "dhGroup", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		p := dh.Group(e.VM.String(binding.Arg(args, 0)))
		if p == nil {
			return wasm.Undefined
		}
		return e.VM.NewArrayBuffer(p)
	}},
	{Name: "dhCheck", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		return wasm.MakeInt(int32(dh.Check(bytesOf(vm, binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 1)))))
	}},
	{Name: "dhKeys", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		var priv []byte
		if v := binding.Arg(args, 2); !v.IsUndefined() {
			priv = append([]byte{}, bytesOf(vm, v)...)
		}
		pub, x, err := dh.GenerateKeys(bytesOf(vm, binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 1)), priv)
		if err != nil {
			return dhThrow(e, err)
		}
		return pair(vm, pub, x)
	}},
	{Name: "dhSecret", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		s, err := dh.ComputeSecret(bytesOf(vm, binding.Arg(args, 0)), bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)))
		if err != nil {
			return dhThrow(e, err)
		}
		return vm.NewArrayBuffer(s)
	}},
	{Name: "generatePrime", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		bits := int(binding.Arg(args, 0).Number())
		safe := vm.Bool(binding.Arg(args, 1))
		var add, rem []byte
		if v := binding.Arg(args, 2); !v.IsUndefined() {
			add = append([]byte{}, bytesOf(vm, v)...)
		}
		if v := binding.Arg(args, 3); !v.IsUndefined() {
			rem = append([]byte{}, bytesOf(vm, v)...)
		}
		stopped := e.StopCheck()
		return e.Do(binding.Arg(args, 4), func() (binding.Result, error) {
			p, err := dh.GeneratePrime(bits, safe, add, rem, stopped)
			if err != nil {
				return nil, err
			}
			return func(e *binding.Env) wasm.Value { return e.VM.NewArrayBuffer(p) }, nil
		}, dhErrorValue)
	}},
	{Name: "checkPrime", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		n := bytesOf(vm, binding.Arg(args, 0))
		checks := int(binding.Arg(args, 1).Number())
		if len(n) > dh.MaxCheckBits/8 {
			return e.Fail(binding.Arg(args, 2), &dh.Error{Class: "RangeError", Code: "ERR_OUT_OF_RANGE", Message: "candidate is too large"}, dhErrorValue)
		}
		return e.Do(binding.Arg(args, 2), func() (binding.Result, error) {
			ok := dh.CheckPrime(n, checks)
			return func(e *binding.Env) wasm.Value { return wasm.MakeBool(ok) }, nil
		}, dhErrorValue)
	}},
	{Name: "ecdhKeys", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		curve := vm.String(binding.Arg(args, 0))
		if dh.Curves[curve] == nil {
			return dhThrow(e, errUnknownCurve)
		}
		var priv []byte
		if v := binding.Arg(args, 1); !v.IsUndefined() {
			priv = append([]byte{}, bytesOf(vm, v)...)
		}
		pub, d, err := dh.ECDHKeys(curve, priv, vm.String(binding.Arg(args, 2)))
		if err != nil {
			return dhThrow(e, err)
		}
		return pair(vm, pub, d)
	}},
	{Name: "ecdhSecret", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		curve := vm.String(binding.Arg(args, 0))
		if dh.Curves[curve] == nil {
			return dhThrow(e, errUnknownCurve)
		}
		s, err := dh.ECDHSecret(curve, bytesOf(vm, binding.Arg(args, 1)), bytesOf(vm, binding.Arg(args, 2)))
		if err != nil {
			return dhThrow(e, err)
		}
		return vm.NewArrayBuffer(s)
	}},
	{Name: "ecdhConvert", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		curve := vm.String(binding.Arg(args, 0))
		if dh.Curves[curve] == nil {
			return dhThrow(e, errUnknownCurve)
		}
		out, err := dh.ECDHConvert(curve, bytesOf(vm, binding.Arg(args, 1)), vm.String(binding.Arg(args, 2)))
		if err != nil {
			return dhThrow(e, err)
		}
		return vm.NewArrayBuffer(out)
	}},
}

var errUnknownCurve = &dh.Error{Class: "TypeError", Code: "ERR_CRYPTO_INVALID_CURVE", Message: "Invalid EC curve name"}

func pair(vm *wasm.VM, a, b []byte) wasm.Value {
	arr := vm.NewArray()
	vm.SetIndex(arr, 0, vm.NewArrayBuffer(a))
	vm.SetIndex(arr, 1, vm.NewArrayBuffer(b))
	return arr
}

func dhErrorValue(e *binding.Env, err error) wasm.Value {
	var de *dh.Error
	if errors.As(err, &de) {
		v := e.VM.NewError(de.Class, de.Message)
		e.VM.Set(v, "code", e.VM.NewString(de.Code))
		return v
	}
	return cryptoErrorValue(e, err)
}

func dhThrow(e *binding.Env, err error) wasm.Value { return e.VM.Throw(dhErrorValue(e, err)) }

// concatFuncs joins binding function lists.
func concatFuncs(lists ...[]binding.Func) []binding.Func {
	var out []binding.Func
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
