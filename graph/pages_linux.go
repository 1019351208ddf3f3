package graph

import "syscall"

// dropPages removes the pages of the read-only file mapping at addr from
// the process's resident set (madvise MADV_DONTNEED). The file's data is
// untouched: the pages stay in the page cache and fault back in when read.
func dropPages(addr uintptr, size int64) {
	size &^= int64(syscall.Getpagesize() - 1)
	if addr == 0 || size <= 0 {
		return
	}
	// Best effort: an error only means the pages stay resident.
	syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(size), syscall.MADV_DONTNEED)
}
