package bench

// HTTP benchmarks, each run under wqnode and node in one go and reported
// side by side with ratios (wqnode/node; nothing asserts a time):
//
//	go test ./bench -run XXX -bench HTTP -benchtime 1x
//
// The servers are bench/http/*.js; the load generator is here, in Go:
// keep-alive connections over loopback, each sending its next request when
// the last response is read. WQNODE_CPUPROFILE=FILE makes the wqnode
// process write a Go CPU profile (go tool pprof).

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wqnode/wqnode/internal/npminstall"
)

const (
	loadConns  = 50
	loadWarmup = 500 * time.Millisecond
	loadWindow = time.Second
	loadRounds = 3
	pipeBytes  = 1 << 30
)

// server is a bench/http script running under one runtime.
type server struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	addr  string
}

// httpDir is a folder with bench/http's scripts and, when modules is not
// empty, a node_modules link to it.
func httpDir(b *testing.B, modules string) string {
	dir := b.TempDir()
	if err := npminstall.Stage(dir, "http/*.js", modules); err != nil {
		b.Fatal(err)
	}
	return dir
}

// startServer runs dir/script under bin and waits for the port it prints.
func startServer(b *testing.B, bin, dir, script string) *server {
	cmd := exec.Command(bin, script)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if bin == wqnodeBin {
		if p := os.Getenv("WQNODE_CPUPROFILE"); p != "" {
			cmd.Env = append(os.Environ(), "WQNODE_CPUPROFILE="+p+"."+strings.TrimSuffix(script, ".js"))
		}
	}
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	port, perr := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || perr != nil {
		cmd.Process.Kill()
		cmd.Wait()
		b.Fatalf("%s %s: no port (%q, %v)", bin, script, line, err)
	}
	return &server{cmd: cmd, stdin: stdin, addr: "127.0.0.1:" + strconv.Itoa(port)}
}

// stop closes the server's stdin (it exits) and waits, killing it after 10 s.
func (s *server) stop() {
	s.stdin.Close()
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// rssSampler records a process's peak resident set size until stopped.
func rssSampler(pid int) (stop func() int64) {
	var peak int64
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			if kb := rssKiB(pid); kb > peak {
				peak = kb
			}
			select {
			case <-quit:
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 { close(quit); wg.Wait(); return peak }
}

func rssKiB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// readResponse reads one HTTP/1.1 response (Content-Length or chunked body)
// and returns the status and body length.
func readResponse(r *bufio.Reader) (status int, n int64, err error) {
	line, err := r.ReadSlice('\n')
	if err != nil {
		return 0, 0, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, 0, fmt.Errorf("bad status line %q", line)
	}
	status, _ = strconv.Atoi(string(line[9:12]))
	length, chunked := int64(-1), false
	for {
		h, err := r.ReadSlice('\n')
		if err != nil {
			return 0, 0, err
		}
		if len(h) <= 2 {
			break
		}
		k, v, _ := bytes.Cut(h, []byte(":"))
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("content-length")):
			length, _ = strconv.ParseInt(string(v), 10, 64)
		case bytes.EqualFold(k, []byte("transfer-encoding")):
			chunked = bytes.EqualFold(v, []byte("chunked"))
		}
	}
	if !chunked {
		if length < 0 {
			return 0, 0, errors.New("no length")
		}
		m, err := io.CopyN(io.Discard, r, length)
		return status, m, err
	}
	for {
		sz, err := r.ReadString('\n')
		if err != nil {
			return 0, 0, err
		}
		sz, _, _ = strings.Cut(strings.TrimSpace(sz), ";")
		c, err := strconv.ParseInt(sz, 16, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("bad chunk size %q", sz)
		}
		if c == 0 {
			for { // trailers
				t, err := r.ReadSlice('\n')
				if err != nil {
					return 0, 0, err
				}
				if len(t) <= 2 {
					return status, n, nil
				}
			}
		}
		if _, err := io.CopyN(io.Discard, r, c+2); err != nil {
			return 0, 0, err
		}
		n += c
	}
}

type loadResult struct {
	requests int
	elapsed  time.Duration
	lats     []time.Duration
	p50, p99 time.Duration
	peakRSS  int64         // KiB
	cpu      time.Duration // the server's CPU time (user+system) in the windows
}

