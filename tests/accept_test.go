package tests

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode/internal/npminstall"
)

// TestAccept runs real programs unchanged: each accept/NAME.js (or .mjs)
// uses npm packages (express, fastify, koa, ws, axios, node-fetch, pinned
// in accept/package-lock.json) against a server of its own on 127.0.0.1,
// and its stdout and exit code are compared with node's, recorded in
// NAME.stdout and NAME.exit (go test ./tests -run Accept -update).
//
// The packages are installed once per lockfile by npminstall (npm ci into
// the user cache directory); an install that fails fails the test.
func TestAccept(t *testing.T) {
	modules := acceptInstall(t)
	files, _ := filepath.Glob("accept/*.*js")
	known := knownFailures(t)
	ran := 0
	for _, file := range files {
		base := filepath.Base(file)
		if strings.HasPrefix(base, "_") {
			continue
		}
		ran++
		file := file
		name := strings.TrimSuffix(base, filepath.Ext(base))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := acceptRunDir(t, modules)
			outPath, exitPath := expectedPaths(file)
			if *update {
				r, err := runCase(*nodeBin, filepath.Join(dir, base))
				if err != nil {
					t.Fatalf("node: %v\n%s", err, r.stderr)
				}
				if len(r.stdout) == 0 {
					t.Fatalf("node printed nothing:\n%s", r.stderr)
				}
				os.WriteFile(outPath, r.stdout, 0o644)
				os.WriteFile(exitPath, []byte(strconv.Itoa(r.exit)+"\n"), 0o644)
				return
			}
			wantOut, err := os.ReadFile(outPath)
			if err != nil || len(wantOut) == 0 {
				t.Fatalf("no recorded output (run go test ./tests -run Accept -update): %v", err)
			}
			wantExitB, _ := os.ReadFile(exitPath)
			wantExit, _ := strconv.Atoi(strings.TrimSpace(string(wantExitB)))
			r, err := runCase(wqnodeBin, filepath.Join(dir, base))
			failed := ""
			switch {
			case err != nil:
				failed = err.Error()
			case !bytes.Equal(r.stdout, wantOut):
				failed = "stdout differs:\n" + diff(string(wantOut), string(r.stdout))
			case r.exit != wantExit:
				failed = fmt.Sprintf("exit code %d, want %d", r.exit, wantExit)
			}
			reason, isKnown := known[file]
			switch {
			case failed != "" && isKnown:
				t.Logf("known failure (%s)", reason)
			case failed != "":
				t.Errorf("%s\nstderr:\n%s", failed, truncate(string(r.stderr), 2000))
			case isKnown:
				t.Errorf("passes now: remove it from tests/known_failures.txt")
			}
		})
	}
	if ran == 0 {
		t.Fatal("no acceptance cases found")
	}
}

// acceptInstall installs accept/package-lock.json's packages (once per
// lockfile) and returns their node_modules folder; a failed install fails.
func acceptInstall(t *testing.T) string {
	modules, err := npminstall.Install("accept", 4*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return modules
}

// acceptRunDir makes a folder with the acceptance scripts and a
// node_modules link to the installed packages, so each run starts from the
// checked-in scripts.
func acceptRunDir(t *testing.T, modules string) string {
	dir := t.TempDir()
	files, _ := filepath.Glob("accept/*.*js")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	return dir
}
