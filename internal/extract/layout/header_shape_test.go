package layout

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestHeaderShapes: titles that hold dashes when the organisation stands on its own
// line, and "Town, XX" places with a region code the lexicon does not list.
func TestHeaderShapes(t *testing.T) {
	tests := []struct {
		name                   string
		lines                  []string
		title, org, place, dts string
	}{{
		name:  "two titles joined by a dash under the organisation",
		lines: []string{"Example Investment Club, Curitiba, PR\t2015 – 2017", "Data Scientist - Investment Manager", "• Built the pricing model."},
		title: "Data Scientist - Investment Manager", org: "Example Investment Club", place: "Curitiba, PR", dts: "2015 – 2017",
	}, {
		name:  "a title with a team after a dash, organisation on the line above",
		lines: []string{"Example Group\tSydney, NSW", "Data Engineer – Risk Surveillance Technology\tJan 2019 – Dec 2022", "• Built the alerts pipeline."},
		title: "Data Engineer - Risk Surveillance Technology", org: "Example Group", place: "Sydney, NSW", dts: "2019-01 – 2022-12",
	}, {
		name:  "title and organisation on one line stay apart",
		lines: []string{"Senior Engineer – Example Corp\tJan 2019 – Dec 2022", "• Built the alerts pipeline."},
		title: "Senior Engineer", org: "Example Corp", dts: "2019-01 – 2022-12",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := append([]string{"Jane Q. Example", "jane@example.com", "# Experience"}, tt.lines...)
			doc := Build(pdf(append(src, "# Skills", "Go")...), Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
			r := firstRole(t, doc)
			if r.Title != tt.title || r.Organisation != tt.org || r.Location != tt.place || r.Dates() != tt.dts {
				t.Errorf("got %q @ %q in %q, %q; want %q @ %q in %q, %q", r.Title, r.Organisation, r.Location, r.Dates(), tt.title, tt.org, tt.place, tt.dts)
			}
		})
	}
}

// TestDateSplitOverTwoLines: a month that ends the title line and its year that
// starts the next ("Data Consultant | July" / "2022 - February 2023") read as one range.
func TestDateSplitOverTwoLines(t *testing.T) {
	doc := Build(pdf("Jane Q. Example", "jane@example.com", "# Experience",
		"Data Automation Consultant | July", "2022 - February 2023", "Example Corp | Dallas, TX",
		"• Extracted client data from 3,000 documents a week.", "# Skills", "Go"),
		Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
	r := firstRole(t, doc)
	if r.Title != "Data Automation Consultant" || r.Organisation != "Example Corp" || r.Dates() != "2022-07 – 2023-02" {
		t.Errorf("got %q @ %q, %q", r.Title, r.Organisation, r.Dates())
	}
}
