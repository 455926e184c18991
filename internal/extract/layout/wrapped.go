package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tests joinSplitDates and openRangeSplit make of every pair of lines, matched by
// hand: each replaced a regular expression compiled for nearly every document
// (wrapped_test.go holds every matcher to the expression it replaced).

// yearStart: s starts with a year of 19xx or 20xx that ends a word
// (`^(?:19|20)\d\d\b`).
func yearStart(s string) bool {
	return len(s) >= 4 && (s[:2] == "19" || s[:2] == "20") && isDigitByte(s[2]) && isDigitByte(s[3]) &&
		(len(s) == 4 || !isWordByte(s[4]))
}

// openEndWords are what openEnd finds, in the expression's order.
var openEndWords = []string{"present", "current", "now", "ongoing", "today"}

// openEnd returns the end of a range that s starts with, "Present" or "now" as
// written, or "" (`(?i)^(present|current|now|ongoing|today)\b`).
func openEnd(s string) string {
	for _, w := range openEndWords {
		if n, ok := foldPrefix(s, w); ok && (n == len(s) || !isWordByte(s[n])) {
			return s[:n]
		}
	}
	return ""
}

// dateStartWords are the month and season starts dateStart looks for.
var dateStartWords = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"spring", "summer", "fall", "autumn", "winter"}

// dateStart: s starts like a date, with a digit, a month or a season
// (`(?i)^(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter))`).
func dateStart(s string) bool {
	if s != "" && isDigitByte(s[0]) {
		return true
	}
	for _, w := range dateStartWords {
		if _, ok := foldPrefix(s, w); ok {
			return true
		}
	}
	return false
}

// openStart returns the dash s starts with and the white space around it, or ""
// (`^\s*[-–—]\s*`).
func openStart(s string) string {
	i := skipSpaceBytes(s, 0)
	r, n := utf8.DecodeRuneInString(s[i:])
	if r != '-' && r != '–' && r != '—' {
		return ""
	}
	return s[:skipSpaceBytes(s, i+n)]
}

// foldPrefix reports whether s starts with w (lower-case ASCII) under the simple case
// folding of a (?i) expression ("ſ" is an "s"), and how many bytes of s that takes.
func foldPrefix(s, w string) (int, bool) {
	n := 0
	for i := 0; i < len(w); i++ {
		if n < len(s) && s[n] < utf8.RuneSelf {
			if c := s[n]; c != w[i] && c+'a'-'A' != w[i] {
				return 0, false
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if size == 0 || !foldsTo(r, rune(w[i])) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// foldsTo: r is c under simple case folding (in c's fold orbit).
func foldsTo(r, c rune) bool {
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return r == c
}

// skipSpaceBytes returns the index of the first byte at or after i that is not the
// white space of an expression's \s.
func skipSpaceBytes(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte: c is a character of an expression's \w (ASCII letters, digits, "_").
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// mayBePlaceholderRange is false for a line placeholderRangeRE cannot match: that
// expression ends in present, ongoing, current or now and holds "xx", "??" (or a
// mix) or "yyyy"; most lines lack one or the other, and it is costly to compile.
func mayBePlaceholderRange(s string) bool {
	end := false
	for _, w := range [...]string{"present", "ongoing", "current", "now"} {
		if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			end = true
		}
	}
	if !end && !strings.ContainsRune(s, 'ſ') {
		return false
	}
	ys := 0
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if i > 0 && (c == 'x' || s[i] == '?') && (s[i-1]|0x20 == 'x' || s[i-1] == '?') {
			return true
		}
		if c == 'y' {
			if ys++; ys == 4 {
				return true
			}
		} else {
			ys = 0
		}
	}
	return false
}
