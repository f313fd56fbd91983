// Command wqnode runs JavaScript files as `node` does.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host"
	"github.com/wqnode/wqnode/wasm"
)

// init gives a standard descriptor the process was started without
// /dev/null, as libuv does: else the runtime's next file would take its
// number and JS's writes to stdout would land in it.
func init() {
	for fd := 0; fd <= 2; fd++ {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
			continue
		}
		if n, err := unix.Open("/dev/null", unix.O_RDWR, 0); err == nil && n != fd {
			unix.Dup2(n, fd)
			unix.Close(n)
		}
	}
}

func main() {
	os.Exit(profiled(func() int { return run(os.Args[1:]) }))
}

// profiled runs f, writing a Go CPU profile of the whole process to the
// file WQNODE_CPUPROFILE names, if set (go tool pprof reads it): where a
// benchmark's time goes, host and engine alike.
func profiled(f func() int) int {
	path := os.Getenv("WQNODE_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wqnode: WQNODE_CPUPROFILE:", err)
		return f()
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintln(os.Stderr, "wqnode: WQNODE_CPUPROFILE:", err)
		return f()
	}
	defer pprof.StopCPUProfile()
	return f()
}

// startupGC lets the heap grow four times its live size (GOGC=400) while
// the engine and the isolate are made, unless GOGC is set: loading the
// compiled engine allocates a few short-lived megabytes, and the collector
// cycles they caused were about a tenth of an empty script's time. It
// returns the function that puts the collector's setting back.
func startupGC() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(prev) }
}

