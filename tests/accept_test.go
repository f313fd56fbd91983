package tests

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestAccept runs real programs unchanged: each accept/NAME.js (or .mjs)
// uses npm packages (express, fastify, koa, ws, axios, node-fetch, pinned
// in accept/package-lock.json) against a server of its own on 127.0.0.1,
// and its stdout and exit code are compared with node's, recorded in
// NAME.stdout and NAME.exit (go test ./tests -run Accept -update).
//
// The packages are installed once per lockfile with `npm ci` into the user
// cache directory; an install that fails fails the test.
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

// acceptInstall returns a node_modules folder holding accept/package-lock.json's
// packages, installing them on first use into a folder named by the
// lockfile's hash (so a changed lockfile installs anew, and concurrent runs
// never share a half-made folder).
func acceptInstall(t *testing.T) string {
	lock, err := os.ReadFile("accept/package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := os.ReadFile("accept/package.json")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(append(append([]byte{}, pkg...), lock...))
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	root := filepath.Join(cache, "wqnode-accept")
	final := filepath.Join(root, hex.EncodeToString(sum[:8]))
	modules := filepath.Join(final, "node_modules")
	if _, err := os.Stat(filepath.Join(final, "installed")); err == nil {
		return modules
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp(root, "install-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	os.WriteFile(filepath.Join(tmp, "package.json"), pkg, 0o644)
	os.WriteFile(filepath.Join(tmp, "package-lock.json"), lock, 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund",
		"--prefer-offline", "--loglevel=error")
	cmd.Dir = tmp
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci (%v): %v\n%s", time.Since(start).Round(time.Second), err, truncate(string(out), 4000))
	}
	t.Logf("npm ci took %v", time.Since(start).Round(time.Second))
	os.WriteFile(filepath.Join(tmp, "installed"), nil, 0o644)
	if err := os.Rename(tmp, final); err != nil {
		// Another run installed it first: use that one.
		if _, serr := os.Stat(filepath.Join(final, "installed")); serr != nil {
			t.Fatalf("installing into %s: %v", final, err)
		}
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
