package scope

import (
	"slices"
	"strings"
)

// The compiled vocabulary holds its sets and indexes in sorted slices rather than maps,
// so that the built-in one can be Go data made at build time (vocab_gen.go): data a
// run reads in place, where maps (and the 300 KB of heap the vocabulary took) would be
// built by every worker before its first file.

// wordSet is a set of words, sorted and without duplicates.
type wordSet []string

// sealed sorts s and drops its duplicates.
func (s wordSet) sealed() wordSet {
	slices.Sort(s)
	return slices.Compact(s)
}

func (s wordSet) has(w string) bool {
	_, ok := slices.BinarySearch(s, w)
	return ok
}

// dimExpr is one dimension a pattern sets and the expression of its value (set: in
// scope.yaml).
type dimExpr struct{ dim, expr string }

// dimExprs lists set sorted by dimension.
func dimExprs(set map[string]string) []dimExpr {
	out := make([]dimExpr, 0, len(set))
	for d, e := range set {
		out = append(out, dimExpr{d, e})
	}
	slices.SortFunc(out, func(a, b dimExpr) int { return strings.Compare(a.dim, b.dim) })
	return out
}

// firstIndex maps a word to the sequences that can start only at it (Vocab.first):
// words are sorted, and the sequences of words[i] are refs[from[i]:from[i+1]].
type firstIndex struct {
	words wordSet
	from  []int32
	refs  []seqRef
}

// lookup returns the sequences word w can start, in pattern then sequence order.
func (x *firstIndex) lookup(w string) []seqRef {
	i, ok := slices.BinarySearch(x.words, w)
	if !ok {
		return nil
	}
	return x.refs[x.from[i]:x.from[i+1]:x.from[i+1]]
}
