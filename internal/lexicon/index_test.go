package lexicon

import (
	"math/rand/v2"
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
