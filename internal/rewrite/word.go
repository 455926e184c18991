package rewrite

import (
	"regexp"
	"slices"
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
	if to == "" && !droppable(text, from, re) {
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

// droppable reports whether the filler from can be dropped from text without changing
// what it says or leaving it ungrammatical (rules/vocabulary/edits.yaml): a quantity
// ("a number of") carries meaning; an adverb alone is not worth a rewrite; a determiner
// ("various") goes only right after a verb or a word of company ("with various teams"),
// never where it leaves a bare noun after "from", "for" or "of".
func droppable(text, from string, re *regexp.Regexp) bool {
	f := edits().Fillers
	lf := strings.Join(wordsOf(from), " ")
	for _, k := range f.Keep {
		if lf == k {
			return false
		}
	}
	for _, k := range f.Adverbs {
		if lf == k {
			return false
		}
	}
	det := false
	for _, k := range f.Determiners {
		det = det || lf == k
	}
	if !det {
		return true
	}
	for _, loc := range re.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[:loc[0]])
		if len(before) == 0 {
			return false
		}
		prev := strings.ToLower(trimPunct(before[len(before)-1]))
		if prev == "" || strings.ContainsAny(before[len(before)-1], ",;:") {
			return false
		}
		if !slices.Contains(f.After, prev) && verbs().baseOf(prev) == "" {
			return false
		}
	}
	return true
}
