package wqnode

import (
	"io/fs"

	"github.com/wqnode/wqnode/hostfs"
)

// MemFS is a file system held in memory, bounded in size: files and
// directories, no symlinks. Mounted Writable it is an isolate's scratch
// space (several isolates may share one); for Go it is an fs.FS, so the
// embedder seeds it with WriteFile and reads what JS wrote with
// fs.ReadFile. Safe for concurrent use.
type MemFS struct{ m *hostfs.MemFS }

// NewMemFS returns an empty MemFS holding at most limit bytes of file
// contents and entries (each file or directory costs 256 bytes); limit
// <= 0 means 64 MiB. A write past it fails in JS with ENOSPC.
func NewMemFS(limit int64) *MemFS { return &MemFS{hostfs.NewMemFS(limit)} }

// Open opens name for reading (fs.FS).
func (m *MemFS) Open(name string) (fs.File, error) { return m.m.Open(name) }

// WriteFile writes data to name, creating it with perm or truncating it.
func (m *MemFS) WriteFile(name string, data []byte, perm fs.FileMode) error {
	return m.m.WriteFile(name, data, perm)
}

// MkdirAll creates directory name and any missing parents.
func (m *MemFS) MkdirAll(name string, perm fs.FileMode) error { return m.m.MkdirAll(name, perm) }
