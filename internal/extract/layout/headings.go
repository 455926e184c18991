package layout

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
)

type headInfo struct {
	ok, known bool
	kind      resume.SectionKind
}

// findHeadings marks the lines that start sections. A line whose words are section
// words ("Work Experience", "SKILLS", "Honors/Awards") is a heading when it stands
// alone and is capitalised. Any other line is a heading only when its own typography
// is at least as strong as that of the recognised headings (same or higher heading
// level, same or larger font, all caps when they are all caps): that lets a résumé's
// own headings ("Welcome to RenderCV") through while keeping bold role titles and
// DOCX "Heading 2" company lines inside their section. The name at the top is never a
// heading.
func findHeadings(items []item) []headInfo {
	out := make([]headInfo, len(items))
	type style struct {
		level     int
		size      float64
		caps, any bool
	}
	var known style
	known.caps = true
	nameAt := -1
	var cands []int
	flagged, caps := 0, 0
	for i, it := range items {
		if nameAt < 0 && i < 3 && looksLikeName(it.text) && !it.Bullet {
			if _, isSection := sectionKind(it.text); !isSection {
				nameAt = i
				continue
			}
		}
		k, ok := knownHeading(it)
		if !ok {
			continue
		}
		out[i] = headInfo{ok: true, known: true, kind: k}
		cands = append(cands, i)
		if it.Heading {
			flagged++
		}
		if isAllCaps(it.text) {
			caps++
		}
	}
	// When most headings are marked by the extractor (or all in capitals), a section
	// word on a plain line is a role's label ("Volunteer" under a volunteering entry),
	// not a heading.
	for _, i := range cands {
		it := items[i]
		if !it.Heading && (flagged*5 >= len(cands)*3 || caps*5 >= len(cands)*4 && !isAllCaps(it.text)) {
			out[i] = headInfo{}
		}
	}
	for i, it := range items {
		if !out[i].known {
			continue
		}
		if it.Heading && it.HeadingLevel > 0 && (known.level == 0 || it.HeadingLevel < known.level) {
			known.level = it.HeadingLevel
		}
		if it.Size > 0 && (known.size == 0 || it.Size < known.size) {
			known.size = it.Size
		}
		if !isAllCaps(it.text) {
			known.caps = false
		}
		known.any = true
	}
	for i, it := range items {
		if out[i].ok || i == nameAt || i == 0 {
			continue
		}
		if !headingShape(it, 6) || hasDigit(it.text) {
			continue
		}
		styled := false
		switch {
		case it.Heading && it.HeadingLevel > 0 && known.level > 0:
			styled = it.HeadingLevel <= known.level
		case it.Heading && known.size > 0 && it.Size > 0:
			styled = it.Size >= known.size-0.25 && (!known.caps || isAllCaps(it.text))
		case it.Heading && !known.any:
			styled = true
		case it.Heading:
			styled = known.caps && isAllCaps(it.text) && (it.Size == 0 || known.size == 0 || it.Size >= known.size-0.25)
		}
		if styled {
			out[i] = headInfo{ok: true, kind: resume.KindOther}
		}
	}
	// Sub-headings: a recognised heading with nothing under it before the next
	// heading ("Honors & Awards" then "International Awards", "Domestic Awards") lends
	// its kind to the unrecognised headings that follow it.
	parent := resume.SectionKind("")
	for i := range out {
		switch {
		case !out[i].ok:
			continue
		case out[i].known:
			parent = ""
			if i+1 < len(out) && out[i+1].ok {
				parent = out[i].kind
			}
		case parent != "":
			out[i].kind = parent
		}
	}
	return out
}

// knownHeading reports whether a line reads as a section heading by its words.
func knownHeading(it item) (resume.SectionKind, bool) {
	if !headingShape(it, 5) || hasDigit(it.text) {
		return "", false
	}
	t := strings.TrimRight(it.text, ": ")
	r := []rune(t)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return "", false
	}
	return sectionKind(t)
}

// headingShape: a standalone short line, not a bullet, not a sentence, no tab parts.
func headingShape(it item, maxWords int) bool {
	if it.Bullet || it.Continuation || len(it.parts) != 1 {
		return false
	}
	t := strings.TrimRight(it.text, ": ")
	if t == "" || it.words > maxWords || len(t) > 50 || strings.ContainsAny(t, "@|•·") {
		return false
	}
	return !strings.HasSuffix(t, ".") && !strings.Contains(t, ": ")
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// looksLikeName: two to five capitalised words of letters, as a name line is.
func looksLikeName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 48 || hasDigit(s) || strings.ContainsAny(s, "@|:/•·,()") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	for _, w := range headingWords(s) {
		if notNameWords[w] {
			return false
		}
	}
	return wordScore(s, titleWords) == 0
}

// notNameWords appear in capitalised lines at the top that are not the name.
var notNameWords = map[string]bool{
	"resume": true, "résumé": true, "curriculum": true, "vitae": true, "cv": true, "page": true,
	"confidential": true, "updated": true,
}
