package host

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The 'process_wrap' binding spawns child processes for child_process.
//
//	spawn(optionsJSON, onEvent) → [id, pid] or a negative errno
//	    options: {file, args, cwd, envPairs, stdio, detached, uid, gid}
//	    stdio[i]: {type: 'pipe'|'ignore'|'inherit'|'fd', fd}
//	    onEvent(kind, a, b) is called on the loop:
//	      ('exit', status|null, signum)  the process ended
//	      ('data', fd, buffer)           output read from a pipe
//	      ('end', fd)                    a pipe reached end of file
//	      ('readerror', fd, errno)       a read failed
//	write(id, fd, uint8array, cb)  writes all bytes; cb(errno) on the loop
//	closeFd(id, fd)                closes the parent's end of a pipe
//	kill(id, signum) → 0 or a negative errno
//	ref(id, bool), refPipe(id, fd, bool)
//	spawnSync(optionsJSON, input|undefined) → {pid, status, signal, output, error}
//	    extra options: timeout, killSignal, maxBuffer
//
// The process keeps the loop alive until it exits (unless unref'd); a pipe
// being read keeps it alive until its end of file (unless unref'd).
func init() {
	bindings["process_wrap"] = func(iso *Isolate, obj wasm.Value) {
		procs := map[int]*childProc{}
		nextID := 0

		get := func(args []wasm.Value) *childProc {
			return procs[int(arg(args, 0).Number())]
		}

		iso.fn(obj, "spawn", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			if ex := iso.checkChildProcess(); ex != 0 {
				return ex
			}
			var o spawnOptions
			if err := json.Unmarshal([]byte(vm.String(arg(args, 0))), &o); err != nil {
				return vm.ThrowError("TypeError", "spawn: bad options")
			}
			sp, err := iso.startChild(&o)
			if err != nil {
				return wasm.MakeInt(-int32(errnoOr(err, syscall.EINVAL)))
			}
			nextID++
			cp := &childProc{iso: iso, id: nextID, pid: sp.pid, cb: vm.Dup(arg(args, 1)), ref: true, pipes: map[int]*childPipe{}, procs: procs}
			procs[cp.id] = cp
			iso.loop.Ref()
			for fd, f := range sp.parent {
				p := &childPipe{f: f}
				cp.pipes[fd] = p
				if sp.readable[fd] {
					p.reading = true
					p.ref = true
					iso.loop.Ref()
					cp.readers.Add(1)
					go cp.readLoop(fd, p)
				}
			}
			go func() {
				status, sig := waitPid(sp.pid)
				// Let output already written reach JS before 'exit' (as it
				// usually does under libuv), without waiting for pipes that
				// grandchildren keep open.
				done := make(chan struct{})
				go func() { cp.readers.Wait(); close(done) }()
				select {
				case <-done:
				case <-time.After(20 * time.Millisecond):
				}
				iso.loop.Post(func() {
					cp.exited = true
					if cp.ref {
						cp.ref = false
						iso.loop.Unref()
					}
					st := wasm.Null
					if sig == 0 {
						st = wasm.MakeInt(int32(status))
					}
					cp.emit("exit", st, wasm.MakeInt(int32(sig)))
					cp.maybeFree()
				})
			}()
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, wasm.MakeInt(int32(cp.id)))
			vm.SetIndex(arr, 1, wasm.MakeInt(int32(cp.pid)))
			return arr
		})

		iso.fn(obj, "write", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			cp := get(args)
			cb := vm.Dup(arg(args, 3))
			var p *childPipe
			if cp != nil {
				p = cp.pipes[int(arg(args, 1).Number())]
			}
			if p == nil || p.f == nil {
				iso.loop.Post(func() { iso.callback(cb, wasm.MakeInt(-int32(syscall.EBADF))); vm.Free(cb) })
				return wasm.Undefined
			}
			b, _ := vm.ViewBytes(arg(args, 2))
			data := append([]byte(nil), b...)
			f := p.f
			iso.loop.Ref()
			p.writes.Add(1)
			go func() {
				_, err := f.Write(data)
				p.writes.Done()
				iso.loop.Post(func() {
					iso.loop.Unref()
					code := wasm.MakeInt(0)
					if err != nil {
						code = wasm.MakeInt(-int32(errnoOr(err, syscall.EPIPE)))
					}
					iso.callback(cb, code)
					vm.Free(cb)
				})
			}()
			return wasm.Undefined
		})

		iso.fn(obj, "closeFd", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			cp := get(args)
			if cp == nil {
				return wasm.Undefined
			}
			fd := int(arg(args, 1).Number())
			if p := cp.pipes[fd]; p != nil && p.f != nil {
				f := p.f
				p.f = nil
				if p.reading {
					f.Close() // the reader sees the close and stops
				} else {
					// Let queued writes finish before closing.
					go func() { p.writes.Wait(); f.Close() }()
				}
			}
			cp.maybeFree()
			return wasm.Undefined
		})

		iso.fn(obj, "kill", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			cp := get(args)
			if cp == nil || cp.exited {
				return wasm.MakeInt(-int32(syscall.ESRCH))
			}
			sig := int(arg(args, 1).Number())
			if err := syscall.Kill(cp.pid, syscall.Signal(sig)); err != nil {
				return wasm.MakeInt(-int32(errnoOr(err, syscall.EINVAL)))
			}
			return wasm.MakeInt(0)
		})

		iso.fn(obj, "ref", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			cp := get(args)
			if cp == nil || cp.exited {
				return wasm.Undefined
			}
			on := vm.Bool(arg(args, 1))
			if on != cp.ref {
				cp.ref = on
				if on {
					iso.loop.Ref()
				} else {
					iso.loop.Unref()
				}
			}
			return wasm.Undefined
		})

		iso.fn(obj, "refPipe", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			cp := get(args)
			if cp == nil {
				return wasm.Undefined
			}
			p := cp.pipes[int(arg(args, 1).Number())]
			if p == nil || !p.reading {
				return wasm.Undefined
			}
			on := vm.Bool(arg(args, 2))
			if on != p.ref {
				p.ref = on
				if on {
					iso.loop.Ref()
				} else {
					iso.loop.Unref()
				}
			}
			return wasm.Undefined
		})

		iso.fn(obj, "spawnSync", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			if ex := iso.checkChildProcess(); ex != 0 {
				return ex
			}
			var o spawnOptions
			if err := json.Unmarshal([]byte(vm.String(arg(args, 0))), &o); err != nil {
				return vm.ThrowError("TypeError", "spawnSync: bad options")
			}
			var input []byte
			if in := arg(args, 1); in.IsObject() {
				b, _ := vm.ViewBytes(in)
				input = append([]byte(nil), b...)
			}
			r := iso.runSync(&o, input)
			res := vm.NewObject()
			vm.Set(res, "pid", wasm.MakeInt(int32(r.pid)))
			if r.errno != 0 {
				vm.Set(res, "error", wasm.MakeInt(-int32(r.errno)))
			}
			if r.started {
				if r.sig == 0 {
					vm.Set(res, "status", wasm.MakeInt(int32(r.status)))
				} else {
					vm.Set(res, "status", wasm.Null)
				}
				vm.Set(res, "signal", wasm.MakeInt(int32(r.sig)))
				out := vm.NewArray()
				for i := range o.Stdio {
					v := wasm.Null
					if b, ok := r.output[i]; ok {
						v = iso.newBuffer(b)
					}
					vm.SetIndex(out, uint32(i), v)
				}
				vm.Set(res, "output", out)
			}
			return res
		})
	}
}

