package resume

import (
	"strings"
	"testing"
)

func TestWriteText(t *testing.T) {
	d := &Document{
		Source:  SourceInfo{File: "cv.pdf", Format: FormatPDF, Pages: 2, Engine: "builtin"},
		Contact: Contact{Name: "Ada Example", Emails: []string{"ada@example.com"}},
		Sections: []Section{{
			Heading: "Work Experience", Kind: KindExperience, Pos: Pos{Page: 1, Line: 4},
			Roles: []Role{{
				Title: "Engineering Manager", Organisation: "Acme", Start: &Date{Year: 2019, Month: 3}, Current: true,
				Bullets: []Bullet{{Text: "Grew the team from 4 to 9 engineers"}, {Text: "Cut p99 latency by 40%"}},
			}},
		}},
		Experience: Experience{Years: 5.5, LeadYears: 5.5},
	}
	var b strings.Builder
	if err := d.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"file: cv.pdf (pdf, 2 pages, engine builtin)",
		"name: Ada Example",
		"## Work Experience [experience]  (page 1, line 4)",
		"  * Engineering Manager | Acme | 2019-03 – present",
		"    - Grew the team from 4 to 9 engineers",
		"experience: 5.5 years (leading or managing: 5.5 years)",
		"found: 1 sections, 1 roles, 2 bullets",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestPosString(t *testing.T) {
	for _, tt := range []struct {
		pos  Pos
		want string
	}{
		{Pos{Page: 2, Line: 7}, "page 2, line 7"},
		{Pos{Paragraph: 4}, "paragraph 4"},
		{Pos{Paragraph: 1, Path: "word/header1.xml"}, "header, paragraph 1"},
		{Pos{Paragraph: 2, Path: "word/footer3.xml"}, "footer, paragraph 2"},
		{Pos{Paragraph: 1, Path: "word/other.xml"}, "word/other.xml, paragraph 1"},
		{Pos{Line: 3, Column: 1}, "line 3"},
		{Pos{Path: "/work/0/highlights/2"}, "/work/0/highlights/2"},
	} {
		if got := tt.pos.String(); got != tt.want {
			t.Errorf("%+v.String() = %q; want %q", tt.pos, got, tt.want)
		}
	}
}
