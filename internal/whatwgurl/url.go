// Package whatwgurl is the URL Standard's basic URL parser (without a
// state override) and URL serializer, for the URL class of
// modules/internal/url.js: one host call parses and serializes a URL.
//
// Domains go through UTS #46 (golang.org/x/net/idna) as the standard's
// domain to ASCII asks.
package whatwgurl

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// URL is a URL record.
type URL struct {
	Scheme, Username, Password string
	HasHost                    bool
	Host                       string
	Port                       int // -1: null
	Path                       []string
	Opaque                     bool
	OpaquePath                 string
	HasQuery                   bool
	Query                      string
	HasFragment                bool
	Fragment                   string
}

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecial(s string) bool {
	switch s {
	case "ftp", "file", "http", "https", "ws", "wss":
		return true
	}
	return false
}

func defaultPort(s string) int {
	if p, ok := specialPorts[s]; ok {
		return p
	}
	return -1
}

// Percent-encode sets, over ASCII; everything above 0x7e is encoded.
func inC0(c rune) bool { return c < 0x20 || c > 0x7e }
func inFragment(c rune) bool {
	return inC0(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}
func inQuery(c rune) bool {
	return inC0(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}
func inSpecialQuery(c rune) bool { return inQuery(c) || c == '\'' }
func inPath(c rune) bool {
	return inQuery(c) || c == '?' || c == '`' || c == '{' || c == '}'
}
func inUserinfo(c rune) bool {
	return inPath(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' ||
		(c >= 0x5b && c <= 0x5e) || c == '|'
}

const upperHex = "0123456789ABCDEF"

func appendEncoded(b []byte, c rune, set func(rune) bool) []byte {
	if c < 0x80 && !set(c) {
		return append(b, byte(c))
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], c)
	for _, x := range tmp[:n] {
		b = append(b, '%', upperHex[x>>4], upperHex[x&15])
	}
	return b
}

func encodeRunes(rs []rune, set func(rune) bool) string {
	b := make([]byte, 0, len(rs))
	for _, c := range rs {
		b = appendEncoded(b, c, set)
	}
	return string(b)
}

func isAlpha(c rune) bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') }
func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isWindowsDriveLetter(s string, normalizedOnly bool) bool {
	return len(s) == 2 && isAlpha(rune(s[0])) && (s[1] == ':' || (!normalizedOnly && s[1] == '|'))
}

func startsWithDriveLetter(cps []rune, p int) bool {
	if len(cps)-p < 2 {
		return false
	}
	if !isAlpha(cps[p]) || (cps[p+1] != ':' && cps[p+1] != '|') {
		return false
	}
	if len(cps)-p == 2 {
		return true
	}
	c := cps[p+2]
	return c == '/' || c == '\\' || c == '?' || c == '#'
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *URL) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isWindowsDriveLetter(u.Path[0], true) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func (u *URL) hasCredentials() bool { return u.Username != "" || u.Password != "" }

// toRunes decodes s as usvRunes does, trimming leading and trailing C0
// controls and spaces when trim is set and dropping tabs and newlines.
func toRunes(s string, trim bool) []rune {
	if trim {
		i, j := 0, len(s)
		for i < j && s[i] <= 0x20 {
			i++
		}
		for j > i && s[j-1] <= 0x20 {
			j--
		}
		s = s[i:j]
	}
	rs := usvRunes(s)
	out := rs[:0]
	for _, r := range rs {
		if r != '\t' && r != '\n' && r != '\r' {
			out = append(out, r)
		}
	}
	return out
}

// usvRunes decodes s (UTF-8; WTF-8 surrogates and invalid bytes become
// U+FFFD, as USVString conversion does).
func usvRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		if c == 0xed && i+2 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
			out = append(out, utf8.RuneError) // a lone surrogate in WTF-8
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

type state int

const (
	stSchemeStart state = iota + 1
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

// Parse runs the basic URL parser on input against base (nil for none);
// ok false is failure.
func Parse(input string, base *URL) (*URL, bool) {
	u := &URL{Port: -1}
	cps := toRunes(input, true)
	n := len(cps)
	st := stSchemeStart
	var buf []rune
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	var query, frag, opaque []byte

	for p := 0; p <= n; p++ {
		c := rune(-1)
		if p < n {
			c = cps[p]
		}
		scheme := u.Scheme
		if scheme == "" && st == stRelative && base != nil {
			scheme = base.Scheme
		}
		special := isSpecial(scheme)
		switch st {
		case stSchemeStart:
			if isAlpha(c) {
				buf = append(buf, lowerASCII(c))
				st = stScheme
			} else {
				st = stNoScheme
				p--
			}

		case stScheme:
			if isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.' {
				buf = append(buf, lowerASCII(c))
			} else if c == ':' {
				u.Scheme = string(buf)
				buf = buf[:0]
				switch {
				case u.Scheme == "file":
					st = stFile
				case isSpecial(u.Scheme) && base != nil && base.Scheme == u.Scheme:
					st = stSpecialRelativeOrAuthority
				case isSpecial(u.Scheme):
					st = stSpecialAuthoritySlashes
				case p+1 < n && cps[p+1] == '/':
					st = stPathOrAuthority
					p++
				default:
					u.Opaque = true
					st = stOpaquePath
				}
			} else {
				buf = buf[:0]
				st = stNoScheme
				p = -1
			}

		case stNoScheme:
			if base == nil || (base.Opaque && c != '#') {
				return nil, false
			}
			if base.Opaque && c == '#' {
				u.Scheme = base.Scheme
				u.Opaque = true
				u.OpaquePath = base.OpaquePath
				u.HasQuery, u.Query = base.HasQuery, base.Query
				u.HasFragment = true
				st = stFragment
			} else if base.Scheme != "file" {
				st = stRelative
				p--
			} else {
				st = stFile
				p--
			}

		case stSpecialRelativeOrAuthority:
			if c == '/' && p+1 < n && cps[p+1] == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stRelative
				p--
			}

		case stPathOrAuthority:
			if c == '/' {
				st = stAuthority
			} else {
				st = stPath
				p--
			}

		case stRelative:
			u.Scheme = base.Scheme
			if c == '/' || (isSpecial(u.Scheme) && c == '\\') {
				st = stRelativeSlash
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.HasHost, u.Host, u.Port = base.HasHost, base.Host, base.Port
				u.Path = append([]string(nil), base.Path...)
				u.HasQuery, u.Query = base.HasQuery, base.Query
				if c == '?' {
					u.HasQuery, u.Query = true, ""
					st = stQuery
				} else if c == '#' {
					u.HasFragment = true
					st = stFragment
				} else if c != -1 {
					u.HasQuery, u.Query = false, ""
					u.shortenPath()
					st = stPath
					p--
				}
			}

		case stRelativeSlash:
			if special && (c == '/' || c == '\\') {
				st = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stAuthority
			} else {
				u.Username, u.Password = base.Username, base.Password
				u.HasHost, u.Host, u.Port = base.HasHost, base.Host, base.Port
				st = stPath
				p--
			}

		case stSpecialAuthoritySlashes:
			st = stSpecialAuthorityIgnoreSlashes
			if c == '/' && p+1 < n && cps[p+1] == '/' {
				p++
			} else {
				p--
			}

		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stAuthority
				p--
			}

		case stAuthority:
			if c == '@' {
				if atSignSeen {
					buf = append([]rune("%40"), buf...)
				}
				atSignSeen = true
				user, pass := []byte(u.Username), []byte(u.Password)
				for _, bc := range buf {
					if bc == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						pass = appendEncoded(pass, bc, inUserinfo)
					} else {
						user = appendEncoded(user, bc, inUserinfo)
					}
				}
				u.Username, u.Password = string(user), string(pass)
				buf = buf[:0]
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
				if atSignSeen && len(buf) == 0 {
					return nil, false
				}
				p -= len(buf) + 1
				buf = buf[:0]
				st = stHost
			} else {
				buf = append(buf, c)
			}

		case stHost:
			if c == ':' && !insideBrackets {
				if len(buf) == 0 {
					return nil, false
				}
				h, ok := parseHost(buf, !special)
				if !ok {
					return nil, false
				}
				u.HasHost, u.Host = true, h
				buf = buf[:0]
				st = stPort
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
				p--
				if special && len(buf) == 0 {
					return nil, false
				}
				h, ok := parseHost(buf, !special)
				if !ok {
					return nil, false
				}
				u.HasHost, u.Host = true, h
				buf = buf[:0]
				st = stPathStart
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf = append(buf, c)
			}

		case stPort:
			if isDigit(c) {
				buf = append(buf, c)
			} else if c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
				if len(buf) > 0 {
					port := 0
					for _, d := range buf {
						port = port*10 + int(d-'0')
						if port > 65535 {
							return nil, false
						}
					}
					if port == defaultPort(u.Scheme) {
						port = -1
					}
					u.Port = port
					buf = buf[:0]
				}
				st = stPathStart
				p--
			} else {
				return nil, false
			}

		case stFile:
			u.Scheme = "file"
			u.HasHost, u.Host = true, ""
			if c == '/' || c == '\\' {
				st = stFileSlash
			} else if base != nil && base.Scheme == "file" {
				u.HasHost, u.Host = base.HasHost, base.Host
				u.Path = append([]string(nil), base.Path...)
				u.HasQuery, u.Query = base.HasQuery, base.Query
				if c == '?' {
					u.HasQuery, u.Query = true, ""
					st = stQuery
				} else if c == '#' {
					u.HasFragment = true
					st = stFragment
				} else if c != -1 {
					u.HasQuery, u.Query = false, ""
					if !startsWithDriveLetter(cps, p) {
						u.shortenPath()
					} else {
						u.Path = nil
					}
					st = stPath
					p--
				}
			} else {
				st = stPath
				p--
			}

		case stFileSlash:
			if c == '/' || c == '\\' {
				st = stFileHost
			} else {
				if base != nil && base.Scheme == "file" {
					u.HasHost, u.Host = base.HasHost, base.Host
					if !startsWithDriveLetter(cps, p) && len(base.Path) > 0 && isWindowsDriveLetter(base.Path[0], true) {
						u.Path = append(u.Path, base.Path[0])
					}
				}
				st = stPath
				p--
			}

		case stFileHost:
			if c == -1 || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if isWindowsDriveLetter(string(buf), false) {
					st = stPath
				} else if len(buf) == 0 {
					u.HasHost, u.Host = true, ""
					st = stPathStart
				} else {
					h, ok := parseHost(buf, !special)
					if !ok {
						return nil, false
					}
					if h == "localhost" {
						h = ""
					}
					u.HasHost, u.Host = true, h
					buf = buf[:0]
					st = stPathStart
				}
			} else {
				buf = append(buf, c)
			}

		case stPathStart:
			if special {
				st = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if c == '?' {
				u.HasQuery, u.Query = true, ""
				st = stQuery
			} else if c == '#' {
				u.HasFragment = true
				st = stFragment
			} else if c != -1 {
				st = stPath
				if c != '/' {
					p--
				}
			}

		case stPath:
			if c == -1 || c == '/' || (special && c == '\\') || c == '?' || c == '#' {
				u.pushSegment(string(buf), c == '/' || (special && c == '\\'))
				buf = buf[:0]
				if c == '?' {
					u.HasQuery, u.Query = true, ""
					st = stQuery
				} else if c == '#' {
					u.HasFragment = true
					st = stFragment
				}
			} else {
				buf = appendPathRune(buf, c)
			}

		case stOpaquePath:
			if c == '?' {
				u.HasQuery, u.Query = true, ""
				st = stQuery
			} else if c == '#' {
				u.HasFragment = true
				st = stFragment
			} else if c != -1 {
				opaque = appendEncoded(opaque, c, inC0)
			}

		case stQuery:
			if c == '#' || c == -1 {
				u.Query = string(query)
				query = query[:0]
				if c == '#' {
					u.HasFragment = true
					st = stFragment
				}
			} else {
				set := inQuery
				if special {
					set = inSpecialQuery
				}
				query = appendEncoded(query, c, set)
			}

		case stFragment:
			if c != -1 {
				frag = appendEncoded(frag, c, inFragment)
			}
		}
	}
	if u.Opaque && u.OpaquePath == "" {
		u.OpaquePath = string(opaque)
	}
	if u.HasFragment {
		u.Fragment = string(frag)
	}
	return u, true
}

