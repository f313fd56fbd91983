package hostnet

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"net"
	"strings"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// The small DNS client behind Resolver (c-ares' role in Node): one
// question to each server in turn over UDP (TCP when the answer is
// truncated), tries attempts each, timeout per attempt.

var queryTypes = map[string]dnsmessage.Type{
	"A": dnsmessage.TypeA, "AAAA": dnsmessage.TypeAAAA, "ANY": dnsmessage.TypeALL,
	"CAA": dnsmessage.Type(257), "CNAME": dnsmessage.TypeCNAME, "MX": dnsmessage.TypeMX,
	"NAPTR": dnsmessage.Type(35), "NS": dnsmessage.TypeNS, "PTR": dnsmessage.TypePTR,
	"SOA": dnsmessage.TypeSOA, "SRV": dnsmessage.TypeSRV, "TXT": dnsmessage.TypeTXT,
}

// record is one answer as JS sees it (resolveAny's shape: type plus the
// fields of its kind).
type record map[string]any

func runQuery(ctx context.Context, typ, name string, servers []string, timeoutMs, tries int) (string, error) {
	qt, ok := queryTypes[typ]
	if !ok {
		return "", codeError("ENOTIMP")
	}
	fqdn := name
	if !strings.HasSuffix(fqdn, ".") {
		fqdn += "."
	}
	qn, err := dnsmessage.NewName(fqdn)
	if err != nil || len(name) > 253 {
		return "", codeError("EBADNAME")
	}
	if timeoutMs <= 0 {
		timeoutMs = 5000
	}
	if tries <= 0 {
		tries = 4
	}
	if len(servers) == 0 {
		return "", codeError("ECONNREFUSED")
	}
	var lastErr error = codeError("ECONNREFUSED")
	for t := 0; t < tries; t++ {
		for _, srv := range servers {
			if ctx.Err() != nil {
				return "", codeError("ECANCELLED")
			}
			msg, err := exchange(ctx, srv, qn, qt, time.Duration(timeoutMs)*time.Millisecond)
			if err != nil {
				lastErr = err
				continue
			}
			recs, err := answers(msg, typ)
			if err != nil {
				return "", err
			}
			b, _ := json.Marshal(recs)
			return string(b), nil
		}
	}
	return "", lastErr
}

func exchange(ctx context.Context, srv string, qn dnsmessage.Name, qt dnsmessage.Type, timeout time.Duration) (*dnsmessage.Message, error) {
	id := uint16(rand.UintN(65536))
	q := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: id, RecursionDesired: true},
		Questions: []dnsmessage.Question{{Name: qn, Type: qt, Class: dnsmessage.ClassINET}},
	}
	packet, err := q.Pack()
	if err != nil {
		return nil, codeError("EBADNAME")
	}
	msg, err := exchangeOn(ctx, "udp", srv, packet, id, timeout)
	if err == nil && msg.Truncated {
		msg, err = exchangeOn(ctx, "tcp", srv, packet, id, timeout)
	}
	return msg, err
}

