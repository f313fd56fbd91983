package hostnet

import (
	"bytes"
	"strings"
)

// The HTTP/1.1 parser behind the 'http_parser' binding, after llhttp as
// Node 20 uses it: it is fed bytes as they arrive, keeps at most one
// header section (bounded by maxHeader) and one chunk-size line, and
// reports what it saw as a list of events. It never calls the VM: the
// binding turns events into the JS callbacks after a step returns.
//
// A step stops after the headers of each message, because the answer of
// kOnHeadersComplete (1: no body, 2: upgrade) decides how the body is read.

// Event kinds, as the binding's JS side numbers them.
const (
	hpBegin    = 0
	hpHeaders  = 1 // headers flushed early (more than 32 pairs) or trailers
	hpComplete = 2 // headers complete
	hpBody     = 3
	hpMessage  = 4 // message complete
)

// Step results.
const (
	hpDone     = 0  // every byte given was consumed
	hpAtHeader = 1  // stopped after a header section: call headersDone
	hpUpgraded = 2  // the connection left HTTP; the rest is not consumed
	hpFailed   = -1 // err is set
	// hpEnded is internal (execute reports it as hpDone): a request
	// without a body ended with its header section, and execute returns
	// there, so each message's callbacks still run before the next is read.
	hpEnded = 3
)

// Parser types, as HTTPParser.REQUEST and RESPONSE.
const (
	hpRequest  = 1
	hpResponse = 2
)

// Lenient flags, as HTTPParser.kLenient*.
const (
	lenHeaders            = 1 << 0
	lenChunkedLength      = 1 << 1
	lenKeepAlive          = 1 << 2
	lenTransferEncoding   = 1 << 3
	lenVersion            = 1 << 4
	lenDataAfterClose     = 1 << 5
	lenOptionalLFAfterCR  = 1 << 6
	lenOptionalCRLFChunk  = 1 << 7
	lenOptionalCRBeforeLF = 1 << 8
	lenSpacesAfterChunk   = 1 << 9
	lenAll                = 1<<10 - 1
)

// idleHeadCap is the most header buffer a parser keeps between messages.
const idleHeadCap = 1 << 10

// maxFieldsPerFlush is how many pairs Node hands to kOnHeaders at a time:
// it flushes the pairs it holds when the 32nd (kMaxHeaderFieldsCount) begins.
const maxFieldsPerFlush = 31

// hpEvent is one callback to make. Body aliases the bytes given to the step.
type hpEvent struct {
	kind              int
	headers           []string
	url               string
	flushed           bool // headers complete after an early flush
	major, minor      int
	method, status    int
	statusMsg         string
	upgrade, keepOpen bool
	body              []byte
}

// hpError is an llhttp error: its HPE_* code and reason.
type hpError struct{ code, reason string }

func (e *hpError) Error() string { return e.code + ": " + e.reason }

// Parser states.
const (
	stStart = iota
	stHead
	stAwaitHeaders // waiting for headersDone
	stBody         // Content-Length body
	stEOFBody      // body until finish
	stChunkSize
	stChunkData
	stChunkEnd
	stTrailers
	stClosed   // after a message with Connection: close
	stUpgraded // left HTTP
	stError
)

// httpParser is one llhttp instance.
type httpParser struct {
	typ, lenient, maxHeader int

	state     int
	head      []byte // the header section (or trailers, or a chunk-size line) so far
	scan      int    // head[:scan] holds no blank line
	lines     int    // complete lines in head[:scan]
	doneCount int    // what those lines count toward maxHeader
	remaining uint64
	err       *hpError
	events    []hpEvent

	// the current message
	major, minor     int
	method, status   int
	chunked, hasLen  bool
	upgrade, keepOpn bool
	noBody           bool
	eofBody          bool   // a request read until EOF (lenient Transfer-Encoding)
	url              string // until a flush hands it to kOnHeaders
	eofAfterUpgrade  bool   // a 101 response: finish still reports EOF state
	badTE            bool   // a request whose Transfer-Encoding does not end in chunked

	consumer *consumer // the stream it consumes (http_parser_consume.go), or nil
}

