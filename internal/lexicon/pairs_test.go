package lexicon

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// The byte-pair check before each literal search changes no answer: for every pattern
// of the built-in lexicons, on random texts made of the patterns' own literals, parts
// of them and other characters, mayMatch over a prepared text says what searching
// every literal says.
func TestPairsKeepMayMatch(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var pats []*pattern
	seen := map[string]bool{}
	var names []string
	for name := range s.byName {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, p := range s.byName[name].pats {
			p.prepared.Do(func() { p.need = requiredLiterals(p.src) })
			pats = append(pats, p)
			for _, g := range p.need {
				for _, lit := range g {
					seen[lit] = true
				}
			}
		}
	}
	var pieces []string
	for lit := range seen {
		pieces = append(pieces, lit, lit[:len(lit)/2+1], lit[len(lit)/2:])
	}
	sort.Strings(pieces)
	pieces = append(pieces, " ", " ", "-", "ſ", "é", "3", "team", "Led", "of")
	if len(seen) < 20 {
		t.Fatalf("only %d literals in the built-in patterns: the test reads too little", len(seen))
	}
	rng := rand.New(rand.NewSource(15))
	yes, no := 0, 0
	for n := 0; n < 2000; n++ {
		var sb strings.Builder
		for k := rng.Intn(16); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := Prepare(sb.String())
		for _, p := range pats {
			want := mayMatch(text.low, p.need)
			if got := p.mayMatch(text); got != want {
				t.Fatalf("pattern %q on %q: %v with the pair check, %v searching every literal", p.src, text.low, got, want)
			}
			if want {
				yes++
			} else {
				no++
			}
		}
	}
	if yes < 1000 || no < 1000 {
		t.Fatalf("%d patterns may match and %d may not: the test reads too little", yes, no)
	}
}
