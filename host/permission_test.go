package host

import (
	"testing"
)

func TestPermissionNet(t *testing.T) {
	n := &Permissions{Enabled: true, Net: []string{"127.0.0.1:8080", "localhost"}}
	if !n.CanConnect("127.0.0.1", "8080") || n.CanConnect("127.0.0.1", "9090") || !n.CanConnect("localhost", "1") || n.CanConnect("example.com", "80") {
		t.Error("net grants")
	}
}
