package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignals stops a real build with SIGINT and SIGTERM while it waits for
// more articles on stdin: it must exit within a second or so with 130 or
// 143, saying why, and leave a store that opens and answers.
func TestSignals(t *testing.T) {
	for _, tc := range []struct {
		sig   syscall.Signal
		code  int
		name  string
		after time.Duration // from the store's lock: while the models load, or once the articles are in
	}{{syscall.SIGINT, 130, "interrupt", 100 * time.Millisecond}, {syscall.SIGTERM, 143, "SIGTERM", 3 * time.Second}} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kgraph.db")
			build := kgraphProcess(t, nil, "build", "-q", "--db", db, "-")
			stdin, err := build.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr strings.Builder
			build.Stderr = &stderr
			if err := build.Start(); err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			for i := range 3 {
				fmt.Fprintf(stdin, `{"id":"d%d","text":"The United States sanctioned Russia over Crimea."}`+"\n", i)
			}
			waitFor(t, filepath.Join(db, "kgraph.lock"))
			time.Sleep(tc.after)
			start := time.Now()
			if err := build.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- build.Wait() }()
			var werr error
			select {
			case werr = <-done:
			case <-time.After(10 * time.Second):
				build.Process.Kill()
				<-done
				t.Fatalf("kgraph build still running 10 s after %v", tc.sig)
			}
			took := time.Since(start)
			var ee *exec.ExitError
			if !errors.As(werr, &ee) || ee.ExitCode() != tc.code {
				t.Errorf("after %v: %v, want exit %d; stderr %q", tc.sig, werr, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "stopped by "+tc.name) {
				t.Errorf("after %v: stderr %q, want \"stopped by %s\"", tc.sig, stderr.String(), tc.name)
			}
			if took > time.Second {
				t.Errorf("after %v: exited after %v, want within a second", tc.sig, took)
			}
			t.Logf("%v: exit %d after %v", tc.sig, tc.code, took.Round(time.Millisecond))
			if _, errs, code := runCLI(t, "", "query", "--db", db, "g.Emit(g.V().Count())"); code != 0 {
				t.Errorf("store after %v: query exit %d: %s", tc.sig, code, errs)
			}
		})
	}
}

// waitFor waits up to ten seconds for a file to appear.
func waitFor(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	t.Fatalf("%s did not appear", path)
}