// appendPathRune appends c percent-encoded to a path segment's buffer
// (one byte per rune).
func appendPathRune(buf []rune, c rune) []rune {
	var tmp [12]byte
	for _, x := range appendEncoded(tmp[:0], c, inPath) {
		buf = append(buf, rune(x))
	}
	return buf
}

// pushSegment ends a path segment of the path state (slash: the segment
// ended at a path separator, not at the end).
func (u *URL) pushSegment(seg string, slash bool) {
	if isDoubleDot(seg) {
		u.shortenPath()
		if !slash {
			u.Path = append(u.Path, "")
		}
	} else if isSingleDot(seg) && !slash {
		u.Path = append(u.Path, "")
	} else if !isSingleDot(seg) {
		if u.Scheme == "file" && len(u.Path) == 0 && isWindowsDriveLetter(seg, false) {
			seg = seg[:1] + ":"
		}
		u.Path = append(u.Path, seg)
	}
}

// Pathname is the pathname setter's parse (the path start state with a
// state override) of a non-opaque URL with scheme, whose host is null
// unless hasHost; it returns the serialized path.
func Pathname(scheme string, hasHost bool, input string) string {
	u := &URL{Scheme: scheme}
	special := isSpecial(scheme)
	cps := toRunes(input, false)
	p := 0
	if special {
		if len(cps) > 0 && (cps[0] == '/' || cps[0] == '\\') {
			p++
		}
	} else if len(cps) > 0 {
		if cps[0] == '/' {
			p++
		}
	} else if !hasHost {
		u.Path = append(u.Path, "")
	}
	if special || len(cps) > 0 {
		var buf []rune
		for ; p <= len(cps); p++ {
			c := rune(-1)
			if p < len(cps) {
				c = cps[p]
			}
			if c == -1 || c == '/' || (special && c == '\\') {
				u.pushSegment(string(buf), c != -1)
				buf = buf[:0]
			} else {
				buf = appendPathRune(buf, c)
			}
		}
	}
	var b []byte
	for _, s := range u.Path {
		b = append(b, '/')
		b = append(b, s...)
	}
	return string(b)
}

