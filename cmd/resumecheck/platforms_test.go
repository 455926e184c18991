package main

import (
	"os"
	"os/exec"
	"testing"
)

// TestBuildsOnOtherPlatforms builds the command for the platforms people run it on
// besides this one: code only Linux can build (a syscall that exists there alone)
// belongs in a file built for Linux only, with a fallback elsewhere.
func TestBuildsOnOtherPlatforms(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-builds the whole command")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	for _, p := range []struct{ goos, goarch string }{{"windows", "amd64"}, {"darwin", "arm64"}, {"linux", "arm64"}} {
		cmd := exec.Command("go", "build", "-o", os.DevNull, ".")
		cmd.Env = append(os.Environ(), "GOOS="+p.goos, "GOARCH="+p.goarch, "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("GOOS=%s GOARCH=%s go build: %v\n%s", p.goos, p.goarch, err, out)
		}
	}
}
