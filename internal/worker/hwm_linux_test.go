package worker

import (
	"runtime"
	"testing"
)

// anonResidentBytes counts memory once it is touched: 16 MB written raise it by about
// as much, while the file-backed pages of the binary stay out of it.
func TestAnonResidentBytes(t *testing.T) {
	before, ok := anonResidentBytes()
	if !ok || before <= 0 {
		t.Fatalf("anonymous resident memory %d, %v: want a positive reading", before, ok)
	}
	buf := make([]byte, 16<<20)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	after, ok := anonResidentBytes()
	if !ok {
		t.Fatal("no second reading")
	}
	if grew := after - before; grew < 12<<20 || grew > 64<<20 {
		t.Errorf("touching 16 MB raised the reading by %d bytes, want about 16 MB", grew)
	}
	runtime.KeepAlive(buf)
}
