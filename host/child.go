package host

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
)

// Forking and waiting for a child, shared by process_wrap and spawnSync.

// startedChild is a process started with its parent-side pipe ends.
type startedChild struct {
	pid      int
	parent   map[int]*os.File // fd in the child → parent's end
	readable map[int]bool     // the parent reads from it
	writable map[int]bool     // the parent writes to it
	ipc      *os.File         // the parent's end of the IPC channel, if asked
	group    bool             // the child leads a process group of its own
}

// killAll ends a child with SIGKILL, and every process of its group when
// it leads one (as a tenant's children do), so that what it started in
// the background (` + "`sleep & sleep`" + `) ends with it.
func killAll(pid int, group bool) {
	if pid <= 0 {
		return
	}
	if group {
		syscall.Kill(-pid, syscall.SIGKILL)
	}
	syscall.Kill(pid, syscall.SIGKILL)
}

// lookPath finds file as execvp does, using the child's PATH.
func lookPath(file, cwd string, env []string) (string, error) {
	if strings.Contains(file, "/") {
		p := file
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		return p, nil
	}
	if file == "" {
		return "", syscall.ENOENT
	}
	path, found := "", false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path, found = kv[5:], true
		}
	}
	if !found {
		path = os.Getenv("PATH")
		if path == "" {
			path = "/usr/local/bin:/usr/bin:/bin"
		}
	}
	var firstErr error = syscall.ENOENT
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if unix.Access(p, unix.X_OK) != nil {
			firstErr = syscall.EACCES
			continue
		}
		return p, nil
	}
	return "", firstErr
}

// startChild forks and execs per o, creating the pipes it asks for.
func (iso *Isolate) startChild(o *spawnOptions) (*startedChild, error) {
	if l := iso.cfg.Limits.Children; l > 0 && iso.children() >= l {
		iso.StopWith(&LimitError{Limit: "children", Value: fmt.Sprint(l)})
		return nil, syscall.EAGAIN
	}
	cwd := iso.env.Cwd
	if o.Cwd != "" {
		cwd = o.Cwd
		if !filepath.IsAbs(cwd) {
			cwd = filepath.Join(iso.env.Cwd, cwd)
		}
	}
	env := o.Env
	if env == nil {
		env = iso.cfg.Env
	}
	path, err := lookPath(o.File, cwd, env)
	if err != nil {
		return nil, err
	}
	sc := &startedChild{parent: map[int]*os.File{}, readable: map[int]bool{}, writable: map[int]bool{}}
	var childEnds []*os.File
	closeAll := func() {
		for _, f := range childEnds {
			f.Close()
		}
		if sc.ipc != nil && sc.pid == 0 {
			sc.ipc.Close()
		}
	}
	files := make([]uintptr, len(o.Stdio))
	for i, s := range o.Stdio {
		switch s.Type {
		case "pipe", "overlapped":
			var parent, child *os.File
			switch i {
			case 0:
				r, w, err := os.Pipe()
				if err != nil {
					closeAll()
					return nil, err
				}
				parent, child = w, r
				sc.writable[i] = true
			case 1, 2:
				r, w, err := os.Pipe()
				if err != nil {
					closeAll()
					return nil, err
				}
				parent, child = r, w
				sc.readable[i] = true
			default:
				fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
				if err != nil {
					closeAll()
					return nil, err
				}
				unix.SetNonblock(fds[0], true)
				parent, child = os.NewFile(uintptr(fds[0]), "pipe"), os.NewFile(uintptr(fds[1]), "pipe")
				sc.readable[i] = true
				sc.writable[i] = true
			}
			sc.parent[i] = parent
			childEnds = append(childEnds, child)
			files[i] = child.Fd()
		case "ipc":
			if sc.ipc != nil {
				closeAll()
				return nil, syscall.EINVAL
			}
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				closeAll()
				return nil, err
			}
			sc.ipc = os.NewFile(uintptr(fds[0]), "ipc")
			child := os.NewFile(uintptr(fds[1]), "ipc")
			childEnds = append(childEnds, child)
			files[i] = child.Fd()
		case "ignore":
			if i > 2 {
				files[i] = ^uintptr(0)
				continue
			}
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				closeAll()
				return nil, err
			}
			childEnds = append(childEnds, f)
			files[i] = f.Fd()
		case "child":
			if s.file == nil {
				closeAll()
				return nil, syscall.EBADF
			}
			files[i] = s.file.Fd()
		case "inherit", "fd":
			fd := i
			if s.Type == "fd" {
				fd = s.Fd
			}
			hf, err := iso.inheritFd(fd, &childEnds)
			if err != nil {
				closeAll()
				return nil, err
			}
			files[i] = hf
		default:
			files[i] = ^uintptr(0)
		}
	}
	// The children of an isolate that kills them when it closes lead a
	// process group each, so the kill reaches their own children too.
	sc.group = !o.Detached && iso.cfg.KillChildrenOnClose
	sys := &syscall.SysProcAttr{Setsid: o.Detached, Setpgid: sc.group}
	if o.UID != nil || o.GID != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		if o.UID != nil {
			cred.Uid = uint32(*o.UID)
		}
		if o.GID != nil {
			cred.Gid = uint32(*o.GID)
		}
		sys.Credential = cred
	}
	argv := o.Args
	if len(argv) == 0 {
		argv = []string{o.File}
	}
	pid, err := syscall.ForkExec(path, argv, &syscall.ProcAttr{Dir: cwd, Env: env, Files: files, Sys: sys})
	sc.pid = pid
	closeAll()
	if err != nil {
		for _, f := range sc.parent {
			f.Close()
		}
		return nil, err
	}
	sc.pid = pid
	return sc, nil
}

// inheritFd is the host descriptor a child gets for the parent's virtual
// descriptor fd: the host file behind it (a standard stream or a file the
// isolate opened), never a host descriptor JS named. A standard stream
// that is not a host file (an embedder's writer) is bridged through a
// pipe; a descriptor the isolate does not have is EBADF.
func (iso *Isolate) inheritFd(fd int, ends *[]*os.File) (uintptr, error) {
	e := iso.env
	if f := hostFileOf(e, fd); f != nil {
		return f.Fd(), nil
	}
	s, ok := binding.Lookup[*binding.Stdio](e.Handles, fd)
	if !ok {
		return 0, syscall.EBADF
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return 0, err
	}
	if s.Writer != nil {
		*ends = append(*ends, pw)
		w := s.Writer
		go func() { io.Copy(w, pr); pr.Close() }()
		return pw.Fd(), nil
	}
	// An embedder's reader is not shared with a child (it would take
	// the isolate's input): the child reads an empty stream.
	pw.Close()
	*ends = append(*ends, pr)
	return pr.Fd(), nil
}

// waitPid waits for pid to end: its exit status, or the signal that
// ended it.
func waitPid(pid int) (status, sig int) {
	var ws syscall.WaitStatus
	for {
		_, err := syscall.Wait4(pid, &ws, 0, nil)
		if err != syscall.EINTR {
			if err != nil {
				return -1, 0
			}
			break
		}
	}
	if ws.Signaled() {
		return 0, int(ws.Signal())
	}
	return ws.ExitStatus(), 0
}
