package binding

import (
	"io"
	"os"
	"sort"
	"sync/atomic"
	"syscall"

	"golang.org/x/sys/unix"
)

// Handle is a host resource one isolate owns: an open file or directory, a
// watcher, a socket, a child process, a zlib stream. Close releases it; it
// is called once, by whoever removes the handle from its table.
type Handle interface {
	Close() error
}

// ActiveResource is a handle that can keep the loop alive: its type as
// libuv/Node names it (TCPSocketWrap, UDPWrap, FSEventWrap, ...) and
// whether it does now (active and ref'd). process.getActiveResourcesInfo
// lists the handles that do.
type ActiveResource interface {
	ActiveResource() (name string, keepsAlive bool)
}

// ActiveResources names, in index order, the handles keeping the loop
// alive.
func (t *Handles) ActiveResources() []string {
	var out []string
	for _, h := range t.slots {
		if r, ok := h.(ActiveResource); ok {
			if name, alive := r.ActiveResource(); alive {
				out = append(out, name)
			}
		}
	}
	return out
}

// ActiveIDs gives, in index order, the indexes of the handles keeping the
// loop alive (process._getActiveHandles maps them to their JS owners).
func (t *Handles) ActiveIDs() []int {
	var out []int
	for i, h := range t.slots {
		if r, ok := h.(ActiveResource); ok {
			if _, alive := r.ActiveResource(); alive {
				out = append(out, i)
			}
		}
	}
	return out
}

// processHandles counts the handles beyond stdio of every isolate in the
// process, against ProcessHandleLimit: each table's own limit bounds one
// isolate, and this bounds them all, so that a number of tenants cannot
// take every descriptor the process may open (the embedder's own
// listeners and files included).
var processHandles atomic.Int64

// ProcessHandleLimit is how many handles all isolates of the process may
// hold at once: RLIMIT_NOFILE's soft limit less a quarter (at most 1024)
// kept for the host itself.
var ProcessHandleLimit = func() int64 {
	var rl unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &rl); err != nil || rl.Cur == unix.RLIM_INFINITY {
		return 1 << 20
	}
	cur := int64(rl.Cur)
	return max(cur-min(cur/4, 1024), 64)
}()

// takeProcessHandle counts one more handle unless the process is full.
func takeProcessHandle() bool {
	if processHandles.Add(1) > ProcessHandleLimit {
		processHandles.Add(-1)
		return false
	}
	return true
}

// DefaultHandleLimit is how many handles an isolate may hold at once
// (RLIMIT_NOFILE's usual soft limit); past it, opening fails with EMFILE.
const DefaultHandleLimit = 1024

// Handles is an isolate's one handle table (as wazero's
// internal/descriptor): a JS file descriptor is an index into it, never a
// host descriptor, so closing or reading one can reach neither the
// runtime's own descriptors nor another isolate's. Indexes 0, 1 and 2 are
// the isolate's stdio; new handles take the lowest free index, as POSIX
// descriptors do.
type Handles struct {
	slots []Handle
	count int
	low   int // no free slot below low
	Limit int // 0 means DefaultHandleLimit
	// OnFull, when set, is called when an Add fails for want of room.
	OnFull func()
}

// Count is how many handles the table holds (stdio included).
func (t *Handles) Count() int { return t.count }

// Add stores h and returns its index, or EMFILE when the table is full.
func (t *Handles) Add(h Handle) (int, error) {
	limit := t.Limit
	if limit == 0 {
		limit = DefaultHandleLimit
	}
	i := t.low
	if i < 3 && len(t.slots) >= 3 {
		i = 3 // stdio slots are only set with Set
	}
	for i < len(t.slots) && t.slots[i] != nil {
		i++
	}
	if t.count >= limit || (i >= 3 && !takeProcessHandle()) {
		if t.OnFull != nil {
			t.OnFull()
		}
		return -1, syscall.EMFILE
	}
	if i == len(t.slots) {
		t.slots = append(t.slots, nil)
	}
	t.slots[i] = h
	t.count++
	t.low = i + 1
	return i, nil
}

// Set stores h at index i (stdio), closing nothing that was there.
func (t *Handles) Set(i int, h Handle) {
	for len(t.slots) <= i {
		t.slots = append(t.slots, nil)
	}
	if t.slots[i] == nil && h != nil {
		t.count++
		if i >= 3 {
			processHandles.Add(1) // given by the embedder: counted, never refused
		}
	} else if t.slots[i] != nil && h == nil {
		t.count--
		if i >= 3 {
			processHandles.Add(-1)
		}
	}
	t.slots[i] = h
}

// Get returns the handle at i, or nil.
func (t *Handles) Get(i int) Handle {
	if i < 0 || i >= len(t.slots) {
		return nil
	}
	return t.slots[i]
}

// Lookup returns the handle at i when it is a T.
func Lookup[T any](t *Handles, i int) (T, bool) {
	h, ok := t.Get(i).(T)
	return h, ok
}

// Remove takes the handle at i out of the table without closing it (the
// caller closes it, possibly off the loop), or returns nil.
func (t *Handles) Remove(i int) Handle {
	h := t.Get(i)
	if h == nil {
		return nil
	}
	t.slots[i] = nil
	t.count--
	if i >= 3 {
		processHandles.Add(-1)
	}
	if i < t.low && i >= 3 {
		t.low = i
	}
	return h
}

// Len is how many handles are open.
func (t *Handles) Len() int { return t.count }

// Each calls fn for every open handle, in index order.
func (t *Handles) Each(fn func(i int, h Handle)) {
	for i, h := range t.slots {
		if h != nil {
			fn(i, h)
		}
	}
}

// CloseAll closes and removes every handle, highest index first.
func (t *Handles) CloseAll() {
	idx := make([]int, 0, t.count)
	t.Each(func(i int, _ Handle) { idx = append(idx, i) })
	sort.Sort(sort.Reverse(sort.IntSlice(idx)))
	for _, i := range idx {
		if h := t.Remove(i); h != nil {
			h.Close()
		}
	}
	t.low = 0
}

// Stdio is one of an isolate's standard streams (handles 0, 1, 2): the
// embedder's reader or writer, never the host's own descriptor unless the
// embedder gave it (the command line gives os.Stdin, os.Stdout, os.Stderr).
type Stdio struct {
	Fd     int // 0, 1 or 2
	Reader io.Reader
	Writer io.Writer
}

// Close is a no-op on the host side: the embedder owns its streams. The
// handle leaves the table, so the isolate can no longer use it.
func (s *Stdio) Close() error { return nil }

// HostFile is a handle backed by a host file that may be handed to a child
// process as one of its descriptors (child_process stdio given an fd). The
// file never reaches JS; only its virtual index does.
type HostFile interface {
	Handle
	HostFile() *os.File
}

// HostFile is the embedder's *os.File behind a stdio stream, if it is one.
func (s *Stdio) HostFile() *os.File {
	if f, ok := s.Reader.(*os.File); ok {
		return f
	}
	f, _ := s.Writer.(*os.File)
	return f
}

// Inherited is a descriptor beyond stdio that the embedder gave the
// isolate at the same virtual index (the command line: the pipes a
// parent process passed as a child's stdio[3] and up). JS may wrap it
// (net.Socket({ fd })); closing the handle closes the file.
type Inherited struct {
	File *os.File
}

// Close closes the file.
func (h *Inherited) Close() error { return h.File.Close() }

// HostFile is the inherited file.
func (h *Inherited) HostFile() *os.File { return h.File }
