package advise

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/rewrite"
)

// Suggestions made by Score keep the same promises, on every bullet of every test
// résumé.
func TestSuggestionProperties(t *testing.T) {
	for _, rep := range []*report.Report{scoreDoc(managerDoc()), scoreDoc(seniorICDoc()), scoreDoc(juniorDoc())} {
		for _, b := range rep.Bullets {
			if b.Suggestion == nil || b.Suggestion.After == "" {
				continue // no suggestion, or a question
			}
			if d := rewrite.NewDigits(b.Text, b.Suggestion.After); len(d) > 0 {
				t.Errorf("new digits in %q", b.Suggestion.After)
			}
			for _, sp := range b.Signals.Evidence["technical"] {
				term := string([]rune(b.Text)[sp.Start:sp.End])
				if len(rewrite.LostWords(term, b.Suggestion.After)) > 0 {
					t.Errorf("lost technical term %q: %q -> %q", term, b.Text, b.Suggestion.After)
				}
			}
		}
	}
}
