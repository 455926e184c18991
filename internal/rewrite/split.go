package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- split_sentences ----

// sentenceEnds returns where each sentence end of s lies, up to n of them (all when
// n < 0): a ".", "!" or "?", white space, then an upper-case letter, from the mark to
// the end of the letter. They are the matches, in order, of `([.!?])\s+(\p{Lu})`,
// which it replaced (TestSentenceEndsMatchRegexp): that expression's letter class
// cost more to compile than the rewrites of a document.
func sentenceEnds(s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
			j++
		}
		if j == i+1 {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Lu, r) {
			continue
		}
		out = append(out, []int{i, j + size})
		i = j + size - 1
	}
	return out
}

// markSentenceEnds puts a line break for the white space of every sentence end.
func markSentenceEnds(s string) string {
	locs := sentenceEnds(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		_, size := utf8.DecodeLastRuneInString(s[:loc[1]])
		b.WriteString(s[last : loc[0]+1])
		b.WriteByte('\n')
		last = loc[1] - size
	}
	b.WriteString(s[last:])
	return b.String()
}

// splitSentences turns a bullet of several sentences into one line per sentence, each a
// bullet of its own; every word is kept. It splits only when every sentence after the
// first opens with an action verb, so each piece reads as a bullet.
func splitSentences(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	marked := markSentenceEnds(s)
	parts := strings.Split(marked, "\n")
	if len(parts) < 2 {
		return s, false
	}
	for i, p := range parts {
		if len(strings.Fields(p)) < 3 {
			return s, false
		}
		// Each new bullet must stand alone: it opens with an action ("Separated the
		// networks"), not with a word that points back ("This increased ...", "It
		// takes ...") or a passive subject ("90% of resources were managed ...").
		if i > 0 && !opensWithAction(p) {
			return s, false
		}
	}
	return strings.Join(parts, "\n"), true
}
