package rewrite

import (
	"sort"
	"strings"
	"testing"
)

// The openers are ordered as sorting by len(strings.Fields) orders them.
func TestOpenersLongestFirst(t *testing.T) {
	for _, o := range openers() {
		if wordCount(o.words) != len(strings.Fields(o.words)) {
			t.Errorf("wordCount(%q) = %d, want %d", o.words, wordCount(o.words), len(strings.Fields(o.words)))
		}
	}
	if !sort.SliceIsSorted(openers(), func(i, j int) bool {
		return len(strings.Fields(openers()[i].words)) > len(strings.Fields(openers()[j].words))
	}) {
		t.Error("openers are not longest first")
	}
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "x\v\fy\rz"} {
		if wordCount(s) != len(strings.Fields(s)) {
			t.Errorf("wordCount(%q) = %d, want %d", s, wordCount(s), len(strings.Fields(s)))
		}
	}
}
