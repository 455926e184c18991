package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// unscoredReports are an unread file and a template as the checker leaves them: a
// status, a reading, and the scored parts withheld.
func unscoredReports() (unread, template *Report) {
	unread = &Report{File: "cv/linkedin.pdf", Document: &resume.Document{Source: resume.SourceInfo{File: "cv/linkedin.pdf", Format: resume.FormatPDF, Pages: 2},
		Contact: resume.Contact{Name: "Sam Unread"}},
		Status: StatusUnread, Reading: &reading.Reading{Pages: 2, Lines: 39, Confidence: reading.Unreadable, TextQuality: reading.TextGood,
			Reason: "3 lines with a date range found, but none was read as a role"}}
	unread.Withhold()
	template = secondReport()
	template.File = "cv/sample.pdf"
	template.Status = StatusTemplate
	template.Reading = &reading.Reading{Roles: 4, Bullets: 10, Lines: 80, Confidence: reading.Low, TextQuality: reading.TextGood,
		Reason: "4 of 4 roles have no dates", IsTemplate: true, Template: []string{"filler text (lorem ipsum)"}}
	template.Withhold()
	return unread, template
}

func TestUnscoredJSON(t *testing.T) {
	unread, template := unscoredReports()
	b := fixtureBatch()
	b.Reports = append(b.Reports, unread, template)
	out := render(t, "json", Options{}, b)
	if err := validate(t, compileSchema(t), out); err != nil {
		t.Fatalf("batch with unread and template reports does not match the schema: %v", err)
	}
	var got struct {
		Reports []map[string]any `json:"reports"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want := []string{"pass", "pass", "unread", "template"}
	for i, r := range got.Reports {
		if r["status"] != want[i] {
			t.Errorf("report %d: status %v, want %s", i, r["status"], want[i])
		}
		scored := i < 2
		if (r["overall_score"] == nil) == scored || (r["track"] == nil) == scored {
			t.Errorf("report %d (%s): overall_score %v, track %v; want null exactly when not scored", i, want[i], r["overall_score"], r["track"])
		}
	}
	if rd, ok := got.Reports[2]["reading"].(map[string]any); !ok || rd["confidence"] != "unreadable" {
		t.Errorf("unread report's reading = %v, want confidence unreadable", got.Reports[2]["reading"])
	}
}

// TestUnscoredWriters: every format says a file was not scored, and none shows a
// score for it.
func TestUnscoredWriters(t *testing.T) {
	unread, template := unscoredReports()
	for _, format := range []string{"text", "markdown", "html", "sarif", "junit", "github"} {
		for _, r := range []*Report{unread, template} {
			b := &Batch{Reports: []*Report{fixtureReport(normalText), r}}
			out := strings.Join(strings.Fields(string(render(t, format, Options{}, b))), " ")
			if !strings.Contains(out, r.Status) {
				t.Errorf("%s: no %q for %s", format, r.Status, r.File)
			}
			if !strings.Contains(out, "resumecheck extract") {
				t.Errorf("%s: %s does not say to try resumecheck extract", format, r.File)
			}
			if strings.Contains(out, "0/100") {
				t.Errorf("%s: %s shows a score of 0", format, r.File)
			}
		}
	}
	// The quiet line says not scored.
	out := string(render(t, "text", Options{Quiet: true}, &Batch{Reports: []*Report{unread}}))
	if !strings.Contains(out, "cv/linkedin.pdf: unread, not scored (0 roles, 0 bullets; 3 lines with a date range") {
		t.Errorf("quiet line = %q", out)
	}
}

// TestIndexUnscoredApart: the batch index lists unread files and templates in their
// own table, never in the sorted table of scored résumés, and shows roles and bullets
// for every row.
func TestIndexUnscoredApart(t *testing.T) {
	unread, template := unscoredReports()
	b := fixtureBatch()
	b.Reports = append(b.Reports, unread, template)
	idx := buildIndex(b, []string{"a.html", "b.html", "c.html", "d.html"})
	for _, o := range idx.Orders {
		if len(o.Rows) != 2 {
			t.Fatalf("%s: %d rows, want the 2 scored reports", o.ID, len(o.Rows))
		}
		for _, r := range o.Rows {
			if r.Href == "c.html" || r.Href == "d.html" {
				t.Errorf("%s: unscored %s among the scored rows", o.ID, r.Href)
			}
			if r.Roles == 0 || r.Bullets == 0 {
				t.Errorf("%s: row %s shows %d roles, %d bullets", o.ID, r.Name, r.Roles, r.Bullets)
			}
		}
	}
	if len(idx.Unscored) != 2 || idx.Unscored[0].Href != "c.html" || idx.Unscored[0].Status != "unread" ||
		idx.Unscored[1].Status != "template" || idx.Unscored[1].Roles != 4 || idx.Unscored[1].Bullets != 10 {
		t.Errorf("unscored rows = %+v", idx.Unscored)
	}
}

// A template's text is not the candidate's work: once withheld, no bullet of it carries
// a rewrite or a question, and no role advice is left.
func TestWithheldTemplateHasNoAdvice(t *testing.T) {
	template := fixtureReport(normalText)
	had := 0
	for _, b := range template.Bullets {
		if b.Suggestion != nil {
			had++
		}
	}
	if had == 0 || len(template.RoleSuggestions) == 0 {
		t.Fatal("the fixture has no suggestion or role advice to withhold: the test would prove nothing")
	}
	template.Status = StatusTemplate
	template.Withhold()
	for _, b := range template.Bullets {
		if b.Suggestion != nil {
			t.Errorf("withheld template keeps a suggestion on %q", b.Text)
		}
	}
	if len(template.RoleSuggestions) != 0 {
		t.Errorf("withheld template keeps role advice: %+v", template.RoleSuggestions)
	}
}
