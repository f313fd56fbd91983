package hostfs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/wqnode/wqnode/host/permission"
)

// grant is one granted path: as given (made absolute and clean) and as
// the file system has it (symlinks resolved), which is what operations
// resolve beneath.
type grant struct {
	lexical, real string
}

// scopeGrants is what one scope (read or write) grants.
type scopeGrants struct {
	all    bool
	grants []grant
}

// guard is the permission policy as a decorator over an FS. It implements
// every method of the seam itself (it embeds nothing), so an operation it
// does not know cannot compile, let alone be allowed. Each method names
// the scopes its paths need and asks decide, the one decision point.
type guard struct {
	next        FS
	read, write scopeGrants
}

// Guard returns fs decorated with the file-system policy of p; with the
// model off it returns fs itself. Grants are resolved now (symlinks and
// ".."), as Node resolves them at startup.
func Guard(fs FS, p *permission.Policy) FS {
	if !p.Enabled() {
		return fs
	}
	g := &guard{next: fs}
	for _, s := range []struct {
		scope permission.Scope
		dst   *scopeGrants
	}{{permission.FSRead, &g.read}, {permission.FSWrite, &g.write}} {
		roots, all := p.FSRoots(s.scope)
		s.dst.all = all
		for _, r := range roots {
			real := realGrant(r)
			if real == "/" {
				// The whole file system: nothing to stay beneath (and
				// absolute links, which RESOLVE_BENEATH refuses, are
				// everywhere in it).
				s.dst.all, s.dst.grants = true, nil
				break
			}
			s.dst.grants = append(s.dst.grants, grant{lexical: r, real: real})
		}
	}
	return g
}