// add folds one window's result into r.
func (r *loadResult) add(w loadResult) {
	r.requests += w.requests
	r.elapsed += w.elapsed
	r.lats = append(r.lats, w.lats...)
	r.peakRSS = max(r.peakRSS, w.peakRSS)
	r.cpu += w.cpu
	slices.Sort(r.lats)
	if len(r.lats) > 0 {
		r.p50 = r.lats[len(r.lats)/2]
		r.p99 = r.lats[len(r.lats)*99/100]
	}
}

// load drives s with loadConns keep-alive connections for warmup, then
// measures for window: requests done, each one's latency and the server's
// peak RSS.
func load(b *testing.B, s *server, path string, warmup, window time.Duration) loadResult {
	req := []byte("GET " + path + " HTTP/1.1\r\nHost: " + s.addr + "\r\n\r\n")
	var (
		mu       sync.Mutex
		lats     []time.Duration
		firstErr error
		wg       sync.WaitGroup
	)
	start := time.Now()
	measureFrom := start.Add(warmup)
	end := measureFrom.Add(window)
	var stopRSS func() int64
	var cpu0 time.Duration
	rssStart := time.AfterFunc(warmup, func() {
		mu.Lock()
		stopRSS = rssSampler(s.cmd.Process.Pid)
		cpu0 = procCPU(s.cmd.Process.Pid)
		mu.Unlock()
	})
	for i := 0; i < loadConns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", s.addr)
			if err != nil {
				mu.Lock()
				firstErr = cmpErr(firstErr, err)
				mu.Unlock()
				return
			}
			defer c.Close()
			r := bufio.NewReaderSize(c, 16<<10)
			var mine []time.Duration
			for {
				t0 := time.Now()
				if t0.After(end) {
					break
				}
				_, err := c.Write(req)
				status := 200
				if err == nil {
					status, _, err = readResponse(r)
				}
				if err == nil && status != 200 {
					err = fmt.Errorf("status %d", status)
				}
				if err != nil {
					mu.Lock()
					firstErr = cmpErr(firstErr, err)
					mu.Unlock()
					break
				}
				if t0.After(measureFrom) {
					mine = append(mine, time.Since(t0))
				}
			}
			mu.Lock()
			lats = append(lats, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	rssStart.Stop()
	res := loadResult{requests: len(lats), elapsed: window, lats: lats}
	mu.Lock()
	if stopRSS != nil {
		res.cpu = procCPU(s.cmd.Process.Pid) - cpu0
		res.peakRSS = stopRSS()
	}
	mu.Unlock()
	if firstErr != nil {
		b.Fatalf("load: %v", firstErr)
	}
	if len(lats) == 0 {
		b.Fatal("load: no request measured")
	}
	return res
}

// procCPU is the CPU time (user+system) process pid and its reaped
// children used so far, from /proc/pid/stat (clock ticks of 10 ms).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// fields after the command's closing parenthesis: state is field 3;
	// utime, stime, cutime, cstime are 14-17
	_, rest, _ := bytes.Cut(b, []byte(") "))
	f := strings.Fields(string(rest))
	if len(f) < 15 {
		return 0
	}
	var ticks int64
	for _, s := range f[11:15] {
		n, _ := strconv.ParseInt(s, 10, 64)
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

func nodePath(b *testing.B) string {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not on PATH")
	}
	return node
}

// serverLoad runs script under both runtimes at once and loads them in
// turn, loadRounds windows each (so that a burst of other work on the
// machine falls on both alike), then reports requests/s, p99 latency and
// peak RSS with their ratios.
func serverLoad(b *testing.B, modules, script string) {
	node := nodePath(b)
	dir := httpDir(b, modules)
	var w, n loadResult
	for i := 0; i < b.N; i++ {
		ws := startServer(b, wqnodeBin, dir, script)
		ns := startServer(b, node, dir, script)
		for r := 0; r < loadRounds; r++ {
			warm := time.Duration(0)
			if r == 0 {
				warm = loadWarmup
			}
			w.add(load(b, ws, "/", warm, loadWindow))
			n.add(load(b, ns, "/", warm, loadWindow))
		}
		ws.stop()
		ns.stop()
	}
	rps := func(r loadResult) float64 { return float64(r.requests) / r.elapsed.Seconds() }
	b.ReportMetric(rps(w), "wqnode-req/s")
	b.ReportMetric(rps(n), "node-req/s")
	b.ReportMetric(rps(w)/rps(n), "req/s-ratio")
	b.ReportMetric(float64(w.p99.Microseconds())/1000, "wqnode-p99-ms")
	b.ReportMetric(float64(n.p99.Microseconds())/1000, "node-p99-ms")
	b.ReportMetric(float64(w.p99)/float64(n.p99), "p99-ratio")
	b.ReportMetric(float64(w.peakRSS)/1024, "wqnode-rss-MiB")
	b.ReportMetric(float64(n.peakRSS)/1024, "node-rss-MiB")
	b.ReportMetric(float64(w.peakRSS)/float64(n.peakRSS), "rss-ratio")
	// CPU per request: steadier than wall figures on a loaded machine
	cpr := func(r loadResult) float64 { return float64(r.cpu.Microseconds()) / float64(r.requests) }
	b.ReportMetric(cpr(w), "wqnode-cpu-us/req")
	b.ReportMetric(cpr(n), "node-cpu-us/req")
	b.ReportMetric(cpr(w)/cpr(n), "cpu/req-ratio")
}

// BenchmarkHTTPHelloServer: node's "hello world" server under 50
// keep-alive connections.
func BenchmarkHTTPHelloServer(b *testing.B) { serverLoad(b, "", "hello.js") }

// BenchmarkHTTPExpressHello: express's "hello world" under the same load
// (express from the acceptance test's lockfile).
func BenchmarkHTTPExpressHello(b *testing.B) {
	modules, err := npminstall.Install("../tests/accept", 4*time.Minute)
	if err != nil {
		b.Fatal(err)
	}
	serverLoad(b, modules, "express_hello.js")
}

// BenchmarkHTTPClientLoop: http.request through a keep-alive agent against
// a Go server, timed by the script itself (start-up excluded), loadRounds
// runs under each runtime in turn.
func BenchmarkHTTPClientLoop(b *testing.B) {
	node := nodePath(b)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("hello world"))
	}))
	defer srv.Close()
	dir := httpDir(b, "")
	const requests = 5000
	run := func(bin string) float64 {
		cmd := exec.Command(bin, "client_loop.js", srv.URL)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "BENCH_REQUESTS="+strconv.Itoa(requests))
		if bin == wqnodeBin {
			if p := os.Getenv("WQNODE_CPUPROFILE"); p != "" {
				cmd.Env = append(cmd.Env, "WQNODE_CPUPROFILE="+p+".client_loop")
			}
		}
		out, err := cmd.Output()
		ms, perr := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
		if err != nil || perr != nil || ms <= 0 {
			b.Fatalf("%s client_loop.js: %v %q", bin, err, out)
		}
		return requests / (ms / 1000)
	}
	var w, n float64
	for i := 0; i < b.N*loadRounds; i++ {
		w += run(wqnodeBin)
		n += run(node)
	}
	b.ReportMetric(w/float64(b.N*loadRounds), "wqnode-req/s")
	b.ReportMetric(n/float64(b.N*loadRounds), "node-req/s")
	b.ReportMetric(w/n, "req/s-ratio")
}

