package hostnet

import (
	"fmt"
	"strings"
	"testing"
)

// drive feeds chunks to a parser as the binding's JS layer does (answering
// kOnHeadersComplete with ret) and returns a log of the callbacks with
// consecutive bodies merged, so any split of the input logs the same.
func drive(typ, lenient, ret int, chunks ...string) string {
	return driveMax(defaultMaxHeader, typ, lenient, ret, chunks...)
}

// driveMax is drive with a header limit.
func driveMax(maxHeader, typ, lenient, ret int, chunks ...string) string {
	p := newHTTPParser(typ, maxHeader, lenient)
	var log []string
	var body strings.Builder
	flushBody := func() {
		if body.Len() > 0 {
			log = append(log, fmt.Sprintf("body %q", body.String()))
			body.Reset()
		}
	}
	take := func() {
		for _, ev := range p.events {
			if ev.kind == hpBody {
				body.Write(ev.body)
				continue
			}
			flushBody()
			switch ev.kind {
			case hpBegin:
				log = append(log, "begin")
			case hpHeaders:
				log = append(log, fmt.Sprintf("headers %q %q", ev.headers, ev.url))
			case hpComplete:
				log = append(log, fmt.Sprintf("complete %d.%d %q m=%d %q s=%d %q up=%v ka=%v flushed=%v",
					ev.major, ev.minor, ev.headers, ev.method, ev.url, ev.status, ev.statusMsg, ev.upgrade, ev.keepOpen, ev.flushed))
			case hpMessage:
				log = append(log, "message")
			}
		}
		p.events = p.events[:0]
	}
	for ci, c := range chunks {
		b := []byte(c)
		off := 0
		for {
			n, st := p.execute(b[off:])
			off += n
			take()
			if st == hpAtHeader {
				st = p.headersDone(ret)
				take()
				if st == hpDone {
					continue
				}
			}
			if st == hpUpgraded {
				flushBody()
				return strings.Join(append(log, fmt.Sprintf("upgraded rest=%q", string(b[off:])+strings.Join(chunks[ci+1:], ""))), "\n")
			}
			if st == hpFailed {
				flushBody()
				return strings.Join(append(log, "error "+p.err.code+" "+p.err.reason), "\n")
			}
			if st == hpDone && n > 0 && off < len(b) {
				continue // a bodiless request ended: the next message
			}
			break
		}
	}
	if p.finish() == hpFailed {
		take()
		flushBody()
		return strings.Join(append(log, "error "+p.err.code+" "+p.err.reason), "\n")
	}
	take()
	flushBody()
	return strings.Join(log, "\n")
}

