package lexicon

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// sortKeyed sorts by key and keeps the order of equal keys, as a stable sort does.
func TestSortKeyedStable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 100; round++ {
		var ks []keyed
		for i := 0; i < r.IntN(500); i++ {
			ks = append(ks, keyed{k: uint16(r.IntN(40)) << uint(r.IntN(2)*8), i: i})
		}
		want := slices.Clone(ks)
		slices.SortStableFunc(want, func(a, b keyed) int { return int(a.k) - int(b.k) })
		if got := sortKeyed(ks); !slices.Equal(got, want) {
			t.Fatalf("round %d: got %v, want %v", round, got, want)
		}
	}
}

// isLower agrees with comparing to strings.ToLower.
func TestIsLower(t *testing.T) {
	for _, w := range []string{"", "a", "A", "team", "Team", "teAm", "c++", "ünï", "Ünï", "straße", "İ", "ǅ", "x1_", "ſ", "K", "\u212a"} {
		if got, want := isLower(w), w == strings.ToLower(w); got != want {
			t.Errorf("isLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// hasByScan is Has as the definition says: word is a term, or starts with a "*" term
// and goes on without a space.
func hasByScan(l *Lexicon, word string) bool {
	w := lower(word)
	for _, t := range l.index().terms {
		if t.prefix && strings.HasPrefix(w, t.text) && !strings.ContainsRune(w[len(t.text):], ' ') || !t.prefix && t.text == w {
			return true
		}
	}
	return false
}

// Has, which looks only at the terms its index gives for the start of the word, agrees
// with a scan of every term: on every built-in lexicon, for each term, the term with
// endings, in other cases, cut short, with a space and with bytes around it, and for
// random words made of the terms' bytes.
func TestHasAgreesWithScan(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	extra, err := Parse("extra.yaml", []byte("name: extra\nterms:\n  - a\n  - x*\n  - é\n  - ü*\n  - .net\n  - '#'\n  - c++\n  - ab\n  - \"ab*\"\n  - a b\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	lexs := []*Lexicon{extra}
	for _, n := range s.Names() {
		l, _ := s.Get(n)
		lexs = append(lexs, l)
	}
	checked, found := 0, 0
	for _, l := range lexs {
		var bytesOf []byte
		for _, tm := range l.index().terms {
			bytesOf = append(bytesOf, tm.text...)
		}
		var words []string
		for _, tm := range l.index().terms {
			w := tm.text
			words = append(words, w, strings.ToUpper(w), w+"s", w+"ing", w+" x", w[:len(w)/2], "x"+w, w+"-", strings.Title(w))
		}
		for i := 0; i < 2000 && len(bytesOf) > 0; i++ {
			b := make([]byte, 1+r.IntN(8))
			for j := range b {
				b[j] = bytesOf[r.IntN(len(bytesOf))]
			}
			words = append(words, string(b))
		}
		words = append(words, "", " ", "a", "A")
		for _, w := range words {
			want := hasByScan(l, w)
			if got := l.Has(w); got != want {
				t.Errorf("%s: Has(%q) = %v, a scan of the terms says %v", l.Name, w, got, want)
			}
			checked++
			if want {
				found++
			}
		}
	}
	if checked < 10000 || found < checked/10 {
		t.Fatalf("only %d words checked, %d of them found: the test no longer tries what it should", checked, found)
	}
}

// isName agrees with the expression it stands for, on names and near-names.
func TestIsName(t *testing.T) {
	re := regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	words := []string{"", "a", "A", "_", "0", "a0_", "team_framing", "Team", "team-framing", "team framing", "team\n", "é", "aé", "a.b", "z9", "{", "`", "a/", "a:"}
	r := rand.New(rand.NewPCG(7, 8))
	const alphabet = "az09_-AZ.é \n`{/:@["
	for i := 0; i < 20000; i++ {
		b := make([]byte, r.IntN(6))
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := isName(w), re.MatchString(w); got != want {
			t.Errorf("isName(%q) = %v, the expression says %v", w, got, want)
		}
	}
}

// Every built-in lexicon passes check, which Builtin skips for the values it reads
// from the YAML snapshot.
func TestBuiltinLexiconsPassCheck(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	names := s.Names()
	if len(names) < 10 {
		t.Fatalf("only %d built-in lexicons", len(names))
	}
	for _, n := range names {
		l, _ := s.Get(n)
		if err := l.check(l.File, nil); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	bad := &Lexicon{Name: "x", Lists: map[string][]string{"words": {"Upper"}}}
	if bad.check("x.yaml", nil) == nil {
		t.Error("check passed a list word in upper case")
	}
}
