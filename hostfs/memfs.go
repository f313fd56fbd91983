package hostfs

import (
	"crypto/rand"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// MemFS is a file system held in memory: files and directories (no
// symlinks), bounded in size. Mounted writable it is an isolate's scratch
// space; for Go it is an fs.FS, so the embedder can seed it and read what
// the isolate wrote. Safe for concurrent use.
type MemFS struct {
	mu          sync.Mutex
	root        *memNode
	limit, used int64
	ino         uint64
}

// memNodeCost is what a file or directory costs of the size limit besides
// its bytes.
const memNodeCost = 256

// DefaultMemFSLimit is a MemFS's size limit when none is given.
const DefaultMemFSLimit = 64 << 20

type memNode struct {
	mode                       uint32 // S_IF* | permission bits
	data                       []byte
	kids                       map[string]*memNode
	ino                        uint64
	nlink                      uint32
	uid, gid                   uint32
	atime, mtime, ctime, btime unix.StatxTimestamp
}

// NewMemFS returns an empty MemFS holding at most limit bytes (file
// contents plus a small cost per entry; DefaultMemFSLimit when limit <= 0).
// A write past it fails with ENOSPC.
func NewMemFS(limit int64) *MemFS {
	if limit <= 0 {
		limit = DefaultMemFSLimit
	}
	m := &MemFS{limit: limit}
	m.root = m.newNode(unix.S_IFDIR | 0o755)
	m.root.nlink = 2
	return m
}

func nowTS() unix.StatxTimestamp {
	t := time.Now()
	return unix.StatxTimestamp{Sec: t.Unix(), Nsec: uint32(t.Nanosecond())}
}

func (m *MemFS) newNode(mode uint32) *memNode {
	m.ino++
	t := nowTS()
	n := &memNode{mode: mode, ino: m.ino, nlink: 1, uid: uint32(unix.Getuid()), gid: uint32(unix.Getgid()),
		atime: t, mtime: t, ctime: t, btime: t}
	if mode&unix.S_IFMT == unix.S_IFDIR {
		n.kids = map[string]*memNode{}
	}
	return n
}

func (n *memNode) isDir() bool { return n.mode&unix.S_IFMT == unix.S_IFDIR }

// charge takes d bytes of the limit (m.mu held).
func (m *MemFS) charge(d int64) error {
	if d > 0 && m.used+d > m.limit {
		return syscall.ENOSPC
	}
	m.used += d
	return nil
}

// split is p's components and whether it named a directory (a trailing
// slash).
func split(abs string) ([]string, bool) {
	dirOnly := strings.HasSuffix(abs, "/") && strings.Trim(abs, "/") != ""
	var out []string
	for _, c := range strings.Split(abs, "/") {
		switch c {
		case "", ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, c)
		}
	}
	return out, dirOnly
}

// lookup resolves abs (m.mu held): the parent directory, the final name
// and the node, nil when missing; an error when a parent is missing or
// not a directory. The root has no parent.
func (m *MemFS) lookup(abs string) (dir *memNode, name string, n *memNode, err error) {
	if len(abs) >= unix.PathMax {
		return nil, "", nil, syscall.ENAMETOOLONG
	}
	parts, dirOnly := split(abs)
	if len(parts) == 0 {
		return nil, "", m.root, nil
	}
	dir = m.root
	for _, c := range parts[:len(parts)-1] {
		next := dir.kids[c]
		switch {
		case next == nil:
			return nil, "", nil, syscall.ENOENT
		case !next.isDir():
			return nil, "", nil, syscall.ENOTDIR
		}
		dir = next
	}
	name = parts[len(parts)-1]
	if len(name) > 255 {
		return nil, "", nil, syscall.ENAMETOOLONG
	}
	n = dir.kids[name]
	if n != nil && dirOnly && !n.isDir() {
		return nil, "", nil, syscall.ENOTDIR
	}
	return dir, name, n, nil
}

// existing resolves abs to a node that must exist.
func (m *MemFS) existing(abs string) (*memNode, error) {
	_, _, n, err := m.lookup(abs)
	if err == nil && n == nil {
		err = syscall.ENOENT
	}
	return n, err
}

