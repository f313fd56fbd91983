package host

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/hostnet"
	"github.com/wqnode/wqnode/wasm"
)

// The 'process_wrap' binding spawns child processes for child_process.
// A child is a handle in the isolate's table (its index is the id JS
// holds), and so is each of the parent's pipe ends to it.
//
//	spawn(optionsJSON, onEvent) -> [id, pid, channel] or a negative errno
//	    options: {file, args, cwd, envPairs, stdio, detached, uid, gid}
//	    stdio[i]: {type: 'pipe'|'ignore'|'inherit'|'fd'|'ipc', fd}
//	    channel: for an 'ipc' entry, the stream handle id of the parent's
//	    end of the IPC channel (a socketpair), else undefined
//	    onEvent(kind, a, b) is called on the loop:
//	      ('exit', status|null, signum)  the process ended
//	      ('data', fd, buffer)           output read from a pipe
//	      ('end', fd)                    a pipe reached end of file
//	      ('readerror', fd, errno)       a read failed
//	write(id, fd, uint8array, cb)  writes all bytes; cb(errno) on the loop
//	closeFd(id, fd)                closes the parent's end of a pipe
//	kill(id, signum) -> 0 or a negative errno
//	ref(id, bool), refPipe(id, fd, bool)
//	openChannel() -> the stream handle id of the channel to this
//	    process's parent (Config.Channel, from NODE_CHANNEL_FD), once;
//	    undefined when there is none
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
	// pausePipe(id, fd, on): the parent stops (or restarts) reading a pipe
	// of a child, as when another child was given it as stdio.
	{Name: "pausePipe", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if cp := childOf(e, args); cp != nil {
			if p := cp.pipes[int(binding.Arg(args, 1).Number())]; p != nil {
				p.pause(e.VM.Bool(binding.Arg(args, 2)))
			}
		}
		return wasm.Undefined
	}},
	{Name: "openChannel", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		iso := isoOf(e)
		f := iso.cfg.Channel
		if f == nil {
			return wasm.Undefined
		}
		iso.cfg.Channel = nil
		id, _, err := hostnet.OpenIPC(e, f)
		if err != nil {
			return wasm.MakeInt(-int32(errnoOr(err, syscall.EBADF)))
		}
		return wasm.MakeInt(int32(id))
	}},
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

// childOptions decodes the options of spawn or spawnSync (named by
// call) once the policy allows a child; else ex is the thrown exception.
func childOptions(e *binding.Env, args []wasm.Value, call string) (o spawnOptions, ex wasm.Value) {
	if err := e.Policy.Check(permission.ChildProcess, ""); err != nil {
		return o, e.Throw(err, call, "", "")
	}
	if err := json.Unmarshal([]byte(e.VM.String(binding.Arg(args, 0))), &o); err != nil {
		return o, e.VM.ThrowError("TypeError", call+": bad options")
	}
	return o, 0
}

