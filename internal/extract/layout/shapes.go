package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shapes every document's header and role lines are tested for, matched by
// hand: as regular expressions (kept in shapes_test.go as the reference they must
// agree with) they were compiled by every worker or at its first file, about 1.4 ms
// together. \s is ASCII white space, \d an ASCII digit, and (?i) folds with Unicode
// simple folding ("ſ" is an "s", the Kelvin sign a "k"), as in Go's regexp.

// labelLinePrefix returns the "Label: " that begins s, or "": an upper-case letter,
// up to 30 letters, digits, spaces or / & + . # -, a colon and one white-space byte.
// It is what ^[\p{Lu}][\p{L}\d /&+.#-]{0,30}:\s matches.
func labelLinePrefix(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.Is(unicode.Lu, r) {
		return ""
	}
	i := n
	for k := 0; ; k++ {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(unicode.Is(unicode.L, r) || '0' <= r && r <= '9' || strings.ContainsRune(" /&+.#-", r) && n == 1) {
			break
		}
		if k == 30 { // a 31st such rune where the colon must be
			return ""
		}
		i += n
	}
	if i+1 < len(s) && s[i] == ':' && asciiSpace(s[i+1]) {
		return s[:i+2]
	}
	return ""
}

// isPhone reports whether s is a phone number, with an optional kind after it in
// brackets: ^\+?[\d\s().\-–/+]{7,}\d(\s*\((?i:cell|mobile|home|work|m|c)\))?$.
func isPhone(s string) bool {
	if phoneDigits(s) {
		return true
	}
	// the kind: s ends "(word)" with white space before the bracket allowed.
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return false
	}
	word := s[open+1 : len(s)-1]
	known := false
	for _, w := range []string{"cell", "mobile", "home", "work", "m", "c"} {
		known = known || strings.EqualFold(word, w)
	}
	return known && phoneDigits(strings.TrimRightFunc(s[:open], func(r rune) bool { return r < utf8.RuneSelf && asciiSpace(byte(r)) }))
}

// phoneDigits: ^\+?[\d\s().\-–/+]{7,}\d$, that is at least seven of those runes (a
// leading plus is one of them) and a digit last.
func phoneDigits(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9', r < utf8.RuneSelf && asciiSpace(byte(r)),
			r == '(' || r == ')' || r == '.' || r == '-' || r == '–' || r == '/' || r == '+':
			n++
		default:
			return false
		}
	}
	last := byte(0)
	if len(s) > 0 {
		last = s[len(s)-1]
	}
	return n >= 8 && '0' <= last && last <= '9'
}

// urlTLDs are the top-level domains a bare host name may end in.
var urlTLDs = []string{"com", "org", "net", "io", "dev", "me", "co", "ai", "app", "xyz", "tech", "info", "page",
	"site", "sh", "us", "uk", "de", "in", "fr", "nl", "ca", "blog", "codes", "cc", "tv", "so", "gg"}

// isURL reports whether s is a web address: http(s):// or www. and anything without
// white space, or a host name of letters, digits and hyphens ending in one of
// urlTLDs with an optional /path, case-insensitive:
// (?i)^(https?://\S+|www\.\S+|[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(tld|…)(/\S*)?)$.
func isURL(s string) bool {
	for _, p := range []string{"http://", "https://", "www."} {
		if rest, ok := cutFoldPrefix(s, p); ok && rest != "" && noASCIISpace(rest) {
			return true
		}
	}
	host, path := s, ""
	if i := strings.IndexByte(s, '/'); i >= 0 {
		host, path = s[:i], s[i:]
	}
	if !noASCIISpace(path) {
		return false
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
		for _, r := range l {
			if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-' || r == 'ſ' || r == 'K') {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	for _, t := range urlTLDs {
		if strings.EqualFold(tld, t) {
			return true
		}
	}
	return false
}

// cutFoldPrefix is strings.CutPrefix with Unicode simple folding.
func cutFoldPrefix(s, prefix string) (string, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return s, false
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !strings.EqualFold(string(r), string(pr)) || r == utf8.RuneError && n == 1 {
			return s, false
		}
		i += n
	}
	return s[i:], true
}

func noASCIISpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiSpace(s[i]) {
			return false
		}
	}
	return true
}

// asciiSpace is regexp's \s.
func asciiSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// contactLabels are the "Email:" / "GitHub:" kind of prefix some templates print
// before a contact item, in the order they are tried.
var contactLabels = []string{"e-mail", "email", "mail", "mailto", "mailaddress", "xtwitter", "tel", "phone",
	"mobile", "cell", "ph", "homepage", "home", "website", "web", "site", "url", "github", "gitlab", "linkedin",
	"twitter", "x", "portfolio", "blog", "address", "location", "facebook", "fb", "youtube", "quora",
	"stackoverflow", "medium"}

// roleLabels are the labels a role's header lines may carry ("Dates:", "Company:").
var roleLabels = []string{"date", "dates", "period", "location", "place", "company", "employer", "title",
	"position", "role"}

// labelAt finds one of words (case-insensitive) at the start of s followed by a
// colon, with white space either side of the colon and, when slashes is set,
// slashes and white space after it ("mailto://"). It returns the word as written and
// the length of the whole prefix. It is what (?i)^(word|…)\s*:\s* (and /*\s*) matched.
func labelAt(s string, words []string, slashes bool) (word string, n int, ok bool) {
	for _, w := range words {
		rest, ok := cutFoldPrefix(s, w)
		if !ok {
			continue
		}
		i := len(s) - len(rest)
		j := skipASCIISpace(s, i)
		if j >= len(s) || s[j] != ':' {
			continue
		}
		j = skipASCIISpace(s, j+1)
		if slashes {
			for j < len(s) && s[j] == '/' {
				j++
			}
			j = skipASCIISpace(s, j)
		}
		return s[:i], j, true
	}
	return "", 0, false
}

func skipASCIISpace(s string, i int) int {
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	return i
}

// durationShape reports whether s is a length of time as a role's header prints it
// ("3 years", "(2 yrs 4 mos)", "less than 1 year", "5+ years, and 2 months"):
// (?i)^\(?(less than )?\d+\+?\s*(years?|yrs?|months?|mos?)(,?\s*(and\s*)?\d+\s*(months?|mos?))?\)?$.
// Each optional piece is followed by something it cannot begin with, so each is
// taken whenever it is there.
func durationShape(s string) bool {
	s = strings.TrimPrefix(s, "(")
	s, _ = cutFoldPrefix(s, "less than ")
	s, ok := durationCount(s, true, "year", "yr", "month", "mo")
	if !ok {
		return false
	}
	if s == "" || s == ")" {
		return true
	}
	s = strings.TrimPrefix(s, ",")
	s = s[skipASCIISpace(s, 0):]
	if rest, ok := cutFoldPrefix(s, "and"); ok {
		s = rest[skipASCIISpace(rest, 0):]
	}
	s, ok = durationCount(s, false, "month", "mo")
	return ok && (s == "" || s == ")")
}

// durationCount reads digits, a plus if plus allows one (only the first count of a
// duration may have it), white space and one of units with an optional plural s,
// and returns what follows.
func durationCount(s string, plus bool, units ...string) (string, bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return s, false
	}
	if plus && i < len(s) && s[i] == '+' {
		i++
	}
	s = s[skipASCIISpace(s, i):]
	for _, u := range units {
		if rest, ok := cutFoldPrefix(s, u); ok {
			rest, _ = cutFoldPrefix(rest, "s")
			return rest, true
		}
	}
	return s, false
}
