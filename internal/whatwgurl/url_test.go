package whatwgurl

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// wptDir finds the WPT URL data in the shared node-tests tree
// ($WQNODE_NODE_TESTS, else ../../../shared/node-tests, as tests/ does).
func wptDir(t *testing.T) string {
	d := os.Getenv("WQNODE_NODE_TESTS")
	if d == "" {
		d, _ = filepath.Abs("../../../shared/node-tests")
	}
	d = filepath.Join(d, "test", "fixtures", "wpt", "url", "resources")
	if _, err := os.Stat(filepath.Join(d, "urltestdata.json")); err != nil {
		t.Fatalf("WPT URL data not found (set WQNODE_NODE_TESTS): %v", err)
	}
	return d
}

// components returns the URL class's getters for u.
func components(u *URL) map[string]string {
	href, _ := u.Serialize()
	m := map[string]string{"href": href, "protocol": u.Scheme + ":", "username": u.Username, "password": u.Password}
	if u.HasHost {
		m["hostname"] = u.Host
		m["host"] = u.Host
		if u.Port != -1 {
			m["port"] = strconv.Itoa(u.Port)
			m["host"] += ":" + m["port"]
		}
	}
	if u.Opaque {
		m["pathname"] = u.OpaquePath
	} else {
		for _, s := range u.Path {
			m["pathname"] += "/" + s
		}
	}
	if u.Query != "" {
		m["search"] = "?" + u.Query
	}
	if u.Fragment != "" {
		m["hash"] = "#" + u.Fragment
	}
	return m
}

func TestURLTestData(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(wptDir(t), "urltestdata.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []json.RawMessage
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	pass, fail := 0, 0
	for _, c := range cases {
		var tc map[string]any
		if json.Unmarshal(c, &tc) != nil {
			continue // a comment
		}
		input, _ := tc["input"].(string)
		var base *URL
		if b, ok := tc["base"].(string); ok {
			var ok bool
			base, ok = Parse(b, nil)
			if !ok {
				if tc["failure"] == true {
					pass++
				} else {
					fail++
					t.Errorf("base %q failed", b)
				}
				continue
			}
		}
		u, parsed := Parse(input, base)
		if tc["failure"] == true {
			if !parsed {
				pass++
			} else {
				fail++
				href, _ := u.Serialize()
				t.Errorf("%q (base %v): want failure, got %q", input, tc["base"], href)
			}
			continue
		}
		if !parsed {
			fail++
			t.Errorf("%q (base %v): failed, want %v", input, tc["base"], tc["href"])
			continue
		}
		got := components(u)
		ok := true
		for _, k := range []string{"href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"} {
			want, _ := tc[k].(string)
			if got[k] != want {
				ok = false
				t.Errorf("%q (base %v): %s = %q, want %q", input, tc["base"], k, got[k], want)
			}
		}
		if ok {
			pass++
		} else {
			fail++
		}
	}
	t.Logf("urltestdata: %d pass, %d fail", pass, fail)
}

// TestToASCII runs toascii.json as the URL class does: a host of an
// https URL, and a host alone.
func TestToASCII(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(wptDir(t), "toascii.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []json.RawMessage
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, c := range cases {
		var tc struct {
			Input  string
			Output *string
		}
		if json.Unmarshal(c, &tc) != nil {
			continue
		}
		for _, in := range []string{"https://" + tc.Input + "/x", "https://" + tc.Input} {
			u, ok := Parse(in, nil)
			switch {
			case tc.Output == nil && ok:
				t.Errorf("%q: want failure, got host %q", in, u.Host)
			case tc.Output != nil && !ok:
				t.Errorf("%q: failed, want host %q", in, *tc.Output)
			case tc.Output != nil && u.Host != *tc.Output:
				t.Errorf("%q: host %q, want %q", in, u.Host, *tc.Output)
			default:
				pass++
			}
		}
	}
	t.Logf("toascii: %d pass", pass)
}

// TestPercentEncoding runs percent-encoding.json's UTF-8 outputs through
// the query and fragment of a URL.
func TestPercentEncoding(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(wptDir(t), "percent-encoding.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []json.RawMessage
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, c := range cases {
		var tc struct {
			Input  string
			Output map[string]string
		}
		if json.Unmarshal(c, &tc) != nil {
			continue
		}
		u, ok := Parse("https://doesnotmatter.invalid/?"+tc.Input+"#"+tc.Input, nil)
		want := tc.Output["utf-8"]
		if !ok || u.Query != want || u.Fragment != want {
			t.Errorf("%q: query %q fragment %q, want %q", tc.Input, u.Query, u.Fragment, want)
			continue
		}
		pass++
	}
	t.Logf("percent-encoding: %d pass", pass)
}

// TestHostileInput: long and odd inputs parse in linear time without
// panics.
func TestHostileInput(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	for _, in := range []string{
		"http://h/" + long + "#" + long + "?" + long,
		"x:" + long,
		"http://" + strings.Repeat("[", 1000),
		"http://" + strings.Repeat("%", 1<<16) + "/",
		"file:" + strings.Repeat("/..", 1<<16),
		"http://a/\xed\xa0\x80\xff",
		"http://" + strings.Repeat("1.", 1<<16),
		"http://[" + strings.Repeat("1:", 1<<10) + "]",
		"http://x\u00e9" + strings.Repeat("\u0300", 1<<14) + "/",
	} {
		if u, ok := Parse(in, nil); ok {
			u.Serialize()
		}
	}
	u, ok := Parse("http://a/\xed\xa0\x80", nil)
	if !ok || u.Path[0] != "%EF%BF%BD" {
		t.Fatalf("a lone surrogate: %v %q", ok, u.Path)
	}
}
