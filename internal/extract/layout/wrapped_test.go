package layout

import (
	"math/rand"
	"regexp"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The regular expressions wrapped.go replaced: the reference its matchers must agree with.
var (
	refYearStart = regexp.MustCompile(`^(?:19|20)\d\d\b`)
	refOpenEnd   = regexp.MustCompile(`(?i)^(present|current|now|ongoing|today)\b`)
	refDateStart = regexp.MustCompile(`(?i)^(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter))`)
	refOpenStart = regexp.MustCompile(`^\s*[-–—]\s*`)
)

// wrappedDiff returns the first matcher that disagrees with its expression on s, or
// "". mayBePlaceholderRange only has to be true wherever the expression matches.
func wrappedDiff(s string) string {
	switch {
	case yearStart(s) != refYearStart.MatchString(s):
		return "yearStart(`" + s + "`) disagrees with the regexp"
	case openEnd(s) != refOpenEnd.FindString(s):
		return "openEnd(`" + s + "`) = `" + openEnd(s) + "`, regexp `" + refOpenEnd.FindString(s) + "`"
	case dateStart(s) != refDateStart.MatchString(s):
		return "dateStart(`" + s + "`) disagrees with the regexp"
	case openStart(s) != refOpenStart.FindString(s):
		return "openStart(`" + s + "`) = `" + openStart(s) + "`, regexp `" + refOpenStart.FindString(s) + "`"
	case !mayBePlaceholderRange(s) && placeholderRangeRE.MatchString(s):
		return "mayBePlaceholderRange(`" + s + "`) is false on a placeholder range"
	}
	return ""
}

var wrappedSeeds = []string{
	"", "2019", "2019-", "20190", "2019_", "2019é", "1999 – 2001", "2100", "19", "201", "Present", "PRESENT Led", "present_x",
	"preſent", "PreſENT", "Presently", "now", "Now.", "nowhere", "today's", "Ongoing", "current1", "Jan", "jAN 2019", "ſep",
	"Spring", "ſummer", "Sept", "9", "x2019", "-", " - ", "\t— x", " –", "--", "- -", "\n-\n", "\v-", "x -", "\xff-",
	"Month 20XX – Present", "Date: Month 20XX – Ongoing", "YYYY - Now", "yyyy–current", "20?? — preſent", "Dates : Sept. XX - now",
	"period:yyyy-present", "Mo. 20xx – PRESENT", "ÿÿÿÿ - now", "xX - now", "x? - Now", "K - now", "20xx -  present ",
}

// TestWrappedMatchersMatchRegexp: the matchers answer what the regular expressions they
// replace answered, on edge cases, generated lines, every fixture line and, when
// ../shared is present, every line of the corpus's reference texts.
func TestWrappedMatchersMatchRegexp(t *testing.T) {
	for _, s := range wrappedSeeds {
		if d := wrappedDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"19", "20", "1", "0", "x", "X", "?", "y", "Y", "yyyy", "present", "PreSent", "ſ", "now", "No",
		"current", "ongoing", "today", "jan", "SEP", "ſummer", "fall", " ", "\t", "\n", "-", "–", "—", "_", "é", "\xff",
		"date", "Period", ":", ".", "Month ", "K"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 6)
		if d := wrappedDiff(s); d != "" {
			t.Error(d)
		}
		if refYearStart.MatchString(s) || refOpenEnd.MatchString(s) || refOpenStart.MatchString(s) || placeholderRangeRE.MatchString(s) {
			yes++
		}
	}
	if yes < 5000 {
		t.Errorf("only %d of 50000 generated lines match: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := wrappedDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzWrappedMatchers: on any input the matchers agree with the regular expressions
// (go test -fuzz FuzzWrappedMatchers -fuzztime 30s).
func FuzzWrappedMatchers(f *testing.F) {
	for _, s := range wrappedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := wrappedDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
