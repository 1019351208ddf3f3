package graph

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dropPages removes the pages of the shared, read-only file mapping that
// starts at addr from the process's resident set (madvise MADV_DONTNEED).
// The file's data is untouched: the pages stay in the page cache and fault
// back in when read.
//
// The range ends where the mapping that holds addr ends, as /proc/self/maps
// gives it: bolt grows its file ahead of its mapping, so the file's length
// is no bound, and whatever lies after the mapping (the Go heap, say) must
// not be touched. Nothing is done unless that mapping is a shared one,
// where MADV_DONTNEED can never lose data.
func dropPages(addr uintptr) {
	end := sharedMappingEnd(addr)
	if addr == 0 || end <= addr {
		return
	}
	// Best effort: an error only means the pages stay resident.
	syscall.Syscall(syscall.SYS_MADVISE, addr, end-addr, syscall.MADV_DONTNEED)
}

// sharedMappingEnd returns the end address of the process's shared memory
// mapping that holds addr, or 0 when addr is in no shared mapping.
func sharedMappingEnd(addr uintptr) uintptr {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(maps) {
		// "start-end perms offset dev inode path", addresses in hex,
		// perms like "r--s" (s: shared, p: private)
		f := bytes.Fields(line)
		if len(f) < 2 || len(f[1]) != 4 {
			continue
		}
		lo, hi, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(lo), 16, 64)
		end, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || uint64(addr) < start || uint64(addr) >= end {
			continue
		}
		if f[1][3] != 's' {
			return 0
		}
		return uintptr(end)
	}
	return 0
}
