package rewrite

import (
	"regexp"
	"strings"
	"unicode"
)

// ---- replace_word ----

// dropReplacements are what a filler phrase becomes when a rule asks to drop it but the
// sentence still needs a word in its place.
var dropReplacements = map[string]string{
	"in order to": "to", "utilized": "used", "utilize": "use", "utilizing": "using",
	"utilised": "used", "utilise": "use", "utilising": "using",
}

func replaceWord(text string, p map[string]string) (string, bool) {
	from, to := p["from"], p["to"]
	if strings.TrimSpace(from) == "" || looksTechnical(from) {
		return text, false
	}
	if to == "" {
		to = dropReplacements[strings.ToLower(strings.TrimSpace(from))]
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(from) + `\b`)
	if err != nil {
		return text, false
	}
	out := re.ReplaceAllStringFunc(text, func(m string) string { return matchCase(to, m) })
	out = strings.TrimSpace(collapseSpace(out))
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.TrimLeft(out, ", ")
	if t := strings.TrimSpace(text); t != "" && unicode.IsUpper([]rune(t)[0]) {
		out = capitalise(out)
	}
	return out, out != "" && out != strings.TrimSpace(text)
}

// looksTechnical is true for words a fixer must never replace: names with inner capitals,
// digits or symbols (Node.js, C++, gRPC, S3).
func looksTechnical(w string) bool {
	for i, r := range w {
		if unicode.IsDigit(r) || strings.ContainsRune(".+#/_", r) || i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
