package host

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/pkey"
	"github.com/wqnode/wqnode/wasm"
)

// cryptoX509Funcs are X509Certificate's (modules/internal/crypto/x509.js).
// The JS object keeps the certificate's DER; each call parses it again.
//
//	x509Parse(data) -> [json facts, der, spki der]
//	x509Check(der, op, arg, json options) -> op "host" / "email": the
//	  matching name or undefined; "ip": bool; "issued" (arg: other DER),
//	  "verify" (arg: SPKI DER), "privateKey" (arg: PKCS#8 DER): bool
var cryptoX509Funcs = []binding.Func{
	{Name: "x509Parse", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		c, err := pkey.ParseCert(bytesOf(vm, binding.Arg(args, 0)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		facts := map[string]any{
			"subject": pkey.NameString(c.C.RawSubject), "issuer": pkey.NameString(c.C.RawIssuer),
			"subjectEntries": pairs(pkey.NameEntries(c.C.RawSubject)),
			"issuerEntries":  pairs(pkey.NameEntries(c.C.RawIssuer)),
			"infoAccess":     pairs(c.InfoAccess()),
			"validFrom":      c.ValidFrom(), "validTo": c.ValidTo(),
			"validFromMs": c.C.NotBefore.UnixMilli(), "validToMs": c.C.NotAfter.UnixMilli(),
			"fingerprint": c.Fingerprint("sha1"), "fingerprint256": c.Fingerprint("sha256"),
			"fingerprint512": c.Fingerprint("sha512"), "serialNumber": c.Serial(),
			"ca": c.C.BasicConstraintsValid && c.C.IsCA,
		}
		if san := c.SubjectAltName(); san != "" {
			facts["subjectAltName"] = san
		}
		if ku := c.ExtKeyUsage(); len(ku) > 0 {
			facts["keyUsage"] = ku
		}
		switch pub := c.C.PublicKey.(type) {
		case *rsa.PublicKey:
			facts["modulus"] = strings.ToUpper(pub.N.Text(16))
			facts["bits"] = pub.N.BitLen()
			facts["exponent"] = "0x" + strconv.FormatInt(int64(pub.E), 16)
		case *ecdsa.PublicKey:
			facts["bits"] = pub.Curve.Params().BitSize
			facts["ecPoint"] = hex.EncodeToString(elliptic.Marshal(pub.Curve, pub.X, pub.Y)) //nolint:staticcheck // the point's bytes
			names := map[string][2]string{"P-224": {"secp224r1", "P-224"}, "P-256": {"prime256v1", "P-256"},
				"P-384": {"secp384r1", "P-384"}, "P-521": {"secp521r1", "P-521"}}
			if n, ok := names[pub.Curve.Params().Name]; ok {
				facts["asn1Curve"], facts["nistCurve"] = n[0], n[1]
			}
		}
		b, _ := json.Marshal(facts)
		arr := vm.NewArray()
		vm.SetIndex(arr, 0, vm.NewString(string(b)))
		vm.SetIndex(arr, 1, vm.NewArrayBuffer(c.C.Raw))
		vm.SetIndex(arr, 2, vm.NewArrayBuffer(c.C.RawSubjectPublicKeyInfo))
		return arr
	}},
	{Name: "x509Check", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		c, err := pkey.ParseCert(bytesOf(vm, binding.Arg(args, 0)))
		if err != nil {
			return cryptoThrow(e, err)
		}
		arg := binding.Arg(args, 2)
		var o struct {
			Subject               string `json:"subject"`
			Wildcards             *bool  `json:"wildcards"`
			PartialWildcards      *bool  `json:"partialWildcards"`
			MultiLabelWildcards   bool   `json:"multiLabelWildcards"`
			SingleLabelSubdomains bool   `json:"singleLabelSubdomains"`
		}
		if s := binding.Arg(args, 3); !s.IsUndefined() {
			_ = json.Unmarshal([]byte(vm.String(s)), &o)
		}
		name := func(s string) wasm.Value {
			if s == "" {
				return wasm.Undefined
			}
			return vm.NewString(s)
		}
		switch vm.String(binding.Arg(args, 1)) {
		case "host":
			ho := pkey.HostOpts{Subject: o.Subject, Wildcards: o.Wildcards == nil || *o.Wildcards,
				PartialWildcards:   o.PartialWildcards == nil || *o.PartialWildcards,
				MultiLabelWildcard: o.MultiLabelWildcards, SingleLabelSubdoms: o.SingleLabelSubdomains}
			return name(c.CheckHost(vm.String(arg), ho))
		case "email":
			return name(c.CheckEmail(vm.String(arg), o.Subject))
		case "ip":
			return wasm.MakeBool(c.CheckIP(vm.String(arg)))
		case "issued":
			other, err := pkey.ParseCert(bytesOf(vm, arg))
			return wasm.MakeBool(err == nil && c.CheckIssued(other))
		case "verify":
			k, err := pkey.ParseSPKI(bytesOf(vm, arg))
			return wasm.MakeBool(err == nil && c.VerifyWith(k))
		case "privateKey":
			k, err := pkey.ParsePKCS8(bytesOf(vm, arg))
			if err != nil {
				return wasm.MakeBool(false)
			}
			cert, err := pkey.ParseSPKI(c.C.RawSubjectPublicKeyInfo)
			return wasm.MakeBool(err == nil && pkey.Equal(k.Public(), cert))
		}
		return wasm.Undefined
	}},
}

func pairs(es []pkey.NameEntry) [][2]string {
	out := make([][2]string, 0, len(es))
	for _, e := range es {
		out = append(out, [2]string{e.Key, e.Value})
	}
	return out
}
