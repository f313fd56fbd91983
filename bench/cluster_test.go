package bench

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// startCluster runs dir/cluster_hello.js under bin with workers workers
// and waits for the port the primary prints once all of them listen.
func startCluster(b *testing.B, bin, dir string, workers int) *server {
	cmd := exec.Command(bin, "cluster_hello.js")
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	cmd.Env = append(os.Environ(), "BENCH_WORKERS="+strconv.Itoa(workers))
	if bin == wqnodeBin {
		if p := os.Getenv("WQNODE_CPUPROFILE"); p != "" {
			cmd.Env = append(cmd.Env, "WQNODE_CPUPROFILE="+p+".cluster"+strconv.Itoa(workers))
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
		b.Fatalf("%s cluster_hello.js (%d workers): no port (%q, %v)", bin, workers, line, err)
	}
	return &server{cmd: cmd, stdin: stdin, addr: "127.0.0.1:" + strconv.Itoa(port)}
}

// BenchmarkHTTPClusterHello: the "hello world" server in cluster mode
// (round-robin: the primary accepts and hands each connection to the next
// worker) with one worker and with two, under each runtime, loaded in
// turn loadRounds windows each. It reports requests/s of each, the
// two-worker scaling of each runtime (2 workers / 1 worker) and the
// two-worker ratio wqnode/node. The load generator shares the machine's
// cores with the servers, so the scaling it can show is bounded by them.
func BenchmarkHTTPClusterHello(b *testing.B) {
	node := nodePath(b)
	dir := httpDir(b, "")
	var w1, w2, n1, n2 loadResult
	for i := 0; i < b.N; i++ {
		servers := []*server{
			startCluster(b, wqnodeBin, dir, 1), startCluster(b, wqnodeBin, dir, 2),
			startCluster(b, node, dir, 1), startCluster(b, node, dir, 2),
		}
		into := []*loadResult{&w1, &w2, &n1, &n2}
		for r := 0; r < loadRounds; r++ {
			warm := time.Duration(0)
			if r == 0 {
				warm = loadWarmup
			}
			for k, s := range servers {
				into[k].add(load(b, s, "/", warm, loadWindow))
			}
		}
		for _, s := range servers {
			s.stop()
		}
	}
	rps := func(r loadResult) float64 { return float64(r.requests) / r.elapsed.Seconds() }
	b.ReportMetric(rps(w1), "wqnode-1w-req/s")
	b.ReportMetric(rps(w2), "wqnode-2w-req/s")
	b.ReportMetric(rps(n1), "node-1w-req/s")
	b.ReportMetric(rps(n2), "node-2w-req/s")
	b.ReportMetric(rps(w2)/rps(w1), "wqnode-2w/1w")
	b.ReportMetric(rps(n2)/rps(n1), "node-2w/1w")
	b.ReportMetric(rps(w2)/rps(n2), "2w-req/s-ratio")
}
