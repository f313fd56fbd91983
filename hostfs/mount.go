package hostfs

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/host/permission"
)

// Mount is a file system an isolate sees at Path (absolute), in place of
// whatever the host has there: a grant in itself, outside the policy's
// host grants. Its operations see paths within it ("/" is Path itself).
type Mount struct {
	Path string
	FS   FS
	// Writable allows changes; without it the mount is read-only to the
	// isolate whatever FS does (EROFS).
	Writable bool
}

// mounts routes each path to the innermost mount holding it, and every
// other path to next (the policy over the host's file system). A path
// is judged lexically after cleaning, so ".." cannot leave a mount, and
// a mounted FS holds no link out of it (a MemFS holds none; an fs.FS is
// the embedder's).
type mounts struct {
	next FS
	list []Mount // longest path first
}

// WithMounts returns next with ms mounted over it (next itself without).
func WithMounts(next FS, ms []Mount) FS {
	if len(ms) == 0 {
		return next
	}
	l := make([]Mount, len(ms))
	for i, m := range ms {
		m.Path = filepath.Clean(m.Path)
		if !m.Writable {
			m.FS = readOnlyFS{m.FS}
		}
		l[i] = m
	}
	sort.SliceStable(l, func(i, j int) bool { return len(l[i].Path) > len(l[j].Path) })
	return &mounts{next: next, list: l}
}

// SetMounts makes ms the mounts of e's file system (before any binding
// ran in e).
func SetMounts(e *binding.Env, ms []Mount) {
	fs := WithMounts(Guard(Plain, e.Policy), ms)
	*binding.State(e, fsKey{}, func() *FS { return new(FS) }) = fs
}

// route finds the mount holding p: it, p within it, and its path.
func (m *mounts) route(p Path) (FS, Path, *Mount) {
	if p.Abs == "" || !strings.HasPrefix(p.Abs, "/") {
		return m.next, p, nil
	}
	clean := filepath.Clean(p.Abs)
	for i := range m.list {
		mt := &m.list[i]
		if permission.Within(clean, mt.Path) {
			rel := "/" + strings.TrimPrefix(strings.TrimPrefix(clean, mt.Path), "/")
			if strings.HasSuffix(p.Abs, "/") && rel != "/" {
				rel += "/"
			}
			return mt.FS, Path{Abs: rel}, mt
		}
	}
	return m.next, p, nil
}

// outer is a path a mount reported, as the isolate sees it.
func outer(mt *Mount, s string) string {
	if mt == nil || s == "" {
		return s
	}
	if s == "/" {
		return mt.Path
	}
	return strings.TrimSuffix(mt.Path, "/") + s
}

func (m *mounts) Open(p Path, flags int, mode uint32) (File, error) {
	fs, q, _ := m.route(p)
	return fs.Open(q, flags, mode)
}
func (m *mounts) Stat(p Path) (*Stat, error)  { fs, q, _ := m.route(p); return fs.Stat(q) }
func (m *mounts) Lstat(p Path) (*Stat, error) { fs, q, _ := m.route(p); return fs.Lstat(q) }
func (m *mounts) ModuleStat(p Path) (int, error) {
	fs, q, _ := m.route(p)
	return fs.ModuleStat(q)
}
func (m *mounts) Access(p Path, mode uint32) error {
	fs, q, _ := m.route(p)
	return fs.Access(q, mode)
}
func (m *mounts) Mkdir(p Path, mode uint32) error { fs, q, _ := m.route(p); return fs.Mkdir(q, mode) }
func (m *mounts) MkdirAll(p Path, mode uint32) (string, error) {
	fs, q, mt := m.route(p)
	s, err := fs.MkdirAll(q, mode)
	return outer(mt, s), err
}
func (m *mounts) Mkdtemp(p Path) (string, error) {
	fs, q, mt := m.route(Path{Abs: p.Abs + "XXXXXX"})
	if mt != nil {
		q.Abs = strings.TrimSuffix(q.Abs, "XXXXXX")
	} else {
		q = p
	}
	return fs.Mkdtemp(q)
}
func (m *mounts) Rmdir(p Path) error     { fs, q, _ := m.route(p); return fs.Rmdir(q) }
func (m *mounts) Unlink(p Path) error    { fs, q, _ := m.route(p); return fs.Unlink(q) }
func (m *mounts) RemoveAll(p Path) error { fs, q, _ := m.route(p); return fs.RemoveAll(q) }

