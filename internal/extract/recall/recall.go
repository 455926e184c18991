// Package recall measures how much of a reference text an extractor recovered, as a
// multiset of lower-cased words. Extractor tests in several packages share it so that
// every format is held to the same measure.
package recall

import (
	"sort"
	"strings"
	"unicode"
)

// Words splits s into lower-cased tokens of letters and digits; everything else
// (spaces, punctuation, symbols) separates tokens. "Node.js" gives "node" and "js",
// so an extractor that glues or splits words shows up in the token count.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// Recall is the share of reference's words (counted with multiplicity) that also occur
// in got. An empty reference gives 1: there was nothing to miss.
func Recall(reference, got string) float64 {
	ref := Words(reference)
	if len(ref) == 0 {
		return 1
	}
	have := make(map[string]int)
	for _, w := range Words(got) {
		have[w]++
	}
	hit := 0
	for _, w := range ref {
		if have[w] > 0 {
			have[w]--
			hit++
		}
	}
	return float64(hit) / float64(len(ref))
}

// TokenRatio is len(Words(got)) / len(Words(reference)): above 1 when words were
// split, below 1 when they were glued or lost. With an empty reference the ratio is
// 1 for an empty got and otherwise the word count of got, so extra text still shows.
func TokenRatio(reference, got string) float64 {
	ref := len(Words(reference))
	n := len(Words(got))
	if ref == 0 {
		if n == 0 {
			return 1
		}
		return float64(n)
	}
	return float64(n) / float64(ref)
}

// Median returns the median of xs (the mean of the middle two for an even count), or 0
// for none. xs is sorted in place.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
