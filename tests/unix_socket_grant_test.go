package tests

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// A Unix socket is a file: under --permission, listening on or connecting
// to one needs a write grant for its real location as well as a net grant,
// so --allow-net=* does not let a script create sockets outside its grant
// or talk to a host daemon's socket; a link out of the grant is refused.
func TestUnixSocketNeedsWriteGrant(t *testing.T) {
	grant, outside := t.TempDir(), t.TempDir()
	os.Symlink(outside, filepath.Join(grant, "out"))
	js := filepath.Join(grant, "sock.js")
	os.WriteFile(js, []byte(`
const net = require('net');
const [inside, viaLink, out] = process.argv.slice(2);
const report = (what) => (e) => console.log(what, e.code);
net.connect(out).on('error', report('connect outside'));
net.createServer().listen(viaLink).on('error', report('listen via link'));
const srv = net.createServer((c) => c.end('hi')).listen(inside, () => {
  net.connect(inside).on('data', (d) => { console.log('inside', String(d)); srv.close(); });
});
`), 0o644)
	out, stderr, code := runIn(t, grant, 30*time.Second, "--permission", "--allow-fs-read="+grant,
		"--allow-fs-write="+grant, "--allow-net=*", js,
		filepath.Join(grant, "s.sock"), filepath.Join(grant, "out", "x.sock"), filepath.Join(outside, "y.sock"))
	// The two refusals arrive in either order.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	want := "connect outside ERR_ACCESS_DENIED,inside hi,listen via link ERR_ACCESS_DENIED"
	if code != 0 || strings.Join(lines, ",") != want {
		t.Fatalf("exit %d: %q\n%s", code, out, stderr)
	}
	if _, err := os.Lstat(filepath.Join(outside, "x.sock")); err == nil {
		t.Fatal("a socket was created outside the grant")
	}
}

// Writes queued on a socket whose peer never reads hold host memory: a
// script that writes straight to the handle, ignoring backpressure, is
// refused (ENOBUFS) once the copies pass the isolate's memory, and the
// process stays small.
func TestSocketWriteQueueCharged(t *testing.T) {
	out, rss := maxRSS(t, "-e", `
const net = require('net');
const srv = net.createServer((c) => c.pause()).listen(0, '127.0.0.1', () => {
  const s = net.connect(srv.address().port, '127.0.0.1', () => {
    const b = Buffer.alloc(1 << 20);
    let i = 0, r = 0;
    for (; i < 2048; i++) { r = s._handle.writeBuffer({ oncomplete() {} }, b); if (r < 0) break; }
    console.log(r, i < 2048);
    process.exit(0);
  });
});`)
	if out != "-105 true\n" {
		t.Fatalf("got %q", out)
	}
	t.Logf("peak RSS %d MiB", rss)
	if rss > 512 {
		t.Fatalf("peak RSS %d MiB", rss)
	}
}
