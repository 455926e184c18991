package pdf

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// refNumbered is the regular expression splitNumbered replaced.
var refNumbered = regexp.MustCompile(`^\(?\d{1,2}[.)]\s+(\pL.*)$`)

func numberedDiff(s string) string {
	rest, ok := splitNumbered(s)
	m := refNumbered.FindStringSubmatch(s)
	if ok != (m != nil) || ok && rest != m[1] {
		return "splitNumbered(`" + s + "`) = `" + rest + "`, disagrees with the regexp"
	}
	return ""
}

var numberedSeeds = []string{
	"", "1. Led", "(2) Built", "12) x", "123. Led", "1.Led", "1.  Led", "1.\tÉcole", "1.\nLed", "1. Led\nmore", "1. 2 teams",
	"(1. Led", "((1) Led", "1) ", "1)", "01. a", "1. \xff", "1. \xffa", "1. a\xff", "１. Led", "1. ǅ", "1. ʰa", "1. 中文",
	"1.\v Led", "1.\f\r Led", "(12) Led", "(123) Led", "-1. Led",
}

// TestSplitNumberedMatchesRegexp: splitNumbered answers what the regular expression
// it replaced answered, on edge cases, generated lines, every fixture line and, when
// ../shared is present, every line of the corpus's reference texts.
func TestSplitNumberedMatchesRegexp(t *testing.T) {
	for _, s := range numberedSeeds {
		if d := numberedDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"(", ")", ".", "1", "23", " ", "\t", "\n", "\v", "\f", "a", "É", "\xff", "中", "-", "ǅ", "٣"}
	yes := 0
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		// mostly the item's shape, with any piece in any place
		for _, set := range [][]string{{"", "(", "", "((", "-"}, {"1", "12", "1", "123", ""}, {".", ")", "", ","}, {" ", "\t", "  ", "", "\n", "\v"}} {
			if rng.Intn(8) == 0 {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			} else {
				b.WriteString(set[rng.Intn(len(set))])
			}
		}
		b.WriteString([]string{"Led", "É", "中", "ǅ", "1", "\xff", ""}[rng.Intn(7)])
		for n := rng.Intn(4); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if d := numberedDiff(s); d != "" {
			t.Error(d)
		}
		if refNumbered.MatchString(s) {
			yes++
		}
	}
	if yes < 2000 {
		t.Errorf("only %d of 50000 generated lines are numbered items: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := numberedDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzSplitNumbered: on any input splitNumbered agrees with the regular expression
// (go test -fuzz FuzzSplitNumbered -fuzztime 30s).
func FuzzSplitNumbered(f *testing.F) {
	for _, s := range numberedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := numberedDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
