// Command qjsgen copies the QuickJS WebAssembly build shipped by
// github.com/fastschema/qjs into this package (wasm/qjs.wasm), so that the
// engine bridge can instantiate it itself. Run through `go generate ./wasm`.
package main

import (
	"encoding/json"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	_ "github.com/fastschema/qjs" // keeps the module (and its qjs.wasm) in go.mod
)

func main() {
	out, err := exec.Command("go", "list", "-m", "-json", "github.com/fastschema/qjs").Output()
	if err != nil {
		log.Fatalf("go list: %v", err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil {
		log.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(m.Dir, "qjs.wasm"))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("qjs.wasm", b, 0o644); err != nil {
		log.Fatal(err)
	}
}
