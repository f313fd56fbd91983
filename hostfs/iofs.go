package hostfs

import (
	"errors"
	"github.com/wqnode/wqnode/host/binding"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// ioFS is any fs.FS as the seam sees it: read-only, as a read-only mount
// (every change fails with EROFS). Path.Abs is a path within it.
type ioFS struct{ fsys fs.FS }

// ReadOnly is fsys as an FS for a mount. fsys is used as given: an
// os.DirFS follows symlinks out of its directory (a host directory is
// confined only as a grant, by openat2).
func ReadOnly(fsys fs.FS) FS { return ioFS{fsys} }

// name is p as an fs.ValidPath name, and whether it named a directory.
func ioName(abs string) (string, bool) {
	parts, dirOnly := split(abs)
	if len(parts) == 0 {
		return ".", false
	}
	return strings.Join(parts, "/"), dirOnly
}

// errno is err as the kernel would report it (binding.Errno's mapping,
// and EINVAL or EIO for what it does not know).
func errno(err error) error {
	if err == nil {
		return nil
	}
	if en := binding.Errno(err); en != 0 {
		return en
	}
	if errors.Is(err, fs.ErrInvalid) {
		return syscall.EINVAL
	}
	return syscall.EIO
}

// infoStat is a FileInfo as a Stat; ino is a hash of the name (stable,
// distinct with high probability).
func infoStat(fi fs.FileInfo, name string) *Stat {
	h := fnv.New64a()
	h.Write([]byte(name))
	t := unix.StatxTimestamp{Sec: fi.ModTime().Unix(), Nsec: uint32(fi.ModTime().Nanosecond())}
	st := &Stat{Mask: statxMask, Blksize: 4096, Nlink: 1, Ino: h.Sum64(), Atime: t, Mtime: t, Ctime: t, Btime: t,
		Uid: uint32(unix.Getuid()), Gid: uint32(unix.Getgid())}
	mode := uint32(fi.Mode().Perm())
	if mode == 0 {
		mode = 0o444 // fstest.MapFS and embed.FS leave it zero
	}
	switch {
	case fi.IsDir():
		if fi.Mode().Perm() == 0 {
			mode = 0o555
		}
		st.Mode, st.Size, st.Nlink = uint16(unix.S_IFDIR|mode), 4096, 2
	default:
		st.Mode, st.Size = uint16(unix.S_IFREG|mode), uint64(max(fi.Size(), 0))
	}
	st.Blocks = (st.Size + 511) / 512
	return st
}

func (s ioFS) stat(p Path) (*Stat, error) {
	name, dirOnly := ioName(p.Abs)
	fi, err := fs.Stat(s.fsys, name)
	if err != nil {
		return nil, errno(err)
	}
	if dirOnly && !fi.IsDir() {
		return nil, syscall.ENOTDIR
	}
	return infoStat(fi, name), nil
}

func (s ioFS) Open(p Path, flags int, mode uint32) (File, error) {
	st, err := s.stat(p)
	if err != nil {
		return nil, err
	}
	isDir := st.Mode&unix.S_IFMT == unix.S_IFDIR
	switch {
	case flags&unix.O_ACCMODE != unix.O_RDONLY || flags&unix.O_TRUNC != 0:
		return nil, syscall.EROFS
	case !isDir && flags&unix.O_DIRECTORY != 0:
		return nil, syscall.ENOTDIR
	}
	name, _ := ioName(p.Abs)
	f, err := s.fsys.Open(name)
	if err != nil {
		return nil, errno(err)
	}
	return &ioFile{f: f, name: name, dir: isDir}, nil
}

// ioFile is an open file of an fs.FS.
type ioFile struct {
	f    fs.File
	name string
	dir  bool
}

func (f *ioFile) Read(b []byte, off int64) (int, error) {
	if f.dir {
		return 0, syscall.EISDIR
	}
	if off >= 0 {
		ra, ok := f.f.(io.ReaderAt)
		if !ok {
			return 0, syscall.ESPIPE
		}
		k, err := ra.ReadAt(b, off)
		if err == io.EOF {
			err = nil
		}
		return k, errno(err)
	}
	k, err := f.f.Read(b)
	if err == io.EOF {
		err = nil
	}
	return k, errno(err)
}

// Write and the other changes: an ioFile is always opened read-only
// (roFile answers them).
func (f *ioFile) Write([]byte, int64) (int, error) { return 0, syscall.EBADF }

func (f *ioFile) Stat() (*Stat, error) {
	fi, err := f.f.Stat()
	if err != nil {
		return nil, errno(err)
	}
	return infoStat(fi, f.name), nil
}

func (f *ioFile) ReadDir(n int) ([]Dirent, error) {
	d, ok := f.f.(fs.ReadDirFile)
	if !f.dir || !ok {
		return nil, syscall.ENOTDIR
	}
	ents, err := d.ReadDir(n)
	if err != nil && err != io.EOF {
		return nil, errno(err)
	}
	return dirents(ents), nil
}

func (f *ioFile) Truncate(int64) error         { return syscall.EINVAL }
func (f *ioFile) Sync(bool) error              { return nil }
func (f *ioFile) Chmod(uint32) error           { return syscall.EROFS }
func (f *ioFile) Chown(int, int) error         { return syscall.EROFS }
func (f *ioFile) Utimes([]unix.Timespec) error { return syscall.EROFS }
func (f *ioFile) Close() error                 { return errno(f.f.Close()) }

func (s ioFS) Stat(p Path) (*Stat, error)  { return s.stat(p) }
func (s ioFS) Lstat(p Path) (*Stat, error) { return s.stat(p) }
func (s ioFS) ModuleStat(p Path) (int, error) {
	st, err := s.stat(p)
	return moduleStat(st, err)
}

func (s ioFS) Access(p Path, mode uint32) error {
	_, err := s.stat(p)
	return err
}

// The changes: a mount of an fs.FS is never writable (readOnlyFS orders
// the errors before these).
func (s ioFS) Mkdir(Path, uint32) error                 { return syscall.EROFS }
func (s ioFS) MkdirAll(Path, uint32) (string, error)    { return "", syscall.EROFS }
func (s ioFS) Mkdtemp(Path) (string, error)             { return "", syscall.EROFS }
func (s ioFS) Rmdir(Path) error                         { return syscall.EROFS }
func (s ioFS) Unlink(Path) error                        { return syscall.EROFS }
func (s ioFS) RemoveAll(Path) error                     { return syscall.EROFS }
func (s ioFS) Rename(Path, Path) error                  { return syscall.EROFS }
func (s ioFS) Link(Path, Path) error                    { return syscall.EROFS }
func (s ioFS) Symlink(string, Path) error               { return syscall.EROFS }
func (s ioFS) Chmod(Path, uint32) error                 { return syscall.EROFS }
func (s ioFS) Chown(Path, int, int) error               { return syscall.EROFS }
func (s ioFS) Lchown(Path, int, int) error              { return syscall.EROFS }
func (s ioFS) Truncate(Path, int64) error               { return syscall.EROFS }
func (s ioFS) CopyFile(Path, Path, bool) error          { return syscall.EROFS }
func (s ioFS) Utimes(Path, []unix.Timespec, bool) error { return syscall.EROFS }

func (s ioFS) Readlink(p Path) (string, error) {
	if _, err := s.stat(p); err != nil {
		return "", err
	}
	return "", syscall.EINVAL
}
func (s ioFS) Realpath(p Path) (string, error) {
	if _, err := s.stat(p); err != nil {
		return "", err
	}
	name, _ := ioName(p.Abs)
	if name == "." {
		return "/", nil
	}
	return "/" + name, nil
}
func (s ioFS) ReadDir(p Path, sorted bool) ([]Dirent, error) {
	st, err := s.stat(p)
	if err != nil {
		return nil, err
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return nil, syscall.ENOTDIR
	}
	name, _ := ioName(p.Abs)
	ents, err := fs.ReadDir(s.fsys, name)
	if err != nil {
		return nil, errno(err)
	}
	return dirents(ents), nil
}

func (s ioFS) OpenDir(p Path) (File, error) { return s.Open(p, unix.O_RDONLY|unix.O_DIRECTORY, 0) }

func (s ioFS) Statfs(p Path) (*unix.Statfs_t, error) {
	if _, err := s.stat(p); err != nil {
		return nil, err
	}
	return &unix.Statfs_t{Type: 0x794c7630, Bsize: 4096, Namelen: 255, Flags: unix.ST_RDONLY}, nil
}

// WatchTarget fails with ENOSYS: an fs.FS has no inotify.
func (s ioFS) WatchTarget(Path) (*os.File, error) { return nil, syscall.ENOSYS }