func newHTTPParser(typ, maxHeader, lenient int) *httpParser {
	return &httpParser{typ: typ, maxHeader: maxHeader, lenient: lenient}
}

func (p *httpParser) fail(code, reason string) int {
	p.err = &hpError{code, reason}
	p.state = stError
	p.head = nil
	return hpFailed
}

func (p *httpParser) emit(ev hpEvent) { p.events = append(p.events, ev) }

// execute feeds data; it returns how many bytes it consumed and a step
// result. Events are in p.events until the caller takes them.
func (p *httpParser) execute(data []byte) (int, int) {
	n := 0
	for n < len(data) {
		switch p.state {
		case stError:
			return n, hpFailed
		case stAwaitHeaders:
			return n, hpAtHeader
		case stUpgraded:
			return n, hpUpgraded
		case stStart, stClosed:
			c := data[n]
			if c == '\r' || c == '\n' {
				n++
				continue
			}
			if p.state == stClosed && p.lenient&(lenKeepAlive|lenDataAfterClose) == 0 {
				return n, p.fail("HPE_CLOSED_CONNECTION", "Data after `Connection: close`")
			}
			p.startMessage()
		case stHead, stTrailers, stChunkSize:
			used, st := p.feedLines(data[n:])
			n += used
			if st == hpEnded {
				return n, hpDone
			}
			if st != hpDone {
				return n, st
			}
		case stBody:
			k := uint64(len(data) - n)
			if k > p.remaining {
				k = p.remaining
			}
			p.emit(hpEvent{kind: hpBody, body: data[n : n+int(k)]})
			n += int(k)
			p.remaining -= k
			if p.remaining == 0 {
				p.messageDone()
			}
		case stEOFBody:
			p.emit(hpEvent{kind: hpBody, body: data[n:]})
			n = len(data)
		case stChunkData:
			k := uint64(len(data) - n)
			if k > p.remaining {
				k = p.remaining
			}
			p.emit(hpEvent{kind: hpBody, body: data[n : n+int(k)]})
			n += int(k)
			p.remaining -= k
			if p.remaining == 0 {
				p.state = stChunkEnd
				p.head = p.head[:0]
			}
		case stChunkEnd:
			used, st := p.chunkEnd(data[n:])
			n += used
			if st != hpDone {
				return n, st
			}
		}
	}
	switch p.state {
	case stAwaitHeaders:
		return n, hpAtHeader
	case stUpgraded:
		return n, hpUpgraded
	case stError:
		return n, hpFailed
	}
	return n, hpDone
}

func (p *httpParser) startMessage() {
	p.state = stHead
	p.head = p.head[:0]
	p.scan, p.lines, p.doneCount = 0, 0, 0
	p.major, p.minor, p.method, p.status = 0, 0, 0, 0
	p.chunked, p.hasLen, p.upgrade, p.keepOpn, p.noBody = false, false, false, false, false
	p.url, p.eofAfterUpgrade, p.eofBody, p.badTE = "", false, false, false
	p.emit(hpEvent{kind: hpBegin})
}

// chunkEnd reads the CRLF after a chunk's data.
func (p *httpParser) chunkEnd(data []byte) (int, int) {
	n := 0
	for n < len(data) {
		c := data[n]
		switch {
		case len(p.head) == 0 && c == '\r':
			p.head = append(p.head, c)
			n++
		case c == '\n' && (len(p.head) == 1 || p.lenient&lenOptionalCRBeforeLF != 0):
			n++
			p.head = p.head[:0]
			p.state = stChunkSize
			return n, hpDone
		case c == '\n' && len(p.head) == 0:
			return n, p.fail("HPE_CR_EXPECTED", "Missing expected CR after chunk data")
		case p.lenient&lenOptionalCRLFChunk != 0:
			p.head = p.head[:0]
			p.state = stChunkSize
			return n, hpDone
		default:
			return n, p.fail("HPE_STRICT", "Expected LF after chunk data")
		}
	}
	return n, hpDone
}

