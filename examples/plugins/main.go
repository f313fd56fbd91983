// Command plugins loads every plugin in a directory as an untrusted
// wqnode isolate and calls its transform export with each input.
//
//	go run ./examples/plugins [dir] [input...]
//
// Each plugin may read only its own file, gets a host module 'host:log'
// to report through, and is bounded in memory, CPU time, wall time and
// output; a plugin that misbehaves ends alone with its *wqnode.LimitError
// or its exception, and the others carry on.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/wqnode/wqnode"
)

func main() {
	dir := "examples/plugins/plugins"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	inputs := []string{"hello", "plugins"}
	if len(os.Args) > 2 {
		inputs = os.Args[2:]
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.*js"))
	sort.Strings(files)
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		if err := runPlugin(rt, name, file, inputs); err != nil {
			var le *wqnode.LimitError
			if errors.As(err, &le) {
				fmt.Printf("%s: stopped: %s limit\n", name, le.Limit)
			} else {
				fmt.Printf("%s: failed: %v\n", name, err)
			}
		}
	}
}

func runPlugin(rt *wqnode.Runtime, name, file string, inputs []string) error {
	abs, _ := filepath.Abs(file)
	iso, err := rt.NewIsolate(wqnode.Config{
		Stdout: prefixed(name), Stderr: prefixed(name),
		Grants: wqnode.Grants{FSRead: []string{abs}},
		Limits: wqnode.Limits{Memory: 64 << 20, CPUTime: 500 * time.Millisecond,
			WallTime: 5 * time.Second, Output: 64 << 10},
		HostModules: map[string]wqnode.HostModule{"log": {
			"info": {Fn: func(_ context.Context, args []any) (any, error) {
				fmt.Printf("%s: log: %v\n", name, args)
				return nil, nil
			}},
		}},
	})
	if err != nil {
		return err
	}
	defer iso.Close()
	ctx := context.Background()
	if err := iso.Import(ctx, abs); err != nil {
		return err
	}
	for _, in := range inputs {
		out, err := iso.Call(ctx, "transform", in)
		if err != nil {
			return err
		}
		fmt.Printf("%s: transform(%q) = %v\n", name, in, out)
	}
	return nil
}

type prefixWriter struct{ name string }

func (w prefixWriter) Write(p []byte) (int, error) {
	for _, line := range strings.SplitAfter(string(p), "\n") {
		if line != "" {
			fmt.Printf("%s| %s", w.name, line)
		}
	}
	return len(p), nil
}

func prefixed(name string) prefixWriter { return prefixWriter{name} }