// BenchmarkHTTPPipe: pipeBytes downloaded (a stream piped into the
// response) and uploaded (the request piped into a sink) over one
// connection, loadRounds times under each runtime in turn; throughput of
// each direction.
func BenchmarkHTTPPipe(b *testing.B) {
	node := nodePath(b)
	dir := httpDir(b, "")
	type result struct{ down, up time.Duration }
	measure := func(s *server, bin string, into *result) {
		c, err := net.Dial("tcp", s.addr)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		r := bufio.NewReaderSize(c, 64<<10)

		t0 := time.Now()
		fmt.Fprintf(c, "GET /download?bytes=%d HTTP/1.1\r\nHost: %s\r\n\r\n", pipeBytes, s.addr)
		status, got, err := readResponse(r)
		if err != nil || status != 200 || got != pipeBytes {
			b.Fatalf("%s download: status %d, %d bytes, %v", bin, status, got, err)
		}
		into.down += time.Since(t0)

		chunk := bytes.Repeat([]byte("y"), 64<<10)
		t0 = time.Now()
		fmt.Fprintf(c, "POST /upload HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n\r\n", s.addr, pipeBytes)
		for sent := 0; sent < pipeBytes; sent += len(chunk) {
			if _, err := c.Write(chunk); err != nil {
				b.Fatalf("%s upload: %v", bin, err)
			}
		}
		status, _, err = readResponse(r)
		if err != nil || status != 200 {
			b.Fatalf("%s upload: status %d, %v", bin, status, err)
		}
		into.up += time.Since(t0)
	}
	var w, n result
	rounds := 0
	for i := 0; i < b.N; i++ {
		ws := startServer(b, wqnodeBin, dir, "pipe.js")
		ns := startServer(b, node, dir, "pipe.js")
		for r := 0; r < loadRounds; r++ {
			measure(ws, wqnodeBin, &w)
			measure(ns, node, &n)
			rounds++
		}
		ws.stop()
		ns.stop()
	}
	mibps := func(d time.Duration) float64 { return float64(pipeBytes) * float64(rounds) / (1 << 20) / d.Seconds() }
	b.ReportMetric(mibps(w.down), "wqnode-down-MiB/s")
	b.ReportMetric(mibps(n.down), "node-down-MiB/s")
	b.ReportMetric(mibps(w.down)/mibps(n.down), "down-ratio")
	b.ReportMetric(mibps(w.up), "wqnode-up-MiB/s")
	b.ReportMetric(mibps(n.up), "node-up-MiB/s")
	b.ReportMetric(mibps(w.up)/mibps(n.up), "up-ratio")
}

