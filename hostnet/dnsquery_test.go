package hostnet

import (
	"context"
	"net"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// A response's rcode and answers become Node's codes and records.
func TestAnswers(t *testing.T) {
	for rc, code := range map[dnsmessage.RCode]string{
		dnsmessage.RCodeNameError: "ENOTFOUND", dnsmessage.RCodeServerFailure: "ESERVFAIL",
		dnsmessage.RCodeRefused: "EREFUSED", dnsmessage.RCodeFormatError: "EFORMERR",
		dnsmessage.RCodeNotImplemented: "ENOTIMP",
	} {
		if _, err := answers(&dnsmessage.Message{Header: dnsmessage.Header{RCode: rc}}, "A"); err != codeError(code) {
			t.Errorf("rcode %v: %v, want %s", rc, err, code)
		}
	}
	name := dnsmessage.MustNewName("x.test.")
	m := &dnsmessage.Message{Answers: []dnsmessage.Resource{
		{Header: dnsmessage.ResourceHeader{Name: name, Type: dnsmessage.TypeA, TTL: 7},
			Body: &dnsmessage.AResource{A: [4]byte{1, 2, 3, 4}}},
		{Header: dnsmessage.ResourceHeader{Name: name, Type: dnsmessage.TypeMX},
			Body: &dnsmessage.MXResource{Pref: 5, MX: dnsmessage.MustNewName("mx.test.")}},
	}}
	recs, err := answers(m, "A")
	if err != nil || len(recs) != 1 || recs[0]["address"] != "1.2.3.4" || recs[0]["ttl"] != uint32(7) {
		t.Fatalf("A: %v %v", recs, err)
	}
	if _, err := answers(m, "TXT"); err != codeError("ENODATA") {
		t.Fatalf("no TXT: %v, want ENODATA", err)
	}
	if recs, _ := answers(m, "ANY"); len(recs) != 2 || recs[1]["exchange"] != "mx.test" {
		t.Fatalf("ANY: %v", recs)
	}
}

// CAA and NAPTR, which dnsmessage leaves raw, are decoded; truncated
// data is dropped, never read past its end.
func TestConvertUnknown(t *testing.T) {
	caa := convertUnknown(257, []byte("\x80\x05issueca.test"))
	if caa["critical"] != 128 || caa["issue"] != "ca.test" {
		t.Fatalf("CAA %v", caa)
	}
	naptr := convertUnknown(35, []byte("\x00\x64\x00\x0a\x01S\x07SIP+D2U\x00\x04_sip\x04test\x00"))
	if naptr["order"] != 100 || naptr["preference"] != 10 || naptr["flags"] != "S" ||
		naptr["service"] != "SIP+D2U" || naptr["replacement"] != "_sip.test" {
		t.Fatalf("NAPTR %v", naptr)
	}
	for _, d := range []string{"", "\x00", "\x00\x09abc", "\x00\x01\x00\x01\x05ab"} {
		if convertUnknown(257, []byte(d)) != nil && len(d) < 2 {
			t.Errorf("CAA %q decoded", d)
		}
		convertUnknown(35, []byte(d))
	}
}

// A server that never answers times out after tries attempts; a closed
// port is refused; a cancelled query stops at once.
func TestQueryFailures(t *testing.T) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	start := time.Now()
	if _, err := runQuery(context.Background(), "A", "x.test", []string{pc.LocalAddr().String()}, 30, 2); err != codeError("ETIMEOUT") {
		t.Fatalf("silent server: %v, want ETIMEOUT", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("two 30 ms tries took %v", d)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := runQuery(ctx, "A", "x.test", []string{pc.LocalAddr().String()}, 1000, 1); err != codeError("ECANCELLED") {
		t.Fatalf("cancelled: %v", err)
	}
	if _, err := runQuery(context.Background(), "BOGUS", "x.test", nil, 10, 1); err != codeError("ENOTIMP") {
		t.Fatalf("bad type: %v", err)
	}
}