func (n *memNode) stat() *Stat {
	st := &Stat{Mask: statxMask, Blksize: 4096, Nlink: n.nlink, Uid: n.uid, Gid: n.gid, Mode: uint16(n.mode),
		Ino: n.ino, Atime: n.atime, Mtime: n.mtime, Ctime: n.ctime, Btime: n.btime}
	if n.isDir() {
		st.Size = 4096
	} else {
		st.Size = uint64(len(n.data))
	}
	st.Blocks = (st.Size + 511) / 512
	return st
}

func (n *memNode) touch() { n.mtime = nowTS(); n.ctime = n.mtime }

// release drops one link of n; its bytes return to the limit with the
// last (m.mu held).
func (m *MemFS) release(n *memNode) {
	n.nlink--
	n.ctime = nowTS()
	if n.nlink == 0 || n.isDir() {
		m.used -= memNodeCost + int64(len(n.data))
		n.data = nil
		for _, k := range n.kids {
			m.release(k)
		}
	}
}

// setSize resizes n's bytes within the limit (m.mu held).
func (m *MemFS) setSize(n *memNode, size int64) error {
	if size < 0 {
		return syscall.EINVAL
	}
	if err := m.charge(size - int64(len(n.data))); err != nil {
		return err
	}
	if size <= int64(len(n.data)) {
		clear(n.data[size:])
		n.data = n.data[:size]
	} else {
		n.data = append(n.data, make([]byte, size-int64(len(n.data)))...)
	}
	n.touch()
	return nil
}

// memSeam is a MemFS as the seam sees it: Path.Abs is a path within it.
type memSeam struct{ m *MemFS }

// Seam is m as an FS for a mount.
func (m *MemFS) Seam() FS { return memSeam{m} }

func (s memSeam) Open(p Path, flags int, mode uint32) (File, error) {
	m := s.m
	m.mu.Lock()
	defer m.mu.Unlock()
	dir, name, n, err := m.lookup(p.Abs)
	if err != nil {
		return nil, err
	}
	acc := flags & unix.O_ACCMODE
	switch {
	case n == nil && flags&unix.O_CREAT == 0:
		return nil, syscall.ENOENT
	case n == nil:
		if strings.HasSuffix(p.Abs, "/") || dir == nil {
			return nil, syscall.EISDIR
		}
		if err := m.charge(memNodeCost); err != nil {
			return nil, err
		}
		n = m.newNode(unix.S_IFREG | mode&0o7777&^0o022)
		dir.kids[name] = n
		dir.touch()
	case flags&(unix.O_CREAT|unix.O_EXCL) == unix.O_CREAT|unix.O_EXCL:
		return nil, syscall.EEXIST
	case n.isDir() && (acc != unix.O_RDONLY || flags&unix.O_TRUNC != 0):
		return nil, syscall.EISDIR
	case !n.isDir() && flags&unix.O_DIRECTORY != 0:
		return nil, syscall.ENOTDIR
	case flags&unix.O_TRUNC != 0 && len(n.data) > 0:
		if err := m.setSize(n, 0); err != nil {
			return nil, err
		}
	}
	return &memFile{m: m, n: n, flags: flags}, nil
}

// memFile is an open file or directory of a MemFS.
type memFile struct {
	m      *MemFS
	n      *memNode
	flags  int
	pos    int64
	ents   []Dirent // a directory's listing, taken at the first ReadDir
	closed bool
}

func (f *memFile) lock() error {
	f.m.mu.Lock()
	if f.closed {
		f.m.mu.Unlock()
		return syscall.EBADF
	}
	return nil
}

func (f *memFile) Read(b []byte, off int64) (int, error) {
	if err := f.lock(); err != nil {
		return 0, err
	}
	defer f.m.mu.Unlock()
	switch {
	case f.flags&unix.O_ACCMODE == unix.O_WRONLY:
		return 0, syscall.EBADF
	case f.n.isDir():
		return 0, syscall.EISDIR
	}
	at := off
	if off < 0 {
		at = f.pos
	}
	k := 0
	if at < int64(len(f.n.data)) {
		k = copy(b, f.n.data[at:])
	}
	if off < 0 {
		f.pos += int64(k)
	}
	f.n.atime = nowTS()
	return k, nil
}