// maxChunkExtensions bounds one chunk's extensions (Node's 16 KiB): more
// is refused with 413.
const maxChunkExtensions = 16 * 1024

// chunkExtLen is how many bytes of a chunk-size line are extensions
// (after the first ';', separators aside).
func chunkExtLen(line []byte) int {
	i := bytes.IndexByte(line, ';')
	if i < 0 {
		return 0
	}
	ext := line[i:]
	return len(ext) - bytes.Count(ext, []byte{';'}) - bytes.Count(ext, []byte{'='})
}

// feedLines accumulates a header section, trailer section or chunk-size
// line until it is complete, bounded by maxHeader.
func (p *httpParser) feedLines(data []byte) (int, int) {
	if p.state == stChunkSize {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			p.head = append(p.head, data...)
			if chunkExtLen(p.head) > maxChunkExtensions {
				return len(data), p.fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow")
			}
			if len(p.head) > p.maxHeader {
				return len(data), p.fail("HPE_HEADER_OVERFLOW", "Header overflow")
			}
			return len(data), hpDone
		}
		p.head = append(p.head, data[:i+1]...)
		if chunkExtLen(bytes.TrimRight(p.head, "\r\n")) > maxChunkExtensions {
			return i + 1, p.fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow")
		}
		return i + 1, p.chunkSize()
	}
	// A section within the limit rarely has more than four raw bytes per
	// counted byte ("A:" CRLF counts one), so more is never kept.
	start := len(p.head)
	take := min(len(data), max(0, 4*p.maxHeader+4-start))
	p.head = append(p.head, data[:take]...)
	if p.typ == hpRequest && p.lines == 0 && p.state == stHead {
		// The method is refused at its first byte no method has there
		// (the request line need not be complete).
		first, _, _ := bytes.Cut(p.head, []byte{'\n'})
		if !methodPrefix(first) {
			m, _, _ := bytes.Cut(first, []byte{' '})
			return min(take, max(0, methodMatch(m)-start)), p.fail("HPE_INVALID_METHOD", badMethod(string(m)))
		}
	}
	end := p.findEnd()
	if end < 0 {
		if end == -2 || p.doneCount+p.lineCount(p.head[p.scan:]) >= p.maxHeader || take < len(data) {
			// llhttp stops just after the span (name or value) that
			// crossed the limit, or at the end of a partial one.
			at := min(take, max(0, p.overflowEnd()-start))
			p.flushBeforeOverflow()
			return at, p.fail("HPE_HEADER_OVERFLOW", "Header overflow")
		}
		return take, hpDone
	}
	used := end - start
	p.head = p.head[:end]
	if p.state == stTrailers {
		return used, p.trailers()
	}
	return used, p.headers()
}

// overflowEnd is the offset in head just past the span of the line at
// scan with which the header count reached the limit.
func (p *httpParser) overflowEnd() int {
	line := p.head[p.scan:]
	i := bytes.IndexByte(line, '\n')
	if i < 0 {
		return len(p.head)
	}
	line = bytes.TrimSuffix(line[:i], []byte{'\r'})
	if !(p.lines == 0 && p.state == stHead) {
		if k, _, found := bytes.Cut(line, []byte{':'}); found && p.doneCount+len(k) >= p.maxHeader {
			return p.scan + len(k) + 1
		}
	}
	return p.scan + len(line) + 1
}

// findEnd returns the end of the blank line closing head, -1, or -2
// when a complete line reaches the header limit.
func (p *httpParser) findEnd() int {
	for {
		i := bytes.IndexByte(p.head[p.scan:], '\n')
		if i < 0 {
			return -1
		}
		lineStart := p.scan
		p.scan += i + 1
		line := p.head[lineStart : p.scan-1]
		n := p.lineCount(line)
		if p.doneCount+n >= p.maxHeader {
			p.scan = lineStart // this line's header had begun when Node stopped
			return -2
		}
		p.doneCount += n
		p.lines++
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			return p.scan
		}
	}
}

