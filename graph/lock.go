package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// lockName is the lock file kept in a bolt store's directory. It holds the
// pid of the process that has the store open; the lock itself is an flock,
// which the kernel releases when that process exits, however it exits.
const lockName = "kgraph.lock"

// lockDir takes the exclusive lock of the store directory dir, retrying for
// up to timeout. Bolt itself would block forever on its own file lock, so
// this lock is taken first and fails cleanly.
func lockDir(dir string, timeout time.Duration) (*os.File, error) {
	name := filepath.Join(dir, lockName)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock store: %w", err)
	}
	deadline := time.Now().Add(timeout)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock store: %w", err)
		}
		if time.Now().After(deadline) {
			f.Close()
			who := ""
			if b, err := os.ReadFile(name); err == nil {
				if pid := strings.TrimSpace(string(b)); pid != "" {
					who = " (pid " + pid + ")"
				}
			}
			return nil, fmt.Errorf("%s: %w%s", dir, ErrLocked, who)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

// unlock releases a lock taken by lockDir.
func unlock(f *os.File) {
	_ = f.Truncate(0)
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	_ = f.Close()
}
