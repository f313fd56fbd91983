package hostfs

import (
	"errors"
	"os"
	"path/filepath"
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

// watcher is an fs.watch handle. Its reader goroutine waits in the
// runtime's poller (the inotify descriptor is non-blocking), so it holds
// no thread.
type watcher struct {
	e         *binding.Env
	fs        FS
	fd        int
	file      *os.File
	cb        wasm.Value // owned until close
	ref       loop.Hold
	closed    bool
	base      string // basename of the path as given
	abs       string
	recursive bool
	wds       map[int]string // watch descriptor -> directory relative to abs (reader goroutine only)
}

// ActiveResource: fs.watch's handle.
func (w *watcher) ActiveResource() (string, bool) { return "FSEventWrap", w.ref.Held() }

func (w *watcher) setRef(on bool) {
	if !w.closed {
		w.ref.Set(w.e.Loop, on)
	}
}

// Close stops the watcher (on the loop).
func (w *watcher) Close() error {
	if w.closed {
		return nil
	}
	w.setRef(false)
	w.closed = true
	w.e.VM.Free(w.cb)
	return w.file.Close()
}

// add watches p (through a confined handle, so the watch is on what the
// policy allows) and records it under rel.
func (w *watcher) add(p Path, rel string, mask uint32) error {
	f, err := w.fs.WatchTarget(p)
	if err != nil {
		return err
	}
	defer f.Close()
	wd, err := unix.InotifyAddWatch(w.fd, procPath(int(f.Fd())), mask)
	if err != nil {
		return err
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
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return e.Throw(err, "watch", given, "")
	}
	w := &watcher{e: e, fs: FSOf(e), fd: fd, base: filepath.Base(given), abs: filepath.Clean(p.Abs), wds: map[int]string{}}
	w.file = os.NewFile(uintptr(fd), "inotify")
	if err := w.add(p, "", inotifyMask); err != nil {
		w.file.Close()
		return e.Throw(err, "watch", given, "")
	}
	if st, err := w.fs.Stat(p); err == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR && recursive {
		w.recursive = true
		w.addTree("")
	}
	slot, err := e.Handles.Add(w)
	if err != nil {
		w.file.Close()
		return e.Throw(err, "watch", given, "")
	}
	w.cb = e.VM.Dup(binding.Arg(args, 2))
	w.setRef(true)
	go w.read()
	return wasm.MakeInt(int32(slot))
}

// read runs on its own goroutine until the watcher closes.
func (w *watcher) read() {
	buf := make([]byte, 64<<10)
	for {
		n, err := w.file.Read(buf)
		if err != nil {
			if errors.Is(err, os.ErrClosed) {
				return
			}
			if errors.Is(err, unix.EINTR) || errors.Is(err, unix.EAGAIN) {
				continue
			}
			w.e.Loop.Post(func() { w.deliver([]watchEvent{{err: err}}) })
			return
		}
		if evs := w.parse(buf[:n]); len(evs) > 0 {
			w.e.Loop.Post(func() { w.deliver(evs) })
		}
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

// parse turns a buffer of inotify records into events.
func (w *watcher) parse(buf []byte) []watchEvent {
	var out []watchEvent
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
		off += unix.SizeofInotifyEvent + int(ev.Len)
		name := string(nameBytes)
		for len(name) > 0 && name[len(name)-1] == 0 {
			name = name[:len(name)-1]
		}
		mask := ev.Mask
		if mask&unix.IN_Q_OVERFLOW != 0 {
			continue
		}
		rel, known := w.wds[int(ev.Wd)]
		if !known {
			continue
		}
		if mask&unix.IN_IGNORED != 0 && rel != "" {
			delete(w.wds, int(ev.Wd))
			continue
		}
		typ := ""
		if mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
			typ = "rename"
		} else if mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0 {
			typ = "change"
		}
		if typ == "" {
			continue
		}
		var fname string
		switch {
		case name != "":
			fname = filepath.Join(rel, name)
		case rel == "":
			fname = w.base
		default:
			continue // a subdirectory's own events: its parent reports them
		}
		if w.recursive && name != "" && mask&unix.IN_ISDIR != 0 && mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
			if w.add(Path{Abs: filepath.Join(w.abs, fname)}, fname, inotifyMask|unix.IN_ONLYDIR) == nil {
				w.addTree(fname)
			}
		}
		out = append(out, watchEvent{typ: typ, name: fname})
	}
	return out
}
