package hostfs

import (
	"io"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// File is an open file or directory of an FS: what a JS descriptor or a
// directory stream holds. Positions are the file's own (read and write
// with off < 0 use and advance it, as read(2) and write(2); off >= 0 is
// pread(2)/pwrite(2) and leaves it), so no operation of the binding seeks.
// Errors are syscall.Errno values, as the kernel's.
type File interface {
	// Read reads into b at off (or the position); 0 bytes at the end,
	// never io.EOF.
	Read(b []byte, off int64) (int, error)
	Write(b []byte, off int64) (int, error)
	Stat() (*Stat, error)
	// ReadDir returns the next n entries of a directory (all when n <= 0),
	// none at the end.
	ReadDir(n int) ([]Dirent, error)
	Truncate(size int64) error
	// Sync flushes the file (only its data when dataOnly).
	Sync(dataOnly bool) error
	Chmod(mode uint32) error
	Chown(uid, gid int) error
	// Utimes sets access and modification times.
	Utimes(ts []unix.Timespec) error
	Close() error
}

// osFile is a File of the host kernel.
type osFile struct{ f *os.File }

// hostFile is the host file behind f, or nil for a File of another FS.
func hostFile(f File) *os.File {
	if o, ok := f.(osFile); ok {
		return o.f
	}
	return nil
}

// control runs op on f's descriptor, which stays valid while op runs
// even if the JS side closes f meanwhile.
func control(f *os.File, op func(fd int) error) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return syscall.EBADF
	}
	var opErr error
	if err := rc.Control(func(fd uintptr) { opErr = retry0(func() error { return op(int(fd)) }) }); err != nil {
		return syscall.EBADF
	}
	return opErr
}

func (o osFile) Read(b []byte, off int64) (n int, err error) {
	err = control(o.f, func(fd int) (err error) {
		if off >= 0 {
			n, err = unix.Pread(fd, b, off)
		} else {
			n, err = unix.Read(fd, b)
		}
		return err
	})
	return n, err
}

func (o osFile) Write(b []byte, off int64) (n int, err error) {
	err = control(o.f, func(fd int) (err error) {
		if off >= 0 {
			n, err = unix.Pwrite(fd, b, off)
		} else {
			n, err = unix.Write(fd, b)
		}
		return err
	})
	return n, err
}

func (o osFile) Stat() (st *Stat, err error) {
	err = control(o.f, func(fd int) (err error) { st, err = statx(fd, "", unix.AT_EMPTY_PATH); return err })
	return st, err
}

func (o osFile) ReadDir(n int) ([]Dirent, error) {
	ents, err := o.f.ReadDir(n)
	if err != nil && err != io.EOF {
		return nil, err
	}
	return dirents(ents), nil
}

func (o osFile) Truncate(size int64) error {
	return control(o.f, func(fd int) error { return unix.Ftruncate(fd, size) })
}

func (o osFile) Sync(dataOnly bool) error {
	if dataOnly {
		return control(o.f, unix.Fdatasync)
	}
	return control(o.f, unix.Fsync)
}

func (o osFile) Chmod(mode uint32) error {
	return control(o.f, func(fd int) error { return unix.Fchmod(fd, mode) })
}

func (o osFile) Chown(uid, gid int) error {
	return control(o.f, func(fd int) error { return unix.Fchown(fd, uid, gid) })
}

func (o osFile) Utimes(ts []unix.Timespec) error {
	return control(o.f, func(fd int) error { return unix.UtimesNanoAt(unix.AT_FDCWD, procPath(fd), ts, 0) })
}

func (o osFile) Close() error { return o.f.Close() }
