package layout

import "unicode/utf8"

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
