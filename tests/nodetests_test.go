package tests

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Node's own tests: ../shared/node-tests holds Node v20's test/common,
// test/fixtures and part of test/parallel. passingList names the files
// wqnode passes; TestNodeTests runs each of them and fails when one does
// not pass, so a file that passed never silently fails again.
//
//	go test ./tests -run NodeTests                       # the listed files
//	go test ./tests -run NodeTests -nodetests-all        # every file; report
//	go test ./tests -run NodeTests -nodetests-all -nodetests-write  # rewrite the list
var (
	nodeTestsAll   = flag.Bool("nodetests-all", false, "run every file of node-tests, not only the passing list")
	nodeTestsWrite = flag.Bool("nodetests-write", false, "with -nodetests-all: rewrite the passing list")
	nodeTestsMatch = flag.String("nodetests-match", "", "only files whose name matches this regexp")
)

const passingList = "node-tests-passing.txt"

// nodeTestsDir finds the shared tree: $WQNODE_NODE_TESTS, else
// ../../shared/node-tests from this directory.
func nodeTestsDir() string {
	if d := os.Getenv("WQNODE_NODE_TESTS"); d != "" {
		return d
	}
	d, _ := filepath.Abs("../../shared/node-tests")
	return d
}

// skipRE is common.skip()'s line: the file exited 0 without testing.
var skipRE = regexp.MustCompile(`(?m)^1\.\.0 # Skipped:?`)

type nodeTestResult struct {
	name, status string
	out          string
	dur          time.Duration
}

func TestNodeTests(t *testing.T) {
	src := nodeTestsDir()
	if _, err := os.Stat(filepath.Join(src, "test", "common", "index.js")); err != nil {
		t.Fatalf("Node's tests not found at %s (set WQNODE_NODE_TESTS): %v", src, err)
	}
	var names []string
	if *nodeTestsAll {
		names = readList(t, filepath.Join(src, "scorable.txt"))
	} else {
		names = readList(t, passingList)
	}
	if *nodeTestsMatch != "" {
		re := regexp.MustCompile(*nodeTestsMatch)
		var keep []string
		for _, n := range names {
			if re.MatchString(n) {
				keep = append(keep, n)
			}
		}
		names = keep
	}
	// The tree is read-only where it is shared, and test/common writes
	// under the test root: work on a copy.
	root := filepath.Join(t.TempDir(), "node-tests")
	if out, err := exec.Command("cp", "-r", src, root).CombinedOutput(); err != nil {
		t.Fatalf("copying %s: %v\n%s", src, err, out)
	}
	jobs := max(2, runtime.NumCPU())
	results := make([]nodeTestResult, len(names))
	var wg sync.WaitGroup
	next := make(chan int)
	for slot := 0; slot < jobs; slot++ {
		wg.Add(1)
		go func(slot int) {
			defer wg.Done()
			for i := range next {
				r := runNodeTest(root, names[i], slot)
				if r.status != "pass" && !*nodeTestsAll {
					r = runNodeTest(root, names[i], slot) // one retry: timing-sensitive files
					if r.status == "pass" {
						t.Logf("%s passed on retry", names[i])
					}
				}
				results[i] = r
			}
		}(slot)
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()

	perModule := map[string][2]int{}
	var passing []string
	for _, r := range results {
		m := nodeTestModule(r.name)
		c := perModule[m]
		c[1]++
		if r.status == "pass" {
			c[0]++
			passing = append(passing, r.name)
		} else if !*nodeTestsAll {
			t.Errorf("%s: %s after %v\n%s", r.name, r.status, r.dur.Round(time.Millisecond), r.out)
		}
		perModule[m] = c
	}
	mods := make([]string, 0, len(perModule))
	for m := range perModule {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	var sb strings.Builder
	for _, m := range mods {
		fmt.Fprintf(&sb, "%-20s %4d / %4d\n", m, perModule[m][0], perModule[m][1])
	}
	fmt.Fprintf(&sb, "%-20s %4d / %4d\n", "total", len(passing), len(results))
	t.Logf("Node's tests passed per module:\n%s", sb.String())
	if *nodeTestsAll {
		listed := map[string]bool{}
		for _, n := range readList(t, passingList) {
			listed[n] = true
		}
		var fresh []string
		for _, n := range passing {
			if !listed[n] {
				fresh = append(fresh, n)
			}
		}
		sort.Strings(fresh)
		t.Logf("passing, not in %s (%d):\n%s", passingList, len(fresh), strings.Join(fresh, "\n"))
	}
	if *nodeTestsAll && *nodeTestsWrite {
		sort.Strings(passing)
		body := "# Node v20 test/parallel files wqnode passes (go test ./tests -run NodeTests);\n" +
			"# written by -nodetests-all -nodetests-write, one name per line.\n" +
			strings.Join(passing, "\n") + "\n"
		if err := os.WriteFile(passingList, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readList(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// nodeTestModule is the module a file tests: test-fs-read.js → fs.
func nodeTestModule(name string) string {
	n := strings.TrimPrefix(name, "test-")
	for _, m := range []string{"child-process", "event-emitter", "string-decoder"} {
		if strings.HasPrefix(n, m) {
			return m
		}
	}
	if i := strings.IndexAny(n, "-."); i > 0 {
		return n[:i]
	}
	return n
}

// flagsRE is the file's "// Flags:" line (the first), as tools/test.py
// finds it.
var flagsRE = regexp.MustCompile(`//\s+Flags:(.*)`)

// testFlags are the command-line flags a test file asks for.
func testFlags(path string) []string {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	m := flagsRE.FindSubmatch(src)
	if m == nil {
		return nil
	}
	return strings.Fields(string(m[1]))
}

// runNodeTest runs one file as Node's tools/test.py does: its "// Flags:"
// before the file, cwd the parent of the test root, stdin /dev/null, its
// own process group (killed when it ends or times out), TEST_THREAD_ID for
// its own tmpdir.
func runNodeTest(root, name string, slot int) nodeTestResult {
	testRoot := filepath.Join(root, "test")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	file := filepath.Join(testRoot, "parallel", name)
	cmd := exec.CommandContext(ctx, wqnodeBin, append(testFlags(file), file)...)
	cmd.Dir = root
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NODE_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "NODE_OPTIONS=", "TEST_PARALLEL=1", "TEST_THREAD_ID="+strconv.Itoa(slot),
		"NODE_SKIP_FLAG_CHECK=1", "NODE_TEST_KNOWN_GLOBALS=0")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	err := cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // what the test left behind
	}
	r := nodeTestResult{name: name, dur: time.Since(start)}
	switch {
	case ctx.Err() != nil:
		r.status = "timeout"
	case err == nil && skipRE.Match(out.Bytes()):
		r.status = "skip"
	case err == nil:
		r.status = "pass"
	default:
		r.status = "fail"
	}
	if r.status != "pass" {
		b := out.Bytes()
		if len(b) > 3000 {
			b = b[len(b)-3000:]
		}
		r.out = string(b)
	}
	return r
}
