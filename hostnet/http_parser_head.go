package hostnet

import (
	"bytes"
	"strconv"
	"strings"
)

// httpMethods is llhttp's method table as Node's allMethods, by enum value;
// the HTTP parser accepts those in nodeMethods.
var httpMethods = []string{"DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT",
	"OPTIONS", "TRACE", "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH",
	"SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
	"CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "PATCH",
	"PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "PRI", "DESCRIBE",
	"ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER",
	"SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH", "QUERY"}

// nodeMethods is Node's `methods`: the HTTP ones (enum values 0–33 and QUERY).
var nodeMethods = append(append([]string{}, httpMethods[:34]...), "QUERY")

const methodConnect = 5

var methodIndex = func() map[string]int {
	m := map[string]int{}
	for _, name := range nodeMethods {
		for i, n := range httpMethods {
			if n == name {
				m[name] = i
			}
		}
	}
	return m
}()

// isTokenChar reports an RFC 9110 tchar.
func isTokenChar(c byte) bool {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// headers parses the complete header section in head and emits headers
// complete (after early flushes of 32 pairs).
func (p *httpParser) headers() int {
	lines, err := p.splitLines(p.head)
	p.head = p.head[:0]
	if err != nil {
		return p.fail(err.code, err.reason)
	}
	var ev hpEvent
	if p.typ == hpRequest {
		err = p.requestLine(lines[0], &ev)
	} else {
		err = p.statusLine(lines[0], &ev)
	}
	if err != nil {
		return p.fail(err.code, err.reason)
	}
	var fields []string
	var te, conn []string
	var upgradeHdr, teAfterLen bool
	for i, l := range lines[1:] {
		if l[0] == ' ' || l[0] == '\t' {
			switch {
			case i == 0:
				return p.fail("HPE_UNEXPECTED_SPACE", "Unexpected space after start line")
			case p.lenient&lenHeaders == 0:
				return p.fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value")
			}
			fields[len(fields)-1] += " " + strings.TrimLeft(l, " \t")
			continue
		}
		k, v, e := p.field(l)
		if e != nil {
			return p.fail(e.code, e.reason)
		}
		switch strings.ToLower(k) {
		case "content-length":
			if e := p.contentLength(v); e != nil {
				return p.fail(e.code, e.reason)
			}
		case "transfer-encoding":
			te = append(te, v)
			teAfterLen = teAfterLen || p.hasLen
		case "connection":
			conn = append(conn, v)
		case "upgrade":
			upgradeHdr = true
		}
		if len(fields) == 2*maxFieldsPerFlush {
			p.emit(hpEvent{kind: hpHeaders, headers: fields, url: ev.url})
			ev.url, ev.flushed, fields = "", true, nil
		}
		k, v = latin1(k), latin1(v)
		fields = append(fields, k, v)
	}
	if e := p.framing(te, teAfterLen); e != nil {
		return p.fail(e.code, e.reason)
	}
	p.connection(conn, upgradeHdr)
	if ev.flushed {
		p.emit(hpEvent{kind: hpHeaders, headers: fields})
		fields = nil
	}
	ev.kind, ev.headers = hpComplete, fields
	if !ev.flushed {
		p.url = ev.url
	}
	ev.major, ev.minor, ev.method, ev.status = p.major, p.minor, p.method, p.status
	ev.upgrade, ev.keepOpen = p.upgrade, p.keepOpn
	p.emit(ev)
	p.state = stAwaitHeaders
	if p.typ == hpRequest && !p.upgrade && !p.badTE && !p.chunked && !p.eofBody &&
		(!p.hasLen || p.remaining == 0) {
		// A request without a body: kOnHeadersComplete's answer cannot
		// change how it is read, so the message ends here, with no stop
		// (and no host call) after its headers.
		p.headersDone(0)
		return hpEnded
	}
	return hpAtHeader
}

func (p *httpParser) requestLine(l string, ev *hpEvent) *hpError {
	sp := strings.IndexByte(l, ' ')
	if sp <= 0 {
		return &hpError{"HPE_INVALID_METHOD", "Invalid method encountered"}
	}
	if l[:sp] == "PRI" {
		return &hpError{"HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade"}
	}
	m, ok := methodIndex[l[:sp]]
	if !ok {
		for _, name := range httpMethods {
			if name == l[:sp] {
				return &hpError{"HPE_INVALID_CONSTANT", "Invalid method for HTTP/x.x request"}
			}
		}
		return &hpError{"HPE_INVALID_METHOD", badMethod(l[:sp])}
	}
	p.method = m
	rest := l[sp+1:]
	sp = strings.IndexByte(rest, ' ')
	if sp <= 0 {
		return &hpError{"HPE_INVALID_URL", "Invalid characters in url"}
	}
	url := latin1(rest[:sp])
	for i := 0; i < len(url); i++ {
		if c := url[i]; c <= ' ' || c == 0x7f {
			return &hpError{"HPE_INVALID_URL", "Invalid characters in url"}
		}
	}
	ev.url = url
	return p.version(rest[sp+1:])
}

func (p *httpParser) statusLine(l string, ev *hpEvent) *hpError {
	ver, rest, _ := strings.Cut(l, " ")
	if e := p.version(ver); e != nil {
		return e
	}
	code, msg, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(code)
	if len(code) != 3 || err != nil || n < 100 {
		return &hpError{"HPE_INVALID_STATUS", "Invalid status code"}
	}
	for i := 0; i < len(msg); i++ {
		if c := msg[i]; c < ' ' && c != '\t' || c == 0x7f {
			return &hpError{"HPE_INVALID_STATUS", "Invalid response status"}
		}
	}
	p.status, ev.statusMsg = n, latin1(msg)
	return nil
}

// version parses HTTP/x.y; llhttp knows 0.9, 1.0, 1.1 and 2.0 unless lenient.
func (p *httpParser) version(v string) *hpError {
	if !strings.HasPrefix(v, "HTTP/") {
		return &hpError{"HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/"}
	}
	v = v[5:]
	if len(v) != 3 || v[1] != '.' || v[0] < '0' || v[0] > '9' || v[2] < '0' || v[2] > '9' {
		return &hpError{"HPE_INVALID_VERSION", "Invalid HTTP version"}
	}
	p.major, p.minor = int(v[0]-'0'), int(v[2]-'0')
	switch {
	case p.lenient&lenVersion != 0:
	case p.major == 1 && p.minor <= 1, p.major == 0 && p.minor == 9, p.major == 2 && p.minor == 0:
	default:
		return &hpError{"HPE_INVALID_VERSION", "Invalid HTTP version"}
	}
	return nil
}

// field splits and checks one header line.
func (p *httpParser) field(l string) (string, string, *hpError) {
	colon := strings.IndexByte(l, ':')
	name := l
	if colon >= 0 {
		name = l[:colon]
	}
	bad := len(name)
	for i := 0; i < len(name); i++ {
		if !isTokenChar(name[i]) {
			bad = i
			break
		}
	}
	switch {
	case colon > 0 && bad == len(name):
	case colon > 0 && p.lenient&lenHeaders != 0:
	default:
		return "", "", &hpError{"HPE_INVALID_HEADER_TOKEN", "Invalid header token"}
	}
	k := name
	v := strings.Trim(l[colon+1:], " \t")
	if p.lenient&lenHeaders == 0 {
		for i := 0; i < len(v); i++ {
			if c := v[i]; c < ' ' && c != '\t' || c == 0x7f {
				return "", "", &hpError{"HPE_INVALID_HEADER_TOKEN", "Invalid header value char"}
			}
		}
	}
	return k, v, nil
}

func (p *httpParser) contentLength(v string) *hpError {
	if p.hasLen {
		return &hpError{"HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length"}
	}
	if v == "" {
		return &hpError{"HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length"}
	}
	var n uint64
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < '0' || c > '9' {
			return &hpError{"HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length"}
		}
		if n > (1<<63)/10 {
			return &hpError{"HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow"}
		}
		n = n*10 + uint64(c-'0')
	}
	p.hasLen, p.remaining = true, n
	return nil
}

