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
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// The 'process_wrap' binding spawns child processes for child_process.
// A child is a handle in the isolate's table (its index is the id JS
// holds), and so is each of the parent's pipe ends to it.
//
//	spawn(optionsJSON, onEvent) -> [id, pid] or a negative errno
//	    options: {file, args, cwd, envPairs, stdio, detached, uid, gid}
//	    stdio[i]: {type: 'pipe'|'ignore'|'inherit'|'fd', fd}
//	    onEvent(kind, a, b) is called on the loop:
//	      ('exit', status|null, signum)  the process ended
//	      ('data', fd, buffer)           output read from a pipe
//	      ('end', fd)                    a pipe reached end of file
//	      ('readerror', fd, errno)       a read failed
//	write(id, fd, uint8array, cb)  writes all bytes; cb(errno) on the loop
//	closeFd(id, fd)                closes the parent's end of a pipe
//	kill(id, signum) -> 0 or a negative errno
//	ref(id, bool), refPipe(id, fd, bool)
//	spawnSync(optionsJSON, input|undefined) -> {pid, status, signal, output, error}
//	    extra options: timeout, killSignal, maxBuffer
//
// The process keeps the loop alive until it exits (unless unref'd); a pipe
// being read keeps it alive until its end of file (unless unref'd).
var processWrapBinding = &binding.Module{Name: "process_wrap", Funcs: []binding.Func{
	{Name: "spawn", Fn: spawnChild},
	{Name: "write", Fn: childWrite},
	{Name: "closeFd", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cp := childOf(e, args)
		if cp == nil {
			return wasm.Undefined
		}
		fd := int(binding.Arg(args, 1).Number())
		if p := cp.pipes[fd]; p != nil && p.f != nil {
			cp.closePipe(p)
		}
		cp.maybeFree()
		return wasm.Undefined
	}},
	{Name: "kill", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cp := childOf(e, args)
		if cp == nil || cp.exited {
			return wasm.MakeInt(-int32(syscall.ESRCH))
		}
		sig := int(binding.Arg(args, 1).Number())
		if err := syscall.Kill(cp.pid, syscall.Signal(sig)); err != nil {
			return wasm.MakeInt(-int32(errnoOr(err, syscall.EINVAL)))
		}
		return wasm.MakeInt(0)
	}},
	{Name: "ref", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cp := childOf(e, args)
		if cp == nil || cp.exited {
			return wasm.Undefined
		}
		setRef(e, &cp.ref, e.VM.Bool(binding.Arg(args, 1)))
		return wasm.Undefined
	}},
	{Name: "refPipe", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		cp := childOf(e, args)
		if cp == nil {
			return wasm.Undefined
		}
		p := cp.pipes[int(binding.Arg(args, 1).Number())]
		if p == nil || !p.reading {
			return wasm.Undefined
		}
		setRef(e, &p.ref, e.VM.Bool(binding.Arg(args, 2)))
		return wasm.Undefined
	}},
	{Name: "spawnSync", Fn: spawnSync},
}}

// setRef turns a handle's hold on the loop on or off.
func setRef(e *binding.Env, ref *bool, on bool) {
	if on == *ref {
		return
	}
	*ref = on
	if on {
		e.Loop.Ref()
	} else {
		e.Loop.Unref()
	}
}

type childKey struct{}

// children are an isolate's live children by id. JS names a child by an
// id that is never reused (unlike handle indexes), so a late call for a
// child that is gone can never reach a newer one.
type children struct {
	next int
	byID map[int]*childProc
}

func childrenOf(e *binding.Env) *children {
	return binding.State(e, childKey{}, func() *children { return &children{byID: map[int]*childProc{}} })
}

// childOf is the child whose id is args[0], or nil.
func childOf(e *binding.Env, args []wasm.Value) *childProc {
	return childrenOf(e).byID[int(binding.Arg(args, 0).Number())]
}

// ownChild reports whether pid is a running child this isolate spawned.
func ownChild(e *binding.Env, pid int) bool {
	found := false
	e.Handles.Each(func(_ int, h binding.Handle) {
		if cp, ok := h.(*childProc); ok && cp.pid == pid && !cp.exited {
			found = true
		}
	})
	return found
}

func spawnChild(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	if err := e.Policy.Check(permission.ChildProcess, ""); err != nil {
		return e.Throw(err, "spawn", "", "")
	}
	var o spawnOptions
	if err := json.Unmarshal([]byte(vm.String(binding.Arg(args, 0))), &o); err != nil {
		return vm.ThrowError("TypeError", "spawn: bad options")
	}
	if e.Handles.Len()+len(o.Stdio)+1 > handleLimit(e) {
		return wasm.MakeInt(-int32(syscall.EMFILE))
	}
	sp, err := iso.startChild(&o)
	if err != nil {
		return wasm.MakeInt(-int32(errnoOr(err, syscall.EINVAL)))
	}
	cs := childrenOf(e)
	cs.next++
	cp := &childProc{iso: iso, id: cs.next, pid: sp.pid, cb: vm.Dup(binding.Arg(args, 1)), ref: true, pipes: map[int]*childPipe{}}
	cp.slot, _ = e.Handles.Add(cp)
	cs.byID[cp.id] = cp
	e.Loop.Ref()
	for fd, f := range sp.parent {
		p := &childPipe{f: f}
		p.slot, _ = e.Handles.Add(p)
		cp.pipes[fd] = p
		if sp.readable[fd] {
			p.reading = true
			p.ref = true
			e.Loop.Ref()
			cp.readers.Add(1)
			go cp.readLoop(fd, p)
		}
	}
	go cp.wait()
	return intArray(vm, []int{cp.id, cp.pid})
}

