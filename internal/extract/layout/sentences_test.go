package layout

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// refSentenceEnd is the regular expression eachSentenceEnd replaced.
var refSentenceEnd = regexp.MustCompile(`(\p{L}*\p{Ll})[.!?] (\p{Lu}\p{Ll}*)(\.?)`)

// sentenceEndDiff compares every match eachSentenceEnd reports on s with the
// expression's, in order, and returns the first difference, or "".
func sentenceEndDiff(s string) string {
	var got []string
	eachSentenceEnd(s, func(end, next string, dot bool) bool {
		got = append(got, fmt.Sprintf("%q %q %v", end, next, dot))
		return false
	})
	var want []string
	for _, m := range refSentenceEnd.FindAllStringSubmatch(s, -1) {
		want = append(want, fmt.Sprintf("%q %q %v", m[1], m[2], m[3] != ""))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		return fmt.Sprintf("eachSentenceEnd(%q) = %v, regexp %v", s, got, want)
	}
	return ""
}

var sentenceEndSeeds = []string{
	"", "Built it. Then left.", "built. T", "built.  Then", "Built A. B", "ab. CdEf. Gh", "ab. Cd. Ef", "x! Yes? No.",
	"Example Phils. Inc.", "é. É", "ǅa. Ǆb", "straße. Über", "a.\u00a0B", "a.\tB", "a. \xffB", "a\xff. B", "ab.. Cd",
	"abc.D", "1a. B", "A. B", "aB. Cd", "ʰ. A", "a. ʰ", "中a. B", "a. B中", "ab. Cd.e", "ab. Cd. ", "ab? Cd! Ef? Gh.",
}

// TestSentenceEndsMatchRegexp: eachSentenceEnd reports what the regular expression it
// replaced found, on edge cases, generated lines, every fixture line and, when
// ../shared is present, every line of the corpus's reference texts.
func TestSentenceEndsMatchRegexp(t *testing.T) {
	for _, s := range sentenceEndSeeds {
		if d := sentenceEndDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"a", "ab", "B", "Cd", ".", "!", "?", " ", "  ", "é", "É", "ǅ", "ʰ", "中", "\xff", "1", ",", "\t", ". ", "x. Y"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 10)
		if d := sentenceEndDiff(s); d != "" {
			t.Error(d)
		}
		if refSentenceEnd.MatchString(s) {
			yes++
		}
	}
	if yes < 5000 {
		t.Errorf("only %d of 50000 generated lines hold a sentence end: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := sentenceEndDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzSentenceEnds: on any input eachSentenceEnd agrees with the regular expression
// (go test -fuzz FuzzSentenceEnds -fuzztime 30s).
func FuzzSentenceEnds(f *testing.F) {
	for _, s := range sentenceEndSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := sentenceEndDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