func run(args []string) int {
	cfg := host.Config{}
	perms := func() *host.Permissions {
		if cfg.Permissions == nil {
			cfg.Permissions = &host.Permissions{}
		}
		return cfg.Permissions
	}
	var execArgv []string
	var script string
	var rest []string
	// NODE_OPTIONS's options act as if given first, but execArgv does not
	// list them (the JS side reads them from the environment).
	opts, err := nodeOptions(os.Getenv("NODE_OPTIONS"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", filepath.Base(os.Args[0]), err)
		return 9
	}
	args = append(opts, args...)
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
		case a == "-e" || a == "--eval" || a == "-p" || a == "--print" || a == "-pe":
			if i+1 >= len(args) {
				fmt.Fprintf(os.Stderr, "%s: %s requires an argument\n", filepath.Base(os.Args[0]), a)
				return 9
			}
			src := args[i+1]
			cfg.EvalSource = &src
			cfg.PrintEval = a == "-p" || a == "--print" || a == "-pe"
			execArgv = append(execArgv, a, src)
			i++
		case a == "--permission" || a == "--experimental-permission":
			perms().Enabled = true
			execArgv = append(execArgv, a)
		case a == "--allow-child-process":
			perms().ChildProcess = true
			execArgv = append(execArgv, a)
		case a == "--allow-worker":
			perms().Worker = true
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "--allow-fs-read="), strings.HasPrefix(a, "--allow-fs-write="), strings.HasPrefix(a, "--allow-net="):
			name, val, _ := strings.Cut(a, "=")
			list := splitList(val)
			switch name {
			case "--allow-fs-read":
				perms().FSRead = append(perms().FSRead, list...)
			case "--allow-fs-write":
				perms().FSWrite = append(perms().FSWrite, list...)
			default:
				perms().Net = append(perms().Net, list...)
			}
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "--max-old-space-size="):
			// The isolate's memory limit in MiB (Node's heap flag): all
			// of the VM's memory, and so every host buffer meant for it.
			// A value too small for the engine itself (its static data
			// and stack take 32 MiB) is raised to 64 MiB, as Node raises a
			// tiny heap to its minimum rather than failing to start.
			if mb, err := strconv.ParseUint(strings.TrimPrefix(a, "--max-old-space-size="), 10, 32); err == nil && mb > 0 {
				cfg.Engine.MemoryLimit = max(mb, 64) << 20
			}
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "--stack-size="):
			// V8's flag, in KiB: here the C stack JS may use, so the depth
			// it allows differs from node's (about 3.8 frames per KiB).
			if kb, err := strconv.ParseUint(strings.TrimPrefix(a, "--stack-size="), 10, 32); err == nil && kb > 0 {
				limit := uint32(max(kb, 64) << 10)
				cfg.Engine.StackLimit = limit
				cfg.Engine.StackSize = max(wasm.DefaultStackSize, limit+wasm.StackHeadroom)
			}
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "--cpu-time-limit="), strings.HasPrefix(a, "--wall-time-limit="):
			// wqnode's own: milliseconds of JS execution, or of the
			// process's life, after which it ends with a message and code 124.
			name, v, _ := strings.Cut(a, "=")
			ms, err := strconv.ParseUint(v, 10, 63)
			if err != nil || ms == 0 {
				fmt.Fprintf(os.Stderr, "wqnode: %s: a positive number of milliseconds is required\n", name)
				return 9
			}
			if name == "--cpu-time-limit" {
				cfg.Limits.CPUTime = time.Duration(ms) * time.Millisecond
			} else {
				cfg.Limits.WallTime = time.Duration(ms) * time.Millisecond
			}
			execArgv = append(execArgv, a)
		case strings.HasPrefix(a, "--eval="):
			src := strings.TrimPrefix(a, "--eval=")
			cfg.EvalSource = &src
			execArgv = append(execArgv, a)
		case valueOptions[a] && i+1 < len(args):
			// An option whose value is the next argument (-r file).
			execArgv = append(execArgv, a, args[i+1])
			i++
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
		// Like node: without a script, a program piped to stdin is run.
		if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice == 0 {
			src, err := io.ReadAll(os.Stdin)
			if err != nil {
				fmt.Fprintln(os.Stderr, "wqnode:", err)
				return 1
			}
			s := string(src)
			cfg.EvalSource = &s
			cfg.EvalName = "[stdin]"
			cfg.Stdin = strings.NewReader("")
		} else {
			fmt.Fprintln(os.Stderr, "wqnode: no script given (the REPL is not implemented)")
			return 9
		}
	}
	if slices.Contains(execArgv, "--tls-min-v1.3") && slices.Contains(execArgv, "--tls-max-v1.2") {
		fmt.Fprintf(os.Stderr, "%s: either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both\n", filepath.Base(os.Args[0]))
		return 9
	}
	if cfg.Permissions != nil && !cfg.Permissions.Enabled {
		cfg.Permissions = nil // --allow-* without --permission grants nothing new
	}
	cfg.Argv = argv
	cfg.Argv0 = os.Args[0]
	cfg.MaxHandles = handleLimit()
	cfg.ExecArgv = execArgv[min(len(opts), len(execArgv)):]
	cfg.NodeOptions = opts
	cfg.Channel = parentChannel()
	cfg.Files = inheritedFiles()
	restoreGC := startupGC()
	iso, err := host.New(cfg)
	restoreGC()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wqnode:", err)
		return 70
	}
	defer iso.Close()
	code := iso.Run()
	var le *host.LimitError
	if errors.As(iso.Err(), &le) {
		fmt.Fprintln(os.Stderr, le.Error())
		return 124
	}
	return code
}

// valueOptions are Node's options that take their value as the next
// argument when it is not given with "=".
var valueOptions = map[string]bool{
	"-r": true, "--require": true, "--import": true, "--loader": true, "--experimental-loader": true,
	"-C": true, "--conditions": true, "--title": true, "--input-type": true, "--disable-warning": true,
	"--redirect-warnings": true, "--inspect-port": true, "--max-http-header-size": true,
	"--unhandled-rejections": true, "--dns-result-order": true, "--diagnostic-dir": true,
	"--report-directory": true, "--report-filename": true, "--icu-data-dir": true,
	"--openssl-config": true, "--tls-cipher-list": true, "--secure-heap": true,
}

