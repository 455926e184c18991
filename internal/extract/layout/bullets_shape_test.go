package layout

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

func firstRole(t *testing.T, doc *resume.Document) resume.Role {
	t.Helper()
	for _, s := range doc.Sections {
		if len(s.Roles) > 0 {
			return s.Roles[0]
		}
	}
	t.Fatalf("no role in %+v", doc.Sections)
	return resume.Role{}
}

// TestNestedBulletsGoOnTheirParent: a role's bullets are its top-level achievements;
// nested items detail the one above them and are joined to it.
func TestNestedBulletsGoOnTheirParent(t *testing.T) {
	doc := Build(pdf("Jane Q. Example", "jane@example.com", "# Experience",
		"Research Intern, Example Labs\tMay 2021 – Aug 2021",
		"• Built a planner for multi-agent coordination.",
		"• Published two papers:",
		"◦ a main-conference paper cited 340 times",
		"◦ a workshop paper on emergent protocols",
		"• Cut training time by 40%.",
		"# Skills", "Go, Python"), Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
	r := firstRole(t, doc)
	if len(r.Bullets) != 3 {
		t.Fatalf("bullets %q, want 3", r.Bullets)
	}
	if b := r.Bullets[1].Text; !strings.Contains(b, "Published two papers") || !strings.Contains(b, "cited 340 times") || !strings.Contains(b, "emergent protocols") {
		t.Errorf("nested items not on their parent: %q", b)
	}
}

// TestProseParagraphsAreNotBullets: a résumé that describes its roles in paragraphs
// has no bullets; one that lists one short achievement per line has one per line.
func TestProseParagraphsAreNotBullets(t *testing.T) {
	para := strings.Repeat("Worked with a small team on the client and the two services it talks to, and on the messaging between them. ", 3)
	docx := func(lines ...string) []Line {
		var out []Line
		for i, s := range lines {
			l := Line{Text: s, Pos: resume.Pos{Paragraph: i + 1}}
			if strings.HasPrefix(s, "# ") {
				l.Heading, l.HeadingLevel, l.Text = true, 1, s[2:]
			}
			out = append(out, l)
		}
		return out
	}
	opts := Options{Source: resume.SourceInfo{Format: resume.FormatDOCX}, Now: now}
	doc := Build(docx("Jane Q. Example", "jane@example.com", "# Experience",
		"Senior Developer, Example Corp, 2019 – 2021", para, para,
		"Developer, Sample Inc, 2016 – 2019", para, "# Skills", "Go"), opts)
	for _, s := range doc.Sections {
		for _, r := range s.Roles {
			if len(r.Bullets) != 0 || len(r.Text) == 0 {
				t.Errorf("%s: %d bullets, %d text lines; want prose kept as text", r.Title, len(r.Bullets), len(r.Text))
			}
		}
	}
	doc = Build(docx("Jane Q. Example", "jane@example.com", "# Experience",
		"Senior Developer, Example Corp, 2019 – 2021",
		"Led the move of the billing jobs to a queue with retries.",
		"Cut the API's p99 latency from 900 ms to 180 ms.",
		"# Skills", "Go"), opts)
	if r := firstRole(t, doc); len(r.Bullets) != 2 {
		t.Errorf("one achievement per line: %d bullets, want 2", len(r.Bullets))
	}
}
