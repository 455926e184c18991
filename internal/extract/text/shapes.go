package text

import (
	"strings"
	"unicode/utf8"
)

// Line shapes the Markdown parser tests on every line, matched by hand: each replaced
// a regular expression compiled at its first use, which cost more than the parse of a
// short résumé (shapes_test.go holds every matcher to the expression it replaced).

// isFence: a code fence, up to three spaces then ``` or ~~~ (`^ {0,3}(```|~~~)`).
func isFence(s string) bool {
	n := leadingSpaces(s)
	if n > 3 {
		return false
	}
	return strings.HasPrefix(s[n:], "```") || strings.HasPrefix(s[n:], "~~~")
}

// isUnderline: a setext underline, up to three spaces, a run of = or of -, then only
// spaces and tabs (`^ {0,3}(=+|-+)[ \t]*$`).
func isUnderline(s string) bool {
	n := leadingSpaces(s)
	if n > 3 || n == len(s) {
		return false
	}
	c := s[n]
	if c != '=' && c != '-' {
		return false
	}
	j := n
	for j < len(s) && s[j] == c {
		j++
	}
	return onlyBlanks(s[j:])
}

// isRule: a line of three or more rule marks, with spaces and tabs anywhere
// (`^[ \t]*([-=_*~#+.•·—–])([ \t]*([-=_*~#+.•·—–])){2,}[ \t]*$`).
func isRule(s string) bool {
	marks := 0
	for _, r := range s {
		switch r {
		case ' ', '\t':
		case '-', '=', '_', '*', '~', '#', '+', '.', '•', '·', '—', '–':
			marks++
		default:
			return false
		}
	}
	return marks >= 3
}

// isRefDef: a link reference definition, up to three spaces, [label]: and a
// destination (`^ {0,3}\[[^\]]+\]:\s*\S+`).
func isRefDef(s string) bool {
	n := leadingSpaces(s)
	if n > 3 || !strings.HasPrefix(s[n:], "[") {
		return false
	}
	rest := s[n+1:]
	end := strings.IndexByte(rest, ']')
	if end < 1 || !strings.HasPrefix(rest[end+1:], ":") {
		return false
	}
	return strings.TrimLeft(rest[end+2:], "\t\n\f\r ") != ""
}

// leadingSpaces counts the spaces (not tabs) s starts with.
func leadingSpaces(s string) int {
	n := 0
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// onlyBlanks: s holds nothing but spaces and tabs.
func onlyBlanks(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// bulletPrefix returns the list marker s starts with and the blanks after it, or ""
// (`^([-*+–—](?:[ \t]+|$)|[•●▪◦‣∙➢➤✓✔·■►▸○◆❖][ \t]*|\d{1,2}[.)](?:[ \t]+|$))`): a
// dash, star or plus needs a blank after it or nothing, a bullet sign takes any
// blanks, a number of one or two digits with "." or ")" needs a blank or nothing.
func bulletPrefix(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case strings.ContainsRune("-*+–—", r) && r != utf8.RuneError:
		if n == len(s) {
			return s
		}
		if end := n + blanks(s[n:]); end > n {
			return s[:end]
		}
	case strings.ContainsRune("•●▪◦‣∙➢➤✓✔·■►▸○◆❖", r) && r != utf8.RuneError:
		return s[:n+blanks(s[n:])]
	case r >= '0' && r <= '9':
		d := 1
		if d < len(s) && s[d] >= '0' && s[d] <= '9' {
			d++
		}
		if d == len(s) || s[d] != '.' && s[d] != ')' {
			return ""
		}
		if d+1 == len(s) {
			return s
		}
		if end := d + 1 + blanks(s[d+1:]); end > d+1 {
			return s[:end]
		}
	}
	return ""
}

// blanks counts the spaces and tabs s starts with.
func blanks(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// atxHeading matches an ATX heading as `^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`
// did, returning FindStringSubmatchIndex's answer: the whole line, the hashes, and the
// title (-1, -1 when the hashes end the line), or nil. The title is the shortest that
// leaves only blanks, or blanks, closing hashes and blanks, after it.
func atxHeading(s string) []int {
	n := leadingSpaces(s)
	if n > 3 {
		return nil
	}
	k := n
	for k < len(s) && s[k] == '#' {
		k++
	}
	if k == n || k-n > 6 || strings.IndexByte(s[k:], '\n') >= 0 {
		return nil
	}
	rest := s[k:]
	if rest == "" {
		return []int{0, len(s), n, k, -1, -1}
	}
	b := blanks(rest)
	if b == 0 {
		return nil
	}
	cs := k + b
	for l := cs; l <= len(s); l++ {
		if closesHeading(s[l:]) {
			return []int{0, len(s), n, k, cs, l}
		}
	}
	return nil // not reached: the empty rest closes it
}

// closesHeading: s is blanks only, or blanks, hashes and blanks.
func closesHeading(s string) bool {
	b := blanks(s)
	if b == len(s) {
		return true
	}
	if b == 0 || s[b] != '#' {
		return false
	}
	j := b
	for j < len(s) && s[j] == '#' {
		j++
	}
	return blanks(s[j:]) == len(s)-j
}
