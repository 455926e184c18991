package signals

// Quantities: measured results and scale.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

var (
	numRe      = lazyregexp.New(`(?i)(?:[$€£¥]\s?)?[~≈+±]?\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b))?`)
	courseRe   = lazyregexp.New(`\b[A-Z]{2,4}\s?\d{3,4}[A-Z]?\b`)
	phoneRe    = lazyregexp.New(`(\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}`)
	gpaRe      = lazyregexp.New(`(?i)\b(c?gpa|grade point)\b`)
	durationRe = lazyregexp.New(`^-(year|yr|month)s?\b`)
	awardRe    = lazyregexp.New(`(?i)\b\d+\s+under\s+\d+\b`) // "30 Under 30": an award's name
	dateRe     = lazyregexp.New(`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}/\d{4}\b|\b\d{4}-\d{2}(-\d{2})?\b`)
)

func (a *Analyzer) quantified(b *bullet) []Span {
	text := b.text
	var out []Span
	// numRe and every exclusion need an ASCII digit (RE2's \d): a bullet without
	// one (most rewrites tried while scoring) skips the six regexes.
	var nums, excluded [][]int
	gpa := false
	if strings.ContainsAny(text, "0123456789") {
		// Each exclusion runs only where what it must match is there: three digits in
		// a row (a course code, a phone number), a digit, one of / . - and a digit (a
		// date), "under" (an award), "gpa" or "grade point" (in any case: none of those
		// letters has a fold outside ASCII).
		skip := func(re *lazyregexp.Regexp, may bool) [][]int {
			if !may {
				return nil
			}
			return re.FindAllStringIndex(text, -1)
		}
		run3 := digitRun(text) >= 3
		excluded = append(append(skip(courseRe, run3), skip(phoneRe, run3)...),
			append(skip(dateRe, digitSepDigit(text)), skip(awardRe, containsFoldASCII(text, "under"))...)...)
		gpa = (containsFoldASCII(text, "gpa") || containsFoldASCII(text, "grade point")) && gpaRe.MatchString(text)
		nums = numRe.FindAllStringIndex(text, -1)
	}
	units := a.lex["units"]
	for _, m := range nums {
		s, e := m[0], m[1]
		if within(excluded, s, e) {
			continue
		}
		match := text[s:e]
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		// glued to a label: p99, Q3, L3, EC2, v2, #1, HTTP/2, 1:1, GPT-4, N+1
		if unicode.IsLetter(before) || before == '#' || before == ':' || before == '\'' || before == '_' || before == '+' {
			continue
		}
		if before == '/' || before == '-' || before == '.' {
			prev, _ := utf8.DecodeLastRuneInString(text[:s-1])
			if unicode.IsLetter(prev) || before == '/' {
				continue
			}
		}
		if (after == '/' || after == ':') && e+1 < len(text) && isDigitByte(text[e+1]) {
			continue // 24/7, 1:1, 10:30
		}
		if digits := strings.TrimLeft(match, "~≈+±"); len(digits) > 1 && digits[0] == '0' && isDigitByte(digits[1]) {
			continue // a code with leading zeros: "(003)"
		}
		if s == listStart(text) && (after == '.' || after == ')' || after == ']') || before == '[' && after == ']' {
			continue // list numbering: "1. Title", "[2] A. Author"
		}
		if gpa && strings.Contains(match, ".") {
			continue // "GPA: 3.83 / 4.0"
		}
		// glued suffix: 3x, 10k, 38ms; 1st, 3D, 2FA are labels
		suffix := ""
		for k := e; k < len(text); {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) && r != '+' {
				break
			}
			suffix += string(unicode.ToLower(r))
			k += n
		}
		strong := strings.ContainsAny(match, "$€£¥%") || strings.Contains(strings.ToLower(match), "percent") || strings.Contains(strings.ToLower(match), "per cent")
		glued := suffix
		suffix = strings.TrimPrefix(suffix, "+") // "30+ tickets"
		if suffix != "" {
			switch {
			case b.v.qtySuffix.has(suffix) || b.v.qtySuffix.has(strings.TrimSuffix(suffix, "+")):
				strong = true
			case b.v.ordinal.has(suffix):
				continue
			default:
				continue
			}
		}
		if !strong && text[e+len(glued):] != "" && text[e+len(glued)] == '/' {
			continue // "10.1234/neurips" (a DOI), "3/4"
		}
		if durationRe.MatchString(text[e:]) && !strings.ContainsAny(match, "$€£¥%") {
			continue // "a 4-year program", "3-month contract"
		}
		if strings.TrimSpace(text[e:]) == "" && !strong && suffix == "" && countWords(text) <= 3 {
			continue // "Accomplishment 1", "Job description 2": a numbered placeholder
		}
		rs := utf8.RuneCountInString(text[:s])
		re := rs + utf8.RuneCountInString(match) + utf8.RuneCountInString(glued)
		sp := Span{rs, re}
		if !strong && hyphenName(b, sp) {
			continue // "3-tier", "2-factor": part of a name
		}
		if strong {
			out = append(out, sp)
			continue
		}
		ti := b.tokenAt(rs)
		tj := b.tokenAt(re - 1)
		// the token after the number (skipping a "+" and a "-")
		nx := tj + 1
		for nx < len(b.low) && (b.low[nx] == "+" || b.low[nx] == "-") {
			nx++
		}
		next := b.word(nx)
		unit := next != "" && units.Has(next)
		digits := strings.TrimLeft(match, "~≈+±")
		if isYear(digits) && !unit {
			continue
		}
		if isDuration(b, ti, nx) {
			if !savedBefore(b, ti, b.v.savedWords) {
				continue // "5 years", "10+ years of experience", "after 18 months"
			}
		}
		if settingValue(b, ti, nx) {
			continue // "purged logs older than 30 days": a setting, not a result
		}
		// a version or label after a name: Java 17, Python 3.11, SOC 2, Windows 10
		if !unit && ti > 0 {
			prevTok := b.toks[ti-1]
			pw := b.low[ti-1]
			if b.v.labelWords.has(pw) || pw == "." && ti > 1 && b.v.labelWords.has(b.low[ti-2]) {
				continue // "vol. 12" may be split as "vol" "."
			}
			if r, _ := utf8.DecodeRuneInString(prevTok.Text); unicode.IsUpper(r) && prevTok.End == rs-1 {
				// "Python 3" even at the start; "Hired 12" is a verb and a count
				// a technology word that opens the bullet as its verb ("Migrated 300
				// customers") is the action, not a name
				verb := strings.HasPrefix(prevTok.Tag, "VB") || a.lex["strong_verbs"].Has(pw)
				if ti-1 != b.first || a.lex["technical"].Has(pw) && !verb || acronym(prevTok.Text) {
					continue // ("ISO 27001" at the start: an acronym is never the verb)
				}
			}
		}
		out = append(out, sp)
	}
	for _, sp := range a.find("quantity_words", b) {
		lw := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		if k := b.tokenAt(sp.End - 1); isDuration(b, i, k+1) && !savedBefore(b, i, b.v.savedWords) {
			continue // "five years of experience", "after six months"
		}
		if hyphenName(b, sp) {
			continue // "two-factor authentication", "zero-trust", "a three-tier architecture"
		}
		if k := b.tokenAt(sp.End - 1); settingValue(b, i, k+1) {
			continue // "logs older than five days"
		}
		if lw == "half" {
			if p := b.word(i - 1); p == "first" || p == "second" || p == "1st" || p == "2nd" {
				continue // "second half of 2023" is a date
			}
		}
		out = append(out, sp)
	}
	slices.SortFunc(out, func(x, y Span) int { return x.Start - y.Start })
	return out
}