// handleLimit is the isolate's handle table bound.
func handleLimit(e *binding.Env) int {
	if e.Handles.Limit > 0 {
		return e.Handles.Limit
	}
	return binding.DefaultHandleLimit
}

// wait waits for the child off the loop and posts its 'exit'.
func (cp *childProc) wait() {
	iso := cp.iso
	status, sig := waitPid(cp.pid)
	// Let output already written reach JS before 'exit' (as it usually
	// does under libuv), without waiting for pipes that grandchildren
	// keep open.
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
		if cp.cb != 0 {
			st := wasm.Null
			if sig == 0 {
				st = wasm.MakeInt(int32(status))
			}
			cp.emit("exit", st, wasm.MakeInt(int32(sig)))
		}
		cp.maybeFree()
	})
}

func childWrite(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	cp := childOf(e, args)
	cb := vm.Dup(binding.Arg(args, 3))
	var p *childPipe
	if cp != nil {
		p = cp.pipes[int(binding.Arg(args, 1).Number())]
	}
	if p == nil || p.f == nil {
		req := e.Loop.Reserve()
		req.Complete(func() { iso.callback(cb, wasm.MakeInt(-int32(syscall.EBADF))); vm.Free(cb) })
		return wasm.Undefined
	}
	b, _ := vm.ViewBytes(binding.Arg(args, 2))
	data := append([]byte(nil), b...)
	f := p.f
	req := e.Loop.Reserve()
	p.writes.Add(1)
	// A pipe write blocks until the child reads: it must not hold one of
	// the pool's workers (a child that never reads would starve the fs).
	// Writes to one pipe are one goroutine each, bounded by the bytes the
	// JS stream buffers (its highWaterMark backpressure).
	go func() {
		_, err := f.Write(data)
		p.writes.Done()
		req.Complete(func() {
			code := wasm.MakeInt(0)
			if err != nil {
				code = wasm.MakeInt(-int32(errnoOr(err, syscall.EPIPE)))
			}
			iso.callback(cb, code)
			vm.Free(cb)
		})
	}()
	return wasm.Undefined
}

func spawnSync(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	if err := e.Policy.Check(permission.ChildProcess, ""); err != nil {
		return e.Throw(err, "spawnSync", "", "")
	}
	var o spawnOptions
	if err := json.Unmarshal([]byte(vm.String(binding.Arg(args, 0))), &o); err != nil {
		return vm.ThrowError("TypeError", "spawnSync: bad options")
	}
	var input []byte
	if in := binding.Arg(args, 1); in.IsObject() {
		b, _ := vm.ViewBytes(in)
		input = append([]byte(nil), b...)
	}
	// Output is host memory meant for the isolate: maxBuffer is bounded
	// by the isolate's limit (past it the child is killed, ENOBUFS).
	if o.MaxBuffer <= 0 || o.MaxBuffer > float64(e.MaxBuffer) {
		o.MaxBuffer = float64(e.MaxBuffer)
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
	id     int // JS's name for it
	slot   int // its index in the handle table
	pid    int
	cb     wasm.Value // owned
	ref    bool
	exited bool
	pipes  map[int]*childPipe
	freed  bool
	// readers counts reader goroutines that have not yet posted their
	// final event.
	readers sync.WaitGroup
}

type childPipe struct {
	slot    int      // its index in the handle table
	f       *os.File // the parent's end; nil once closed
	reading bool     // a reader goroutine owns it
	ref     bool
	writes  sync.WaitGroup
}

func (cp *childProc) emit(kind string, a, b wasm.Value) {
	vm := cp.iso.vm
	cp.iso.callback(cp.cb, vm.NewString(kind), a, b)
}

// maybeFree forgets a process that has exited and whose pipes are done:
// its handle leaves the table.
func (cp *childProc) maybeFree() {
	if !cp.exited || cp.freed {
		return
	}
	for _, p := range cp.pipes {
		if p.reading || p.f != nil {
			return
		}
	}
	cp.freed = true
	e := cp.iso.env
	if h, ok := e.Handles.Get(cp.slot).(*childProc); ok && h == cp {
		e.Handles.Remove(cp.slot)
	}
	delete(childrenOf(e).byID, cp.id)
	if cp.cb != 0 {
		cp.iso.vm.Free(cp.cb)
		cp.cb = 0
	}
}

// Close is the isolate closing: the parent's pipe ends are closed (the
// process itself runs on, as a child of a Node process that exits does).
func (cp *childProc) Close() error {
	cp.exited, cp.freed = true, true
	for _, p := range cp.pipes {
		p.Close()
	}
	return nil
}

// closePipe closes the parent's end of p and takes it out of the table.
func (cp *childProc) closePipe(p *childPipe) {
	e := cp.iso.env
	if h, ok := e.Handles.Get(p.slot).(*childPipe); ok && h == p {
		e.Handles.Remove(p.slot)
	}
	p.Close()
}

// Close closes the parent's end of the pipe: at once when a reader owns
// it (the reader sees the close and stops), else after queued writes.
func (p *childPipe) Close() error {
	f := p.f
	if f == nil {
		return nil
	}
	p.f = nil
	if p.reading {
		return f.Close()
	}
	go func() { p.writes.Wait(); f.Close() }()
	return nil
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
					cp.closePipe(p)
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
	if en := binding.Errno(err); en != 0 {
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
