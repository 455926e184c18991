package scope

import (
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// The indexed search (each token tries only the sequences that can start there) finds
// exactly what trying every sequence at every token finds: on random texts made of the
// vocabulary's own words, prefixes, numbers, amounts and punctuation.
func TestIndexedFindAgrees(t *testing.T) {
	v, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range v.patterns {
		if p.start || len(p.before) > 0 {
			seen["anchored"] = true
		}
		for _, seq := range p.seqs {
			for _, e := range seq {
				for w := range e.words {
					seen[w] = true
				}
				for _, pre := range e.prefixes {
					seen[pre+"ed"] = true
				}
			}
		}
		for _, w := range p.before {
			seen[w] = true
		}
	}
	for _, w := range v.stop {
		seen[w] = true
	}
	var words []string
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	words = append(words, "12", "3", "40+", "$2M", "€500k", "1,200", "2019", "30%", ",", ".", ";", ":", "the", "of", "Team", "LED")
	rng := rand.New(rand.NewSource(15))
	hits := 0
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.Intn(25); k >= 0; k-- {
			sb.WriteString(words[rng.Intn(len(words))])
			sb.WriteByte(' ')
		}
		text := sb.String()
		toks := tokenize(text)
		starts := make([][]seqRef, len(toks))
		for s, tk := range toks {
			if tk.kind == tWord {
				starts[s] = v.first.lookup(tk.w)
			}
		}
		spots, from := spotsOf(starts, len(v.patterns))
		for pi, p := range v.patterns {
			want := p.find(toks, v.stop)
			got := p.findIndexed(toks, v.stop, starts, spots[from[pi]:from[pi+1]])
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("pattern %q on %q: indexed %v, every sequence %v", p.src, text, got, want)
			}
			hits += len(want)
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d hits in 3000 random texts: the test reads too little", hits)
	}
}

// altsOf reads a class's words as alts reads them joined with "|".
func TestAltsOfAgreesWithAlts(t *testing.T) {
	for _, words := range [][]string{nil, {}, {""}, {"Ship"}, {"ship*"}, {"a|b"}, {"Ship", "launch*", " Roll Out ", "", "x|Y*"}, {"*", "a"}} {
		got, want := altsOf(words), alts(strings.Join(words, "|"))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("altsOf(%q) = %+v, alts of the joined words = %+v", words, got, want)
		}
	}
}
