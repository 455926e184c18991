package nlp

import (
	"testing"

	"github.com/mingrammer/commonregex"
)

// TestLinkAndEmailAnswerAsUpstream holds the two expressions the tagger borrows from
// commonregex (prose's tagger uses the same two) to the answers upstream v1.0.1 gives.
// A checkout's builds link standin/commonregex in its place (go.work); a
// `go install ...@version` links upstream. Both must tag alike, so both must pass.
// The cases sit on both sides of each part of the two expressions: scheme and host,
// the dot, brackets, the end character, case, the at sign, labels with hyphens, and
// characters that Unicode case folding maps onto ASCII letters.
func TestLinkAndEmailAnswerAsUpstream(t *testing.T) {
	cases := []struct {
		s           string
		link, email bool
	}{
		{"example.com", true, false},
		{"https://example.com/a_(b)", true, false},
		{"www.site.org", true, false},
		{"Node.js", true, false},
		{"node.js", true, false},
		{"U.S.", false, false},
		{"e.g.", false, false},
		{"i.e.,", false, false},
		{"v1.2", false, false},
		{"3.5x", true, false},
		{"a.b", false, false},
		{"a.b.", false, false},
		{"a.(b)", false, false},
		{"a.((b))", false, false},
		{"a.(b", false, false},
		{"x.y)", false, false},
		{"(see a.b)", false, false},
		{"Example.Com", true, false},
		{"me@example.com", true, true},
		{"ME@EXAMPLE.COM", false, true},
		{"a@b.c", false, true},
		{"a@b.", false, false},
		{"a@-b.c", false, false},
		{"a@b-.c", false, false},
		{"@handle", false, false},
		{"a@b", false, false},
		{"first.last@mail.co.uk", true, true},
		{"\u212a@b.c", false, true},
		{"a@\u212a.c", false, true},
		{"a.\u017f", false, false},
		{"a. b", false, false},
		{"-.-", false, false},
		{"..x", false, false},
		{"1.0!", false, false},
		{"co.uk/path?x=1", true, false},
		{"a.bc", true, false},
		{"a.b(c)", true, false},
		{"a.(b)c", true, false},
		{"a.b)c", false, false},
		{"a.(b(c))d", true, false},
		{"a.bc.", true, false},
		{"a.b,c", true, false},
		{"1.5M", true, false},
	}
	for _, c := range cases {
		if got := commonregex.LinkRegex.MatchString(c.s); got != c.link {
			t.Errorf("LinkRegex.MatchString(%q) = %v, upstream answers %v", c.s, got, c.link)
		}
		if got := commonregex.EmailRegex.MatchString(c.s); got != c.email {
			t.Errorf("EmailRegex.MatchString(%q) = %v, upstream answers %v", c.s, got, c.email)
		}
	}
}
