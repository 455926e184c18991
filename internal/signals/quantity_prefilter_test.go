package signals

import (
	"math/rand"
	"strings"
	"testing"
)

// TestQuantityPrefilters: each cheap test that lets quantified skip an exclusion
// regex is true wherever that regex matches, over texts built from the pieces the
// regexes look for.
func TestQuantityPrefilters(t *testing.T) {
	digits := []string{"2", "7", "12", "45", "101", "555", "1234", "2019", "0958"}
	seps := []string{" ", "/", ".", "-", "(", ")", "+"}
	words := []string{"CS", "MATH", "+44", "under", "Under", "UNDER", " under ", " UnDeR ", "gpa", "GPA", "Gpa",
		"cgpa", "grade point", "Grade Point", "a", "Led", "ſ", "K", "\u212a", "é"}
	rng := rand.New(rand.NewSource(15))
	hits := map[string]int{}
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for k := 0; k < 1+rng.Intn(10); k++ {
			switch r := rng.Intn(10); {
			case r < 5:
				b.WriteString(digits[rng.Intn(len(digits))])
			case r < 8:
				b.WriteString(seps[rng.Intn(len(seps))])
			default:
				b.WriteString(words[rng.Intn(len(words))])
			}
		}
		s := b.String()
		for _, c := range []struct {
			name string
			re   interface{ MatchString(string) bool }
			may  bool
		}{
			{"course", courseRe, digitRun(s) >= 3},
			{"phone", phoneRe, digitRun(s) >= 3},
			{"date", dateRe, digitSepDigit(s)},
			{"award", awardRe, containsFoldASCII(s, "under")},
			{"gpa", gpaRe, containsFoldASCII(s, "gpa") || containsFoldASCII(s, "grade point")},
		} {
			if c.re.MatchString(s) {
				hits[c.name]++
				if !c.may {
					t.Errorf("%s matches %q, which its prefilter skips", c.name, s)
				}
			}
		}
	}
	for _, name := range []string{"course", "phone", "date", "award", "gpa"} {
		if hits[name] < 20 {
			t.Errorf("%s matched only %d texts: the test does not exercise it", name, hits[name])
		}
	}
}