// acronym reports a word of two or more capital letters and nothing else: "ISO", "SOC".
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hyphenName reports a number glued by a hyphen to a word that makes it part of the name
// of a kind of thing, not a measure: "two-factor", "zero-trust", "3-tier", "one-pager".
func hyphenName(b *bullet, sp Span) bool {
	if sp.End >= len(b.runes) || b.runes[sp.End] != '-' {
		return false
	}
	w := gluedAfter(b, sp)
	return b.v.hyphenNames.has(w) || b.v.hyphenNames.has(strings.TrimSuffix(w, "s"))
}

// isDuration reports whether token next (after the number at token at) makes it a
// length of employment or study: "5 years", "after 18 months".
func isDuration(b *bullet, at, next int) bool {
	w := b.word(next)
	if w == "+" {
		w = b.word(next + 1)
	}
	switch w {
	case "year", "years", "yrs", "yr":
		return true
	case "months", "month":
		p := b.word(at - 1)
		return b.v.durationBefore.has(p) || p == "years" || p == "year" || p == "yrs"
	}
	return false
}

// settingValue reports a number of time units at tokens at..next-1 that a comparison
// before it makes a configured threshold (SIGNALS.md: "logs older than five days"):
// a setting_comparatives word, "than", the number, a time unit.
func settingValue(b *bullet, at, next int) bool {
	return b.word(at-1) == "than" && b.v.settingComparatives.has(b.word(at-2)) && b.v.timeUnits.has(b.word(next))
}

func savedBefore(b *bullet, i int, words wordSet) bool {
	for k := 0; k < i; k++ {
		if words.has(b.low[k]) {
			return true
		}
	}
	return false
}

func within(spans [][]int, s, e int) bool {
	for _, sp := range spans {
		if sp[0] <= s && e <= sp[1] {
			return true
		}
	}
	return false
}

// listStart is the byte offset of the first letter or digit of text after any
// bullet marks, where list numbering would be.
func listStart(text string) int {
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// digitRun is the length of the longest run of ASCII digits in s.
func digitRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// digitSepDigit tells whether s has a digit, then '/', '.' or '-', then a digit.
func digitSepDigit(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == '/' || s[i] == '.' || s[i] == '-') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// containsFoldASCII tells whether s contains sub (lower-case ASCII) in any case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s >= "1950" && s <= "2039"
}