// two routes an operation on two paths: within one file system it is
// that system's; across two, a rename or link fails with EXDEV, as
// between two mounts.
func (m *mounts) two(a, b Path, op func(fs FS, a, b Path) error) error {
	fa, qa, ma := m.route(a)
	_, qb, mb := m.route(b)
	if ma != mb {
		return syscall.EXDEV
	}
	return op(fa, qa, qb)
}
func (m *mounts) Rename(from, to Path) error { return m.two(from, to, FS.Rename) }
func (m *mounts) Link(existing, link Path) error {
	return m.two(existing, link, FS.Link)
}
func (m *mounts) Symlink(target string, link Path) error {
	fs, q, _ := m.route(link)
	return fs.Symlink(target, q)
}
func (m *mounts) Readlink(p Path) (string, error) { fs, q, _ := m.route(p); return fs.Readlink(q) }
func (m *mounts) Realpath(p Path) (string, error) {
	fs, q, mt := m.route(p)
	s, err := fs.Realpath(q)
	return outer(mt, s), err
}
func (m *mounts) Chmod(p Path, mode uint32) error {
	fs, q, _ := m.route(p)
	return fs.Chmod(q, mode)
}
func (m *mounts) Chown(p Path, uid, gid int) error {
	fs, q, _ := m.route(p)
	return fs.Chown(q, uid, gid)
}
func (m *mounts) Lchown(p Path, uid, gid int) error {
	fs, q, _ := m.route(p)
	return fs.Lchown(q, uid, gid)
}
func (m *mounts) Utimes(p Path, ts []unix.Timespec, nofollow bool) error {
	fs, q, _ := m.route(p)
	return fs.Utimes(q, ts, nofollow)
}
func (m *mounts) Truncate(p Path, size int64) error {
	fs, q, _ := m.route(p)
	return fs.Truncate(q, size)
}

// CopyFile across file systems copies by the seam's operations (as
// libuv falls back to read and write).
func (m *mounts) CopyFile(src, dst Path, excl bool) error {
	fa, qa, ma := m.route(src)
	fb, qb, mb := m.route(dst)
	if ma == mb {
		return fa.CopyFile(qa, qb, excl)
	}
	return copyFile(fa, qa, fb, qb, excl)
}
func (m *mounts) ReadDir(p Path, sorted bool) ([]Dirent, error) {
	fs, q, _ := m.route(p)
	return fs.ReadDir(q, sorted)
}
func (m *mounts) OpenDir(p Path) (File, error) { fs, q, _ := m.route(p); return fs.OpenDir(q) }
func (m *mounts) Statfs(p Path) (*unix.Statfs_t, error) {
	fs, q, _ := m.route(p)
	return fs.Statfs(q)
}
func (m *mounts) WatchTarget(p Path) (*os.File, error) {
	fs, q, _ := m.route(p)
	return fs.WatchTarget(q)
}

// allowed answers process.permission.has for a path in a mount (ok false
// outside every mount).
func (m *mounts) allowed(s permission.Scope, abs string) (allowed, ok bool) {
	_, _, mt := m.route(Path{Abs: abs})
	if mt == nil {
		return false, false
	}
	return s == permission.FSRead || mt.Writable, true
}

// readOnlyFS is a mount without Writable: every change fails with EROFS
// (after the path's own errors, as the kernel's order has it).
type readOnlyFS struct{ FS }

