//go:build unix

package nlp

import (
	"os"
	"syscall"
)

// readTableFile maps the cache file into memory read-only instead of copying it: the
// tagger searches the table in place, so a fresh process touches only the pages its
// words need. The mapping lives as long as the process; the
// cache is only ever replaced by rename, never rewritten in place, so the mapped file
// cannot shrink under it.
func readTableFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := st.Size()
	if size <= 0 || size > 1<<30 || int64(int(size)) != size {
		return nil, errCacheStale
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return os.ReadFile(path) // a file system that cannot map: read it instead
	}
	return data, nil
}
