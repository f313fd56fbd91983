package hostfs

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"golang.org/x/sys/unix"
)

// Watches count against their isolate tree's quota: past it, watching
// fails with ENOSPC; another tree is not affected; a closed watcher's
// watches no longer count, and a watch shared with another watcher stays.
func TestWatchQuota(t *testing.T) {
	fsys, grant, _ := sandbox(t)
	if err := hub.start(); err != nil {
		t.Skip(err)
	}
	old := maxTreeWatches
	maxTreeWatches = 3
	defer func() { maxTreeWatches = old }()
	var dirs []Path
	for i := 0; i < 5; i++ {
		d := filepath.Join(grant, "q"+strconv.Itoa(i))
		must(t, os.Mkdir(d, 0o755))
		dirs = append(dirs, Path{Abs: d})
	}
	newWatcher := func(group string) *watcher {
		w := &watcher{fs: fsys, group: group, wds: map[int]string{}}
		w.gone.Store(true) // no Env: nothing is posted
		return w
	}
	a := newWatcher("a")
	for i := 0; i < 3; i++ {
		must(t, a.add(dirs[i], "", inotifyMask))
	}
	if err := a.add(dirs[3], "", inotifyMask); !errors.Is(err, unix.ENOSPC) {
		t.Fatalf("past the quota: %v, want ENOSPC", err)
	}
	b := newWatcher("b")
	must(t, b.add(dirs[0], "", inotifyMask)) // shares a's watch descriptor
	must(t, b.add(dirs[4], "", inotifyMask))
	a.unsubscribe()
	a = newWatcher("a") // a tree's count went back to 0: three fit again
	for _, i := range []int{1, 2, 3} {
		must(t, a.add(dirs[i], "", inotifyMask))
	}
	if len(a.wds) != 3 {
		t.Fatalf("a's watches: %v", a.wds)
	}
	hub.mu.Lock()
	var shared int
	for wd := range b.wds {
		if _, ok := hub.subs[wd][b]; ok {
			shared++
		}
	}
	hub.mu.Unlock()
	if shared != 2 {
		t.Fatalf("b's subscriptions after a closed: %d, want 2", shared)
	}
	a.unsubscribe()
	b.unsubscribe()
	hub.mu.Lock()
	defer hub.mu.Unlock()
	if hub.count["a"] != 0 || hub.count["b"] != 0 {
		t.Fatalf("counts left: %v", hub.count)
	}
}
