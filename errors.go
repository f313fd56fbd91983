package wqnode

import (
	"errors"
	"fmt"

	"github.com/wqnode/wqnode/host"
)

// LimitError is how an isolate that breached one of its Limits ended.
// Limit names it: "memory", "cpu", "wall", "stack", "handles",
// "children", "output" (and "context" for a Run whose context ended).
type LimitError = host.LimitError

// Error is a JS exception that reached Go: thrown by an Eval or Call, or
// uncaught and ending the isolate (inside an *ExitError).
type Error struct {
	Name    string // the error's class, e.g. "TypeError"
	Message string
	Code    string // Node's error code, e.g. "ERR_ACCESS_DENIED"; "" if none
	Stack   string
}

func (e *Error) Error() string {
	if e.Code != "" {
		return fmt.Sprintf("%s [%s]: %s", e.Name, e.Code, e.Message)
	}
	return e.Name + ": " + e.Message
}

// ExitError is an isolate that ended with a non-zero exit code: through
// process.exit(code), or an uncaught exception (Err, exit code 1).
type ExitError struct {
	Code int
	Err  *Error // the uncaught exception, if that is what ended it
}

func (e *ExitError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("wqnode: exit code %d: %v", e.Code, e.Err)
	}
	return fmt.Sprintf("wqnode: exit code %d", e.Code)
}

// Unwrap returns the uncaught exception.
func (e *ExitError) Unwrap() error {
	if e.Err == nil {
		return nil
	}
	return e.Err
}

// ErrClosed is returned for an isolate that was closed, or that ended
// (its Run returned, it exited) before the call.
var ErrClosed = errors.New("wqnode: isolate closed")