// lineCount is how many bytes of a header line count toward the limit,
// as Node counts them: the URL or status text of the start line, a
// header's name and its value after leading whitespace.
func (p *httpParser) lineCount(line []byte) int {
	line = bytes.TrimSuffix(line, []byte{'\r'})
	if p.lines == 0 && p.state == stHead {
		return p.startCount(line)
	}
	k, v, found := bytes.Cut(line, []byte{':'})
	if !found {
		return len(k)
	}
	return len(k) + len(bytes.TrimLeft(v, " \t"))
}

// startCount counts the start line: the URL or the status text.
func (p *httpParser) startCount(line []byte) int {
	_, rest, ok := bytes.Cut(line, []byte{' '})
	if !ok {
		return 0
	}
	if p.typ == hpResponse {
		_, msg, _ := bytes.Cut(rest, []byte{' '})
		return len(msg)
	}
	url, _, _ := bytes.Cut(rest, []byte{' '})
	return len(url)
}

// splitLines splits a complete section into lines, enforcing llhttp's
// line ends: CRLF (a bare LF only when lenient).
func (p *httpParser) splitLines(sec []byte) ([]string, *hpError) {
	var lines []string
	for len(sec) > 0 {
		i := bytes.IndexByte(sec, '\n')
		line := sec[:i]
		sec = sec[i+1:]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		} else if p.lenient&lenOptionalCRBeforeLF == 0 {
			switch {
			case len(lines) == 0 && p.state == stHead && p.typ == hpResponse:
				return nil, &hpError{"HPE_CR_EXPECTED", "Missing expected CR after response line"}
			case len(lines) == 0 && p.state == stHead:
				return nil, &hpError{"HPE_INVALID_VERSION", "Expected CRLF after version"}
			}
			return nil, &hpError{"HPE_CR_EXPECTED", "Missing expected CR after header value"}
		}
		if bytes.IndexByte(line, '\r') >= 0 {
			return nil, &hpError{"HPE_LF_EXPECTED", "Missing expected LF after header value"}
		}
		if len(line) == 0 {
			break
		}
		lines = append(lines, string(line))
	}
	return lines, nil
}

// chunkSize parses the chunk-size line in head.
func (p *httpParser) chunkSize() int {
	line := strings.TrimSuffix(string(p.head), "\n")
	if strings.HasSuffix(line, "\r") {
		line = line[:len(line)-1]
	} else if p.lenient&lenOptionalCRBeforeLF == 0 {
		return p.fail("HPE_CR_EXPECTED", "Missing expected CR after chunk size")
	}
	p.head = p.head[:0]
	var size uint64
	i := 0
	for ; i < len(line) && hexVal(line[i]) >= 0; i++ {
		if size > (1<<60)-1 {
			return p.fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow")
		}
		size = size<<4 | uint64(hexVal(line[i]))
	}
	if i == 0 {
		return p.fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	}
	rest := line[i:]
	if t := strings.TrimLeft(rest, " \t"); len(t) != len(rest) {
		if p.lenient&lenSpacesAfterChunk == 0 {
			return p.fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
		}
		rest = t
	}
	if rest != "" && rest[0] != ';' {
		return p.fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	}
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c < 0x20 && c != '\t' || c == 0x7f {
			return p.fail("HPE_STRICT", "Invalid character in chunk extensions name")
		}
	}
	if size == 0 {
		p.state = stTrailers
		p.scan, p.lines, p.doneCount = 0, 0, 0
		return hpDone
	}
	p.remaining = size
	p.state = stChunkData
	return hpDone
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// trailers hands the trailer section to kOnHeaders and ends the message.
func (p *httpParser) trailers() int {
	lines, err := p.splitLines(p.head)
	p.head = p.head[:0]
	if err != nil {
		return p.fail(err.code, err.reason)
	}
	var fields []string
	for _, l := range lines {
		k, v, e := p.field(l)
		if e != nil {
			return p.fail(e.code, e.reason)
		}
		fields = append(fields, k, v)
	}
	for len(fields) > 0 {
		k := min(len(fields), 2*maxFieldsPerFlush)
		p.emit(hpEvent{kind: hpHeaders, headers: fields[:k], url: p.url})
		fields, p.url = fields[k:], ""
	}
	p.messageDone()
	return hpDone
}

