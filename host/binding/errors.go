package binding

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/wqnode/wqnode/host/permission"
	"github.com/wqnode/wqnode/wasm"
)

// CodedError is one of Node's own errors (not a system call's): a class,
// a code and a message, as lib/internal/errors.js makes them.
type CodedError struct {
	Class, Code, Message string
}

func (c *CodedError) Error() string { return c.Message }

// Errors a binding returns for the JS side to see with Node's code.
var (
	// ErrBufferTooLarge is a result that would not fit the VM.
	ErrBufferTooLarge = &CodedError{"RangeError", "ERR_BUFFER_TOO_LARGE",
		"Cannot create a Buffer larger than the isolate's memory allows"}
)

// FileTooLarge is Node's ERR_FS_FILE_TOO_LARGE for a file of size bytes.
func FileTooLarge(size int64) error {
	return &CodedError{"RangeError", "ERR_FS_FILE_TOO_LARGE",
		fmt.Sprintf("File size (%d) is greater than 2 GiB", size)}
}

// ErrorValue builds the JS error (owned) for err: ERR_ACCESS_DENIED for a
// permission.Denied, the coded error for a CodedError, else Node's system
// error ("ENOENT: no such file or directory, open 'p'", with errno, code,
// syscall, path and dest). syscallName, path and dest describe the call.
func (e *Env) ErrorValue(err error, syscallName, path, dest string) wasm.Value {
	vm := e.VM
	var d *permission.Denied
	if errors.As(err, &d) {
		v := vm.NewError("Error", d.Error())
		vm.Set(v, "code", vm.NewString("ERR_ACCESS_DENIED"))
		vm.Set(v, "permission", vm.NewString(d.Scope.String()))
		if d.Resource != "" {
			vm.Set(v, "resource", vm.NewString(d.Resource))
		}
		return v
	}
	var c *CodedError
	if errors.As(err, &c) {
		v := vm.NewError(c.Class, c.Message)
		vm.Set(v, "code", vm.NewString(c.Code))
		return v
	}
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
	v := vm.NewError("Error", msg)
	vm.Set(v, "errno", wasm.MakeInt(errno))
	vm.Set(v, "code", vm.NewString(code))
	vm.Set(v, "syscall", vm.NewString(syscallName))
	if path != "" {
		vm.Set(v, "path", vm.NewString(path))
	}
	if dest != "" {
		vm.Set(v, "dest", vm.NewString(dest))
	}
	return v
}

// Throw throws ErrorValue(err, ...) and returns the exception marker.
func (e *Env) Throw(err error, syscallName, path, dest string) wasm.Value {
	return e.VM.Throw(e.ErrorValue(err, syscallName, path, dest))
}

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
	syscall.ENOPROTOOPT: "ENOPROTOOPT", syscall.EPROTONOSUPPORT: "EPROTONOSUPPORT", syscall.EOVERFLOW: "EOVERFLOW",
}
