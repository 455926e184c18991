package rewrite

import (
	"strings"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// ---- split_sentences ----

var sentenceEndRE = lazyregexp.New(`([.!?])\s+(\p{Lu})`)

// splitSentences turns a bullet of several sentences into one line per sentence, each a
// bullet of its own; every word is kept. It splits only when every sentence after the
// first opens with an action verb, so each piece reads as a bullet.
func splitSentences(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	marked := sentenceEndRE.ReplaceAllString(s, "$1\n$2")
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