// messageDone ends the current message.
func (p *httpParser) messageDone() {
	p.emit(hpEvent{kind: hpMessage})
	p.head = p.head[:0]
	if cap(p.head) > idleHeadCap {
		p.head = nil // an idle keep-alive connection holds no big buffer
	}
	switch {
	case p.upgrade:
		p.state = stUpgraded
	case p.keepOpn:
		p.state = stStart
	default:
		p.state = stClosed
	}
}

// headersDone applies kOnHeadersComplete's answer (1: no body, 2: no body
// and upgrade) and sets how the body is read.
func (p *httpParser) headersDone(ret int) int {
	if p.state != stAwaitHeaders {
		return hpDone
	}
	if ret == 2 {
		p.upgrade = true
	}
	skip := ret == 1 || ret == 2 || p.noBody
	if p.typ == hpResponse && p.status == 101 {
		p.upgrade, p.eofAfterUpgrade = true, true
	}
	if p.badTE && !skip && !p.upgrade {
		return p.fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`")
	}
	switch {
	case skip || p.upgrade && (p.method == methodConnect || !p.chunked && !p.hasLen):
		p.messageDone()
	case p.chunked:
		p.state = stChunkSize
		p.head = p.head[:0]
	case p.hasLen && p.remaining > 0:
		p.state = stBody
	case p.hasLen || p.typ == hpRequest && !p.eofBody:
		p.messageDone()
	default:
		p.state = stEOFBody
	}
	if p.state == stUpgraded {
		return hpUpgraded
	}
	return hpDone
}

// finish is the end of input.
func (p *httpParser) finish() int {
	if p.state == stUpgraded && p.eofAfterUpgrade {
		return p.fail("HPE_INVALID_EOF_STATE", "Invalid EOF state")
	}
	switch p.state {
	case stStart, stClosed, stUpgraded, stError:
		// After an error, llhttp's finish reports nothing more.
		return hpDone
	case stEOFBody:
		p.messageDone()
		p.state = stClosed
		return hpDone
	}
	if p.state == stHead && len(p.head) == 0 {
		return hpDone
	}
	return p.fail("HPE_INVALID_EOF_STATE", "Invalid EOF state")
}

// flushBeforeOverflow hands kOnHeaders the groups of pairs Node would have
// flushed before the header that overflowed: Node counts as it parses.
func (p *httpParser) flushBeforeOverflow() {
	if p.state != stHead && p.state != stTrailers {
		return
	}
	started := p.lines
	if p.scan < len(p.head) {
		started++
	}
	if p.state == stHead {
		started-- // the start line
	}
	if started <= maxFieldsPerFlush {
		return
	}
	var url string
	var fields []string
	complete := 0
	for i, l := range bytes.Split(p.head[:p.scan], []byte{'\n'}) {
		l = bytes.TrimSuffix(l, []byte{'\r'})
		if i == 0 && p.state == stHead {
			if p.typ == hpRequest {
				_, rest, _ := bytes.Cut(l, []byte{' '})
				u, _, _ := bytes.Cut(rest, []byte{' '})
				url = latin1(string(u))
			}
			continue
		}
		if len(l) == 0 {
			break
		}
		k, v, err := p.field(string(l))
		if err != nil {
			return
		}
		if len(fields) == 2*maxFieldsPerFlush {
			p.emit(hpEvent{kind: hpHeaders, headers: fields, url: url})
			fields, url = nil, ""
		}
		fields = append(fields, latin1(k), latin1(v))
		complete++
	}
	// A full group goes once the next field has begun.
	if len(fields) == 2*maxFieldsPerFlush && started > complete {
		p.emit(hpEvent{kind: hpHeaders, headers: fields, url: url})
	}
}