// idleConns is how many keep-alive connections BenchmarkHTTPIdleConns holds.
const idleConns = 10000

// BenchmarkHTTPIdleConns: idleConns keep-alive connections to the hello
// server, each after one request, held idle; the server's RSS once all are
// open (and what it grew by), the time to open them, and how many of a
// sample still answer after being held.
func BenchmarkHTTPIdleConns(b *testing.B) {
	node := nodePath(b)
	dir := httpDir(b, "")
	type result struct {
		rss, grown int64 // KiB
		open       time.Duration
		answered   int
	}
	measure := func(bin string) result {
		s := startServer(b, bin, dir, "hello.js")
		defer s.stop()
		pid := s.cmd.Process.Pid
		base := rssKiB(pid)
		conns := make([]net.Conn, idleConns)
		readers := make([]*bufio.Reader, idleConns)
		defer func() {
			for _, c := range conns {
				if c != nil {
					c.Close()
				}
			}
		}()
		req := []byte("GET / HTTP/1.1\r\nHost: " + s.addr + "\r\n\r\n")
		var (
			wg       sync.WaitGroup
			mu       sync.Mutex
			firstErr error
		)
		next := make(chan int)
		t0 := time.Now()
		for w := 0; w < 64; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					c, err := net.Dial("tcp", s.addr)
					if err == nil {
						conns[i] = c
						readers[i] = bufio.NewReaderSize(c, 512)
						if _, err = c.Write(req); err == nil {
							_, _, err = readResponse(readers[i])
						}
					}
					if err != nil {
						mu.Lock()
						firstErr = cmpErr(firstErr, fmt.Errorf("connection %d: %w", i, err))
						mu.Unlock()
					}
				}
			}()
		}
		for i := 0; i < idleConns; i++ {
			next <- i
		}
		close(next)
		wg.Wait()
		open := time.Since(t0)
		if firstErr != nil {
			b.Fatalf("%s: %v", bin, firstErr)
		}
		time.Sleep(time.Second) // held idle
		rss := rssKiB(pid)
		answered := 0
		for i := 0; i < idleConns; i += idleConns / 100 {
			if _, err := conns[i].Write(req); err == nil {
				if st, _, err := readResponse(readers[i]); err == nil && st == 200 {
					answered++
				}
			}
		}
		return result{rss: rss, grown: rss - base, open: open, answered: answered}
	}
	var w, n result
	for i := 0; i < b.N; i++ {
		w, n = measure(wqnodeBin), measure(node)
	}
	b.ReportMetric(float64(w.rss)/1024, "wqnode-rss-MiB")
	b.ReportMetric(float64(n.rss)/1024, "node-rss-MiB")
	b.ReportMetric(float64(w.rss)/float64(n.rss), "rss-ratio")
	b.ReportMetric(float64(w.grown)/idleConns, "wqnode-KiB/conn")
	b.ReportMetric(float64(n.grown)/idleConns, "node-KiB/conn")
	b.ReportMetric(w.open.Seconds(), "wqnode-open-s")
	b.ReportMetric(n.open.Seconds(), "node-open-s")
	b.ReportMetric(float64(w.answered), "wqnode-sample-answered")
	b.ReportMetric(float64(n.answered), "node-sample-answered")
}