func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || c <= 0x1f || c == '%' || c == 0x7f
}

func hexValue(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return -1
}

func percentDecode(rs []rune) []byte {
	var b []byte
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c == '%' && i+2 < len(rs) {
			h, l := hexValue(rs[i+1]), hexValue(rs[i+2])
			if h >= 0 && l >= 0 {
				b = append(b, byte(h*16+l))
				i += 2
				continue
			}
		}
		b = utf8.AppendRune(b, c)
	}
	return b
}

// Host is the host parser on a (not opaque) host string: the serialized
// host.
func Host(s string) (string, bool) { return parseHost(usvRunes(s), false) }

// parseHost is the host parser; the result is the serialized host.
func parseHost(in []rune, opaque bool) (string, bool) {
	if len(in) > 0 && in[0] == '[' {
		if in[len(in)-1] != ']' || len(in) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(in[1 : len(in)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range in {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return encodeRunes(in, inC0), true
	}
	b := percentDecode(in)
	ascii, ok := domainToASCII(b)
	if !ok {
		return "", false
	}
	for i := 0; i < len(ascii); i++ {
		if isForbiddenDomain(rune(ascii[i])) {
			return "", false
		}
	}
	if endsInANumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// uts46 is UTS #46 processing as the URL Standard's domain to ASCII asks:
// CheckHyphens, VerifyDnsLength and UseSTD3ASCIIRules false, CheckBidi and
// CheckJoiners true, nontransitional.
var uts46 = idna.New(idna.MapForLookup(), idna.BidiRule(), idna.Transitional(false),
	idna.CheckHyphens(false), idna.StrictDomainName(false), idna.VerifyDNSLength(false),
	idna.CheckJoiners(true))

// domainToASCII is the URL Standard's domain to ASCII (beStrict false) on
// a UTF-8 domain (invalid sequences read as U+FFFD), before the forbidden
// domain code point check.
func domainToASCII(b []byte) (string, bool) {
	plain := true
	for _, x := range b {
		if x >= 0x80 {
			plain = false
			break
		}
	}
	for i := 0; plain && i+3 < len(b); i++ {
		if (b[i] == 'x' || b[i] == 'X') && (b[i+1] == 'n' || b[i+1] == 'N') && b[i+2] == '-' && b[i+3] == '-' {
			plain = false
		}
	}
	if plain {
		if len(b) == 0 {
			return "", false
		}
		return strings.ToLower(string(b)), true
	}
	ascii, err := uts46.ToASCII(strings.ToValidUTF8(string(b), "\uFFFD"))
	if err != nil || ascii == "" {
		return "", false
	}
	return ascii, true
}

// DomainToUnicode is UTS #46 ToUnicode with the options of domainToASCII
// (errors ignored, as url.domainToUnicode does after a valid host parse).
func DomainToUnicode(s string) string {
	u, _ := uts46.ToUnicode(s)
	return u
}

func parseIPv6(in []rune) ([8]uint16, bool) {
	var addr [8]uint16
	piece, compress := 0, -1
	p, n := 0, len(in)
	at := func(i int) rune {
		if i < n {
			return in[i]
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && hexValue(at(p)) >= 0 {
			value = value*16 + hexValue(at(p))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != -1 {
				v := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if !isDigit(at(p)) {
					return addr, false
				}
				for isDigit(at(p)) {
					d := int(at(p) - '0')
					if v == -1 {
						v = d
					} else if v == 0 {
						return addr, false
					} else {
						v = v*10 + d
					}
					if v > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(v)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(a [8]uint16) string {
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b []byte
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				b = append(b, "::"...)
			} else {
				b = append(b, ':')
			}
			ignore0 = true
			continue
		}
		b = strconv.AppendUint(b, uint64(a[i]), 16)
		if i != 7 {
			b = append(b, ':')
		}
	}
	return string(b)
}

// parseIPv4Number returns the number (capped at 2^40) or ok false.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := uint64(10)
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s, radix = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, radix = s[1:], 8
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := hexValue(rune(s[i]))
		if d < 0 || uint64(d) >= radix {
			return 0, false
		}
		v = v*radix + uint64(d)
		if v > 1<<40 {
			v = 1 << 40
		}
	}
	return v, true
}

func endsInANumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4(s string) (uint64, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, part := range parts {
		v, ok := parseIPv4Number(part)
		if !ok {
			return 0, false
		}
		nums[i] = v
	}
	for _, v := range nums[:len(nums)-1] {
		if v > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	ip := last
	for i, v := range nums[:len(nums)-1] {
		ip += v << (8 * (3 - i))
	}
	return ip, true
}

func serializeIPv4(v uint64) string {
	return strconv.FormatUint(v>>24&255, 10) + "." + strconv.FormatUint(v>>16&255, 10) + "." +
		strconv.FormatUint(v>>8&255, 10) + "." + strconv.FormatUint(v&255, 10)
}

// Offsets locate a serialized URL's components in its href (indexes in
// UTF-16 code units, as JS slices strings; -1 for null).
type Offsets struct {
	SchemeEnd                 int // index of the ':'
	UserStart, UserEnd        int
	PassStart, PassEnd        int
	HostStart, HostEnd        int // -1, -1: null host
	Port                      int
	PathStart, PathEnd        int
	QueryStart, FragmentStart int // index after '?' / '#', or -1
}

// Serialize returns u's href and the offsets of its components.
func (u *URL) Serialize() (string, Offsets) {
	var o Offsets
	b := make([]byte, 0, 64)
	b = append(b, u.Scheme...)
	o.SchemeEnd = len(b)
	b = append(b, ':')
	o.UserStart, o.UserEnd, o.PassStart, o.PassEnd = len(b), len(b), len(b), len(b)
	o.HostStart, o.HostEnd, o.Port = -1, -1, u.Port
	if u.HasHost {
		b = append(b, "//"...)
		o.UserStart, o.UserEnd, o.PassStart, o.PassEnd = len(b), len(b), len(b), len(b)
		if u.hasCredentials() {
			b = append(b, u.Username...)
			o.UserEnd = len(b)
			o.PassStart, o.PassEnd = len(b), len(b)
			if u.Password != "" {
				b = append(b, ':')
				o.PassStart = len(b)
				b = append(b, u.Password...)
				o.PassEnd = len(b)
			}
			b = append(b, '@')
		}
		o.HostStart = len(b)
		b = append(b, u.Host...)
		o.HostEnd = len(b)
		if u.Port != -1 {
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(u.Port), 10)
		}
	}
	if u.Opaque {
		o.PathStart = len(b)
		b = append(b, u.OpaquePath...)
	} else {
		if !u.HasHost && len(u.Path) > 1 && u.Path[0] == "" {
			b = append(b, "/."...)
		}
		o.PathStart = len(b)
		for _, s := range u.Path {
			b = append(b, '/')
			b = append(b, s...)
		}
	}
	o.PathEnd = len(b)
	o.QueryStart, o.FragmentStart = -1, -1
	if u.HasQuery {
		b = append(b, '?')
		o.QueryStart = len(b)
		b = append(b, u.Query...)
	}
	if u.HasFragment {
		b = append(b, '#')
		o.FragmentStart = len(b)
		b = append(b, u.Fragment...)
	}
	return string(b), o
}

// Sets for Encode.
const (
	QuerySet        = iota // the query percent-encode set
	SpecialQuerySet        // the special-query percent-encode set
	FragmentSet            // the fragment percent-encode set
	FormSet                // application/x-www-form-urlencoded ('+' for space)
	UserinfoSet            // the userinfo percent-encode set
)

func inForm(c rune) bool {
	return !(isAlpha(c) || isDigit(c) || c == '*' || c == '-' || c == '.' || c == '_')
}

// Encode percent-encodes s (UTF-8; lone surrogates as U+FFFD) with set,
// as the query and fragment setters do (which also drop tabs and
// newlines) or as the urlencoded serializer does (FormSet keeps them).
func Encode(s string, set int) string {
	switch set {
	case FormSet:
		rs := usvRunes(s)
		b := make([]byte, 0, len(rs))
		for _, c := range rs {
			if c == ' ' {
				b = append(b, '+')
				continue
			}
			b = appendEncoded(b, c, inForm)
		}
		return string(b)
	case SpecialQuerySet:
		return encodeRunes(toRunes(s, false), inSpecialQuery)
	case FragmentSet:
		return encodeRunes(toRunes(s, false), inFragment)
	case UserinfoSet:
		return encodeRunes(usvRunes(s), inUserinfo)
	}
	return encodeRunes(toRunes(s, false), inQuery)
}

// Setters whose parse SetAttr runs.
const (
	SetProtocol = iota
	SetHost
	SetHostname
	SetPort
)

// SetAttr runs the protocol, host, hostname or port setter on u with
// value, as Node's URL does (its port rules also apply to a port given
// to the host setter). It reports whether u changed.
func SetAttr(u *URL, attr int, value string) bool {
	cps := toRunes(value, false)
	switch attr {
	case SetProtocol:
		return u.setProtocol(cps)
	case SetPort:
		if u.cannotHaveCredentialsOrPort() {
			return false
		}
		return u.setPort(cps, true)
	}
	if u.Opaque {
		return false
	}
	if attr == SetHost {
		for i, c := range cps {
			if c == '#' {
				cps = cps[:i]
				break
			}
		}
	}
	return u.setHost(cps, attr == SetHostname)
}

func (u *URL) cannotHaveCredentialsOrPort() bool {
	return !u.HasHost || u.Host == "" || u.Scheme == "file"
}

// setProtocol is the scheme start state with a state override on value
// followed by ':'.
func (u *URL) setProtocol(cps []rune) bool {
	if len(cps) == 0 || !isAlpha(cps[0]) {
		return false
	}
	var b []byte
	for _, c := range cps {
		if c == ':' {
			break
		}
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
		b = append(b, byte(lowerASCII(c)))
	}
	scheme := string(b)
	if isSpecial(u.Scheme) != isSpecial(scheme) {
		return false
	}
	if (u.hasCredentials() || u.Port != -1) && scheme == "file" {
		return false
	}
	if u.Scheme == "file" && u.HasHost && u.Host == "" {
		return false
	}
	u.Scheme = scheme
	if u.Port == defaultPort(scheme) {
		u.Port = -1
	}
	return true
}

// setPort is Node's port setter (which differs from the standard's port
// state): leading digits up to any other character; nothing changes for
// a value that starts with a control or space, has no digit or starts
// with a negative number; an empty value clears the port if clearOnEmpty.
func (u *URL) setPort(cps []rune, clearOnEmpty bool) bool {
	if len(cps) == 0 {
		if clearOnEmpty {
			u.Port = -1
		}
		return clearOnEmpty
	}
	if cps[0] <= 0x20 {
		return false
	}
	hasDigit := false
	for _, c := range cps {
		if isDigit(c) {
			hasDigit = true
			break
		}
	}
	if !hasDigit || (cps[0] == '-' && len(cps) > 1 && isDigit(cps[1])) {
		return false
	}
	port, n := 0, 0
	for n < len(cps) && isDigit(cps[n]) {
		port = port*10 + int(cps[n]-'0')
		if port > 65535 {
			return false
		}
		n++
	}
	if n == 0 {
		u.Port = -1
		return true
	}
	if port == defaultPort(u.Scheme) {
		port = -1
	}
	u.Port = port
	return true
}

// setHost is the host (or hostname) state with a state override, with
// Node's rules where they differ (an empty host, a port for a URL that
// had no host, a port following Node's port rules).
func (u *URL) setHost(cps []rune, hostnameOnly bool) bool {
	special := isSpecial(u.Scheme)
	if u.Scheme == "file" {
		end := len(cps)
		for i, c := range cps {
			if c == '/' || c == '\\' || c == '?' || c == '#' {
				end = i
				break
			}
		}
		if end == 0 {
			u.HasHost, u.Host = true, ""
			return true
		}
		h, ok := parseHost(cps[:end], !special)
		if !ok {
			return false
		}
		if h == "localhost" {
			h = ""
		}
		u.HasHost, u.Host = true, h
		return true
	}
	insideBrackets := false
	for p := 0; p <= len(cps); p++ {
		c := rune(-1)
		if p < len(cps) {
			c = cps[p]
		}
		buf := cps[:p]
		if c == ':' && !insideBrackets {
			if hostnameOnly || (p == 0 && (special || !u.HasHost)) {
				return false
			}
			h, ok := parseHost(buf, !special)
			if !ok {
				return false
			}
			if u.HasHost { // Node drops the port when the URL had no host
				u.setPort(cps[p+1:], false)
			}
			u.HasHost, u.Host = true, h
			return true
		}
		if c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\') {
			// Node gives an empty host to a URL without one only when its
			// path starts with an empty segment (serialized "/.//").
			if p == 0 && (special || u.hasCredentials() || u.Port != -1 ||
				(!u.HasHost && !(len(u.Path) > 1 && u.Path[0] == ""))) {
				return false
			}
			h, ok := parseHost(buf, !special)
			if !ok {
				return false
			}
			u.HasHost, u.Host = true, h
			return true
		}
		if c == '[' {
			insideBrackets = true
		}
		if c == ']' {
			insideBrackets = false
		}
	}
	return false
}
