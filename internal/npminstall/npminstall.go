// Package npminstall installs the npm packages that a test or benchmark
// runs real programs with: a folder's package.json and package-lock.json,
// installed once per lockfile by `npm ci` into the user cache directory.
package npminstall

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Install returns a node_modules folder holding the packages pinned by
// src/package-lock.json. The first call for a lockfile runs npm ci (within
// timeout) into a folder named by the hash of package.json and the
// lockfile, so a changed lockfile installs anew and concurrent callers
// never share a half-made folder; later calls reuse it.
func Install(src string, timeout time.Duration) (string, error) {
	pkg, err := os.ReadFile(filepath.Join(src, "package.json"))
	if err != nil {
		return "", err
	}
	lock, err := os.ReadFile(filepath.Join(src, "package-lock.json"))
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(append(append([]byte{}, pkg...), lock...))
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	root := filepath.Join(cache, "wqnode-npm")
	final := filepath.Join(root, hex.EncodeToString(sum[:8]))
	modules := filepath.Join(final, "node_modules")
	if _, err := os.Stat(filepath.Join(final, "installed")); err == nil {
		return modules, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(root, "install-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "package.json"), pkg, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, "package-lock.json"), lock, 0o644); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund",
		"--prefer-offline", "--loglevel=error")
	cmd.Dir = tmp
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		if len(out) > 4000 {
			out = out[:4000]
		}
		return "", fmt.Errorf("npm ci (after %v): %v\n%s", time.Since(start).Round(time.Second), err, out)
	}
	if err := os.WriteFile(filepath.Join(tmp, "installed"), nil, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		// Another caller installed it first: use that one.
		if _, serr := os.Stat(filepath.Join(final, "installed")); serr != nil {
			return "", fmt.Errorf("installing into %s: %v", final, err)
		}
	}
	return modules, nil
}

// Stage fills dst with copies of the files matching pattern and, when
// modules is not empty, a node_modules link to it: a folder to run scripts
// in against installed packages, made afresh from the checked-in scripts.
func Stage(dst, pattern, modules string) error {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), b, 0o644); err != nil {
			return err
		}
	}
	if modules == "" {
		return nil
	}
	return os.Symlink(modules, filepath.Join(dst, "node_modules"))
}
