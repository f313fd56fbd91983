package host

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/wqnode/wqnode/wasm"
)

// The start-up snapshot. The bootstrap has two phases (isolate.go): a
// snapshot-safe one (builtins compiled and loaded, globals defined, nothing
// of the process) and a per-process one (the bindings' Module.Setup values,
// then the process object). An isolate made the ordinary way starts from a
// copy-on-write clone of an isolate frozen right after the first phase and
// runs only the second; one made with Config.Fresh (or SnapshotEnv=off)
// runs both. The snapshot is made once per engine configuration and
// process, and kept on disk beside the compiled engine (wasm.CacheDir), so
// the command line starts from it too.
//
// What a clone needs beyond the VM's memory is small because host
// functions find their isolate from the VM (binding.EnvOf), never from a
// closure: the binding objects and entry points are values in the cloned
// memory, and the function table is the registry's, rebuilt from the
// names of the bindings installed (bootMeta).

// SnapshotEnv names the environment variable that, set to "off", makes
// every isolate start fresh instead of from the start-up snapshot.
const SnapshotEnv = "WQNODE_SNAPSHOT"

var snapshotsOn = os.Getenv(SnapshotEnv) != "off"

// bootImage is the isolate after the snapshot-safe phase.
type bootImage struct {
	snap *wasm.Snapshot
	meta bootMeta
}

// bootMeta is what the host keeps of the frozen isolate (saved with it).
type bootMeta struct {
	Bindings []string // installed, in order: the function table's order
	Objects  []uint64 // their objects, in that order
	Entry    []uint64 // the entry points, in entryNames order
	ESM      [2]uint64
}

// startImage is bootImageFor, set at init: New cannot name it directly
// (bootImageFor reaches the registry, which lists the worker binding,
// which calls New).
var startImage func(wasm.EngineConfig) *bootImage

func init() { startImage = bootImageFor }

type imageSlot struct {
	once sync.Once
	img  *bootImage
}

var (
	imagesMu sync.Mutex
	images   = map[wasm.EngineConfig]*imageSlot{}
)

// bootImageFor returns the start-up snapshot for cfg, made (or loaded from
// disk) on first use; nil when none can be made (the isolate starts
// fresh).
func bootImageFor(cfg wasm.EngineConfig) *bootImage {
	imagesMu.Lock()
	sl := images[cfg]
	if sl == nil {
		sl = &imageSlot{}
		images[cfg] = sl
	}
	imagesMu.Unlock()
	sl.once.Do(func() { sl.img, _, _ = loadOrBuildImage(cfg, snapshotDir()) })
	return sl.img
}

// restore gives a clone's isolate the host's side of the frozen one.
func (img *bootImage) restore(iso *Isolate) {
	iso.cloned = true
	for i, name := range img.meta.Bindings {
		iso.bindings[name] = wasm.Value(img.meta.Objects[i])
	}
	iso.bound = append([]string(nil), img.meta.Bindings...)
	for i, name := range entryNames {
		iso.entry[name] = wasm.Value(img.meta.Entry[i])
	}
	if r, s := img.meta.ESM[0], img.meta.ESM[1]; r != 0 {
		iso.vm.Modules = &esmHooks{iso: iso, resolve: wasm.Value(r), source: wasm.Value(s)}
	}
}

// ErrSnapshotBusy is returned when an isolate is asked for a snapshot while
// it holds something a clone cannot have: a call or promise job, a timer,
// an immediate, a handle, or a binding's host-side state.
var ErrSnapshotBusy = errors.New("host: snapshot: the isolate is running or holds timers, handles or jobs")

// snapshot freezes the isolate, which must have run only the snapshot-safe
// phase and hold nothing outside the VM.
func (iso *Isolate) snapshot() (*bootImage, error) {
	if iso.perProc || !iso.loop.Idle() || iso.env.Handles.Count() != 3 || !iso.env.Stateless() ||
		len(iso.closers) > 0 || len(iso.rejections) > 0 || iso.signalHandler != 0 || len(iso.pending) > 0 {
		return nil, ErrSnapshotBusy
	}
	meta := bootMeta{Bindings: append([]string(nil), iso.bound...)}
	for _, name := range iso.bound {
		meta.Objects = append(meta.Objects, uint64(iso.bindings[name]))
	}
	for _, name := range entryNames {
		meta.Entry = append(meta.Entry, uint64(iso.entry[name]))
	}
	switch h := iso.vm.Modules.(type) {
	case nil:
	case *esmHooks:
		meta.ESM = [2]uint64{uint64(h.resolve), uint64(h.source)}
	default:
		return nil, ErrSnapshotBusy
	}
	// The table a loaded snapshot gets must be the one the VM has.
	if t, err := funcTable(meta); err != nil || len(t) != len(iso.vm.HostFuncs()) {
		return nil, fmt.Errorf("host: snapshot: function table of %d, the registry's %d", len(iso.vm.HostFuncs()), len(t))
	}
	snap, err := iso.vm.Snapshot()
	if errors.Is(err, wasm.ErrSnapshotBusy) {
		return nil, ErrSnapshotBusy
	}
	if err != nil {
		return nil, err
	}
	return &bootImage{snap: snap, meta: meta}, nil
}

