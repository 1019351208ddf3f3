package graph

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dropPages removes the pages of the read-only file mapping that starts at
// addr, up to size bytes, from the process's resident set (madvise
// MADV_DONTNEED). The file's data is untouched: the pages stay in the page
// cache and fault back in when read.
//
// The range is clipped to the mapping as /proc/self/maps gives it: bolt
// grows its file ahead of its mapping, so the file can be longer than the
// mapping, and whatever lies after the mapping (the Go heap, say) must not
// be touched. Nothing is done when the mapping is not found.
func dropPages(addr uintptr, size int64) {
	end := mappingEnd(addr)
	if addr == 0 || end <= addr || size <= 0 {
		return
	}
	n := min(uintptr(size), end-addr)
	n &^= uintptr(syscall.Getpagesize() - 1)
	if n == 0 {
		return
	}
	// Best effort: an error only means the pages stay resident.
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, syscall.MADV_DONTNEED)
}

// mappingEnd returns the end address of the process's memory mapping that
// starts at addr, or 0.
func mappingEnd(addr uintptr) uintptr {
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(maps) {
		// "start-end perms offset dev inode path", addresses in hex
		dash := bytes.IndexByte(line, '-')
		sp := bytes.IndexByte(line, ' ')
		if dash <= 0 || sp <= dash {
			continue
		}
		start, err := strconv.ParseUint(string(line[:dash]), 16, 64)
		if err != nil || uintptr(start) != addr {
			continue
		}
		end, err := strconv.ParseUint(string(line[dash+1:sp]), 16, 64)
		if err != nil {
			return 0
		}
		return uintptr(end)
	}
	return 0
}
