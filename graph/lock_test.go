package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary act as a second process that holds a store
// open: KGRAPH_TEST_HOLD=PATH opens PATH, prints "open", and waits for
// stdin to close.
func TestMain(m *testing.M) {
	if path := os.Getenv("KGRAPH_TEST_HOLD"); path != "" {
		s, err := Open(context.Background(), path)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("open")
		_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
		_ = s.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// holder starts a process that holds the bolt store at path open.
func holder(t *testing.T, path string) (pid int, release func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "KGRAPH_TEST_HOLD="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "open" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("holder process: %q", line)
	}
	var once bool
	release = func() {
		if once {
			return
		}
		once = true
		stdin.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("holder process: %v", err)
		}
	}
	t.Cleanup(release)
	return cmd.Process.Pid, release
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kgraph.db")
	s := mustOpen(t, path)
	load(t, s, articleA())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	pid, release := holder(t, path)
	start := time.Now()
	done := make(chan error, 1)
	go func() {
		s, err := Open(context.Background(), path)
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(5 * time.Second):
		release() // unblocks the Open, which then succeeds
		<-done
		t.Fatal("Open blocked while another process held the store")
	}
	took := time.Since(start)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process holds the store = %v, want ErrLocked", err)
	}
	if want := fmt.Sprintf("(pid %d)", pid); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the store and %s", err, want)
	}
	// The lock timeout is 1s; the margin is for a loaded machine (CI runs
	// the packages in parallel under -race).
	if took > 4*time.Second {
		t.Errorf("Open took %v to fail, want about 1s", took)
	}

	release()
	s = mustOpen(t, path)
	st := load(t, s, articleA())
	if st.Skipped != 1 {
		t.Errorf("after the other process closed, reloading = %+v, want the document skipped (store intact)", st)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ url, want string }{
		{"bolt:", "empty store path"},
		{file, "not a kgraph store"},
		{"sqlite://x.db", "unsupported store URL"},
		{"postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=1", "postgres"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			s, err := Open(context.Background(), tt.url)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want an error", tt.url)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open(%q) = %v, want it to mention %q", tt.url, err, tt.want)
			}
		})
	}
}

func TestMustExist(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.db")
	if _, err := Open(context.Background(), path, MustExist()); !errors.Is(err, ErrNoStore) {
		t.Fatalf("Open(missing, MustExist) = %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(filepath.Join(path, "indexes.bolt")); err == nil {
		t.Errorf("Open with MustExist created a store")
	}
	s := mustOpen(t, path)
	s.Close()
	s2, err := Open(context.Background(), path, MustExist())
	if err != nil {
		t.Fatalf("Open(existing, MustExist) = %v", err)
	}
	s2.Close()
}
