// Package bench runs the same JavaScript under wqnode and node side by side
// and reports both times and their ratio:
//
//	go test ./bench -bench . -benchtime 5x
//
// Each js/NAME.js is one benchmark; it is run as a whole process (start-up
// included) b.N times under each runtime, alternating, and the medians of
// wall time and peak RSS are reported with their ratios (wqnode/node).
// Nothing here asserts a time.
package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

var wqnodeBin string

func TestMain(m *testing.M) {
	dir, _ := os.MkdirTemp("", "wqnode-bench")
	wqnodeBin = filepath.Join(dir, "wqnode")
	if out, err := exec.Command("go", "build", "-o", wqnodeBin, "../cmd/wqnode").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	exec.Command(wqnodeBin, "-e", "0").Run() // fill the compilation cache
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runOnce runs bin once and returns its wall time, CPU time (user and
// system) and peak RSS (bytes).
func runOnce(b *testing.B, env []string, bin string, args ...string) (time.Duration, time.Duration, int64) {
	start := time.Now()
	cmd := exec.Command(bin, args...)
	cmd.Dir = "js"
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %v: %v\n%s", bin, args, err, out)
	}
	d := time.Since(start)
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss << 10
	}
	return d, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rss
}

func median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// sideBySide runs args under both runtimes and reports the medians and
// their ratios (wall time; CPU time, which other jobs on the machine
// disturb less; peak RSS); env is added to wqnode's environment.
func sideBySide(b *testing.B, env []string, args ...string) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not on PATH")
	}
	var wt, nt, wc, nc []time.Duration
	var wr, nr []int64
	for i := 0; i < b.N; i++ {
		d, c, r := runOnce(b, env, wqnodeBin, args...)
		wt, wc, wr = append(wt, d), append(wc, c), append(wr, r)
		d, c, r = runOnce(b, nil, node, args...)
		nt, nc, nr = append(nt, d), append(nc, c), append(nr, r)
	}
	w, n := median(wt), median(nt)
	b.ReportMetric(float64(w.Microseconds())/1000, "wqnode-ms")
	b.ReportMetric(float64(n.Microseconds())/1000, "node-ms")
	b.ReportMetric(float64(w)/float64(n), "ratio")
	b.ReportMetric(float64(median(wc))/float64(median(nc)), "CPU-ratio")
	b.ReportMetric(float64(median(wr))/(1<<20), "wqnode-RSS-MiB")
	b.ReportMetric(float64(median(nr))/(1<<20), "node-RSS-MiB")
	b.ReportMetric(float64(median(wr))/float64(median(nr)), "RSS-ratio")
}

// BenchmarkStartupEmpty is wqnode -e 0 against node -e 0: an isolate
// from the start-up snapshot (saved beside the compiled engine);
// BenchmarkStartupEmptyFresh the same with the whole bootstrap run.
func BenchmarkStartupEmpty(b *testing.B) { sideBySide(b, nil, "-e", "0") }

func BenchmarkStartupEmptyFresh(b *testing.B) {
	sideBySide(b, []string{"WQNODE_SNAPSHOT=off"}, "-e", "0")
}

func BenchmarkScripts(b *testing.B) {
	files, _ := filepath.Glob("js/*.js")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		b.Run(name, func(b *testing.B) { sideBySide(b, nil, filepath.Base(f)) })
	}
}
