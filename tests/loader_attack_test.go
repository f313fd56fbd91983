package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestLoaderAttacks runs every tests/attacks/*.js under wqnode: each
// replaces built-ins a different way (Function.prototype.call, Reflect,
// Object statics, every prototype method, Promise, the global classes,
// stack-trace hooks, well-known symbols, Proxies, accessors on
// Object.prototype for every identifier the builtins use, the direct
// routes) and records every value its
// overrides are handed. The prelude (_prelude.js) then reports whether any
// of them is a loader internal (internalBinding, a binding object, the
// builtin loader or a module object of it) and whether the engine's own
// modules (qjs:os, qjs:std) can be imported. A script that does not reach
// its end fails too.
func TestLoaderAttacks(t *testing.T) {
	prelude, err := os.ReadFile("attacks/_prelude.js")
	if err != nil {
		t.Fatal(err)
	}
	names, err := json.Marshal(loaderNames(t))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("attacks/*.js")
	dir := t.TempDir()
	n := 0
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasPrefix(base, "_") {
			continue
		}
		n++
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		script := filepath.Join(dir, base)
		src := string(prelude) + "\nconst __names = " + string(names) + ";\n" + string(body)
		if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(base, ".js"), func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, wqnodeBin, script)
			cmd.Dir = dir
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			runErr := cmd.Run()
			got := out.String()
			if ctx.Err() != nil {
				t.Fatalf("timed out\nstdout:\n%s\nstderr:\n%s", truncate(got, 4000), truncate(errb.String(), 4000))
			}
			if !strings.Contains(got, "\nDONE\n") && !strings.HasPrefix(got, "DONE\n") {
				t.Fatalf("did not finish (%v)\nstdout:\n%s\nstderr:\n%s", runErr, truncate(got, 4000), truncate(errb.String(), 4000))
			}
			if !strings.Contains(got, "LEAKS 0\n") {
				t.Fatalf("loader internals reached:\n%s", truncate(got, 4000))
			}
			if strings.Contains(got, "SEEN 0\n") && base != "direct.js" {
				t.Fatalf("the overrides recorded nothing: the attack did not run\n%s", truncate(got, 4000))
			}
			if strings.Contains(errb.String(), "panic") || strings.Contains(errb.String(), "fatal") {
				t.Fatalf("host failure:\n%s", truncate(errb.String(), 4000))
			}
		})
	}
	if n == 0 {
		t.Fatal("no attack scripts")
	}
}

// loaderNames lists the identifiers of every builtin's source and the
// function names of every binding: the property names a builtin may
// read or assign on an object of its own.
func loaderNames(t *testing.T) []string {
	set := map[string]bool{}
	ident := regexp.MustCompile(`[A-Za-z_$][\w$]*`)
	var srcs []string
	filepath.WalkDir("../modules", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".js") {
			srcs = append(srcs, p)
		}
		return nil
	})
	for _, p := range srcs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ident.FindAllString(string(b), -1) {
			set[m] = true
		}
	}
	goName := regexp.MustCompile(`(?:iso\.fn\(obj, |vm\.Set\(obj, |Name: )"([A-Za-z_$][\w$]*)"`)
	gofiles, _ := filepath.Glob("../host*/**.go")
	more, _ := filepath.Glob("../host*/*/*.go")
	for _, p := range append(gofiles, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, m := range goName.FindAllStringSubmatch(string(b), -1) {
			set[m[1]] = true
		}
	}
	// Names whose accessor would change what the language itself does.
	for _, skip := range []string{"constructor", "prototype", "__proto__", "length", "name", "arguments", "caller",
		"get", "set", "value", "writable", "enumerable", "configurable", "then", "toString", "valueOf",
		"toJSON", "done", "next", "return", "throw", "message", "stack", "cause", "raw", "index", "input",
		"groups", "indices", "lastIndex", "source", "flags", "global", "globalThis", "undefined", "NaN", "Infinity",
		"this", "super", "new", "function", "class", "const", "let", "var", "if", "else", "for", "while", "do",
		"switch", "case", "default", "break", "continue", "try", "catch", "finally", "typeof", "instanceof", "in",
		"of", "delete", "void", "yield", "await", "async", "static", "import", "export", "from", "as", "null",
		"true", "false", "with", "debugger", "extends"} {
		delete(set, skip)
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
