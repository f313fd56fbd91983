package hostfs

import (
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"golang.org/x/sys/unix"
)

// The MemFS is a conforming fs.FS for Go.
func TestMemFSIsFS(t *testing.T) {
	m := NewMemFS(0)
	m.WriteFile("a.txt", []byte("a"), 0o644)
	m.MkdirAll("d/e", 0o755)
	m.WriteFile("d/e/f.txt", []byte("fff"), 0o600)
	if err := fstest.TestFS(m, "a.txt", "d/e/f.txt"); err != nil {
		t.Fatal(err)
	}
}

// The seam over a MemFS (writable) and over an fstest.MapFS (read-only
// mount): each operation's result or Node's error code.
func TestMountSeam(t *testing.T) {
	mem := NewMemFS(0)
	ro := fstest.MapFS{"f.txt": {Data: []byte("ro")}, "d/g.txt": {Data: []byte("g")}}
	fs := WithMounts(Plain, []Mount{{Path: "/m", FS: mem.Seam(), Writable: true}, {Path: "/r", FS: ReadOnly(ro)}, {Path: "/mr", FS: mem.Seam()}})
	p := func(s string) Path { return Path{Abs: s} }
	create := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	check := func(what string, err, want error) {
		t.Helper()
		if err != want {
			t.Errorf("%s: %v, want %v", what, err, want)
		}
	}
	f, err := fs.Open(p("/m/a"), create, 0o644)
	check("create", err, nil)
	if f != nil {
		f.Write([]byte("abc"), -1)
		f.Close()
	}
	_, err = fs.Open(p("/m/a"), create|unix.O_EXCL, 0o644)
	check("create excl", err, syscall.EEXIST)
	_, err = fs.Open(p("/m/missing/a"), create, 0o644)
	check("create in missing dir", err, syscall.ENOENT)
	_, err = fs.Open(p("/m/a/b"), unix.O_RDONLY, 0)
	check("through a file", err, syscall.ENOTDIR)
	check("mkdir", fs.Mkdir(p("/m/d"), 0o755), nil)
	check("mkdir again", fs.Mkdir(p("/m/d"), 0o755), syscall.EEXIST)
	_, err = fs.Open(p("/m/d"), unix.O_RDWR, 0)
	check("open dir for write", err, syscall.EISDIR)
	check("rename", fs.Rename(p("/m/a"), p("/m/d/a")), nil)
	st, err := fs.Stat(p("/m/d/a"))
	check("stat renamed", err, nil)
	if st != nil && st.Size != 3 {
		t.Errorf("size %d", st.Size)
	}
	_, err = fs.Stat(p("/m/a"))
	check("stat old name", err, syscall.ENOENT)
	check("rename dir into itself", fs.Rename(p("/m/d"), p("/m/d/x")), syscall.EINVAL)
	check("rmdir non-empty", fs.Rmdir(p("/m/d")), syscall.ENOTEMPTY)
	check("unlink dir", fs.Unlink(p("/m/d")), syscall.EISDIR)
	check("rmdir file", fs.Rmdir(p("/m/d/a")), syscall.ENOTDIR)
	d, err := fs.ReadDir(p("/m/d"), true)
	check("readdir", err, nil)
	if len(d) != 1 || d[0].Name != "a" || d[0].Type != 1 {
		t.Errorf("readdir: %+v", d)
	}
	check("unlink", fs.Unlink(p("/m/d/a")), nil)
	check("unlink again", fs.Unlink(p("/m/d/a")), syscall.ENOENT)
	long := "/m/" + strings.Repeat("d/", 2100)
	_, err = fs.MkdirAll(p(long), 0o755)
	check("mkdir -p past PATH_MAX", err, syscall.ENAMETOOLONG)
	check("rename across mounts", fs.Rename(p("/m/d"), p("/r/d")), syscall.EXDEV)

	// Read-only: the fs.FS, and the MemFS mounted again without Writable.
	f, err = fs.Open(p("/r/f.txt"), unix.O_RDONLY, 0)
	check("ro open", err, nil)
	if f != nil {
		b := make([]byte, 8)
		n, _ := f.Read(b, -1)
		k, _ := f.Read(b[n:], -1)
		if string(b[:n]) != "ro" || k != 0 {
			t.Errorf("ro read %q then %d", b[:n], k)
		}
		_, err = f.Write([]byte("x"), -1)
		check("ro write on fd", err, syscall.EBADF)
		f.Close()
	}
	_, err = fs.Open(p("/r/f.txt"), unix.O_RDWR, 0)
	check("ro open rw", err, syscall.EROFS)
	_, err = fs.Open(p("/r/new"), create, 0o644)
	check("ro create", err, syscall.EROFS)
	_, err = fs.Open(p("/r/nope"), unix.O_RDONLY, 0)
	check("ro missing", err, syscall.ENOENT)
	check("ro unlink", fs.Unlink(p("/r/f.txt")), syscall.EROFS)
	check("ro unlink missing", fs.Unlink(p("/r/nope")), syscall.ENOENT)
	check("ro mkdir existing", fs.Mkdir(p("/r/d"), 0o755), syscall.EEXIST)
	check("ro mkdir", fs.Mkdir(p("/r/e"), 0o755), syscall.EROFS)
	check("ro access W_OK", fs.Access(p("/r/f.txt"), unix.W_OK), syscall.EROFS)
	check("ro access R_OK", fs.Access(p("/r/f.txt"), unix.R_OK), nil)
	_, err = fs.ReadDir(p("/r/f.txt"), true)
	check("ro readdir file", err, syscall.ENOTDIR)
	_, err = fs.Open(p("/mr/d"), unix.O_RDWR, 0)
	check("ro memfs open dir rw", err, syscall.EISDIR)
	check("ro memfs mkdir", fs.Mkdir(p("/mr/x"), 0o755), syscall.EROFS)
	check("ro memfs rmdir", fs.Rmdir(p("/mr/d")), syscall.EROFS)
	if s, err := fs.Realpath(p("/r/d/../f.txt")); err != nil || s != "/r/f.txt" {
		t.Errorf("realpath: %q %v", s, err)
	}
	// The mount's parent is the host's, judged by the policy below (here
	// the plain FS: "/" exists).
	if _, err := fs.Stat(p("/")); err != nil {
		t.Errorf("stat /: %v", err)
	}
	if !Allowed(fs, rd, "/r/f.txt") || Allowed(fs, wr, "/r/f.txt") || !Allowed(fs, wr, "/m/x") {
		t.Error("Allowed disagrees with the mounts")
	}
}
