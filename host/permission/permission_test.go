package permission

import "testing"

// Net grants: exact addresses, any port, "*", and names that cover the
// addresses they resolve to; everything else is denied.
func TestNetGrants(t *testing.T) {
	p := New(Grants{Enabled: true, Net: []string{"localhost:8080", "10.0.0.1", "[::1]:*"}}, "/")
	for addr, want := range map[string]bool{
		"localhost:8080": true, "127.0.0.1:8080": true, "127.0.0.1:8081": false,
		"10.0.0.1:1": true, "10.0.0.2:1": false, "[::1]:9": true, "example.com:80": false,
		"/tmp/s.sock": false,
	} {
		if got := p.Check(Net, addr) == nil; got != want {
			t.Errorf("%s: allowed %v, want %v", addr, got, want)
		}
	}
	if err := New(Grants{Enabled: true, Net: []string{"*"}}, "/").Check(Net, "1.2.3.4:5"); err != nil {
		t.Errorf("* denied: %v", err)
	}
	if err := New(Grants{}, "/").Check(Net, "1.2.3.4:5"); err != nil {
		t.Errorf("model off denied: %v", err)
	}
}
