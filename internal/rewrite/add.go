package rewrite

import (
	"strings"
)

// ---- additions ----

// appendPhrase adds phrase before the bullet's final full stop. A phrase that starts
// with a comma or semicolon is glued on; otherwise it follows a space.
func appendPhrase(text, phrase string) string {
	s := strings.TrimSpace(text)
	// In a bullet of several sentences the phrase belongs to the sentence that holds
	// the action: the first that opens with a verb ("TensorFlow: an open source
	// library. Worked on its APIs." extends the second), else the first.
	if locs := sentenceEnds(s, -1); locs != nil && !strings.Contains(s, "\n") {
		cut := locs[0][0] + 1
		if !opensWithAction(s) {
			for _, loc := range locs {
				next := s[loc[0]+1:]
				if opensWithAction(strings.TrimSpace(next)) {
					end := len(s)
					if rest := sentenceEnds(next, 1); rest != nil {
						end = loc[0] + 1 + rest[0][0] + 1
					}
					return s[:loc[0]+1] + " " + appendPhrase(strings.TrimSpace(s[loc[0]+1:end]), phrase) + s[end:]
				}
			}
		}
		return appendPhrase(s[:cut], phrase) + s[cut:]
	}
	end := ""
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		s, end = strings.TrimSuffix(s, "."), "."
	}
	s = strings.TrimRight(s, " ;,")
	phrase = strings.TrimSpace(phrase)
	if strings.HasSuffix(s, ")") {
		// "... alignment (incl. spacing and colours)": the phrase goes before the aside.
		if i := strings.LastIndex(s, " ("); i > 0 && !strings.Contains(s[i:], "[") {
			return appendPhrase(s[:i], phrase) + s[i:] + end
		}
	}
	if strings.HasPrefix(phrase, ",") || strings.HasPrefix(phrase, ";") {
		return s + phrase + end
	}
	if w, _ := firstWord(phrase); strings.HasSuffix(strings.ToLower(w), "ing") {
		// A participle clause ("leading a team of [N]") follows a comma.
		return s + ", " + phrase + end
	}
	return s + " " + phrase + end
}

// opensWithAction reports whether a sentence opens with a verb: a known one, a duty
// opener ("Worked on"), or a capitalised past form ("Refactored").
func opensWithAction(s string) bool {
	s = afterLabel(s)
	w, _ := firstWord(s)
	w = trimPunct(w)
	if verbs().baseOf(w) != "" || isOpener(s) {
		return true
	}
	lw := strings.ToLower(w)
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && strings.IndexFunc(lw, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// afterLabel drops a short label that opens a bullet ("Content Discovery: Improved
// search" -> "Improved search"); other text comes back unchanged.
func afterLabel(s string) string {
	i := strings.Index(s, ": ")
	if i <= 0 || len(strings.Fields(s[:i])) > 4 || strings.ContainsAny(s[:i], ".,;([") {
		return s
	}
	return strings.TrimSpace(s[i+2:])
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(strings.TrimLeft(sub, ",; ")))
}

func addPlaceholder(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if strings.TrimSpace(phrase) == "" || containsFold(text, phrase) {
		return text, false
	}
	if p["where"] == "start" {
		s := strings.TrimSpace(text)
		w, r := firstWord(s)
		if verbs().baseOf(trimPunct(w)) != "" {
			s = join(strings.ToLower(w), r)
		}
		return capitalise(strings.TrimSpace(phrase)) + " " + s, true
	}
	return appendPhrase(text, phrase), true
}

func addTeamContext(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if phrase == "" {
		phrase = "with a team of [N] engineers"
	}
	lt := strings.ToLower(text)
	if containsFold(text, phrase) || strings.Contains(lt, "team of") {
		return text, false
	}
	if p["where"] == "start" {
		// "With a team of [N] engineers, designed X": at the start the phrase cannot
		// attach to the wrong noun, as it can at the end of a long bullet.
		s := strings.TrimSpace(text)
		w, r := firstWord(s)
		if verbs().baseOf(trimPunct(w)) == "" || w != capitalise(strings.ToLower(w)) {
			return text, false
		}
		return capitalise(strings.TrimSpace(phrase)) + ", " + join(strings.ToLower(w), r), true
	}
	return appendPhrase(text, phrase), true
}

func addCrossTeam(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if phrase == "" {
		phrase = ", partnering with [product/design]"
	}
	lt := strings.ToLower(text)
	if containsFold(text, phrase) || strings.Contains(lt, "partnering with") || strings.Contains(lt, "partnered with") {
		return text, false
	}
	if r, ok := hasPrefixWords(phrase, "with"); ok && len(strings.Fields(text)) > 10 {
		// At the end of a long bullet a bare "with [...]" would attach to the last noun.
		phrase = ", partnering with " + r
	}
	return appendPhrase(text, phrase), true
}