func spawnChild(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	iso, vm := isoOf(e), e.VM
	o, ex := childOptions(e, args, "spawn")
	if ex != 0 {
		return ex
	}
	defer func() {
		for _, s := range o.Stdio {
			if s.file != nil {
				s.file.Close()
			}
		}
	}()
	for i := range o.Stdio {
		s := &o.Stdio[i]
		if s.Type != "child" {
			continue
		}
		var p *childPipe
		if src := childrenOf(e).byID[s.Child]; src != nil {
			p = src.pipes[s.Fd]
		}
		if p == nil || p.f == nil {
			return wasm.MakeInt(-int32(syscall.EBADF))
		}
		f, err := reopenPipe(p.f)
		if err != nil {
			return wasm.MakeInt(-int32(errnoOr(err, syscall.EBADF)))
		}
		s.file = f
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
	cp := &childProc{iso: iso, id: cs.next, pid: sp.pid, group: sp.group, cb: vm.Dup(binding.Arg(args, 1)), ref: true, pipes: map[int]*childPipe{}}
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
	ch := -1
	if sp.ipc != nil {
		if id, end, err := hostnet.OpenIPC(e, sp.ipc); err == nil {
			ch, cp.channel = id, end
		}
	}
	go cp.wait()
	if ch >= 0 {
		return intArray(vm, []int{cp.id, cp.pid, ch})
	}
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
	deadline := time.Now().Add(20 * time.Millisecond)
	select {
	case <-done:
	case <-time.After(time.Until(deadline)):
	}
	if c := cp.channel; c != nil {
		// The channel's end comes as soon as the child is gone and JS has
		// taken what it sent, unless a grandchild holds its descriptor:
		// wait while the channel still delivers (and 250 ms more once it
		// waits for bytes), so 'disconnect' precedes 'exit' as in Node.
		for seen := c.Reads(); ; {
			select {
			case <-c.Ended:
			case <-time.After(250 * time.Millisecond):
				if now := c.Reads(); now != seen || c.Delivering() {
					seen = now
					continue
				}
			}
			break
		}
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

type stdioSpec struct {
	Type string `json:"type"`
	Fd   int    `json:"fd"`
	// "child": the parent's end of another child's pipe (child names it,
	// fd is its descriptor there), opened anew as file for this child.
	Child int      `json:"child"`
	file  *os.File // owned until the spawn
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
	group  bool       // leads a process group (startedChild.group)
	cb     wasm.Value // owned
	ref    bool
	exited bool
	pipes  map[int]*childPipe
	freed  bool
	// channel tells when the IPC channel's end was posted.
	channel *hostnet.IPCEnd
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
	// paused stops the reader (another child reads this pipe now): its
	// read ends at a past deadline and waits for wake.
	mu     sync.Mutex
	paused bool
	wake   chan struct{}
}

// pause stops or restarts the reader of a pipe the parent reads.
func (p *childPipe) pause(on bool) {
	if p.f == nil || !p.reading {
		return
	}
	p.mu.Lock()
	if p.wake == nil {
		p.wake = make(chan struct{}, 1)
	}
	p.paused = on
	p.mu.Unlock()
	if on {
		p.f.SetReadDeadline(time.Unix(1, 0))
		return
	}
	p.f.SetReadDeadline(time.Time{})
	p.signal()
}

func (p *childPipe) signal() {
	p.mu.Lock()
	w := p.wake
	p.mu.Unlock()
	if w != nil {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

// waitResumed holds a paused reader until the pipe is resumed or closed.
func (p *childPipe) waitResumed() {
	p.mu.Lock()
	paused, w := p.paused, p.wake
	p.mu.Unlock()
	if paused && w != nil {
		<-w
	}
}

// reopenPipe opens the pipe f is an end of as a new open file (its own
// blocking mode, for a child's stdio), or, for a socket, duplicates it.
func reopenPipe(f *os.File) (*os.File, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	fd := -1
	if err := rc.Control(func(x uintptr) { fd = int(x) }); err != nil {
		return nil, err
	}
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return nil, err
	}
	if g, err := os.OpenFile(fmt.Sprintf("/proc/self/fd/%d", fd), (fl&unix.O_ACCMODE)|unix.O_CLOEXEC, 0); err == nil {
		return g, nil
	}
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(nfd), "pipe"), nil
}

// ActiveResource: a running, ref'd child keeps the loop alive.
func (cp *childProc) ActiveResource() (string, bool) { return "ProcessWrap", cp.ref && !cp.exited }

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
	if !cp.exited && cp.iso.cfg.KillChildrenOnClose {
		// Not after it exited: its pid (and group id) may be another's.
		killAll(cp.pid, cp.group)
	}
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
		err := f.Close()
		p.signal() // a paused reader sees the close
		return err
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
		if n == 0 && errors.Is(err, os.ErrDeadlineExceeded) {
			p.waitResumed()
			continue
		}
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
