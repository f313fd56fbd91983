package hostfs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/permission"
)

// The seam's decorator implements every method itself.
var _ FS = (*guard)(nil)

// sandbox makes root/grant (read and write granted) and root/secret
// (outside), with links from the grant to the outside of every kind the
// issue found: to a directory, to a file, dangling, relative, and a
// chain whose expansion passes PATH_MAX.
func sandbox(t *testing.T) (fs FS, grant, secret string) {
	t.Helper()
	root := t.TempDir()
	grant, secret = filepath.Join(root, "grant"), filepath.Join(root, "secret")
	must(t, os.MkdirAll(filepath.Join(grant, "sub"), 0o755))
	must(t, os.MkdirAll(secret, 0o755))
	must(t, os.WriteFile(filepath.Join(secret, "s.txt"), []byte("SECRET"), 0o644))
	must(t, os.WriteFile(filepath.Join(grant, "ok.txt"), []byte("ok"), 0o644))
	must(t, os.Symlink(secret, filepath.Join(grant, "dirlink")))
	must(t, os.Symlink(filepath.Join(secret, "s.txt"), filepath.Join(grant, "filelink")))
	must(t, os.Symlink("../secret/s.txt", filepath.Join(grant, "rellink")))
	must(t, os.Symlink(filepath.Join(secret, "new.txt"), filepath.Join(grant, "dangling")))
	must(t, os.Symlink("ok.txt", filepath.Join(grant, "inside")))
	// A chain of links, each a long name, whose expansion passes 4,096
	// bytes and ends outside.
	long := strings.Repeat("d", 200)
	prev := secret
	for i := 0; i < 30; i++ {
		name := filepath.Join(grant, long+string(rune('a'+i%26))+strings.Repeat("x", i/26))
		must(t, os.Symlink(prev, name))
		prev = name
	}
	must(t, os.Symlink(prev, filepath.Join(grant, "chain")))
	pol := permission.New(permission.Grants{Enabled: true, FSRead: []string{grant}, FSWrite: []string{grant}}, root)
	return Guard(Plain, pol), grant, secret
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func isDenied(err error) bool {
	var d *permission.Denied
	return errors.As(err, &d)
}

// refused reports whether an operation that would reach the outside
// failed.
func refused(err error) bool {
	return err != nil
}

func TestGuardConfinesEveryOperation(t *testing.T) {
	fs, grant, secret := sandbox(t)
	P := func(rel string) Path { return Path{Abs: filepath.Join(grant, rel)} }
	for _, via := range []string{"dirlink/s.txt", "filelink", "rellink", "chain/s.txt", "sub/../dirlink/s.txt"} {
		if _, err := fs.Stat(P(via)); !refused(err) {
			t.Errorf("stat %s reached outside", via)
		}
		if f, err := fs.Open(P(via), unix.O_RDONLY, 0); err == nil {
			f.Close()
			t.Errorf("open %s reached outside", via)
		}
		if f, err := fs.Open(P(via), unix.O_WRONLY|unix.O_TRUNC, 0); err == nil {
			f.Close()
			t.Errorf("open for write %s reached outside", via)
		}
		if err := fs.Truncate(P(via), 0); err == nil {
			t.Errorf("truncate %s reached outside", via)
		}
		if err := fs.Chmod(P(via), 0o777); err == nil {
			t.Errorf("chmod %s reached outside", via)
		}
		if err := fs.Access(P(via), 0); err == nil {
			t.Errorf("access %s reached outside", via)
		}
		if _, err := fs.Realpath(P(via)); err == nil {
			t.Errorf("realpath %s reached outside", via)
		}
		if err := fs.Utimes(P(via), []unix.Timespec{{}, {}}, false); err == nil {
			t.Errorf("utimes %s reached outside", via)
		}
		if err := fs.CopyFile(P(via), P("copy"), false); err == nil {
			t.Errorf("copyFile from %s reached outside", via)
		}
	}
	for _, via := range []string{"dirlink", "chain", "dirlink/", "sub/../dirlink"} {
		if _, err := fs.ReadDir(P(via), true); err == nil {
			t.Errorf("readdir %s listed outside", via)
		}
		if f, err := fs.OpenDir(P(via)); err == nil {
			f.Close()
			t.Errorf("opendir %s opened outside", via)
		}
		if _, err := fs.Statfs(P(via)); err == nil {
			t.Errorf("statfs %s reached outside", via)
		}
		if f, err := fs.WatchTarget(P(via)); err == nil {
			f.Close()
			t.Errorf("watch %s reached outside", via)
		}
		if err := fs.Mkdir(P(via+"/made"), 0o755); err == nil {
			t.Errorf("mkdir under %s reached outside", via)
		}
		if _, err := fs.MkdirAll(P(via+"/a/b"), 0o755); err == nil {
			t.Errorf("mkdir -p under %s reached outside", via)
		}
		if _, err := fs.Mkdtemp(P(via + "/t-")); err == nil {
			t.Errorf("mkdtemp under %s reached outside", via)
		}
		if err := fs.Symlink("x", P(via+"/l")); err == nil {
			t.Errorf("symlink under %s reached outside", via)
		}
		if err := fs.Rename(P("ok.txt"), P(via+"/moved")); err == nil {
			t.Errorf("rename into %s reached outside", via)
		}
		if err := fs.Link(P("ok.txt"), P(via+"/hard")); err == nil {
			t.Errorf("link into %s reached outside", via)
		}
		if err := fs.Unlink(P(via + "/s.txt")); err == nil {
			t.Errorf("unlink under %s reached outside", via)
		}
	}
	// A dangling link: creating through it must not make the outside file.
	for _, flags := range []int{unix.O_WRONLY | unix.O_CREAT, unix.O_RDWR | unix.O_CREAT | unix.O_TRUNC, unix.O_WRONLY | unix.O_CREAT | unix.O_APPEND} {
		if f, err := fs.Open(P("dangling"), flags, 0o644); err == nil {
			f.Close()
		}
	}
	if err := fs.CopyFile(P("ok.txt"), P("dangling"), false); err == nil {
		t.Error("copyFile through a dangling link succeeded")
	}
	if _, err := os.Lstat(filepath.Join(secret, "new.txt")); err == nil {
		t.Fatal("a write through a dangling link created a file outside the grant")
	}
	// Removing a tree with a link to the outside removes the link only.
	must(t, os.MkdirAll(filepath.Join(grant, "tree", "d"), 0o755))
	must(t, os.Symlink(secret, filepath.Join(grant, "tree", "d", "out")))
	must(t, fs.RemoveAll(P("tree")))
	if b, err := os.ReadFile(filepath.Join(secret, "s.txt")); err != nil || string(b) != "SECRET" {
		t.Fatalf("rm -r followed a link outside: %v", err)
	}
	// Denials are the scope's, with the resolved path.
	_, err := fs.Stat(Path{Abs: filepath.Join(grant, "..", "secret", "s.txt")})
	var d *permission.Denied
	if !errors.As(err, &d) || d.Scope != permission.FSRead || d.Resource != filepath.Join(secret, "s.txt") {
		t.Fatalf("lexical escape: %v", err)
	}
	if _, err := fs.Stat(P("dirlink/s.txt")); !isDenied(err) {
		t.Fatalf("escape through a link is not a denial: %v", err)
	}
	if _, err := fs.Stat(P("chain/s.txt")); err == nil {
		t.Fatal("the long chain resolved")
	}
	// And what is inside works, links inside included.
	if st, err := fs.Stat(P("inside")); err != nil || st.Size != 2 {
		t.Fatalf("stat of a link inside: %v", err)
	}
	if s, err := fs.Readlink(P("dirlink")); err != nil || s != secret {
		t.Fatalf("readlink of a link inside: %q %v", s, err)
	}
	if _, err := fs.Lstat(P("dirlink")); err != nil {
		t.Fatalf("lstat of a link inside: %v", err)
	}
	if r, err := fs.Realpath(P("sub/../inside")); err != nil || r != filepath.Join(grant, "ok.txt") {
		t.Fatalf("realpath %q %v", r, err)
	}
	if err := fs.Mkdir(P("new"), 0o755); err != nil {
		t.Fatal(err)
	}
	if first, err := fs.MkdirAll(P("new/a/b"), 0o755); err != nil || first != filepath.Join(grant, "new", "a") {
		t.Fatalf("mkdir -p: %q %v", first, err)
	}
}

func TestGuardScopes(t *testing.T) {
	root := t.TempDir()
	r, w := filepath.Join(root, "r"), filepath.Join(root, "r", "w")
	must(t, os.MkdirAll(w, 0o755))
	must(t, os.WriteFile(filepath.Join(r, "f"), nil, 0o644))
	fs := Guard(Plain, permission.New(permission.Grants{Enabled: true, FSRead: []string{r}, FSWrite: []string{w}}, root))
	if f, err := fs.Open(Path{Abs: filepath.Join(r, "f")}, unix.O_RDWR, 0); !isDenied(err) {
		if f != nil {
			f.Close()
		}
		t.Fatalf("O_RDWR outside the write grant: %v", err)
	}
	f, err := fs.Open(Path{Abs: filepath.Join(w, "n")}, unix.O_RDWR|unix.O_CREAT, 0o644)
	must(t, err)
	f.Close()
	if err := fs.Unlink(Path{Abs: filepath.Join(r, "f")}); !isDenied(err) {
		t.Fatalf("unlink needs write: %v", err)
	}
	if err := fs.Rename(Path{Abs: filepath.Join(w, "n")}, Path{Abs: filepath.Join(r, "n")}); !isDenied(err) {
		t.Fatalf("rename out of the write grant: %v", err)
	}
	// The grant itself, not only what is beneath it.
	if _, err := fs.Stat(Path{Abs: r}); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(Path{Abs: root}); !isDenied(err) {
		t.Fatalf("the grant's parent: %v", err)
	}
	g := fs.(*guard)
	if _, err := g.decide(Path{Abs: r}, permission.Net); !isDenied(err) {
		t.Fatal("a scope the file system does not know is allowed")
	}
	// A granted file replaced by a symlink later is not followed out.
	leaf := filepath.Join(root, "leaf")
	must(t, os.WriteFile(leaf, nil, 0o644))
	lfs := Guard(Plain, permission.New(permission.Grants{Enabled: true, FSRead: []string{leaf}}, root))
	must(t, os.Remove(leaf))
	must(t, os.Symlink(filepath.Join(r, "f"), leaf))
	if _, err := lfs.Stat(Path{Abs: leaf}); err == nil {
		t.Fatal("a granted symlink was followed to a sibling")
	}
	if _, err := lfs.Lstat(Path{Abs: leaf}); err != nil {
		t.Fatalf("lstat of the granted link: %v", err)
	}
}

// Swapping a directory for a symlink to the outside while reads run:
// no read ever returns the outside file.
func TestGuardRaceDirSymlinkSwap(t *testing.T) {
	fs, grant, secret := sandbox(t)
	d := filepath.Join(grant, "d")
	must(t, os.MkdirAll(d, 0o755))
	must(t, os.WriteFile(filepath.Join(d, "s.txt"), []byte("inside"), 0o644))
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tmp := filepath.Join(grant, "d.tmp")
		for !stop.Load() {
			os.Rename(d, tmp)
			os.Symlink(secret, d)
			time.Sleep(time.Microsecond)
			os.Remove(d)
			os.Rename(tmp, d)
			time.Sleep(time.Microsecond)
		}
	}()
	var leaked, ok int
	// 1,500 reads at least, and on until some landed inside (a loaded
	// machine can keep the swapper's timing unlucky).
	for i := 0; i < 1500 || ok == 0 && i < 200_000; i++ {
		f, err := fs.Open(Path{Abs: filepath.Join(d, "s.txt")}, unix.O_RDONLY, 0)
		if err != nil {
			continue
		}
		b := make([]byte, 16)
		n, _ := f.Read(b, -1)
		f.Close()
		if string(b[:n]) == "SECRET" {
			leaked++
		} else {
			ok++
		}
	}
	stop.Store(true)
	wg.Wait()
	if leaked > 0 {
		t.Fatalf("%d of 1500 reads returned the outside file", leaked)
	}
	if ok == 0 {
		t.Fatal("no read succeeded: the test did not exercise the race")
	}
}