func (f *memFile) Write(b []byte, off int64) (int, error) {
	if err := f.lock(); err != nil {
		return 0, err
	}
	defer f.m.mu.Unlock()
	if f.flags&unix.O_ACCMODE == unix.O_RDONLY {
		return 0, syscall.EBADF
	}
	at := off
	switch {
	case f.flags&unix.O_APPEND != 0:
		at = int64(len(f.n.data))
	case off < 0:
		at = f.pos
	}
	if end := at + int64(len(b)); end > int64(len(f.n.data)) {
		if err := f.m.setSize(f.n, end); err != nil {
			return 0, err
		}
	}
	copy(f.n.data[at:], b)
	f.n.touch()
	if off < 0 {
		f.pos = at + int64(len(b))
	}
	return len(b), nil
}

func (f *memFile) Stat() (*Stat, error) {
	if err := f.lock(); err != nil {
		return nil, err
	}
	defer f.m.mu.Unlock()
	return f.n.stat(), nil
}

func (f *memFile) ReadDir(n int) ([]Dirent, error) {
	if err := f.lock(); err != nil {
		return nil, err
	}
	defer f.m.mu.Unlock()
	if !f.n.isDir() {
		return nil, syscall.ENOTDIR
	}
	if f.ents == nil {
		f.ents = listing(f.n)
	}
	if n <= 0 || n > len(f.ents) {
		n = len(f.ents)
	}
	out := f.ents[:n]
	f.ents = f.ents[n:]
	return out, nil
}

