//go:build !unix

package nlp

import "os"

// readTableFile reads the cache file; systems without mmap here copy it.
func readTableFile(path string) ([]byte, error) { return os.ReadFile(path) }