// checkChildProcess returns 0 when spawning is allowed, else the thrown
// ERR_ACCESS_DENIED.
func (iso *Isolate) checkChildProcess() wasm.Value {
	p := iso.cfg.Permissions
	if p == nil || !p.Enabled || p.ChildProcess {
		return 0
	}
	return iso.throwAccessDenied(PermChildProcess, "")
}

type stdioSpec struct {
	Type string `json:"type"`
	Fd   int    `json:"fd"`
}

type spawnOptions struct {
	File       string      `json:"file"`
	Args       []string    `json:"args"`
	Cwd        string      `json:"cwd"`
	Env        []string    `json:"envPairs"`
	Stdio      []stdioSpec `json:"stdio"`
	Detached   bool        `json:"detached"`
	UID        *int        `json:"uid"`
	GID        *int        `json:"gid"`
	Timeout    float64     `json:"timeout"`
	KillSignal int         `json:"killSignal"`
	MaxBuffer  float64     `json:"maxBuffer"`
}

type childProc struct {
	iso    *Isolate
	id     int
	pid    int
	cb     wasm.Value // owned
	ref    bool
	exited bool
	pipes  map[int]*childPipe
	procs  map[int]*childProc // the binding's table, to leave when done
	// readers counts reader goroutines that have not yet posted their
	// final event.
	readers sync.WaitGroup
}

