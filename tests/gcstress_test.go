package tests

import (
	"bytes"
	"os"
	"strconv"
	"testing"
)

// gcStressCases are run again with the engine collecting at every bridge
// call (WQNODE_GCSTRESS): async iteration, generators, promises, events
// and streams, where a value freed twice or used after free by the bridge,
// a binding or the engine shows at once.
var gcStressCases = []string{
	"cases/stream/async-iterator-interleave.js",
	"cases/stream/operators-map-filter.js",
	"cases/stream/pipeline-generators.js",
	"cases/stream/from-iterables.js",
	"cases/stream/finished-promise.js",
	"cases/events/static_on.js",
	"cases/events/once.js",
	"cases/process/next_tick_args.js",
}

func TestGCStress(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	t.Setenv("WQNODE_GCSTRESS", "1")
	known := knownFailures(t)
	for _, file := range gcStressCases {
		if _, ok := known[file]; ok {
			t.Errorf("%s is a known failure: pick another case", file)
			continue
		}
		outPath, exitPath := expectedPaths(file)
		want, err := os.ReadFile(outPath)
		if err != nil {
			t.Fatal(err)
		}
		wantExit, _ := os.ReadFile(exitPath)
		r, err := runCase(wqnodeBin, file)
		if err != nil {
			t.Errorf("%s: %v\n%s", file, err, truncate(string(r.stderr), 2000))
			continue
		}
		if !bytes.Equal(r.stdout, want) || string(bytes.TrimSpace(wantExit)) != strconv.Itoa(r.exit) {
			t.Errorf("%s under constant collection: exit %d\n%s\nstderr:\n%s", file, r.exit,
				diff(string(want), string(r.stdout)), truncate(string(r.stderr), 2000))
		}
	}
}