// funcTable is the host-function table of an isolate that installed
// meta's bindings in order: internalBinding, then each binding's functions.
func funcTable(meta bootMeta) ([]wasm.HostFunc, error) {
	if len(meta.Objects) != len(meta.Bindings) || len(meta.Entry) != len(entryNames) {
		return nil, wasm.ErrSnapshotInvalid
	}
	t := []wasm.HostFunc{internalBinding}
	for _, name := range meta.Bindings {
		m := modulesByName[name]
		if m == nil {
			return nil, wasm.ErrSnapshotInvalid
		}
		for _, f := range m.Funcs {
			t = append(t, f.Fn.Wrap())
		}
	}
	return t, nil
}

// buildImage runs the snapshot-safe phase in a template isolate (no argv,
// no environment, no output, cwd /) and freezes it.
func buildImage(cfg wasm.EngineConfig) (img *bootImage, err error) {
	iso, err := newIsolate(Config{Env: []string{}, Stdin: strings.NewReader(""), Stdout: io.Discard,
		Stderr: io.Discard, Cwd: "/", Engine: cfg}, nil)
	if err != nil {
		return nil, err
	}
	defer iso.release()
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("host: snapshot: bootstrap: %v", r)
		}
	}()
	if err := iso.bootstrapSafe(); err != nil {
		return nil, err
	}
	return iso.snapshot()
}

// loadOrBuildImage loads the snapshot for cfg that an earlier process of
// this build saved in dir (loaded true), or makes it and saves it there
// ("": nowhere). A file that is corrupt, truncated or from another build
// or other builtins is refused by wasm.LoadSnapshot and replaced.
func loadOrBuildImage(cfg wasm.EngineConfig, dir string) (img *bootImage, loaded bool, err error) {
	eng, err := wasm.NewEngine(cfg)
	if err != nil {
		return nil, false, err
	}
	build := buildKey()
	var path string
	var key [32]byte
	if dir != "" {
		ck := sha256.Sum256([]byte(fmt.Sprintf("%+v", cfg)))
		key = sha256.Sum256(append(build[:], ck[:]...))
		path = filepath.Join(dir, "boot-"+hex.EncodeToString(build[:6])+"-"+hex.EncodeToString(ck[:4])+".snap")
		var meta bootMeta
		snap, err := eng.LoadSnapshot(path, key, func(b []byte) ([]wasm.HostFunc, error) {
			if json.Unmarshal(b, &meta) != nil {
				return nil, wasm.ErrSnapshotInvalid
			}
			return funcTable(meta)
		})
		if err == nil {
			return &bootImage{snap: snap, meta: meta}, true, nil
		}
	}
	img, err = buildImage(cfg)
	if err != nil {
		return nil, false, err
	}
	if dir != "" {
		img.snap.Meta, _ = json.Marshal(img.meta)
		if img.snap.Save(path, key) == nil {
			removeStaleSnapshots(dir, "boot-"+hex.EncodeToString(build[:6])+"-")
		}
	}
	return img, false, nil
}

// removeStaleSnapshots removes from dir the snapshots of other builds
// not written for an hour (builds used side by side keep theirs).
func removeStaleSnapshots(dir, keep string) {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, "boot-") && strings.HasSuffix(n, ".snap") && !strings.HasPrefix(n, keep) {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
				os.Remove(filepath.Join(dir, n))
			}
		}
	}
}

// snapshotDir is where start-up snapshots are saved: beside the compiled
// engine; "" for none.
func snapshotDir() string {
	base := wasm.CacheDir()
	if base == "" {
		return ""
	}
	dir := filepath.Join(base, "snapshot")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return dir
}

// buildKey identifies what a saved snapshot depends on beyond the engine
// (which its header names): this executable (the bindings' code and
// constants, the embedded builtins) and, when builtins are read from a
// directory (BuiltinsDirEnv), their sources.
var buildKey = sync.OnceValue(func() [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "wqnode boot snapshot 1\x00%s\x00%s\x00", wasm.EngineID, Version)
	id := wasm.ExecutableID()
	h.Write(id[:])
	for _, m := range registry {
		fmt.Fprintf(h, "%s:", m.Name)
		for _, f := range m.Funcs {
			fmt.Fprintf(h, "%s,", f.Name)
		}
	}
	if os.Getenv(BuiltinsDirEnv) != "" {
		fsys := builtinFS()
		fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := fs.ReadFile(fsys, p); err == nil {
					fmt.Fprintf(h, "%s\x00%d\x00", p, len(b))
					h.Write(b)
				}
			}
			return nil
		})
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
})
