package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// asKgraph, when set in the environment, makes the test binary run kgraph's
// main with its arguments instead of the tests, so that a test can start a
// whole kgraph process: package initialization included.
const asKgraph = "KGRAPH_TEST_AS_KGRAPH"

func TestMain(m *testing.M) {
	if os.Getenv(asKgraph) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// kgraphProcess returns a command that runs this test binary as kgraph with
// args, in the environment env added to the test's.
func kgraphProcess(t testing.TB, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), asKgraph+"=1"), env...)
	return cmd
}

// TestNoDrawNoTmp checks that commands that draw no map leave $TMPDIR
// untouched: go-graphviz compiles its WebAssembly Graphviz (and caches it in
// $TMPDIR/go-graphviz, 5.9 MB) only when a map is drawn.
func TestNoDrawNoTmp(t *testing.T) {
	for _, args := range [][]string{
		{"--version"},
		{"query", "--db", "mem:", "g.V().All()"},
	} {
		tmp := t.TempDir()
		out, err := kgraphProcess(t, []string{"TMPDIR=" + tmp}, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("kgraph %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		entries, err := os.ReadDir(tmp)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, filepath.Join(tmp, e.Name()))
		}
		if len(names) > 0 {
			t.Errorf("kgraph %s left %v in $TMPDIR", strings.Join(args, " "), names)
		}
	}
}
