package wasm

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// BenchmarkEngineOps runs testdata/microbench.js (the same script runs
// under a native qjs build, see its header) in a bare VM and reports each
// case's ns per JS iteration as a metric: the engine's raw speed inside
// wazero, to compare with native QuickJS.
//
// Native baseline: quickjs-ng v0.10.1 (the wasm build's version) built with
// gcc -O2 runs the same file with a three-line driver
// (std.evalScript(std.loadFile(path))(5), printed with console.log).
// Measured 2026-12-03 on the loaded 2-core machine (best of several runs,
// ns per iteration, wasm / native computed-goto / native switch dispatch):
//
//	loop     138 /  45 /  69   3.1x  2.0x
//	prop     259 /  70 / 101   3.7x  2.6x
//	call     163 /  56 /  81   2.9x  2.0x
//	method   263 /  86 / 111   3.1x  2.4x
//	builtin  298 /  78 / 100   3.8x  3.0x
//	array    415 / 114 / 142   3.6x  2.9x
//	object   788 / 162 / 191   4.9x  4.1x
//	closure 1296 / 261 / 284   5.0x  4.6x
//	concat   496 /  89 / 133   5.6x  3.7x
//	strnum   485 / 105 / 138   4.6x  3.5x
//
// Where it goes (perf with a -tags perfmap build): 98% of the time is in
// wazero-compiled code, none in Go. JS_CallInternal is ~37% (58% in
// bench/js/stream_objects), and a quarter of all samples sit on one
// instruction, the interpreter's opcode dispatch jump: wasm has no computed
// goto, so every opcode goes through one shared br_table jump (badly
// predicted), after two explicit bounds checks whose memory length wazero
// reloads from a spill slot. dlmalloc+dlfree are ~10%. The configuration
// is not the cause: the optimizing compiler is used, CloseOnContextDone is
// off unless EngineConfig.Interruptible, the GC threshold is the engine's
// own, and the interrupt poll's host call every InterruptCounterInit polls
// costs ~1-2 ns per poll (a host call is ~1-2 µs loaded), ~1% of a loop
// iteration.
func BenchmarkEngineOps(b *testing.B) {
	src, err := os.ReadFile("testdata/microbench.js")
	if err != nil {
		b.Fatal(err)
	}
	vm := newVM(b)
	fn, err := vm.Eval(string(src), "microbench.js", 0)
	if err != nil {
		b.Fatal(err)
	}
	defer vm.Free(fn)
	sums := map[string]float64{}
	for i := 0; i < b.N; i++ {
		r, err := vm.Call(fn, Undefined, MakeInt(5))
		if err != nil {
			b.Fatal(err)
		}
		var got map[string]float64
		if err := json.Unmarshal([]byte(vm.String(r)), &got); err != nil {
			b.Fatal(err)
		}
		vm.Free(r)
		for k, v := range got {
			sums[k] += v
		}
	}
	names := make([]string, 0, len(sums))
	for k := range sums {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		b.ReportMetric(sums[k]/float64(b.N), k+"-ns/op")
	}
}