func TestHTTPParserRequests(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
			"begin\ncomplete 1.1 [\"Host\" \"x\"] m=1 \"/\" s=0 \"\" up=false ka=true flushed=false\nmessage"},
		{"POST /a?b HTTP/1.0\r\nContent-Length: 3\r\n\r\nabc",
			"begin\ncomplete 1.0 [\"Content-Length\" \"3\"] m=3 \"/a?b\" s=0 \"\" up=false ka=false flushed=false\nbody \"abc\"\nmessage"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n1\r\nd\r\n0\r\nX-T: v\r\n\r\n",
			"begin\ncomplete 1.1 [\"Transfer-Encoding\" \"chunked\"] m=3 \"/\" s=0 \"\" up=false ka=true flushed=false\nbody \"abcd\"\nheaders [\"X-T\" \"v\"] \"/\"\nmessage"},
		{"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n",
			"begin\ncomplete 1.1 [] m=1 \"/a\" s=0 \"\" up=false ka=true flushed=false\nmessage\nbegin\ncomplete 1.1 [\"Connection\" \"close\"] m=1 \"/b\" s=0 \"\" up=false ka=false flushed=false\nmessage"},
		{"GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n",
			"begin\ncomplete 1.1 [\"Connection\" \"close\"] m=1 \"/\" s=0 \"\" up=false ka=false flushed=false\nmessage\nerror HPE_CLOSED_CONNECTION Data after `Connection: close`"},
		{"GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nraw",
			"begin\ncomplete 1.1 [\"Connection\" \"Upgrade\" \"Upgrade\" \"websocket\"] m=1 \"/ws\" s=0 \"\" up=true ka=true flushed=false\nmessage\nupgraded rest=\"raw\""},
		{"CONNECT h:443 HTTP/1.1\r\n\r\nxyz",
			"begin\ncomplete 1.1 [] m=5 \"h:443\" s=0 \"\" up=true ka=true flushed=false\nmessage\nupgraded rest=\"xyz\""},
		{"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n", "begin\nerror HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
			"begin\nerror HPE_INVALID_CONTENT_LENGTH Content-Length can't be present with Transfer-Encoding"},
		{"GET / HTTP/1.1\r\nA: b\n\r\n", "begin\nerror HPE_CR_EXPECTED Missing expected CR after header value"},
		{"GET / HTTP/1.1\r\nA: b\x01\r\n\r\n", "begin\nerror HPE_INVALID_HEADER_TOKEN Invalid header value char"},
		{"GET / HTTP/1.1\r\nA B: b\r\n\r\n", "begin\nerror HPE_INVALID_HEADER_TOKEN Invalid header token"},
		{"XX / HTTP/1.1\r\n\r\n", "begin\nerror HPE_INVALID_METHOD Invalid method encountered"},
		{"GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", "begin\nerror HPE_INVALID_CONTENT_LENGTH Invalid character in Content-Length"},
		// refused after headers-complete, as llhttp does (Node emits 'request' first)
		{"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "begin\ncomplete 1.1 [\"Transfer-Encoding\" \"gzip\"] m=3 \"/\" s=0 \"\" up=false ka=true flushed=false\nerror HPE_INVALID_TRANSFER_ENCODING Request has invalid `Transfer-Encoding`"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "begin\ncomplete 1.1 [\"Transfer-Encoding\" \"chunked\"] m=3 \"/\" s=0 \"\" up=false ka=true flushed=false\nerror HPE_INVALID_CHUNK_SIZE Invalid character in chunk size"},
		{"GET / HTTP/1.1\r\nA: ", "begin\nerror HPE_INVALID_EOF_STATE Invalid EOF state"},
		{"GET / HTTP/3.1\r\n\r\n", "begin\nerror HPE_INVALID_VERSION Invalid HTTP version"},
		// a complete bad request line fails at once, not when the head ends
		{"FOO /\r\n", "begin\nerror HPE_INVALID_METHOD Invalid method encountered"},
	} {
		if got := drive(hpRequest, 0, 0, c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestHTTPParserLenient(t *testing.T) {
	for _, c := range []struct {
		in      string
		lenient int
		want    string
	}{
		{"GET / HTTP/1.1\r\nA: b\n\r\n", lenOptionalCRBeforeLF, "complete 1.1 [\"A\" \"b\"]"},
		{"GET / HTTP/1.1\r\nA: b\x01\r\n\r\n", lenHeaders, "complete 1.1 [\"A\" \"b\\x01\"]"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n", lenChunkedLength, "message"},
		{"GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n", lenKeepAlive, "message\nbegin"},
		{"GET / HTTP/3.1\r\n\r\n", lenVersion, "complete 3.1"},
	} {
		if got := drive(hpRequest, c.lenient, 0, c.in); !strings.Contains(got, c.want) || strings.Contains(got, "error") {
			t.Errorf("%q lenient %d:\n got %s\nwant %s", c.in, c.lenient, got, c.want)
		}
	}
}

func TestHTTPParserResponses(t *testing.T) {
	for _, c := range []struct {
		in   string
		ret  int
		want string
	}{
		{"HTTP/1.1 200 OK\r\nX: y\r\n\r\nabc", 0,
			"begin\ncomplete 1.1 [\"X\" \"y\"] m=0 \"\" s=200 \"OK\" up=false ka=false flushed=false\nbody \"abc\"\nmessage"},
		{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n", 0,
			"begin\ncomplete 1.1 [] m=0 \"\" s=100 \"Continue\" up=false ka=true flushed=false\nmessage\nbegin\ncomplete 1.1 [] m=0 \"\" s=204 \"No Content\" up=false ka=true flushed=false\nmessage"},
		{"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 1,
			"begin\ncomplete 1.1 [\"Content-Length\" \"5\"] m=0 \"\" s=200 \"OK\" up=false ka=true flushed=false\nmessage\nbegin\ncomplete 1.1 [\"Content-Length\" \"0\"] m=0 \"\" s=200 \"OK\" up=false ka=true flushed=false\nmessage"},
		{"HTTP/1.1 101 Switching\r\nUpgrade: ws\r\n\r\nframe", 0,
			"begin\ncomplete 1.1 [\"Upgrade\" \"ws\"] m=0 \"\" s=101 \"Switching\" up=false ka=true flushed=false\nmessage\nupgraded rest=\"frame\""},
		{"HTTP/1.1 101 Switching\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\nframe", 2,
			"begin\ncomplete 1.1 [\"Upgrade\" \"ws\" \"Connection\" \"Upgrade\"] m=0 \"\" s=101 \"Switching\" up=true ka=true flushed=false\nmessage\nupgraded rest=\"frame\""},
		{"HTTP/1.1 200 OK\r\nUpgrade: ws\r\nConnection: Upgrade\r\nContent-Length: 0\r\n\r\n", 0,
			"begin\ncomplete 1.1 [\"Upgrade\" \"ws\" \"Connection\" \"Upgrade\" \"Content-Length\" \"0\"] m=0 \"\" s=200 \"OK\" up=false ka=true flushed=false\nmessage"},
		{"HTTP/1.1 2000 OK\r\n\r\n", 0, "begin\nerror HPE_INVALID_STATUS Invalid status code"},
	} {
		if got := drive(hpResponse, 0, c.ret, c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestHTTPParserFlushesAndLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("GET /u HTTP/1.1\r\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "H%d: v\r\n", i)
	}
	b.WriteString("\r\n")
	got := drive(hpRequest, 0, 0, b.String())
	lines := strings.Split(got, "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[1], `headers ["H0" "v"`) || !strings.HasSuffix(lines[1], `"H30" "v"] "/u"`) ||
		!strings.HasPrefix(lines[2], `headers ["H31" "v"`) || !strings.HasSuffix(lines[2], `] ""`) ||
		!strings.Contains(lines[3], `complete 1.1 [] m=1 "" `) || !strings.Contains(lines[3], "flushed=true") {
		t.Errorf("flush:\n%s", got)
	}
	big := "GET / HTTP/1.1\r\nA: " + strings.Repeat("x", 17000)
	if got := drive(hpRequest, 0, 0, big); !strings.HasSuffix(got, "error HPE_HEADER_OVERFLOW Header overflow") {
		t.Errorf("overflow: %s", got)
	}
	ok := "GET / HTTP/1.1\r\nA: " + strings.Repeat("x", 16000) + "\r\n\r\n"
	if got := drive(hpRequest, 0, 0, ok); strings.Contains(got, "error") {
		t.Errorf("under the limit: %s", got)
	}
	p := newHTTPParser(hpRequest, defaultMaxHeader, 0)
	msg := []byte("POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\n" + strings.Repeat("x", 1<<16))
	if n, st := p.execute(msg); st != hpAtHeader || n != 38 || cap(p.head) > 5*defaultMaxHeader {
		t.Errorf("head: n %d st %d cap %d", n, st, cap(p.head))
	}
	p.headersDone(0)
	if n, _ := p.execute(msg[38:39]); n != 1 || cap(p.head) > idleHeadCap {
		t.Errorf("idle parser keeps %d bytes", cap(p.head))
	}
	chunk := "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" + strings.Repeat("e", 17000)
	if got := drive(hpRequest, 0, 0, chunk); !strings.HasSuffix(got, "error HPE_CHUNK_EXTENSIONS_OVERFLOW Chunk extensions overflow") {
		t.Errorf("chunk extension overflow: %s", got)
	}
	long := "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + strings.Repeat("0", 17000)
	if got := drive(hpRequest, 0, 0, long); !strings.HasSuffix(got, "error HPE_HEADER_OVERFLOW Header overflow") {
		t.Errorf("chunk size line overflow: %s", got)
	}
}

// pipelined is three keep-alive requests with every body framing.
const pipelined = "POST /1 HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody" +
	"POST /2 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\nT: 1\r\n\r\n" +
	"GET /3 HTTP/1.1\r\nHost: h\r\n\r\n"

func TestHTTPParserSplitsParseIdentically(t *testing.T) {
	whole := drive(hpRequest, 0, 0, pipelined)
	if strings.Count(whole, "message") != 3 || strings.Contains(whole, "error") {
		t.Fatalf("pipelined: %s", whole)
	}
	for i := 0; i <= len(pipelined); i++ {
		for _, j := range []int{i, (i + len(pipelined)) / 2} {
			if got := drive(hpRequest, 0, 0, pipelined[:i], pipelined[i:j], pipelined[j:]); got != whole {
				t.Fatalf("split at %d,%d:\n%s\nwant\n%s", i, j, got, whole)
			}
		}
	}
	bytewise := make([]string, len(pipelined))
	for i := range pipelined {
		bytewise[i] = pipelined[i : i+1]
	}
	if got := drive(hpRequest, 0, 0, bytewise...); got != whole {
		t.Fatalf("byte at a time:\n%s", got)
	}
}

func FuzzHTTPParser(f *testing.F) {
	f.Add([]byte(pipelined), uint16(7), uint16(0))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"), uint16(3), uint16(1))
	f.Add([]byte("GET / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n"), uint16(20), uint16(2))
	f.Add([]byte("GET / HTTP/1.1\r\n"+strings.Repeat("a:\r\n", 40)+"\r\n"), uint16(50), uint16(32))
	f.Fuzz(func(t *testing.T, in []byte, split uint16, mode uint16) {
		typ := hpRequest
		if mode&1 != 0 {
			typ = hpResponse
		}
		lenient := 0
		if mode&2 != 0 {
			lenient = lenAll
		}
		ret := int(mode>>2) % 3
		limit := defaultMaxHeader
		if mode&32 != 0 {
			limit = 40 // reach the limit (and the early flushes) often
		}
		whole := driveMax(limit, typ, lenient, ret, string(in))
		k := int(split) % (len(in) + 1)
		if got := driveMax(limit, typ, lenient, ret, string(in[:k]), string(in[k:])); got != whole {
			t.Fatalf("split at %d differs:\n%s\nwant\n%s", k, got, whole)
		}
		// Bounded memory: nothing kept beyond the header limit.
		p := newHTTPParser(typ, 1024, lenient)
		for i := 0; i < len(in); i += 97 {
			p.execute(in[i:min(i+97, len(in))])
			p.events = p.events[:0]
			if p.state == stAwaitHeaders {
				p.headersDone(ret)
			}
			if cap(p.head) > 10*1024 || len(p.head) > 4*1024+4 {
				t.Fatalf("head holds %d bytes", len(p.head))
			}
		}
	})
}
