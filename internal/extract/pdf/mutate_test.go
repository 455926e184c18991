package pdf

import (
	"bytes"
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMutatedFixtures feeds deterministic corruptions of the fixtures (flipped bytes,
// inflated numbers, cut and spliced ranges) to the builtin engine. Each must end with
// a result or a one-line error naming the file; a hang fails the run by its timeout.
func TestMutatedFixtures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	var seeds [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	rng := rand.New(rand.NewSource(7))
	n := 400
	if testing.Short() {
		n = 50
	}
	for i := 0; i < n; i++ {
		data := append([]byte(nil), seeds[rng.Intn(len(seeds))]...)
		switch rng.Intn(4) {
		case 0: // flip bytes
			for k := 0; k < 1+rng.Intn(16); k++ {
				data[rng.Intn(len(data))] = byte(rng.Intn(256))
			}
		case 1: // inflate a number (counts, lengths, offsets, widths)
			for k := 0; k < 4; k++ {
				at := rng.Intn(len(data))
				for at < len(data) && (data[at] < '0' || data[at] > '9') {
					at++
				}
				if at < len(data) {
					data = append(data[:at], append([]byte("99999999"), data[at:]...)...)
				}
			}
		case 2: // cut a range out
			a := rng.Intn(len(data))
			b := min(len(data), a+rng.Intn(4096))
			data = append(data[:a], data[b:]...)
		case 3: // splice a range of one part of the file into another
			a, b := rng.Intn(len(data)), rng.Intn(len(data))
			m := min(len(data)-a, len(data)-b, 1+rng.Intn(2048))
			copy(data[b:b+m], bytes.Clone(data[a:a+m]))
		}
		res, err := Extract(context.Background(), "mutant.pdf", data, Options{Engine: EngineBuiltin, MaxPages: 50})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "mutant.pdf: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("mutant %d: error should be one line naming the file: %q", i, err)
			}
			continue
		}
		for _, l := range res.Lines {
			if l.Pos.Page < 1 || l.Pos.Page > res.Pages || l.Text == "" {
				t.Errorf("mutant %d: bad line %+v (pages %d)", i, l, res.Pages)
			}
		}
	}
}
