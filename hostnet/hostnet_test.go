package hostnet_test

import (
	"bytes"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode/host"
)

// run evaluates src in a fresh isolate and returns its stdout, stderr and
// exit code; it fails the test when the isolate does not stop in time.
func run(t *testing.T, cfg host.Config, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	cfg.EvalSource = &src
	cfg.Stdout, cfg.Stderr = &out, &errb
	cfg.Stdin = strings.NewReader("")
	iso, err := host.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	done := make(chan int, 1)
	go func() { done <- iso.Run() }()
	select {
	case code := <-done:
		return out.String(), errb.String(), code
	case <-time.After(30 * time.Second):
		t.Fatalf("isolate did not stop; stdout so far:\n%s", out.String())
	}
	return "", "", -1
}

// readStop stops reading from the kernel: while the reader is paused the
// writer's data piles up in the socket buffers until its writes go
// asynchronous (backpressure), and every byte arrives once resumed.
func TestReadStopAppliesBackpressure(t *testing.T) {
	out, errOut, code := run(t, host.Config{}, `
const net = require('net');
const total = 32 << 20;
const server = net.createServer((s) => {
  s.pause();
  let received = 0;
  s.on('data', (d) => { received += d.length; });
  s.on('end', () => { console.log('received', received === total); server.close(); });
  setTimeout(() => s.resume(), 300);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(1 << 20, 7);
  let i = 0, blocked = false;
  (function write() {
    while (i < 32) {
      i++;
      if (!c.write(chunk)) { blocked = true; c.once('drain', write); return; }
    }
    console.log('blocked before the end', blocked);
    c.end();
  })();
});`)
	if code != 0 || out != "blocked before the end true\nreceived true\n" {
		t.Fatalf("code %d\nstdout %q\nstderr %s", code, out, errOut)
	}
}

// With the permission model on, connect and listen outside --allow-net are
// refused with ERR_ACCESS_DENIED; a grant by name covers its addresses.
func TestNetPermission(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	cfg := host.Config{Permissions: &host.Permissions{Enabled: true, Net: []string{"localhost:" + itoa(port)}}}
	out, errOut, code := run(t, cfg, `
const net = require('net');
const dgram = require('dgram');
const port = `+itoa(port)+`;
console.log('has', process.permission.has('net', 'localhost:' + port), process.permission.has('net', 'example.com:80'));
net.createServer().listen(0, '127.0.0.1').on('error', (e) => {
  console.log('listen', e.code, e.permission, e.resource);
  net.connect(port + 1, '127.0.0.1').on('error', (e) => {
    console.log('other port', e.code);
    const s = dgram.createSocket('udp4');
    s.on('error', (e) => {
      console.log('bind', e.code);
      s.close();
      const c = net.connect(port, '127.0.0.1', () => { console.log('granted connect'); c.destroy(); });
    });
    s.bind(0, '127.0.0.1');
  });
});
`)
	want := "has true false\nlisten ERR_ACCESS_DENIED Net 127.0.0.1:0\nother port ERR_ACCESS_DENIED\nbind ERR_ACCESS_DENIED\ngranted connect\n"
	if code != 0 || out != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", code, out, want, errOut)
	}
}

// tls.connect and tls.createServer go through the same --allow-net check
// as net: the TLS layer wraps a socket tcp_wrap connected or listened.
func TestTLSPermission(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	cfg := host.Config{Permissions: &host.Permissions{Enabled: true, Net: []string{"localhost:" + itoa(port)}}}
	out, errOut, code := run(t, cfg, `
const tls = require('tls');
const port = `+itoa(port)+`;
tls.createServer().listen(0, '127.0.0.1').on('error', (e) => {
  console.log('listen', e.code, e.permission, e.resource);
  tls.connect(port + 1, '127.0.0.1').on('error', (e) => {
    console.log('other port', e.code, e.resource);
    const c = tls.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('granted connect'));
    c.on('error', (e) => console.log('granted, then', e.code));
  });
});
`)
	want := "listen ERR_ACCESS_DENIED Net 127.0.0.1:0\nother port ERR_ACCESS_DENIED 127.0.0.1:" + itoa(port+1) + "\ngranted connect\ngranted, then ECONNRESET\n"
	if code != 0 || out != want {
		t.Fatalf("code %d\nstdout %q\nwant   %q\nstderr %s", code, out, want, errOut)
	}
}

// Closing a server with connections open, and a peer that goes away in
// the middle of a write, end in Node's errors, not in a hang or a panic.
func TestPeerVanishes(t *testing.T) {
	out, errOut, code := run(t, host.Config{}, `
const net = require('net');
const server = net.createServer((s) => {
  s.on('error', (e) => console.log('server socket', e.code));
  s.destroy();
  server.close(() => console.log('server closed'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const big = Buffer.alloc(8 << 20);
  c.on('connect', () => { c.write(big); c.write(big); });
  c.on('error', (e) => console.log('client', ['ECONNRESET', 'EPIPE'].includes(e.code), e.syscall));
  c.on('close', (hadError) => console.log('client close', hadError));
});`)
	if code != 0 || !strings.Contains(out, "client true write\n") || !strings.Contains(out, "client close true\n") ||
		!strings.Contains(out, "server closed\n") {
		t.Fatalf("code %d\nstdout %q\nstderr %s", code, out, errOut)
	}
}

// A socket that only waits (no reads pending, unref'd) does not keep the
// process alive, and closing the isolate releases what is still open.
func TestUnrefAndIsolateClose(t *testing.T) {
	out, errOut, code := run(t, host.Config{}, `
const net = require('net');
const server = net.createServer((s) => s.unref());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.unref();
    server.unref();
    console.log('unref');
  });
});`)
	if code != 0 || out != "unref\n" {
		t.Fatalf("code %d\nstdout %q\nstderr %s", code, out, errOut)
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// A stream handle's list arguments come from JS: a length a script chose
// is refused (EINVAL), never walked or allocated by the host.
func TestHostileListLength(t *testing.T) {
	out, errOut, code := run(t, host.Config{}, `
const net = require('net');
const srv = net.createServer((c) => c.resume()).listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    const h = c._handle;
    console.log(h.writevStrings({}, { length: 1e15 }), h.writevStrings({}, { length: -1 }),
      h.writevStrings({}, { length: 1.5 }), h.writevStrings({}, { length: 1 << 20 }));
    c.destroy();
    srv.close();
  });
});`)
	if code != 0 || out != "-22 -22 -22 -22\n" {
		t.Fatalf("code %d\nstdout %q\nstderr %s", code, out, errOut)
	}
}
