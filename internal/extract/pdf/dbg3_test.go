//go:build pdfdebug

package pdf

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDbgMutate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		f := files[rng.Intn(len(files))]
		data, _ := os.ReadFile(f)
		for k := 0; k < 1+rng.Intn(8); k++ {
			data[rng.Intn(len(data))] = byte(rng.Intn(256))
		}
		done := make(chan struct{})
		start := time.Now()
		go func() {
			defer close(done)
			Extract(context.Background(), "m.pdf", data, Options{Engine: EngineBuiltin})
		}()
		select {
		case <-done:
			if d := time.Since(start); d > 500*time.Millisecond {
				t.Logf("slow %v %s", d, f)
			}
		case <-time.After(5 * time.Second):
			os.WriteFile("/tmp/hang.pdf", data, 0o644)
			t.Fatalf("hang on mutation of %s (saved /tmp/hang.pdf)", f)
		}
	}
}
