package hostfs

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// The fs_watch binding backs fs.watch (inotify, as libuv on Linux) and
// fs.statfs.
//
//	start(path, recursive, cb) -> handle
//	    Watches path; throws Node's system error (syscall 'watch') when the
//	    watch cannot be set up. Events arrive on the loop as
//	    cb(eventType, filename) with eventType 'rename' or 'change' and
//	    filename the entry's name (relative to path for a recursive
//	    watch, the watched file's basename when path is not a directory),
//	    or as cb('error', err) when reading events fails. A new watcher
//	    keeps the loop alive until unref(handle) or close(handle).
//	close(handle), ref(handle), unref(handle)
//	statfs(path[, cb]) -> [type, bsize, blocks, bfree, bavail, files, ffree]
var fsWatch = binding.Module{Name: "fs_watch", Funcs: []binding.Func{
	{Name: "start", Fn: watchStart},
	{Name: "close", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		i := int(num(args, 0))
		if _, ok := binding.Lookup[*watcher](e.Handles, i); ok {
			e.Handles.Remove(i).Close()
		}
		return wasm.Undefined
	}},
	{Name: "ref", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if w, ok := binding.Lookup[*watcher](e.Handles, int(num(args, 0))); ok {
			w.setRef(true)
		}
		return wasm.Undefined
	}},
	{Name: "unref", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if w, ok := binding.Lookup[*watcher](e.Handles, int(num(args, 0))); ok {
			w.setRef(false)
		}
		return wasm.Undefined
	}},
	{Name: "statfs", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		return onPath(e, args, 1, "statfs", func(fs FS, p Path) (binding.Result, error) {
			st, err := fs.Statfs(p)
			if err != nil {
				return nil, err
			}
			vals := []float64{float64(st.Type), float64(st.Bsize), float64(st.Blocks), float64(st.Bfree),
				float64(st.Bavail), float64(st.Files), float64(st.Ffree)}
			return func(e *binding.Env) wasm.Value {
				arr := e.VM.NewArray()
				for i, v := range vals {
					e.VM.SetIndex(arr, uint32(i), e.VM.NewNumber(v))
				}
				return arr
			}, nil
		})
	}},
}}

const inotifyMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

type watchEvent struct {
	typ, name string
	err       error
}

// One inotify instance serves every watcher of the process, as libuv
// serves every watcher of a loop with one: the kernel allows a user 128
// instances in all, so one per fs.watch let a script exhaust them for the
// whole host (the embedder's and other tenants' watches too). Watches on
// the same inode share their watch descriptor; the hub keeps, per
// descriptor, the watchers subscribed and what the descriptor names for
// each. A tree of isolates may hold maxTreeWatches watches, the process
// maxWatches (the kernel's per-user budget is shared with everything else
// the user runs); past either, watching fails with ENOSPC as the kernel's
// own limit does.
var (
	maxTreeWatches = 8192
	maxWatches     = 65536
)

type inotifyHub struct {
	once sync.Once
	err  error
	fd   int
	file *os.File

	mu    sync.Mutex
	subs  map[int]map[*watcher]struct{} // watch descriptor -> watchers
	count map[any]int                   // watches per isolate tree
	total int
}

var hub inotifyHub

// start makes the instance and its reader goroutine, once. The reader
// waits in the runtime's poller (the descriptor is non-blocking), so it
// holds no thread.
func (h *inotifyHub) start() error {
	h.once.Do(func() {
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			h.err = err
			return
		}
		h.fd = fd
		h.file = os.NewFile(uintptr(fd), "inotify")
		h.subs = map[int]map[*watcher]struct{}{}
		h.count = map[any]int{}
		go h.read()
	})
	return h.err
}