// listing is a directory's entries sorted by name.
func listing(d *memNode) []Dirent {
	out := make([]Dirent, 0, len(d.kids))
	for name, k := range d.kids {
		t := 1
		if k.isDir() {
			t = 2
		}
		out = append(out, Dirent{name, t})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (f *memFile) Truncate(size int64) error {
	if err := f.lock(); err != nil {
		return err
	}
	defer f.m.mu.Unlock()
	if f.flags&unix.O_ACCMODE == unix.O_RDONLY {
		return syscall.EINVAL
	}
	return f.m.setSize(f.n, size)
}

func (f *memFile) Sync(bool) error { return f.do(func(*memNode) error { return nil }) }

func (f *memFile) do(op func(n *memNode) error) error {
	if err := f.lock(); err != nil {
		return err
	}
	defer f.m.mu.Unlock()
	return op(f.n)
}

func (f *memFile) Chmod(mode uint32) error         { return f.do(chmodNode(mode)) }
func (f *memFile) Chown(uid, gid int) error        { return f.do(chownNode(uid, gid)) }
func (f *memFile) Utimes(ts []unix.Timespec) error { return f.do(utimesNode(ts)) }

func (f *memFile) Close() error {
	if err := f.lock(); err != nil {
		return err
	}
	f.closed = true
	f.m.mu.Unlock()
	return nil
}

func chmodNode(mode uint32) func(*memNode) error {
	return func(n *memNode) error {
		n.mode = n.mode&unix.S_IFMT | mode&0o7777
		n.ctime = nowTS()
		return nil
	}
}

func chownNode(uid, gid int) func(*memNode) error {
	return func(n *memNode) error {
		if uid != -1 {
			n.uid = uint32(uid)
		}
		if gid != -1 {
			n.gid = uint32(gid)
		}
		n.ctime = nowTS()
		return nil
	}
}

func utimesNode(ts []unix.Timespec) func(*memNode) error {
	return func(n *memNode) error {
		if len(ts) == 2 {
			n.atime = unix.StatxTimestamp{Sec: ts[0].Sec, Nsec: uint32(ts[0].Nsec)}
			n.mtime = unix.StatxTimestamp{Sec: ts[1].Sec, Nsec: uint32(ts[1].Nsec)}
		}
		n.ctime = nowTS()
		return nil
	}
}

// on runs op on the node p names, which must exist.
func (s memSeam) on(p Path, op func(n *memNode) error) error {
	s.m.mu.Lock()
	defer s.m.mu.Unlock()
	n, err := s.m.existing(p.Abs)
	if err != nil {
		return err
	}
	return op(n)
}

// entry runs op on p's parent directory and final name (the root has
// none: EBUSY, as for the root of a mount).
func (s memSeam) entry(p Path, op func(dir *memNode, name string, n *memNode) error) error {
	s.m.mu.Lock()
	defer s.m.mu.Unlock()
	dir, name, n, err := s.m.lookup(p.Abs)
	if err != nil {
		return err
	}
	if dir == nil {
		return syscall.EBUSY
	}
	return op(dir, name, n)
}

func (s memSeam) Stat(p Path) (st *Stat, err error) {
	err = s.on(p, func(n *memNode) error { st = n.stat(); return nil })
	return st, err
}

func (s memSeam) Lstat(p Path) (*Stat, error) { return s.Stat(p) }

func (s memSeam) ModuleStat(p Path) (int, error) {
	st, err := s.Stat(p)
	return moduleStat(st, err)
}

func moduleStat(st *Stat, err error) (int, error) {
	if err != nil {
		return -1, err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return 1, nil
	}
	return 0, nil
}

func (s memSeam) Access(p Path, mode uint32) error {
	return s.on(p, func(*memNode) error { return nil })
}

func (s memSeam) Mkdir(p Path, mode uint32) error {
	return s.entry(p, func(dir *memNode, name string, n *memNode) error {
		if n != nil {
			return syscall.EEXIST
		}
		return s.m.mkdir(dir, name, mode)
	})
}

// mkdir adds directory name to dir (m.mu held).
func (m *MemFS) mkdir(dir *memNode, name string, mode uint32) error {
	if err := m.charge(memNodeCost); err != nil {
		return err
	}
	n := m.newNode(unix.S_IFDIR | mode&0o7777&^0o022)
	n.nlink = 2
	dir.kids[name] = n
	dir.nlink++
	dir.touch()
	return nil
}

func (s memSeam) MkdirAll(p Path, mode uint32) (string, error) {
	m := s.m
	if len(p.Abs) >= unix.PathMax {
		return "", syscall.ENAMETOOLONG
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	parts, _ := split(p.Abs)
	dir, first := m.root, ""
	for i, c := range parts {
		next := dir.kids[c]
		if next == nil {
			if err := m.mkdir(dir, c, mode); err != nil {
				return "", err
			}
			next = dir.kids[c]
			if first == "" {
				first = "/" + strings.Join(parts[:i+1], "/")
			}
		} else if !next.isDir() {
			if i == len(parts)-1 {
				return "", syscall.EEXIST
			}
			return "", syscall.ENOTDIR
		}
		dir = next
	}
	return first, nil
}

func (s memSeam) Mkdtemp(p Path) (string, error) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for tries := 0; ; tries++ {
		var rb [6]byte
		rand.Read(rb[:])
		for i, c := range rb {
			rb[i] = chars[int(c)%len(chars)]
		}
		err := s.Mkdir(Path{Abs: p.Abs + string(rb[:])}, 0o700)
		if err == nil {
			return string(rb[:]), nil
		}
		if err != syscall.EEXIST || tries > 100 {
			return "", err
		}
	}
}

func (s memSeam) Rmdir(p Path) error {
	return s.entry(p, func(dir *memNode, name string, n *memNode) error {
		switch {
		case n == nil:
			return syscall.ENOENT
		case !n.isDir():
			return syscall.ENOTDIR
		case len(n.kids) > 0:
			return syscall.ENOTEMPTY
		}
		s.m.unlink(dir, name, n)
		return nil
	})
}

// unlink removes name (n) from dir (m.mu held).
func (m *MemFS) unlink(dir *memNode, name string, n *memNode) {
	delete(dir.kids, name)
	if n.isDir() {
		dir.nlink--
	}
	dir.touch()
	m.release(n)
}

func (s memSeam) Unlink(p Path) error {
	return s.entry(p, func(dir *memNode, name string, n *memNode) error {
		switch {
		case n == nil:
			return syscall.ENOENT
		case n.isDir():
			return syscall.EISDIR
		}
		s.m.unlink(dir, name, n)
		return nil
	})
}

func (s memSeam) RemoveAll(p Path) error {
	return s.entry(p, func(dir *memNode, name string, n *memNode) error {
		if n == nil {
			return syscall.ENOENT
		}
		s.m.unlink(dir, name, n)
		return nil
	})
}

func (s memSeam) Rename(from, to Path) error {
	m := s.m
	m.mu.Lock()
	defer m.mu.Unlock()
	fd, fname, n, err := m.lookup(from.Abs)
	if err != nil {
		return err
	}
	if n == nil {
		return syscall.ENOENT
	}
	td, tname, old, err := m.lookup(to.Abs)
	if err != nil {
		return err
	}
	if fd == nil || td == nil {
		return syscall.EBUSY
	}
	if n == old {
		return nil
	}
	if n.isDir() {
		// Not into itself: no ancestor of the target's directory is n.
		fp, _ := split(from.Abs)
		tp, _ := split(to.Abs)
		if len(tp) > len(fp) && strings.Join(tp[:len(fp)], "/") == strings.Join(fp, "/") {
			return syscall.EINVAL
		}
	}
	if old != nil {
		switch {
		case n.isDir() && !old.isDir():
			return syscall.ENOTDIR
		case !n.isDir() && old.isDir():
			return syscall.EISDIR
		case old.isDir() && len(old.kids) > 0:
			return syscall.ENOTEMPTY
		}
		m.unlink(td, tname, old)
	}
	delete(fd.kids, fname)
	td.kids[tname] = n
	if n.isDir() {
		fd.nlink--
		td.nlink++
	}
	fd.touch()
	td.touch()
	n.ctime = nowTS()
	return nil
}

func (s memSeam) Link(existing, link Path) error {
	m := s.m
	m.mu.Lock()
	defer m.mu.Unlock()
	n, err := m.existing(existing.Abs)
	if err != nil {
		return err
	}
	if n.isDir() {
		return syscall.EPERM
	}
	dir, name, old, err := m.lookup(link.Abs)
	switch {
	case err != nil:
		return err
	case dir == nil || old != nil:
		return syscall.EEXIST
	}
	dir.kids[name] = n
	n.nlink++
	n.ctime = nowTS()
	dir.touch()
	return nil
}

// Symlink fails with EPERM: a MemFS holds no links (as a file system
// without them answers).
func (s memSeam) Symlink(target string, link Path) error { return syscall.EPERM }

func (s memSeam) Readlink(p Path) (string, error) {
	return "", s.on(p, func(*memNode) error { return syscall.EINVAL })
}

func (s memSeam) Realpath(p Path) (string, error) {
	parts, _ := split(p.Abs)
	return "/" + strings.Join(parts, "/"), s.on(p, func(*memNode) error { return nil })
}

func (s memSeam) Chmod(p Path, mode uint32) error  { return s.on(p, chmodNode(mode)) }
func (s memSeam) Chown(p Path, uid, gid int) error { return s.on(p, chownNode(uid, gid)) }
func (s memSeam) Lchown(p Path, uid, gid int) error {
	return s.on(p, chownNode(uid, gid))
}
func (s memSeam) Utimes(p Path, ts []unix.Timespec, nofollow bool) error {
	return s.on(p, utimesNode(ts))
}

func (s memSeam) Truncate(p Path, size int64) error {
	return s.on(p, func(n *memNode) error {
		if n.isDir() {
			return syscall.EISDIR
		}
		return s.m.setSize(n, size)
	})
}

func (s memSeam) CopyFile(src, dst Path, excl bool) error { return copyFile(s, src, s, dst, excl) }

// copyFile copies src of one FS to dst of another (or the same), by the
// seam's own operations.
func copyFile(sfs FS, src Path, dfs FS, dst Path, excl bool) error {
	in, err := sfs.Open(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return syscall.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if excl {
		flags |= unix.O_EXCL
	}
	out, err := dfs.Open(dst, flags, uint32(st.Mode)&0o777)
	if err != nil {
		return second(err)
	}
	buf := make([]byte, 64<<10)
	for off := int64(0); ; {
		k, err := in.Read(buf, off)
		if err == nil && k > 0 {
			_, err = out.Write(buf[:k], off)
		}
		if err != nil {
			out.Close()
			return err
		}
		if k == 0 {
			break
		}
		off += int64(k)
	}
	return out.Close()
}

func (s memSeam) ReadDir(p Path, sorted bool) (d []Dirent, err error) {
	err = s.on(p, func(n *memNode) error {
		if !n.isDir() {
			return syscall.ENOTDIR
		}
		d = listing(n)
		return nil
	})
	return d, err
}

func (s memSeam) OpenDir(p Path) (File, error) {
	return s.Open(p, unix.O_RDONLY|unix.O_DIRECTORY, 0)
}

func (s memSeam) Statfs(p Path) (st *unix.Statfs_t, err error) {
	err = s.on(p, func(*memNode) error {
		free := uint64(max(s.m.limit-s.m.used, 0)) / 4096
		st = &unix.Statfs_t{Type: 0x01021994, Bsize: 4096, Blocks: uint64(s.m.limit) / 4096,
			Bfree: free, Bavail: free, Files: uint64(s.m.limit) / memNodeCost, Ffree: free * 4096 / memNodeCost, Namelen: 255}
		return nil
	})
	return st, err
}

// WatchTarget fails with ENOSYS: a MemFS has no inotify.
func (s memSeam) WatchTarget(p Path) (*os.File, error) { return nil, syscall.ENOSYS }

// The Go side: MemFS is an fs.FS (names as fs.ValidPath).

// Open opens name for reading (fs.FS).
func (m *MemFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := m.Seam().Open(Path{Abs: "/" + name}, unix.O_RDONLY, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &memGoFile{f: f.(*memFile), name: name}, nil
}

// WriteFile writes data to name, creating it (with perm) or truncating it.
func (m *MemFS) WriteFile(name string, data []byte, perm fs.FileMode) error {
	if !fs.ValidPath(name) || name == "." {
		return &fs.PathError{Op: "write", Path: name, Err: fs.ErrInvalid}
	}
	f, err := m.Seam().Open(Path{Abs: "/" + name}, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC, uint32(perm.Perm()))
	if err == nil {
		_, err = f.Write(data, 0)
		f.Close()
	}
	if err != nil {
		return &fs.PathError{Op: "write", Path: name, Err: err}
	}
	return nil
}

// MkdirAll creates directory name and its missing parents.
func (m *MemFS) MkdirAll(name string, perm fs.FileMode) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: "mkdir", Path: name, Err: fs.ErrInvalid}
	}
	if _, err := m.Seam().MkdirAll(Path{Abs: "/" + name}, uint32(perm.Perm())); err != nil {
		return &fs.PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// memGoFile is a memFile as an fs.File (and fs.ReadDirFile).
type memGoFile struct {
	f    *memFile
	name string
}

func (g *memGoFile) Read(b []byte) (int, error) {
	k, err := g.f.Read(b, -1)
	if err == nil && k == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	return k, err
}

func (g *memGoFile) Close() error { return g.f.Close() }

func (g *memGoFile) Stat() (fs.FileInfo, error) {
	st, err := g.f.Stat()
	if err != nil {
		return nil, err
	}
	return statInfo{st, pathBase(g.name)}, nil
}

func (g *memGoFile) ReadDir(n int) ([]fs.DirEntry, error) {
	g.f.m.mu.Lock()
	var kids map[string]*memNode
	if g.f.n.isDir() {
		kids = g.f.n.kids
	}
	g.f.m.mu.Unlock()
	ents, err := g.f.ReadDir(n)
	if err != nil {
		return nil, err
	}
	if n > 0 && len(ents) == 0 {
		return nil, io.EOF
	}
	out := make([]fs.DirEntry, len(ents))
	g.f.m.mu.Lock()
	for i, e := range ents {
		st := &Stat{Mode: unix.S_IFREG}
		if k := kids[e.Name]; k != nil {
			st = k.stat()
		}
		out[i] = fs.FileInfoToDirEntry(statInfo{st, e.Name})
	}
	g.f.m.mu.Unlock()
	return out, nil
}

func pathBase(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// statInfo is a Stat as an fs.FileInfo.
type statInfo struct {
	st   *Stat
	name string
}

func (s statInfo) Name() string { return s.name }
func (s statInfo) Size() int64  { return int64(s.st.Size) }
func (s statInfo) Mode() fs.FileMode {
	m := fs.FileMode(s.st.Mode & 0o777)
	if s.st.Mode&unix.S_IFMT == unix.S_IFDIR {
		m |= fs.ModeDir
	}
	return m
}
func (s statInfo) ModTime() time.Time { return time.Unix(s.st.Mtime.Sec, int64(s.st.Mtime.Nsec)) }
func (s statInfo) IsDir() bool        { return s.st.Mode&unix.S_IFMT == unix.S_IFDIR }
func (s statInfo) Sys() any           { return s.st }
