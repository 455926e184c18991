package advise_test

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/score/scoretest"
)

// A sentence a line break cut in two is no bullet: neither its head (no closing
// punctuation, the next line opening in lower case without a verb) nor its tail gets a
// rewrite or a question; the whole bullets beside them still do.
func TestNoSuggestionOnHalfBullets(t *testing.T) {
	const head, tail = "Designed the release checklist and rollback", "steps for every service the payments team ran."
	doc := scoretest.MakeDoc(scoretest.Role{Title: "Software Engineer", Org: "Acme", Start: 2020, Bullets: []string{
		head, tail,
		"Built the billing service in Go",
		"Migrated the reporting jobs to Kubernetes",
	}})
	eng := realEngine(t)
	rep := full("split.md", eng.Analyze(doc), eng)
	others := 0
	for _, b := range rep.Bullets {
		switch {
		case b.Text == head || b.Text == tail:
			if b.Suggestion != nil {
				t.Errorf("half a bullet %q gets %+v", b.Text, *b.Suggestion)
			}
		case b.Suggestion != nil:
			others++
		}
	}
	if others == 0 {
		t.Error("the whole bullets get no suggestion either: the test proves nothing")
	}
}
