package wqnode_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wqnode/wqnode"
)

// BenchmarkNewIsolate is the cost of a ready isolate: made, bootstrapped
// and closed.
func BenchmarkNewIsolate(b *testing.B) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	warm, _ := rt.NewIsolate(wqnode.Config{}) // the engine compiled, the snapshot loaded
	if err := warm.Start(ctx); err != nil {
		b.Fatal(err)
	}
	warm.Close()
	defer cpuPerOp(b)()
	for b.Loop() {
		iso, _ := rt.NewIsolate(wqnode.Config{})
		if err := iso.Start(ctx); err != nil {
			b.Fatal(err)
		}
		iso.Close()
	}
}

// BenchmarkCall is a trivial call into a live isolate, from Go and back.
func BenchmarkCall(b *testing.B) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	iso, _ := rt.NewIsolate(wqnode.Config{})
	defer iso.Close()
	if _, err := iso.Eval(ctx, "function add(a, b) { return a + b }"); err != nil {
		b.Fatal(err)
	}
	defer cpuPerOp(b)()
	for b.Loop() {
		if _, err := iso.Call(ctx, "add", 1, 2); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuPerOp reports the process's CPU time per iteration (every
// goroutine's: the caller's and the isolate's), which a loaded machine
// inflates far less than the time per iteration.
func cpuPerOp(b *testing.B) func() {
	t0 := processCPU()
	return func() { b.ReportMetric(float64(processCPU()-t0)/float64(b.N), "cpu-ns/op") }
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestIdleIsolateMemory reports the proportional set size an idle, live
// isolate adds (WQNODE_IDLE_ISOLATES of them; skipped when unset).
func TestIdleIsolateMemory(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("WQNODE_IDLE_ISOLATES"))
	if n <= 0 {
		t.Skip("set WQNODE_IDLE_ISOLATES")
	}
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	warm, _ := rt.NewIsolate(wqnode.Config{})
	warm.Start(ctx)
	runtime.GC()
	pss0 := pss()
	isos := make([]*wqnode.Isolate, n)
	for i := range isos {
		isos[i], _ = rt.NewIsolate(wqnode.Config{})
		if _, err := isos[i].Eval(ctx, "globalThis.x = 1"); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	pss1 := pss()
	t.Logf("%d idle isolates: %.1f MiB PSS each", n, float64(pss1-pss0)/float64(n)/(1<<20))
	for _, iso := range isos {
		iso.Close()
	}
	warm.Close()
}

func pss() int64 {
	b, _ := os.ReadFile("/proc/self/smaps_rollup")
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "Pss:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// BenchmarkIdleIsolates1000 is the memory of 1,000 live, idle isolates
// (each from the start-up snapshot, bootstrapped, one Eval run): the
// proportional set size they add, in total and each. Run it with
// -benchtime 1x; nothing is asserted.
func BenchmarkIdleIsolates1000(b *testing.B) {
	const n = 1000
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	warm, _ := rt.NewIsolate(wqnode.Config{})
	warm.Start(ctx)
	defer warm.Close()
	for b.Loop() {
		runtime.GC()
		pss0 := pss()
		isos := make([]*wqnode.Isolate, n)
		for i := range isos {
			isos[i], _ = rt.NewIsolate(wqnode.Config{})
			if _, err := isos[i].Eval(ctx, "globalThis.x = 1"); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		pss1 := pss()
		b.ReportMetric(float64(pss1-pss0)/(1<<20), "MiB-PSS/1000")
		b.ReportMetric(float64(pss1-pss0)/n/(1<<10), "KiB-PSS/isolate")
		for _, iso := range isos {
			iso.Close()
		}
	}
}
