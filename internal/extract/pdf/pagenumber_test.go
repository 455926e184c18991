package pdf

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

func pageNumberDiff(s string) string {
	if !mayBePageNumber(s) && pageNumber.MatchString(s) {
		return "mayBePageNumber(`" + s + "`) is false on a page number"
	}
	return ""
}

var pageNumberSeeds = []string{"", "1", "- 1 -", "Page 2", "PAGE 2 of 3", "page2/3", "2 / 3", "— 12 —", "1234", "Page", "p. 2",
	"Page 2 of 3\n", "\t3\t", "Pagé 2", "2 OF 3", "ſ", "Page 1 von 2", "1\xff"}

// TestPageNumberPrecheck: mayBePageNumber is true wherever pageNumber matches, on edge
// cases, generated lines and every fixture and corpus reference line.
func TestPageNumberPrecheck(t *testing.T) {
	for _, s := range pageNumberSeeds {
		if d := pageNumberDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"Page", "page ", "PAGE", "1", "23", "456", " ", "\t", "-", "–", "—", "of", "OF", "/", "x", "é", "\xff"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 6)
		if d := pageNumberDiff(s); d != "" {
			t.Error(d)
		}
		if pageNumber.MatchString(s) {
			yes++
		}
	}
	if yes < 1000 {
		t.Errorf("only %d of 50000 generated lines are page numbers: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := pageNumberDiff(strings.TrimSpace(line)); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzPageNumberPrecheck: on any input, where pageNumber matches mayBePageNumber is
// true (go test -fuzz FuzzPageNumberPrecheck -fuzztime 30s).
func FuzzPageNumberPrecheck(f *testing.F) {
	for _, s := range pageNumberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := pageNumberDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
