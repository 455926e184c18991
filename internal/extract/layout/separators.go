package layout

import (
	"strings"
	"unicode/utf8"
)

// The separators a role's header lines are cut at, found by hand: they replaced
// regular expressions compiled for every document (separators_test.go holds them to
// the expressions).

// segmentSeps finds the separators between a header's segments, as
// `\s*[|·•]\s*|\s+@\s+` matched: a bar or a dot with the white space around it, or
// an "@" between white space.
func segmentSeps(s string) [][2]int {
	var out [][2]int
	for p := 0; p < len(s); {
		q := skipSpaceBytes(s, p)
		if r, n := utf8.DecodeRuneInString(s[q:]); r == '|' || r == '·' || r == '•' {
			e := skipSpaceBytes(s, q+n)
			out = append(out, [2]int{p, e})
			p = e
			continue
		}
		if q > p && q+1 < len(s) && s[q] == '@' && isSpaceByte(s[q+1]) {
			e := skipSpaceBytes(s, q+1)
			out = append(out, [2]int{p, e})
			p = e
			continue
		}
		p++
	}
	return out
}

// dashSeps finds the dashes that separate a segment's fragments, as
// `\s+[–—]\s+|\s+-\s+` matched: a hyphen, en or em dash with white space on both sides.
func dashSeps(s string) [][2]int {
	var out [][2]int
	for p := 0; p < len(s); {
		q := skipSpaceBytes(s, p)
		if q == p {
			p++
			continue
		}
		if r, n := utf8.DecodeRuneInString(s[q:]); (r == '-' || r == '–' || r == '—') && q+n < len(s) && isSpaceByte(s[q+n]) {
			e := skipSpaceBytes(s, q+n)
			out = append(out, [2]int{p, e})
			p = e
			continue
		}
		p++
	}
	return out
}

// splitAtSeps cuts s at seps, as a regular expression's Split(s, -1) cuts it at its
// matches.
func splitAtSeps(s string, seps [][2]int) []string {
	if s == "" {
		return []string{""}
	}
	out := make([]string, 0, len(seps)+1)
	beg := 0
	for _, m := range seps {
		if m[1] != 0 {
			out = append(out, s[beg:m[0]])
		}
		beg = m[1]
	}
	return append(out, s[beg:])
}

// isSpaceByte: c is white space of an expression's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// parenURL finds a link printed in brackets after a DOCX hyperlink's text, as
// `\s*\((https?://[^()\s]+)\)` did, and returns FindStringSubmatchIndex's answer (the
// match with the white space before it, then the link), or nil.
func parenURL(s string) []int {
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		rest := s[i+1:]
		scheme := 0
		switch {
		case strings.HasPrefix(rest, "http://"):
			scheme = len("http://")
		case strings.HasPrefix(rest, "https://"):
			scheme = len("https://")
		default:
			continue
		}
		j := i + 1 + scheme
		k := j
		for k < len(s) && s[k] != '(' && s[k] != ')' && !isSpaceByte(s[k]) {
			k++
		}
		if k == j || k == len(s) || s[k] != ')' {
			continue
		}
		start := i
		for start > 0 && isSpaceByte(s[start-1]) {
			start--
		}
		return []int{start, k + 1, i + 1, k}
	}
	return nil
}

// trimZip removes a postal code ending s and the white space before it ("Henderson,
// NV 89074"), as the expression `\s+\d{5}(-\d{4})?$` replaced by nothing did.
func trimZip(s string) string {
	end := len(s)
	if end >= 10 && s[end-5] == '-' && allDigits(s[end-4:]) {
		end -= 5
	}
	if end < 5 || !allDigits(s[end-5:end]) {
		return s
	}
	j := end - 5
	if j == 0 || !isSpaceByte(s[j-1]) {
		return s
	}
	for j > 0 && isSpaceByte(s[j-1]) {
		j--
	}
	return s[:j]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}