func exchangeOn(ctx context.Context, network, srv string, packet []byte, id uint16, timeout time.Duration) (*dnsmessage.Message, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	d := net.Dialer{LocalAddr: localFor(ctx, network, srv)}
	c, err := d.DialContext(ctx, network, srv)
	if err != nil {
		return nil, errnoCode(err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	if network == "tcp" {
		packet = append([]byte{byte(len(packet) >> 8), byte(len(packet))}, packet...)
	}
	if _, err := c.Write(packet); err != nil {
		return nil, ctxCode(ctx, err)
	}
	buf := make([]byte, 65536)
	for {
		var n int
		if network == "tcp" {
			if _, err := readFull(c, buf[:2]); err != nil {
				return nil, ctxCode(ctx, err)
			}
			l := int(buf[0])<<8 | int(buf[1])
			if n, err = readFull(c, buf[:l]); err != nil {
				return nil, ctxCode(ctx, err)
			}
		} else if n, err = c.Read(buf); err != nil {
			return nil, ctxCode(ctx, err)
		}
		var m dnsmessage.Message
		if err := m.Unpack(buf[:n]); err != nil {
			if network == "tcp" {
				return nil, codeError("EBADRESP")
			}
			continue
		}
		if m.ID != id || !m.Response {
			continue
		}
		return &m, nil
	}
}

func readFull(c net.Conn, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		m, err := c.Read(b[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

func ctxCode(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		if errors.Is(ctx.Err(), context.Canceled) {
			return codeError("ECANCELLED")
		}
		return codeError("ETIMEOUT")
	}
	return errnoCode(err)
}

// answers turns a response into records, or Node's error code.
func answers(m *dnsmessage.Message, typ string) ([]record, error) {
	switch m.RCode {
	case dnsmessage.RCodeSuccess:
	case dnsmessage.RCodeNameError:
		return nil, codeError("ENOTFOUND")
	case dnsmessage.RCodeServerFailure:
		return nil, codeError("ESERVFAIL")
	case dnsmessage.RCodeRefused:
		return nil, codeError("EREFUSED")
	case dnsmessage.RCodeFormatError:
		return nil, codeError("EFORMERR")
	case dnsmessage.RCodeNotImplemented:
		return nil, codeError("ENOTIMP")
	default:
		return nil, codeError("EBADRESP")
	}
	var out []record
	for _, a := range m.Answers {
		r := convert(a)
		if r == nil {
			continue
		}
		if typ != "ANY" && r["type"] != typ {
			continue
		}
		out = append(out, r)
	}
	if typ == "SOA" && len(out) == 0 {
		for _, a := range m.Authorities {
			if r := convert(a); r != nil && r["type"] == "SOA" {
				out = append(out, r)
			}
		}
	}
	if len(out) == 0 {
		return nil, codeError("ENODATA")
	}
	return out, nil
}

func trimDot(n dnsmessage.Name) string { return strings.TrimSuffix(n.String(), ".") }

func convert(a dnsmessage.Resource) record {
	ttl := a.Header.TTL
	switch b := a.Body.(type) {
	case *dnsmessage.AResource:
		return record{"type": "A", "address": net.IP(b.A[:]).String(), "ttl": ttl}
	case *dnsmessage.AAAAResource:
		return record{"type": "AAAA", "address": net.IP(b.AAAA[:]).String(), "ttl": ttl}
	case *dnsmessage.CNAMEResource:
		return record{"type": "CNAME", "value": trimDot(b.CNAME)}
	case *dnsmessage.MXResource:
		return record{"type": "MX", "exchange": trimDot(b.MX), "priority": b.Pref}
	case *dnsmessage.NSResource:
		return record{"type": "NS", "value": trimDot(b.NS)}
	case *dnsmessage.PTRResource:
		return record{"type": "PTR", "value": trimDot(b.PTR)}
	case *dnsmessage.SOAResource:
		return record{"type": "SOA", "nsname": trimDot(b.NS), "hostmaster": trimDot(b.MBox),
			"serial": b.Serial, "refresh": b.Refresh, "retry": b.Retry, "expire": b.Expire, "minttl": b.MinTTL}
	case *dnsmessage.SRVResource:
		return record{"type": "SRV", "name": trimDot(b.Target), "port": b.Port, "priority": b.Priority, "weight": b.Weight}
	case *dnsmessage.TXTResource:
		return record{"type": "TXT", "entries": b.TXT}
	case *dnsmessage.UnknownResource:
		return convertUnknown(a.Header.Type, b.Data)
	}
	return nil
}

// convertUnknown decodes the types dnsmessage leaves raw: CAA and NAPTR.
func convertUnknown(t dnsmessage.Type, d []byte) record {
	switch t {
	case 257: // CAA: flags, tag length, tag, value
		if len(d) < 2 || len(d) < 2+int(d[1]) {
			return nil
		}
		tag := string(d[2 : 2+int(d[1])])
		r := record{"type": "CAA", "critical": int(d[0])}
		r[tag] = string(d[2+int(d[1]):])
		return r
	case 35: // NAPTR: order, preference, flags, service, regexp, replacement
		if len(d) < 4 {
			return nil
		}
		r := record{"type": "NAPTR", "order": int(d[0])<<8 | int(d[1]), "preference": int(d[2])<<8 | int(d[3])}
		p := 4
		for _, k := range []string{"flags", "service", "regexp"} {
			if p >= len(d) || p+1+int(d[p]) > len(d) {
				return nil
			}
			r[k] = string(d[p+1 : p+1+int(d[p])])
			p += 1 + int(d[p])
		}
		var labels []string
		for p < len(d) && d[p] != 0 {
			l := int(d[p])
			if l&0xc0 != 0 || p+1+l > len(d) {
				break
			}
			labels = append(labels, string(d[p+1:p+1+l]))
			p += 1 + l
		}
		r["replacement"] = strings.Join(labels, ".")
		return r
	}
	return nil
}

type localKey struct{}

// withLocal carries a Resolver's local addresses ([IPv4, IPv6], from
// setLocalAddress) to its queries.
func withLocal(ctx context.Context, local [2]net.IP) context.Context {
	return context.WithValue(ctx, localKey{}, local)
}

// localFor is the address a query to srv is sent from, or nil.
func localFor(ctx context.Context, network, srv string) net.Addr {
	local, _ := ctx.Value(localKey{}).([2]net.IP)
	host, _, _ := net.SplitHostPort(srv)
	ip := local[1]
	if p := net.ParseIP(host); p != nil && p.To4() != nil {
		ip = local[0]
	}
	if ip == nil {
		return nil
	}
	if network == "tcp" {
		return &net.TCPAddr{IP: ip}
	}
	return &net.UDPAddr{IP: ip}
}
