// Package bench runs the same JavaScript under wqnode and node side by side
// and reports both times and their ratio:
//
//	go test ./bench -bench . -benchtime 5x
//
// Each js/NAME.js is one benchmark; it is run as a whole process (start-up
// included) b.N times under each runtime. Nothing here asserts a time.
package bench

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

func runOnce(b *testing.B, bin string, args ...string) time.Duration {
	start := time.Now()
	cmd := exec.Command(bin, args...)
	cmd.Dir = "js"
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %v: %v\n%s", bin, args, err, out)
	}
	return time.Since(start)
}

// sideBySide times args under both runtimes and reports the ratio.
func sideBySide(b *testing.B, args ...string) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not on PATH")
	}
	var w, n time.Duration
	for i := 0; i < b.N; i++ {
		w += runOnce(b, wqnodeBin, args...)
		n += runOnce(b, node, args...)
	}
	b.ReportMetric(float64(w.Microseconds())/float64(b.N)/1000, "wqnode-ms/op")
	b.ReportMetric(float64(n.Microseconds())/float64(b.N)/1000, "node-ms/op")
	b.ReportMetric(float64(w)/float64(n), "ratio")
}

func BenchmarkStartupEmpty(b *testing.B) { sideBySide(b, "-e", "0") }

func BenchmarkScripts(b *testing.B) {
	files, _ := filepath.Glob("js/*.js")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".js")
		b.Run(name, func(b *testing.B) { sideBySide(b, filepath.Base(f)) })
	}
}
