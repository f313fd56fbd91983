// Package embedcmp compares, on one plugin workload (plugin.js), wqnode
// isolates with goja runtimes (in Go) and with node's vm contexts and
// worker threads (node_cmp.js): isolates made per second (made, plugin
// loaded, first call, closed), memory per live isolate, trivial calls per
// second and JS-heavy calls per second.
//
// It is a module of its own so that goja, which only this comparison
// uses, stays out of wqnode's go.mod. Run:
//
//	cd bench/embedcmp && go test -run TestCompare -v
//
// Nothing is asserted: the figures are logged side by side.
package embedcmp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/wqnode/wqnode"
)

const (
	nCreate = 200   // isolates made one after another
	nLive   = 200   // isolates alive at once, for memory
	nCalls  = 20000 // trivial calls
	nWork   = 500   // work(1000) calls
)

type figures struct {
	Engine  string  `json:"engine"`
	Create  float64 `json:"create"`
	RSSKiB  float64 `json:"rssKiB"`
	HeapKiB float64 `json:"heapKiB"`
	Calls   float64 `json:"calls"`
	Work    float64 `json:"work"`
	// CPU per trivial call (process CPU time: every goroutine's).
	CallCPU time.Duration
}

func pluginSource(t *testing.T) string {
	b, err := os.ReadFile("plugin.js")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pss is the process's proportional set size.
func pss() float64 {
	b, _ := os.ReadFile("/proc/self/smaps_rollup")
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "Pss:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb
		}
	}
	return 0
}

func heapKiB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / 1024
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func wqnodeSide(t *testing.T, src string) figures {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	ctx := context.Background()
	load := func() *wqnode.Isolate {
		iso, err := rt.NewIsolate(wqnode.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := iso.Eval(ctx, src); err != nil {
			t.Fatal(err)
		}
		if v, err := iso.Call(ctx, "add", 1, 2); err != nil || v != 3.0 {
			t.Fatal(v, err)
		}
		return iso
	}
	load().Close() // the engine compiled and the snapshot loaded once
	f := figures{Engine: "wqnode isolate"}
	start := time.Now()
	for i := 0; i < nCreate; i++ {
		load().Close()
	}
	f.Create = nCreate / time.Since(start).Seconds()
	runtime.GC()
	p0, h0 := pss(), heapKiB()
	live := make([]*wqnode.Isolate, nLive)
	for i := range live {
		live[i] = load()
	}
	runtime.GC()
	f.RSSKiB, f.HeapKiB = (pss()-p0)/nLive, (heapKiB()-h0)/nLive
	iso := live[0]
	start, cpu := time.Now(), processCPU()
	for i := 0; i < nCalls; i++ {
		if _, err := iso.Call(ctx, "add", i, 1); err != nil {
			t.Fatal(err)
		}
	}
	f.Calls = nCalls / time.Since(start).Seconds()
	f.CallCPU = (processCPU() - cpu) / nCalls
	start = time.Now()
	for i := 0; i < nWork; i++ {
		if _, err := iso.Call(ctx, "work", 1000); err != nil {
			t.Fatal(err)
		}
	}
	f.Work = nWork / time.Since(start).Seconds()
	for _, iso := range live {
		iso.Close()
	}
	return f
}

func gojaSide(t *testing.T, src string) figures {
	prog := goja.MustCompile("plugin.js", src, false)
	type plugin struct {
		vm       *goja.Runtime
		add, wrk goja.Callable
	}
	load := func() plugin {
		vm := goja.New()
		if _, err := vm.RunProgram(prog); err != nil {
			t.Fatal(err)
		}
		add, _ := goja.AssertFunction(vm.Get("add"))
		wrk, _ := goja.AssertFunction(vm.Get("work"))
		if v, err := add(goja.Undefined(), vm.ToValue(1), vm.ToValue(2)); err != nil || v.ToInteger() != 3 {
			t.Fatal(v, err)
		}
		return plugin{vm, add, wrk}
	}
	f := figures{Engine: "goja runtime"}
	start := time.Now()
	for i := 0; i < nCreate; i++ {
		load()
	}
	f.Create = nCreate / time.Since(start).Seconds()
	runtime.GC()
	p0, h0 := pss(), heapKiB()
	live := make([]plugin, nLive)
	for i := range live {
		live[i] = load()
	}
	runtime.GC()
	f.RSSKiB, f.HeapKiB = (pss()-p0)/nLive, (heapKiB()-h0)/nLive
	p := live[0]
	start, cpu := time.Now(), processCPU()
	for i := 0; i < nCalls; i++ {
		// Converted in and out as an embedder would: Go values.
		v, err := p.add(goja.Undefined(), p.vm.ToValue(i), p.vm.ToValue(1))
		if err != nil {
			t.Fatal(err)
		}
		_ = v.Export()
	}
	f.Calls = nCalls / time.Since(start).Seconds()
	f.CallCPU = (processCPU() - cpu) / nCalls
	start = time.Now()
	for i := 0; i < nWork; i++ {
		if _, err := p.wrk(goja.Undefined(), p.vm.ToValue(1000)); err != nil {
			t.Fatal(err)
		}
	}
	f.Work = nWork / time.Since(start).Seconds()
	runtime.KeepAlive(live)
	return f
}

func nodeSide(t *testing.T) []figures {
	if _, err := exec.LookPath("node"); err != nil {
		t.Log("node not found: its side is left out")
		return nil
	}
	out, err := exec.Command("node", "--expose-gc", "node_cmp.js",
		fmt.Sprint(nCreate), fmt.Sprint(nLive), fmt.Sprint(nCalls), fmt.Sprint(nWork)).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var fs []figures
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var f figures
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("node: %q: %v", line, err)
		}
		fs = append(fs, f)
	}
	return fs
}

// TestCompare logs the figures side by side (each engine in turn, on the
// same machine; figures of a loaded machine vary by tens of percent).
func TestCompare(t *testing.T) {
	src := pluginSource(t)
	rows := []figures{wqnodeSide(t, src), gojaSide(t, src)}
	rows = append(rows, nodeSide(t)...)
	t.Logf("%-15s %12s %14s %14s %14s %12s %12s", "engine", "isolates/s", "PSS/RSS KiB", "Go heap KiB", "calls/s", "CPU/call", "work(1000)/s")
	for _, f := range rows {
		cpu := "-"
		if f.CallCPU > 0 {
			cpu = f.CallCPU.Round(100 * time.Nanosecond).String()
		}
		t.Logf("%-15s %12.0f %14.0f %14.0f %14.0f %12s %12.0f", f.Engine, f.Create, f.RSSKiB, f.HeapKiB, f.Calls, cpu, f.Work)
	}
}