// read dispatches the instance's events to their watchers, for good.
func (h *inotifyHub) read() {
	buf := make([]byte, 64<<10)
	for {
		n, err := h.file.Read(buf)
		if err != nil {
			if errors.Is(err, unix.EINTR) || errors.Is(err, unix.EAGAIN) {
				continue
			}
			h.mu.Lock()
			seen := map[*watcher]bool{}
			for _, ws := range h.subs {
				for w := range ws {
					if !seen[w] {
						seen[w] = true
						w.post([]watchEvent{{err: err}})
					}
				}
			}
			h.mu.Unlock()
			return
		}
		h.dispatch(buf[:n])
	}
}

// dispatch turns a buffer of inotify records into each watcher's events.
func (h *inotifyHub) dispatch(buf []byte) {
	type dirAdd struct {
		w   *watcher
		rel string
	}
	var adds []dirAdd
	out := map[*watcher][]watchEvent{}
	var order []*watcher
	h.mu.Lock()
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
		off += unix.SizeofInotifyEvent + int(ev.Len)
		name := string(nameBytes)
		for len(name) > 0 && name[len(name)-1] == 0 {
			name = name[:len(name)-1]
		}
		mask, wd := ev.Mask, int(ev.Wd)
		if mask&unix.IN_Q_OVERFLOW != 0 {
			continue
		}
		if mask&unix.IN_IGNORED != 0 {
			// The kernel dropped the watch (its inode is gone): it no
			// longer counts, and its number may be handed out again.
			for w := range h.subs[wd] {
				delete(w.wds, wd)
				h.uncountLocked(w)
			}
			delete(h.subs, wd)
			continue
		}
		for w := range h.subs[wd] {
			rel := w.wds[wd]
			ev, ok := w.event(mask, rel, name)
			if !ok {
				continue
			}
			if w.recursive && name != "" && mask&unix.IN_ISDIR != 0 && mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
				adds = append(adds, dirAdd{w, ev.name})
			}
			if out[w] == nil {
				order = append(order, w)
			}
			out[w] = append(out[w], ev)
		}
	}
	h.mu.Unlock()
	for _, a := range adds {
		if a.w.add(Path{Abs: filepath.Join(a.w.abs, a.rel)}, a.rel, inotifyMask|unix.IN_ONLYDIR) == nil {
			a.w.addTree(a.rel)
		}
	}
	for _, w := range order {
		w.post(out[w])
	}
}

func (h *inotifyHub) uncountLocked(w *watcher) {
	if h.count[w.group]--; h.count[w.group] <= 0 {
		delete(h.count, w.group)
	}
	h.total--
}

// watcher is an fs.watch handle: its subscriptions to the hub's watch
// descriptors.
type watcher struct {
	e         *binding.Env
	fs        FS
	group     any        // its isolate tree, for the watch quota
	cb        wasm.Value // owned until close
	ref       loop.Hold
	closed    bool
	gone      atomic.Bool // closed: the hub's goroutine posts nothing more
	base      string      // basename of the path as given
	abs       string
	recursive bool
	wds       map[int]string // watch descriptor -> directory relative to abs (hub.mu)
}

// ActiveResource: fs.watch's handle.
func (w *watcher) ActiveResource() (string, bool) { return "FSEventWrap", w.ref.Held() }

func (w *watcher) setRef(on bool) {
	if !w.closed {
		w.ref.Set(w.e.Loop, on)
	}
}

// Close stops the watcher (on the loop): its subscriptions go, and the
// watches no watcher uses any more.
func (w *watcher) Close() error {
	if w.closed {
		return nil
	}
	w.setRef(false)
	w.closed = true
	w.gone.Store(true)
	w.e.VM.Free(w.cb)
	w.unsubscribe()
	return nil
}

func (w *watcher) unsubscribe() {
	hub.mu.Lock()
	defer hub.mu.Unlock()
	for wd := range w.wds {
		ws := hub.subs[wd]
		delete(ws, w)
		hub.uncountLocked(w)
		if len(ws) == 0 {
			delete(hub.subs, wd)
			unix.InotifyRmWatch(hub.fd, uint32(wd))
		}
	}
	w.wds = nil
}

