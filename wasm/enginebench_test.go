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