// framing decides chunked from Transfer-Encoding and rejects the
// smuggling shapes llhttp rejects.
func (p *httpParser) framing(te []string, teAfterLen bool) *hpError {
	if len(te) == 0 {
		return nil
	}
	codings := strings.Split(strings.Join(te, ","), ",")
	for i, c := range codings {
		if strings.EqualFold(strings.Trim(c, " \t"), "chunked") {
			p.chunked = i == len(codings)-1
			if !p.chunked && p.typ == hpRequest && p.lenient&lenTransferEncoding == 0 {
				return &hpError{"HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value"}
			}
		}
	}
	if p.hasLen && p.lenient&lenChunkedLength == 0 {
		// llhttp names the second of the two
		if teAfterLen {
			return &hpError{"HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length"}
		}
		return &hpError{"HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding"}
	}
	p.hasLen = false
	if !p.chunked && p.typ == hpRequest {
		if p.lenient&lenTransferEncoding == 0 {
			// Refused after kOnHeadersComplete (as llhttp does), unless
			// its answer skips the body.
			p.badTE = true
		}
		p.eofBody = true
	}
	return nil
}

// connection sets keep-alive and upgrade as llhttp_should_keep_alive does.
func (p *httpParser) connection(conn []string, upgradeHdr bool) {
	var closeTok, keepTok, upTok bool
	for _, v := range conn {
		for _, t := range strings.Split(v, ",") {
			switch strings.ToLower(strings.Trim(t, " \t")) {
			case "close":
				closeTok = true
			case "keep-alive":
				keepTok = true
			case "upgrade":
				upTok = true
			}
		}
	}
	if p.typ == hpRequest {
		p.upgrade = upgradeHdr && upTok || p.method == methodConnect
	} else {
		// "Upgrade" and "Connection: upgrade" upgrade a response only
		// when it is a 101 (elsewhere they announce support); a 101
		// without them still upgrades, after kOnHeadersComplete.
		p.upgrade = upgradeHdr && upTok && p.status == 101
		p.noBody = p.status < 200 || p.status == 204 || p.status == 304
	}
	if p.major > 0 && p.minor > 0 {
		p.keepOpn = !closeTok
	} else {
		p.keepOpn = keepTok
	}
	// A response read until EOF cannot be followed by another one.
	if p.typ == hpResponse && !p.noBody && !p.chunked && !p.hasLen {
		p.keepOpn = false
	}
}

// latin1 is s read as Latin-1, as Node makes header strings.
func latin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}

// methodPrefix reports whether an incomplete request line can still begin
// with a method llhttp knows, so garbage fails before its line ends.
func methodPrefix(line []byte) bool {
	m, _, complete := bytes.Cut(line, []byte{' '})
	for _, name := range httpMethods {
		if complete && string(m) == name || !complete && strings.HasPrefix(name, string(m)) {
			return true
		}
	}
	return false
}

// methodMatch is how many leading bytes of m some method begins with.
func methodMatch(m []byte) int {
	best := 0
	for _, name := range httpMethods {
		k := 0
		for k < len(m) && k < len(name) && m[k] == name[k] {
			k++
		}
		best = max(best, k)
	}
	return best
}

// badMethod is llhttp's reason for an unknown method token m.
func badMethod(m string) string {
	for _, name := range httpMethods {
		if len(m) > len(name) && strings.HasPrefix(m, name) {
			return "Expected space after method"
		}
	}
	return "Invalid method encountered"
}
