package host

import (
	"errors"
	"os"
	"path/filepath"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/wasm"
)

// The 'fs_watch' binding backs fs.watch (inotify, as libuv on Linux) and
// fs.statfs.
//
//	start(path, recursive, cb) -> id
//	    Watches path; throws Node's system error (syscall 'watch') when the
//	    watch cannot be set up. Events arrive on the loop as
//	    cb(eventType, filename) with eventType 'rename' or 'change' and
//	    filename the entry's name (relative to path for a recursive
//	    watch, the watched file's basename when path is not a directory),
//	    or as cb('error', err) when reading events fails. A new watcher
//	    keeps the loop alive until unref(id) or close(id).
//	close(id), ref(id), unref(id)
//	statfs(path[, cb]) -> [type, bsize, blocks, bfree, bavail, files, ffree]
//	    Synchronous without cb, else cb(err) / cb(null, array) on the loop.

const inotifyMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

type fsWatchEvent struct {
	typ, name string
	err       error
}

type fsWatcher struct {
	fd        int
	file      *os.File
	cb        wasm.Value // owned until close
	ref       bool
	closed    bool
	base      string // basename of the path as given
	abs       string
	recursive bool
	wds       map[int]string // watch descriptor -> directory relative to abs (reader goroutine only)
}

// addTree watches every directory under dir (relative rel) for a
// recursive watcher; failures on entries that vanish are ignored.
func (w *fsWatcher) addTree(dir, rel string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		r := filepath.Join(rel, e.Name())
		wd, err := unix.InotifyAddWatch(w.fd, p, inotifyMask|unix.IN_ONLYDIR|unix.IN_DONT_FOLLOW)
		if err != nil {
			continue
		}
		w.wds[wd] = r
		w.addTree(p, r)
	}
}

// parse turns a buffer of inotify records into events.
func (w *fsWatcher) parse(buf []byte) []fsWatchEvent {
	var out []fsWatchEvent
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
			// a subdirectory's own events: its parent reports them
			continue
		}
		if w.recursive && name != "" && mask&unix.IN_ISDIR != 0 && mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
			p := filepath.Join(w.abs, fname)
			if wd, err := unix.InotifyAddWatch(w.fd, p, inotifyMask|unix.IN_ONLYDIR|unix.IN_DONT_FOLLOW); err == nil {
				w.wds[wd] = fname
				w.addTree(p, fname)
			}
		}
		out = append(out, fsWatchEvent{typ: typ, name: fname})
	}
	return out
}

func init() {
	bindings["fs_watch"] = func(iso *Isolate, obj wasm.Value) {
		watchers := map[int]*fsWatcher{}
		// Watchers still open when an embedder closes the isolate.
		iso.onClose(func() {
			for id, w := range watchers {
				delete(watchers, id)
				w.closed = true
				w.file.Close()
			}
		})
		next := 1

		deliver := func(w *fsWatcher, evs []fsWatchEvent) {
			vm := iso.vm
			for _, e := range evs {
				if w.closed {
					return
				}
				if e.err != nil {
					iso.callback(w.cb, vm.NewString("error"), iso.systemErrorValue(e.err, "watch", "", ""))
					continue
				}
				iso.callback(w.cb, vm.NewString(e.typ), vm.NewString(e.name))
			}
		}

		iso.fn(obj, "start", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p := vm.String(arg(args, 0))
			recursive := vm.Bool(arg(args, 1))
			if ex := iso.checkRead(p); ex != 0 {
				return ex
			}
			abs := iso.abs(p)
			fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
			if err != nil {
				return iso.throwSystemError(err, "watch", p, "")
			}
			wd, err := unix.InotifyAddWatch(fd, abs, inotifyMask)
			if err != nil {
				unix.Close(fd)
				return iso.throwSystemError(err, "watch", p, "")
			}
			w := &fsWatcher{fd: fd, base: filepath.Base(p), abs: abs, wds: map[int]string{wd: ""}}
			if st, err := os.Stat(abs); err == nil && st.IsDir() && recursive {
				w.recursive = true
				w.addTree(abs, "")
			}
			w.file = os.NewFile(uintptr(fd), "inotify")
			w.cb = vm.Dup(arg(args, 2))
			w.ref = true
			iso.loop.Ref()
			id := next
			next++
			watchers[id] = w
			go func() {
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
						iso.loop.Post(func() { deliver(w, []fsWatchEvent{{err: err}}) })
						return
					}
					evs := w.parse(buf[:n])
					if len(evs) > 0 {
						iso.loop.Post(func() { deliver(w, evs) })
					}
				}
			}()
			return wasm.MakeInt(int32(id))
		})
		iso.fn(obj, "close", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			id := int(arg(args, 0).Number())
			w := watchers[id]
			if w == nil {
				return wasm.Undefined
			}
			delete(watchers, id)
			w.closed = true
			if w.ref {
				w.ref = false
				iso.loop.Unref()
			}
			w.file.Close()
			vm.Free(w.cb)
			return wasm.Undefined
		})
		iso.fn(obj, "ref", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w := watchers[int(arg(args, 0).Number())]; w != nil && !w.ref {
				w.ref = true
				iso.loop.Ref()
			}
			return wasm.Undefined
		})
		iso.fn(obj, "unref", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			if w := watchers[int(arg(args, 0).Number())]; w != nil && w.ref {
				w.ref = false
				iso.loop.Unref()
			}
			return wasm.Undefined
		})
		iso.fn(obj, "statfs", func(vm *wasm.VM, _ wasm.Value, args []wasm.Value) wasm.Value {
			p := vm.String(arg(args, 0))
			cb := arg(args, 1)
			if ex := iso.checkRead(p); ex != 0 {
				return iso.fsDeny(cb, ex)
			}
			abs := iso.abs(p)
			return iso.fsRun(cb, "statfs", p, "", func() (fsResult, error) {
				var st unix.Statfs_t
				if err := retry0(func() error { return unix.Statfs(abs, &st) }); err != nil {
					return nil, err
				}
				vals := []float64{float64(st.Type), float64(st.Bsize), float64(st.Blocks), float64(st.Bfree),
					float64(st.Bavail), float64(st.Files), float64(st.Ffree)}
				return func(vm *wasm.VM) wasm.Value {
					arr := vm.NewArray()
					for i, v := range vals {
						vm.SetIndex(arr, uint32(i), vm.NewNumber(v))
					}
					return arr
				}, nil
			})
		})
	}
}
