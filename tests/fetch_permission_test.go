package tests

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fetch connects through net, so the permission model decides its
// connections: without a net grant for the server's address the fetch fails
// with the refusal as its cause; with one it reaches the server (a Go
// server on 127.0.0.1, so the script itself needs no listen grant).
func TestFetchHonoursNetGrants(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s", r.Method)
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	dir := t.TempDir()
	js := filepath.Join(dir, "f.js")
	os.WriteFile(js, []byte(`
fetch(process.argv[2]).then(async (r) => console.log(r.status, await r.text()),
  (e) => console.log(e.message, e.cause && e.cause.code));
`), 0o644)
	url := "http://127.0.0.1:" + port + "/"
	for _, c := range []struct {
		grant []string
		want  string
	}{
		{nil, "fetch failed ERR_ACCESS_DENIED"},
		{[]string{"--allow-net=127.0.0.1:1"}, "fetch failed ERR_ACCESS_DENIED"},
		{[]string{"--allow-net=127.0.0.1:" + port}, "200 hello GET"},
	} {
		args := append([]string{"--permission", "--allow-fs-read=" + dir}, c.grant...)
		args = append(args, js, url)
		out, stderr, code := runIn(t, dir, 30*time.Second, args...)
		if code != 0 || strings.TrimSpace(out) != c.want {
			t.Errorf("%v: exit %d, %q, want %q\n%s", c.grant, code, out, c.want, stderr)
		}
	}
}