// realGrant resolves the symlinks of the longest existing prefix of a
// granted path; a missing tail is kept as given.
func realGrant(p string) string {
	cur, rest := p, ""
	for {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return p
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// decide is the one decision point: p may be used for every scope in
// scopes, or the error is a *permission.Denied for the first scope that
// does not grant it. The result is p cleaned (a trailing slash kept) and
// rooted at the innermost grant that covers it, which lies inside every
// other covering grant. Cost is linear in the length of p.
func (g *guard) decide(p Path, scopes ...permission.Scope) (Path, error) {
	clean := filepath.Clean(p.Abs)
	out := Path{Abs: clean}
	for _, s := range scopes {
		sg := &g.read
		if s == permission.FSWrite {
			sg = &g.write
		} else if s != permission.FSRead {
			return Path{}, &permission.Denied{Scope: s, Resource: clean}
		}
		if sg.all {
			continue
		}
		found := false
		for _, gr := range sg.grants {
			var real string
			switch {
			case permission.Within(clean, gr.real):
				real = clean
			case permission.Within(clean, gr.lexical):
				real = gr.real + clean[len(gr.lexical):]
				if gr.lexical == "/" {
					real = filepath.Join(gr.real, clean)
				}
			default:
				continue
			}
			if !found || len(gr.real) > len(out.Root) {
				out.Abs, out.Root = real, gr.real
			}
			found = true
		}
		if !found {
			return Path{}, &permission.Denied{Scope: s, Resource: clean}
		}
	}
	if out.Root == "" {
		return p, nil // every scope grants everything: the path as given
	}
	if strings.HasSuffix(p.Abs, "/") && out.Abs != "/" {
		out.Abs += "/"
	}
	return out, nil
}

// denied turns a resolution that left its grant into the scope's denial.
func denied(err error, s permission.Scope, p Path) error {
	if errors.Is(err, errEscape) {
		return &permission.Denied{Scope: s, Resource: filepath.Clean(p.Abs)}
	}
	return err
}

// Allowed answers process.permission.has for a file-system scope and a
// path, by the same decision the operations take.
func Allowed(fs FS, s permission.Scope, abs string) bool {
	if m, ok := fs.(*mounts); ok {
		if a, in := m.allowed(s, abs); in {
			return a
		}
		fs = m.next
	}
	g, ok := fs.(*guard)
	if !ok {
		return true
	}
	_, err := g.decide(Path{Abs: abs}, s)
	return err == nil
}

// openScopes are the scopes open(2) flags need: any flag that can change
// the file needs write, anything but write-only needs read.
func openScopes(flags int) []permission.Scope {
	var s []permission.Scope
	if flags&unix.O_ACCMODE != unix.O_WRONLY {
		s = append(s, permission.FSRead)
	}
	if flags&unix.O_ACCMODE != unix.O_RDONLY || flags&(unix.O_CREAT|unix.O_TRUNC|unix.O_APPEND) != 0 {
		s = append(s, permission.FSWrite)
	}
	return s
}

var (
	rd = permission.FSRead
	wr = permission.FSWrite
)

// one runs f on p decided for scopes.
func one[T any](g *guard, p Path, f func(Path) (T, error), scopes ...permission.Scope) (T, error) {
	q, err := g.decide(p, scopes...)
	if err != nil {
		var zero T
		return zero, err
	}
	v, err := f(q)
	return v, denied(err, scopes[len(scopes)-1], p)
}

func one0(g *guard, p Path, f func(Path) error, scopes ...permission.Scope) error {
	_, err := one(g, p, func(q Path) (struct{}, error) { return struct{}{}, f(q) }, scopes...)
	return err
}

func two(g *guard, a, b Path, sa, sb permission.Scope, f func(a, b Path) error) error {
	qa, err := g.decide(a, sa)
	if err != nil {
		return err
	}
	qb, err := g.decide(b, sb)
	if err != nil {
		return err
	}
	err = f(qa, qb)
	if errors.As(err, new(secondEscaped)) {
		return denied(err, sb, b)
	}
	return denied(err, sa, a)
}

func (g *guard) Open(p Path, flags int, mode uint32) (File, error) {
	return one(g, p, func(q Path) (File, error) { return g.next.Open(q, flags, mode) }, openScopes(flags)...)
}
func (g *guard) Stat(p Path) (*Stat, error)  { return one(g, p, g.next.Stat, rd) }
func (g *guard) Lstat(p Path) (*Stat, error) { return one(g, p, g.next.Lstat, rd) }

// ModuleStat answers 1 (a directory) for a denied path that holds a read
// grant: the loader looks for modules beside a granted main module, and
// that directory's existence is implied by the grant itself.
func (g *guard) ModuleStat(p Path) (int, error) {
	rc, err := one(g, p, g.next.ModuleStat, rd)
	var d *permission.Denied
	if errors.As(err, &d) && !g.read.all {
		for _, gr := range g.read.grants {
			if d.Resource != gr.lexical && permission.Within(gr.lexical, d.Resource) {
				return 1, nil
			}
		}
	}
	return rc, err
}
func (g *guard) Access(p Path, mode uint32) error {
	return one0(g, p, func(q Path) error { return g.next.Access(q, mode) }, rd)
}
func (g *guard) Mkdir(p Path, mode uint32) error {
	return one0(g, p, func(q Path) error { return g.next.Mkdir(q, mode) }, wr)
}
func (g *guard) MkdirAll(p Path, mode uint32) (string, error) {
	return one(g, p, func(q Path) (string, error) { return g.next.MkdirAll(q, mode) }, wr)
}
func (g *guard) Mkdtemp(p Path) (string, error) {
	// The directory made is p plus six characters: decide for that name.
	q, err := g.decide(Path{Abs: p.Abs + "XXXXXX"}, wr)
	if err != nil {
		return "", err
	}
	q.Abs = strings.TrimSuffix(q.Abs, "XXXXXX")
	s, err := g.next.Mkdtemp(q)
	return s, denied(err, wr, p)
}
func (g *guard) Rmdir(p Path) error     { return one0(g, p, g.next.Rmdir, wr) }
func (g *guard) Unlink(p Path) error    { return one0(g, p, g.next.Unlink, wr) }
func (g *guard) RemoveAll(p Path) error { return one0(g, p, g.next.RemoveAll, wr) }
func (g *guard) Rename(from, to Path) error {
	return two(g, from, to, wr, wr, g.next.Rename)
}
func (g *guard) Link(existing, link Path) error {
	return two(g, existing, link, rd, wr, g.next.Link)
}
func (g *guard) Symlink(target string, link Path) error {
	return one0(g, link, func(q Path) error { return g.next.Symlink(target, q) }, wr)
}
func (g *guard) Readlink(p Path) (string, error) { return one(g, p, g.next.Readlink, rd) }
func (g *guard) Realpath(p Path) (string, error) { return one(g, p, g.next.Realpath, rd) }
func (g *guard) Chmod(p Path, mode uint32) error {
	return one0(g, p, func(q Path) error { return g.next.Chmod(q, mode) }, wr)
}
func (g *guard) Chown(p Path, uid, gid int) error {
	return one0(g, p, func(q Path) error { return g.next.Chown(q, uid, gid) }, wr)
}
func (g *guard) Lchown(p Path, uid, gid int) error {
	return one0(g, p, func(q Path) error { return g.next.Lchown(q, uid, gid) }, wr)
}
func (g *guard) Utimes(p Path, ts []unix.Timespec, nofollow bool) error {
	return one0(g, p, func(q Path) error { return g.next.Utimes(q, ts, nofollow) }, wr)
}
func (g *guard) Truncate(p Path, size int64) error {
	return one0(g, p, func(q Path) error { return g.next.Truncate(q, size) }, wr)
}
func (g *guard) CopyFile(src, dst Path, excl bool) error {
	return two(g, src, dst, rd, wr, func(a, b Path) error { return g.next.CopyFile(a, b, excl) })
}
func (g *guard) ReadDir(p Path, sorted bool) ([]Dirent, error) {
	return one(g, p, func(q Path) ([]Dirent, error) { return g.next.ReadDir(q, sorted) }, rd)
}
func (g *guard) OpenDir(p Path) (File, error) { return one(g, p, g.next.OpenDir, rd) }
func (g *guard) Statfs(p Path) (*unix.Statfs_t, error) {
	return one(g, p, g.next.Statfs, rd)
}
func (g *guard) WatchTarget(p Path) (*os.File, error) { return one(g, p, g.next.WatchTarget, rd) }