type childPipe struct {
	f       *os.File // the parent's end; nil once closed
	reading bool     // a reader goroutine owns it
	ref     bool
	writes  sync.WaitGroup
}

func (cp *childProc) emit(kind string, a, b wasm.Value) {
	vm := cp.iso.vm
	cp.iso.callback(cp.cb, vm.NewString(kind), a, b)
}

// maybeFree forgets a process that has exited and whose pipes are done.
func (cp *childProc) maybeFree() {
	procs := cp.procs
	if !cp.exited {
		return
	}
	for _, p := range cp.pipes {
		if p.reading || p.f != nil {
			return
		}
	}
	if _, ok := procs[cp.id]; ok {
		delete(procs, cp.id)
		cp.iso.vm.Free(cp.cb)
		cp.cb = 0
	}
}

// readLoop reads a pipe until end of file and posts what it reads.
func (cp *childProc) readLoop(fd int, p *childPipe) {
	iso := cp.iso
	f := p.f
	for {
		buf := make([]byte, 64<<10)
		n, err := f.Read(buf)
		if n > 0 {
			data := buf[:n]
			iso.loop.Post(func() {
				if p.f != nil && cp.cb != 0 {
					cp.emit("data", wasm.MakeInt(int32(fd)), iso.newBuffer(data))
				}
			})
		}
		if err != nil {
			defer cp.readers.Done()
			iso.loop.Post(func() {
				p.reading = false
				if p.ref {
					p.ref = false
					iso.loop.Unref()
				}
				closedByUs := p.f == nil
				if p.f != nil {
					p.f.Close()
					p.f = nil
				}
				if !closedByUs && cp.cb != 0 {
					if err == io.EOF || errors.Is(err, syscall.ECONNRESET) {
						cp.emit("end", wasm.MakeInt(int32(fd)), wasm.Undefined)
					} else {
						cp.emit("readerror", wasm.MakeInt(int32(fd)), wasm.MakeInt(-int32(errnoOr(err, syscall.EIO))))
					}
				}
				cp.maybeFree()
			})
			return
		}
	}
}

func errnoOr(err error, def syscall.Errno) syscall.Errno {
	if en := Errno(err); en != 0 {
		return en
	}
	return def
}

// startedChild is a process started with its parent-side pipe ends.
type startedChild struct {
	pid      int
	parent   map[int]*os.File // fd in the child → parent's end
	readable map[int]bool     // the parent reads from it
	writable map[int]bool     // the parent writes to it
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
	cwd := iso.env.Cwd
	if o.Cwd != "" {
		cwd = iso.abs(o.Cwd)
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
		case "inherit", "fd":
			fd := i
			if s.Type == "fd" {
				fd = s.Fd
			}
			files[i] = iso.inheritFd(fd, &childEnds)
		default:
			files[i] = ^uintptr(0)
		}
	}
	sys := &syscall.SysProcAttr{Setsid: o.Detached}
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

