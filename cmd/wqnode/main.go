// Command wqnode runs JavaScript files as `node` does.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wqnode/wqnode/host"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	cfg := host.Config{}
	var execArgv []string
	var script string
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if script != "" || cfg.EvalSource != nil && !strings.HasPrefix(a, "-") {
			rest = args[i:]
			break
		}
		switch {
		case a == "--":
			if i+1 < len(args) && cfg.EvalSource == nil {
				script = args[i+1]
				rest = args[i+2:]
			} else {
				rest = args[i+1:]
			}
			i = len(args)
		case a == "-v" || a == "--version":
			fmt.Println(host.NodeVersion)
			return 0
		case a == "-e" || a == "--eval" || a == "-p" || a == "--print":
			if i+1 >= len(args) {
				fmt.Fprintf(os.Stderr, "%s: %s requires an argument\n", filepath.Base(os.Args[0]), a)
				return 9
			}
			src := args[i+1]
			cfg.EvalSource = &src
			cfg.PrintEval = a == "-p" || a == "--print"
			execArgv = append(execArgv, a, src)
			i++
		case strings.HasPrefix(a, "--eval="):
			src := strings.TrimPrefix(a, "--eval=")
			cfg.EvalSource = &src
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "-") && a != "-":
			execArgv = append(execArgv, a)
		default:
			script = a
			rest = args[i+1:]
			i = len(args)
		}
	}
	exe, _ := os.Executable()
	argv := []string{exe}
	if script != "" {
		abs, err := filepath.Abs(script)
		if err == nil {
			script = abs
		}
		argv = append(argv, script)
	}
	argv = append(argv, rest...)
	if script == "" && cfg.EvalSource == nil {
		fmt.Fprintln(os.Stderr, "wqnode: no script given (the REPL is not implemented)")
		return 9
	}
	cfg.Argv = argv
	cfg.ExecArgv = execArgv
	iso, err := host.New(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wqnode:", err)
		return 70
	}
	defer iso.Close()
	return iso.Run()
}
