package report

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// A bullet with a rewrite but no finding is not "No findings" in HTML, and a question is
// shown in every human format; a top change quotes its bullet in every format.
func TestSuggestionsShownEverywhere(t *testing.T) {
	doc := &resume.Document{Sections: []resume.Section{{Heading: "Experience", Kind: resume.KindExperience, Roles: []resume.Role{{
		Title: "Engineer", Organisation: "Acme",
		Bullets: []resume.Bullet{{Text: "Building the billing service in Go"}, {Text: "Designed the event schema for the pipeline"}},
	}}}}}
	r := &Report{File: "cv.md", Document: doc, Areas: map[string]int{}, Bullets: []Bullet{
		{Ref: resume.Ref{Section: 0, Role: 0, Bullet: 0}, Text: "Building the billing service in Go",
			Suggestion: &Suggestion{Before: "Building the billing service in Go", After: "Build the billing service in Go", Actions: []string{"past_tense"}}},
		{Ref: resume.Ref{Section: 0, Role: 0, Bullet: 1}, Text: "Designed the event schema for the pipeline", Findings: []string{"impact.quantified-role"},
			Suggestion: &Suggestion{Before: "Designed the event schema for the pipeline", Question: "What changed because of this work?", Actions: []string{}}},
	}, TopChanges: []Change{{Rank: 1, Area: "impact", Description: "A bullet has no measure", Gain: 2,
		Ref: &resume.Ref{Section: 0, Role: 0, Bullet: 1}, Before: "Designed the event schema for the pipeline", Question: "What changed because of this work?"}}}
	for _, f := range []string{"text", "markdown", "html"} {
		out := string(render(t, f, Options{}, Single(r)))
		if got := strings.Count(out, "What changed because of this work?"); got < 2 {
			t.Errorf("%s: the question is shown %d times, want beside the bullet and in the top change", f, got)
		}
		if got := strings.Count(out, "Designed the event schema for the pipeline"); got < 2 {
			t.Errorf("%s: the top change does not quote its bullet", f)
		}
		if f == "html" && strings.Contains(out, "No findings") {
			t.Errorf("html says No findings beside a bullet that has a rewrite")
		}
	}
}

// A top change that adds a bullet (role advice: no bullet to quote) shows the example
// bullet to adapt in every human format, as JSON carries it in "after".
func TestAddedBulletChangeShowsItsExample(t *testing.T) {
	example := "Presented the [project] plan and its risks to [executives/leadership]"
	r := &Report{File: "cv.md", Areas: map[string]int{}, TopChanges: []Change{{Rank: 1, Area: "communication",
		Description: "Your résumé shows no communication: add a bullet about presenting.", Gain: 9, After: example}}}
	for _, f := range []string{"text", "markdown", "html"} {
		out := string(render(t, f, Options{}, Single(r)))
		flat := strings.Join(strings.Fields(out), " ")
		if !strings.Contains(flat, "e.g.") || !strings.Contains(flat, "and its risks to") {
			t.Errorf("%s: the added bullet's example is not shown:\n%s", f, out)
		}
	}
}
