package tests

import (
	"path/filepath"
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
			checkRecorded(t, file, filepath.Join(acceptRunDir(t, modules), base), known)
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
// node_modules link to the installed packages.
func acceptRunDir(t *testing.T, modules string) string {
	dir := t.TempDir()
	if err := npminstall.Stage(dir, "accept/*.*js", modules); err != nil {
		t.Fatal(err)
	}
	return dir
}
