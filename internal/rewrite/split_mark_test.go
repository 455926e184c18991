package rewrite

import (
	"fmt"
	"math/rand"
	"regexp"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// refSentenceEnd is the regular expression markSentenceEnds replaced.
var refSentenceEnd = regexp.MustCompile(`([.!?])\s+(\p{Lu})`)

func markDiff(s string) string {
	if got, want := markSentenceEnds(s), refSentenceEnd.ReplaceAllString(s, "$1\n$2"); got != want {
		return "markSentenceEnds(`" + s + "`) = `" + got + "`, regexp `" + want + "`"
	}
	if got, want := fmt.Sprint(sentenceEnds(s, -1)), fmt.Sprint(refSentenceEnd.FindAllStringIndex(s, -1)); got != want {
		return "sentenceEnds(`" + s + "`) = " + got + ", regexp " + want
	}
	if got, want := fmt.Sprint(sentenceEnds(s, 1)), fmt.Sprint(refSentenceEnd.FindAllStringIndex(s, 1)); got != want {
		return "sentenceEnds(`" + s + "`, 1) = " + got + ", regexp " + want
	}
	return ""
}

var markSeeds = []string{"", "Led it. Built it.", "a.B", "a. b", "a.  \tB", "a!\nB", "a?\fÉ", "a. \xffB", "a. ǅ", "a.. B", ". A",
	"a. B. C", "a.B. C", "e.g. Acme", "x. Σ", "x.\u00a0B", "x. 1B", "end. "}

// TestSentenceEndsMatchRegexp: sentenceEnds finds what the expression it replaced
// found, and markSentenceEnds writes what it wrote, on edge cases, generated text and every fixture and corpus line.
func TestSentenceEndsMatchRegexp(t *testing.T) {
	for _, s := range markSeeds {
		if d := markDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{".", "!", "?", ". ", ". A", " ", "  ", "\t", "\n", "A", "b", "É", "é", "ǅ", "\xff", "1", "x y"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 10)
		if d := markDiff(s); d != "" {
			t.Error(d)
		}
		if refSentenceEnd.MatchString(s) {
			yes++
		}
	}
	if yes < 5000 {
		t.Errorf("only %d of 50000 generated texts hold a sentence end: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := markDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzMarkSentenceEnds: on any input markSentenceEnds agrees with the regular
// expression (go test -fuzz FuzzMarkSentenceEnds -fuzztime 30s).
func FuzzMarkSentenceEnds(f *testing.F) {
	for _, s := range markSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := markDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