// Deciding is linear in the path's length: a 200 KB path is refused at
// once. (A coarse bound, far above the linear cost: the quadratic check
// took 7–10 s.)
func TestGuardLongPath(t *testing.T) {
	fs, grant, _ := sandbox(t)
	long := grant + strings.Repeat("/a", 100_000)
	start := time.Now()
	for i := 0; i < 10; i++ {
		if _, err := fs.Stat(Path{Abs: long}); !errors.Is(err, unix.ENAMETOOLONG) {
			t.Fatalf("200 KB path: %v", err)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("10 stats of a 200 KB path took %v", d)
	}
}

// A file without a size (a device, a pipe) is read to the bound, not to
// the host's memory.
func TestReadAllBounded(t *testing.T) {
	f, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if _, err := (stream{f: osFile{f}}).readAll(1 << 20); err == nil || !strings.Contains(err.Error(), "greater than 2 GiB") {
		t.Fatalf("/dev/zero: %v", err)
	}
}

// A grant of the root is the whole file system, absolute links included.
func TestGuardRootGrant(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644))
	must(t, os.Symlink(filepath.Join(dir, "f"), filepath.Join(dir, "abs")))
	fs := Guard(Plain, permission.New(permission.Grants{Enabled: true, FSRead: []string{"/"}}, dir))
	if st, err := fs.Stat(Path{Abs: filepath.Join(dir, "abs")}); err != nil || st.Size != 1 {
		t.Fatalf("absolute link under a grant of /: %v", err)
	}
	if err := fs.Unlink(Path{Abs: filepath.Join(dir, "f")}); !isDenied(err) {
		t.Fatalf("write without a write grant: %v", err)
	}
}