// add watches p (through a confined handle, so the watch is on what the
// policy allows) and records it under rel.
func (w *watcher) add(p Path, rel string, mask uint32) error {
	f, err := w.fs.WatchTarget(p)
	if err != nil {
		return err
	}
	defer f.Close()
	hub.mu.Lock()
	defer hub.mu.Unlock()
	if w.wds == nil {
		return nil // closed meanwhile
	}
	if hub.count[w.group] >= maxTreeWatches || hub.total >= maxWatches {
		return unix.ENOSPC
	}
	// IN_MASK_ADD: another watcher of the same inode keeps its events.
	wd, err := unix.InotifyAddWatch(hub.fd, procPath(int(f.Fd())), mask|unix.IN_MASK_ADD)
	if err != nil {
		return err
	}
	ws := hub.subs[wd]
	if ws == nil {
		ws = map[*watcher]struct{}{}
		hub.subs[wd] = ws
	}
	if _, dup := ws[w]; !dup {
		ws[w] = struct{}{}
		hub.count[w.group]++
		hub.total++
	}
	w.wds[wd] = rel
	return nil
}

// addTree watches every directory under rel for a recursive watcher;
// entries that vanish meanwhile are skipped.
func (w *watcher) addTree(rel string) {
	ents, err := w.fs.ReadDir(Path{Abs: filepath.Join(w.abs, rel)}, false)
	if err != nil {
		return
	}
	for _, d := range ents {
		if d.Type != 2 {
			continue
		}
		r := filepath.Join(rel, d.Name)
		if w.add(Path{Abs: filepath.Join(w.abs, r)}, r, inotifyMask|unix.IN_ONLYDIR) == nil {
			w.addTree(r)
		}
	}
}

func watchStart(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	given, p := pathArg(e, args, 0)
	recursive := e.VM.Bool(binding.Arg(args, 1))
	if err := hub.start(); err != nil {
		return e.Throw(err, "watch", given, "")
	}
	w := &watcher{e: e, fs: FSOf(e), group: e.PoolGroup(), base: filepath.Base(given), abs: filepath.Clean(p.Abs), wds: map[int]string{}}
	if recursive {
		st, err := w.fs.Stat(p)
		w.recursive = err == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR
	}
	if err := w.add(p, "", inotifyMask); err != nil {
		w.unsubscribe()
		return e.Throw(err, "watch", given, "")
	}
	if w.recursive {
		w.addTree("")
	}
	slot, err := e.Handles.Add(w)
	if err != nil {
		w.unsubscribe()
		return e.Throw(err, "watch", given, "")
	}
	w.cb = e.VM.Dup(binding.Arg(args, 2))
	w.setRef(true)
	return wasm.MakeInt(int32(slot))
}

// post hands events to the watcher's loop (from the hub's goroutine).
func (w *watcher) post(evs []watchEvent) {
	if !w.gone.Load() {
		w.e.Loop.Post(func() { w.deliver(evs) })
	}
}

// deliver calls the JS callback for each event (on the loop).
func (w *watcher) deliver(evs []watchEvent) {
	vm := w.e.VM
	for _, ev := range evs {
		if w.closed {
			return
		}
		if ev.err != nil {
			w.e.Callback(w.cb, vm.NewString("error"), w.e.ErrorValue(ev.err, "watch", "", ""))
			continue
		}
		w.e.Callback(w.cb, vm.NewString(ev.typ), vm.NewString(ev.name))
	}
}

// event is what an inotify record on a directory the watcher names rel
// means to it ('rename' or 'change', and the file name it reports).
func (w *watcher) event(mask uint32, rel, name string) (watchEvent, bool) {
	typ := ""
	if mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
		typ = "rename"
	} else if mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
		typ = "change"
	}
	if typ == "" {
		return watchEvent{}, false
	}
	var fname string
	switch {
	case name != "":
		fname = filepath.Join(rel, name)
	case rel == "":
		fname = w.base
	default:
		return watchEvent{}, false // a subdirectory's own events: its parent reports them
	}
	return watchEvent{typ: typ, name: fname}, true
}
