package host

import (
	"errors"
	"io/fs"
	"syscall"

	"github.com/wqnode/wqnode/wasm"
)

var errNotDir = syscall.ENOTDIR

// uvMessages are libuv's messages where they differ from the C library's.
var uvMessages = map[syscall.Errno]string{
	syscall.EISDIR:       "illegal operation on a directory",
	syscall.EEXIST:       "file already exists",
	syscall.ENOTEMPTY:    "directory not empty",
	syscall.ECONNREFUSED: "connection refused",
	syscall.EADDRINUSE:   "address already in use",
}

// Errno extracts the errno from a Go error (0 if there is none).
func Errno(err error) syscall.Errno {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES
	}
	return 0
}

// ErrnoName is the symbolic name of an errno (ENOENT) as Node reports it.
func ErrnoName(en syscall.Errno) string {
	if n, ok := errnoNames[en]; ok {
		return n
	}
	return "UNKNOWN"
}

// ErrnoMessage is libuv's message for an errno.
func ErrnoMessage(en syscall.Errno) string {
	if m, ok := uvMessages[en]; ok {
		return m
	}
	return en.Error()
}

// throwSystemError raises Node's system error for err (see
// systemErrorValue).
func (iso *Isolate) throwSystemError(err error, syscallName, path, dest string) wasm.Value {
	return iso.vm.Throw(iso.systemErrorValue(err, syscallName, path, dest))
}

// systemErrorValue builds Node's system error for err (owned): message
// "ENOENT: no such file or directory, open 'p'" with errno (negative),
// code, syscall, path and dest.
func (iso *Isolate) systemErrorValue(err error, syscallName, path, dest string) wasm.Value {
	vm := iso.vm
	code, text, errno := "UNKNOWN", err.Error(), int32(-4094)
	if en := Errno(err); en != 0 {
		code, text, errno = ErrnoName(en), ErrnoMessage(en), -int32(en)
	}
	msg := code + ": " + text + ", " + syscallName
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	e := iso.newError(msg)
	vm.Set(e, "errno", wasm.MakeInt(errno))
	vm.Set(e, "code", vm.NewString(code))
	vm.Set(e, "syscall", vm.NewString(syscallName))
	if path != "" {
		vm.Set(e, "path", vm.NewString(path))
	}
	if dest != "" {
		vm.Set(e, "dest", vm.NewString(dest))
	}
	return e
}

// newError returns a new Error with message (owned).
func (iso *Isolate) newError(message string) wasm.Value {
	return iso.vm.NewError("Error", message)
}

var errnoNames = map[syscall.Errno]string{
	syscall.E2BIG: "E2BIG", syscall.EACCES: "EACCES", syscall.EADDRINUSE: "EADDRINUSE",
	syscall.EADDRNOTAVAIL: "EADDRNOTAVAIL", syscall.EAFNOSUPPORT: "EAFNOSUPPORT", syscall.EAGAIN: "EAGAIN",
	syscall.EALREADY: "EALREADY", syscall.EBADF: "EBADF", syscall.EBUSY: "EBUSY", syscall.ECANCELED: "ECANCELED",
	syscall.ECHILD: "ECHILD", syscall.ECONNABORTED: "ECONNABORTED", syscall.ECONNREFUSED: "ECONNREFUSED",
	syscall.ECONNRESET: "ECONNRESET", syscall.EDEADLK: "EDEADLK", syscall.EDESTADDRREQ: "EDESTADDRREQ",
	syscall.EDOM: "EDOM", syscall.EDQUOT: "EDQUOT", syscall.EEXIST: "EEXIST", syscall.EFAULT: "EFAULT",
	syscall.EFBIG: "EFBIG", syscall.EHOSTUNREACH: "EHOSTUNREACH", syscall.EINTR: "EINTR", syscall.EINVAL: "EINVAL",
	syscall.EIO: "EIO", syscall.EISCONN: "EISCONN", syscall.EISDIR: "EISDIR", syscall.ELOOP: "ELOOP",
	syscall.EMFILE: "EMFILE", syscall.EMLINK: "EMLINK", syscall.EMSGSIZE: "EMSGSIZE",
	syscall.ENAMETOOLONG: "ENAMETOOLONG", syscall.ENETDOWN: "ENETDOWN", syscall.ENETUNREACH: "ENETUNREACH",
	syscall.ENFILE: "ENFILE", syscall.ENOBUFS: "ENOBUFS", syscall.ENODEV: "ENODEV", syscall.ENOENT: "ENOENT",
	syscall.ENOMEM: "ENOMEM", syscall.ENOSPC: "ENOSPC", syscall.ENOSYS: "ENOSYS", syscall.ENOTCONN: "ENOTCONN",
	syscall.ENOTDIR: "ENOTDIR", syscall.ENOTEMPTY: "ENOTEMPTY", syscall.ENOTSOCK: "ENOTSOCK",
	syscall.ENOTSUP: "ENOTSUP", syscall.ENXIO: "ENXIO", syscall.EPERM: "EPERM", syscall.EPIPE: "EPIPE",
	syscall.EPROTO: "EPROTO", syscall.ERANGE: "ERANGE", syscall.EROFS: "EROFS", syscall.ESPIPE: "ESPIPE",
	syscall.ESRCH: "ESRCH", syscall.ETIMEDOUT: "ETIMEDOUT", syscall.ETXTBSY: "ETXTBSY", syscall.EXDEV: "EXDEV",
}

func cpuTimes() (user, sys float64) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return float64(ru.Utime.Nano() / 1000), float64(ru.Stime.Nano() / 1000)
}

func umask(args []wasm.Value) int {
	if len(args) > 0 && args[0].IsNumber() {
		return syscall.Umask(int(args[0].Number()))
	}
	old := syscall.Umask(0)
	syscall.Umask(old)
	return old
}

func kill(pid, sig int) int {
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return -int(Errno(err))
	}
	return 0
}