// inheritFd is the descriptor a child gets for the parent's fd. The
// isolate's standard streams may not be files (an embedder's writers):
// those are bridged through a pipe.
func (iso *Isolate) inheritFd(fd int, ends *[]*os.File) uintptr {
	var w io.Writer
	var r io.Reader
	switch fd {
	case 0:
		r = iso.cfg.Stdin
	case 1:
		w = iso.stdout
	case 2:
		w = iso.stderr
	default:
		// A JS fd is an index into the handle table, never the host's:
		// a child gets the host file behind it, or the slot closed.
		if hf, ok := iso.env.Handles.Get(fd).(binding.HostFile); ok && hf.HostFile() != nil {
			return hf.HostFile().Fd()
		}
		return ^uintptr(0)
	}
	if f, ok := r.(*os.File); ok {
		return f.Fd()
	}
	if f, ok := w.(*os.File); ok {
		return f.Fd()
	}
	if w != nil {
		pr, pw, err := os.Pipe()
		if err != nil {
			return uintptr(fd)
		}
		*ends = append(*ends, pw)
		go func() { io.Copy(w, pr); pr.Close() }()
		return pw.Fd()
	}
	return uintptr(fd)
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

type syncResult struct {
	started     bool
	pid         int
	status, sig int
	errno       syscall.Errno
	output      map[int][]byte
}

// runSync runs a child to completion (spawnSync), blocking the loop.
func (iso *Isolate) runSync(o *spawnOptions, input []byte) *syncResult {
	res := &syncResult{output: map[int][]byte{}}
	sc, err := iso.startChild(o)
	if err != nil {
		res.errno = errnoOr(err, syscall.EINVAL)
		return res
	}
	res.started = true
	res.pid = sc.pid
	killSig := syscall.Signal(o.KillSignal)
	if killSig == 0 {
		killSig = syscall.SIGTERM
	}
	var mu sync.Mutex
	var once sync.Once
	kill := func(en syscall.Errno) {
		once.Do(func() {
			mu.Lock()
			res.errno = en
			mu.Unlock()
			syscall.Kill(sc.pid, killSig)
		})
	}
	var wg sync.WaitGroup
	for fd, f := range sc.parent {
		if sc.readable[fd] {
			wg.Add(1)
			go func(fd int, f *os.File) {
				defer wg.Done()
				var out []byte
				buf := make([]byte, 64<<10)
				for {
					n, err := f.Read(buf)
					out = append(out, buf[:n]...)
					if o.MaxBuffer > 0 && float64(len(out)) > o.MaxBuffer {
						kill(syscall.ENOBUFS)
					}
					if err != nil {
						break
					}
				}
				mu.Lock()
				res.output[fd] = out
				mu.Unlock()
			}(fd, f)
		}
		if sc.writable[fd] && !sc.readable[fd] {
			go func(f *os.File) {
				if len(input) > 0 {
					f.Write(input)
				}
				f.Close()
			}(f)
		} else if fd == 0 {
			f.Close()
		}
	}
	var timer *time.Timer
	if o.Timeout > 0 {
		timer = time.AfterFunc(time.Duration(o.Timeout*float64(time.Millisecond)), func() { kill(syscall.ETIMEDOUT) })
	}
	res.status, res.sig = waitPid(sc.pid)
	if timer != nil {
		timer.Stop()
	}
	// As libuv's spawnSync, wait for the pipes to reach end of file too
	// (grandchildren holding them open delay the return).
	wg.Wait()
	for fd, f := range sc.parent {
		if sc.readable[fd] {
			f.Close()
		}
	}
	for i := range o.Stdio {
		if o.Stdio[i].Type == "pipe" && !sc.readable[i] {
			res.output[i] = nil
			delete(res.output, i)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return res
}
