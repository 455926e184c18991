//go:build linux

package advise

import (
	"io"
	"os"
)

// readBuildID returns this binary's Go build ID, read from the start of the file the
// process runs (/proc/self/exe, the file it started from even if it was replaced
// since), or "".
func readBuildID() string {
	f, err := os.Open("/proc/self/exe")
	if err != nil {
		return ""
	}
	defer f.Close()
	buf := make([]byte, 16<<10)
	n, _ := io.ReadFull(f, buf)
	return buildIDFrom(buf[:n])
}
