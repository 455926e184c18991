package rewrite

import (
	"regexp"
	"strings"
)

// ---- split_sentences ----

var sentenceEndRE = regexp.MustCompile(`([.!?])\s+(\p{Lu})`)

// splitSentences turns a bullet of several sentences into one line per sentence, each a
// bullet of its own; every word is kept. Pieces shorter than three words are not split.
func splitSentences(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	marked := sentenceEndRE.ReplaceAllString(s, "$1\n$2")
	parts := strings.Split(marked, "\n")
	if len(parts) < 2 {
		return s, false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) < 3 {
			return s, false
		}
	}
	return strings.Join(parts, "\n"), true
}