// rofs is err for p, or EROFS when p exists.
func (r readOnlyFS) rofs(p Path) error {
	if _, err := r.FS.Lstat(p); err != nil {
		return err
	}
	return syscall.EROFS
}

func (r readOnlyFS) Open(p Path, flags int, mode uint32) (File, error) {
	if flags&unix.O_ACCMODE != unix.O_RDONLY || flags&(unix.O_TRUNC|unix.O_CREAT) != 0 {
		st, err := r.FS.Stat(p)
		switch {
		case err == syscall.ENOENT && flags&unix.O_CREAT != 0:
			return nil, syscall.EROFS
		case err != nil:
			return nil, err
		case flags&(unix.O_CREAT|unix.O_EXCL) == unix.O_CREAT|unix.O_EXCL:
			return nil, syscall.EEXIST
		case st.Mode&unix.S_IFMT == unix.S_IFDIR && flags&unix.O_ACCMODE != unix.O_RDONLY:
			return nil, syscall.EISDIR
		case flags&unix.O_ACCMODE != unix.O_RDONLY || flags&unix.O_TRUNC != 0:
			return nil, syscall.EROFS
		}
	}
	f, err := r.FS.Open(p, flags, mode)
	if err != nil {
		return nil, err
	}
	return roFile{f}, nil
}

// roFile is a file of a read-only mount.
type roFile struct{ File }

func (roFile) Write([]byte, int64) (int, error) { return 0, syscall.EBADF }
func (roFile) Truncate(int64) error             { return syscall.EINVAL }
func (roFile) Chmod(uint32) error               { return syscall.EROFS }
func (roFile) Chown(int, int) error             { return syscall.EROFS }
func (roFile) Utimes([]unix.Timespec) error     { return syscall.EROFS }

func (r readOnlyFS) Access(p Path, mode uint32) error {
	if err := r.FS.Access(p, mode&^unix.W_OK); err != nil || mode&unix.W_OK == 0 {
		return err
	}
	return syscall.EROFS
}
func (r readOnlyFS) Mkdir(p Path, mode uint32) error {
	switch err := r.rofs(p); err {
	case syscall.EROFS: // it exists
		return syscall.EEXIST
	case syscall.ENOENT:
		return syscall.EROFS
	default:
		return err
	}
}
func (r readOnlyFS) MkdirAll(p Path, mode uint32) (string, error) {
	st, err := r.FS.Stat(p)
	switch {
	case err == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR:
		return "", nil
	case err == nil:
		return "", syscall.EEXIST
	}
	return "", syscall.EROFS
}
func (r readOnlyFS) Mkdtemp(Path) (string, error)   { return "", syscall.EROFS }
func (r readOnlyFS) Rmdir(p Path) error             { return r.rofs(p) }
func (r readOnlyFS) Unlink(p Path) error            { return r.rofs(p) }
func (r readOnlyFS) RemoveAll(p Path) error         { return r.rofs(p) }
func (r readOnlyFS) Rename(from, _ Path) error      { return r.rofs(from) }
func (r readOnlyFS) Link(existing, _ Path) error    { return r.rofs(existing) }
func (r readOnlyFS) Symlink(string, Path) error     { return syscall.EROFS }
func (r readOnlyFS) Chmod(p Path, _ uint32) error   { return r.rofs(p) }
func (r readOnlyFS) Chown(p Path, _, _ int) error   { return r.rofs(p) }
func (r readOnlyFS) Lchown(p Path, _, _ int) error  { return r.rofs(p) }
func (r readOnlyFS) Truncate(p Path, _ int64) error { return r.rofs(p) }
func (r readOnlyFS) CopyFile(src, _ Path, _ bool) error {
	if _, err := r.FS.Stat(src); err != nil {
		return err
	}
	return syscall.EROFS
}
func (r readOnlyFS) Utimes(p Path, _ []unix.Timespec, _ bool) error { return r.rofs(p) }
