package layout

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestPageFurniture: page numbers and running heads that repeat the name are dropped
// before layout, so that the roles after a page break stay in their section, and a
// "(continued)" heading goes on with the section before it.
func TestPageFurniture(t *testing.T) {
	tests := []struct {
		name  string
		lines []Line
		roles []string
	}{{
		name: "page footer and running head between a title and its next role",
		lines: pdf("Jane Q. Example", "jane@example.com", "# Experience",
			"Senior Engineer\tJan 2020 – Present", "Acme Corp", "• Led the payments team of six engineers.",
			"Page 1 of 2", "Jane Q. Example | Page 2",
			"Engineer\tJan 2016 – Dec 2019", "Globex Inc", "• Built the billing service in Go.",
			"# Education", "State University\t2012 – 2016"),
		roles: []string{"Senior Engineer|Acme Corp|1", "Engineer|Globex Inc|1"},
	}, {
		name: "a continued heading goes on with its section",
		lines: pdf("Jane Q. Example", "jane@example.com", "# Experience",
			"Senior Engineer\tJan 2020 – Present", "Acme Corp", "• Led the payments team of six engineers.",
			"# Experience (continued)",
			"• Cut the deploy time from an hour to ten minutes.",
			"Engineer\tJan 2016 – Dec 2019", "Globex Inc", "• Built the billing service in Go.",
			"# Skills", "Go, Kafka"),
		roles: []string{"Senior Engineer|Acme Corp|2", "Engineer|Globex Inc|1"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Build(tt.lines, Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
			var got []string
			exp := 0
			for _, s := range doc.Sections {
				if s.Kind == resume.KindExperience {
					exp++
				}
				for _, r := range s.Roles {
					got = append(got, r.Title+"|"+r.Organisation+"|"+string(rune('0'+len(r.Bullets))))
				}
			}
			if exp != 1 || len(got) != len(tt.roles) {
				t.Fatalf("%d experience sections, roles %q; want 1 section, %q", exp, got, tt.roles)
			}
			for i := range got {
				if got[i] != tt.roles[i] {
					t.Errorf("role %d: %q, want %q", i, got[i], tt.roles[i])
				}
			}
		})
	}
}
