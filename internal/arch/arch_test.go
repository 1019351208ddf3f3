// Package arch holds a test that keeps the package layers apart:
// extract -> schema <- graph, and only cmd/kgraph wires them together.
package arch

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/kgraph/kgraph/"

type pkg struct {
	ImportPath string
	Deps       []string
}

// rules: packages under the prefix may not depend on packages under any of
// the forbidden prefixes.
var rules = []struct {
	prefix    string
	forbidden []string
}{
	{module + "schema", []string{module, "github.com/cayleygraph"}},
	{module + "extract", []string{module + "graph", module + "cmd", "github.com/cayleygraph", "github.com/goccy", "github.com/emicklei"}},
	{module + "graph", []string{module + "extract", module + "cmd"}},
}

func TestLayers(t *testing.T) {
	cmd := exec.Command("go", "list", "-json", "-deps=false", "github.com/kgraph/kgraph/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		n++
		for _, r := range rules {
			if !strings.HasPrefix(p.ImportPath, r.prefix) {
				continue
			}
			for _, d := range p.Deps {
				for _, f := range r.forbidden {
					if strings.HasPrefix(d, f) && !strings.HasPrefix(d, module+"schema") && !strings.HasPrefix(d, module+"internal/shared") {
						t.Errorf("%s depends on %s, which its layer may not use", p.ImportPath, d)
					}
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("go list found %d packages", n)
	}
}
