package text

import "strings"

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
