package whatwgurl

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
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
	pass, fail, idna := 0, 0, 0
	for _, c := range cases {
		var tc map[string]any
		if json.Unmarshal(c, &tc) != nil {
			continue // a comment
		}
		input, _ := tc["input"].(string)
		var base *URL
		if b, ok := tc["base"].(string); ok {
			var s Status
			base, s = Parse(b, nil)
			if s == NeedIDNA {
				idna++
				continue
			}
			if s != OK {
				if tc["failure"] == true {
					pass++
				} else {
					fail++
					t.Errorf("base %q failed", b)
				}
				continue
			}
		}
		u, s := Parse(input, base)
		if s == NeedIDNA {
			idna++
			continue
		}
		if tc["failure"] == true {
			if s == Failure {
				pass++
			} else {
				fail++
				href, _ := u.Serialize()
				t.Errorf("%q (base %v): want failure, got %q", input, tc["base"], href)
			}
			continue
		}
		if s != OK {
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
	t.Logf("urltestdata: %d pass, %d fail, %d left to the IDNA path", pass, fail, idna)
}