// For two paths, the denial names the one that left its grant.
func TestGuardTwoPathDenials(t *testing.T) {
	fs, grant, secret := sandbox(t)
	var d *permission.Denied
	err := fs.CopyFile(Path{Abs: filepath.Join(grant, "filelink")}, Path{Abs: filepath.Join(grant, "c")}, false)
	if !errors.As(err, &d) || d.Scope != permission.FSRead {
		t.Fatalf("copy from a link out: %v", err)
	}
	err = fs.CopyFile(Path{Abs: filepath.Join(grant, "ok.txt")}, Path{Abs: filepath.Join(grant, "dirlink", "c")}, false)
	if !errors.As(err, &d) || d.Scope != permission.FSWrite || d.Resource != filepath.Join(grant, "dirlink", "c") {
		t.Fatalf("copy into a link out: %v", err)
	}
	err = fs.Rename(Path{Abs: filepath.Join(grant, "dirlink", "s.txt")}, Path{Abs: filepath.Join(grant, "x")})
	if !errors.As(err, &d) || d.Resource != filepath.Join(grant, "dirlink", "s.txt") {
		t.Fatalf("rename from a link out: %v", err)
	}
	if _, err := os.Stat(filepath.Join(secret, "s.txt")); err != nil {
		t.Fatal(err)
	}
}