// nodeOptions splits NODE_OPTIONS as Node does (spaces separate, double
// quotes group, a backslash escapes inside quotes) and refuses what Node
// does not allow there.
func nodeOptions(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	quoted, have := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == '"':
			quoted, have = !quoted, true
		case c == ' ' && !quoted:
			if have || cur.Len() > 0 {
				out = append(out, cur.String())
			}
			cur.Reset()
			have = false
		default:
			cur.WriteByte(c)
		}
	}
	if quoted {
		return nil, errors.New("invalid value for NODE_OPTIONS (unterminated string)")
	}
	if have || cur.Len() > 0 {
		out = append(out, cur.String())
	}
	for i := 0; i < len(out); i++ {
		name, _, _ := strings.Cut(out[i], "=")
		switch {
		case !strings.HasPrefix(out[i], "-"):
			return nil, fmt.Errorf("%s is not allowed in NODE_OPTIONS", out[i])
		case name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "--" ||
			name == "-v" || name == "--version" || name == "-h" || name == "--help":
			return nil, fmt.Errorf("%s is not allowed in NODE_OPTIONS", name)
		case valueOptions[out[i]]:
			i++
		}
	}
	return out, nil
}

// splitList splits a comma-separated flag value, making paths absolute.
func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if p != "*" && !strings.Contains(p, ":") && !filepath.IsAbs(p) {
			if abs, err := filepath.Abs(p); err == nil {
				p = abs
			}
		}
		out = append(out, p)
	}
	return out
}

// handleLimit is the command line's handle table size: the process's open
// file limit, as Node's is bounded by it, and never below the default.
func handleLimit() int {
	var rl unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &rl) != nil || rl.Cur < 1024 {
		return 0
	}
	return int(min(rl.Cur, 1<<16))
}

// parentChannel is the IPC channel a parent that forked this process gave
// it: the descriptor NODE_CHANNEL_FD names, when it is a Unix stream
// socket (else there is none). It is made close-on-exec so that this
// process's own children do not inherit it.
func parentChannel() *os.File {
	v := os.Getenv("NODE_CHANNEL_FD")
	if v == "" {
		return nil
	}
	fd, err := strconv.Atoi(v)
	if err != nil || fd < 0 || fd > 1<<20 {
		return nil
	}
	if t, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err != nil || t != unix.SOCK_STREAM {
		return nil
	}
	if d, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN); err != nil || d != unix.AF_UNIX {
		return nil
	}
	unix.CloseOnExec(fd)
	return os.NewFile(uintptr(fd), "ipc")
}

// maxInherited bounds the descriptors inheritedFiles takes.
const maxInherited = 256

// inheritedFiles are the pipes and sockets beyond stdio this process was
// started with (a parent's stdio[3] and up), by descriptor number: the
// ones without close-on-exec, which the Go runtime never opens (the IPC
// channel was already made close-on-exec). Each is made close-on-exec so
// that only the isolate holds it.
func inheritedFiles() map[int]*os.File {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var files map[int]*os.File
	for _, ent := range ents {
		fd, err := strconv.Atoi(ent.Name())
		if err != nil || fd < 3 || fd >= 1<<16 || len(files) >= maxInherited {
			continue
		}
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if err != nil || flags&unix.FD_CLOEXEC != 0 {
			continue
		}
		var st unix.Stat_t
		if unix.Fstat(fd, &st) != nil {
			continue
		}
		if m := st.Mode & unix.S_IFMT; m != unix.S_IFSOCK && m != unix.S_IFIFO {
			continue
		}
		unix.CloseOnExec(fd)
		if files == nil {
			files = map[int]*os.File{}
		}
		files[fd] = os.NewFile(uintptr(fd), "fd"+ent.Name())
	}
	return files
}
