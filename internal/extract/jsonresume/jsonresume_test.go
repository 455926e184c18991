package jsonresume

import (
	"errors"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

const sample = `{
  "$schema": "https://example.org/schema.json",
  "basics": {
    "name": "Priya Natarajan",
    "label": "Engineering Manager",
    "email": "priya@example.org",
    "phone": "+44 20 7946 0000",
    "url": "https://priya.example.org",
    "summary": "Manager of **platform** teams.\nFormer staff engineer.",
    "location": {"city": "Leeds", "region": "West Yorkshire", "countryCode": "GB"},
    "profiles": [
      {"network": "GitHub", "username": "priya-n"},
      {"network": "Mastodon", "username": "priya", "url": "https://social.example"}
    ]
  },
  "work": [
    {
      "name": "Fernway",
      "position": "Engineering Manager",
      "location": "Leeds",
      "startDate": "2021-03",
      "summary": "Two teams, eleven engineers.",
      "highlights": ["Grew the team from 5 to 11", "", "Cut incident count by 40% with [SLOs](https://example.org/slo)"]
    },
    {
      "company": "Tallbrook",
      "position": "Senior Engineer",
      "startDate": "2017-01-15",
      "endDate": "2021-02-28",
      "highlights": ["Led the billing rewrite"]
    }
  ],
  "skills": [{"name": "Leadership", "level": "Advanced", "keywords": ["hiring", "coaching"]}],
  "education": [{"institution": "University of York", "studyType": "BSc", "area": "Computer Science", "startDate": "2010", "endDate": "2013", "score": 3.7, "courses": ["Databases"]}],
  "projects": [{"name": "Open runbooks", "description": "Runbook tooling", "highlights": ["Adopted by 3 teams"], "keywords": ["Go"]}],
  "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2015", "endDate": "2019"}],
  "certificates": [{"name": "CKA", "date": "2022-05", "issuer": "CNCF"}],
  "awards": [{"title": "Manager of the Year", "awarder": "Fernway", "date": "2023", "summary": "For the *reliability* programme."}],
  "publications": [{"name": "Calm on-call", "publisher": "Example Press", "releaseDate": "2024-02"}],
  "languages": [{"language": "Tamil", "fluency": "Native"}],
  "meta": {"version": "v1"}
}`

func TestExtract(t *testing.T) {
	doc, err := Extract("resume.json", []byte(sample), resume.Date{Year: 2026, Month: 3})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Contact
	if c.Name != "Priya Natarajan" || c.Location != "Leeds, West Yorkshire, GB" ||
		strings.Join(c.Emails, ",") != "priya@example.org" || strings.Join(c.Phones, ",") != "+44 20 7946 0000" {
		t.Errorf("contact %+v", c)
	}
	wantLinks := "https://priya.example.org,https://github.com/priya-n,https://social.example"
	if got := strings.Join(c.Links, ","); got != wantLinks {
		t.Errorf("links %q want %q", got, wantLinks)
	}
	if got := strings.Join(c.Lines, "|"); got != "Engineering Manager|Mastodon: priya" {
		t.Errorf("contact lines %q", got)
	}

	var kinds []string
	for _, s := range doc.Sections {
		kinds = append(kinds, string(s.Kind))
	}
	if got := strings.Join(kinds, ","); got != "summary,experience,skills,education,projects,leadership,certifications,awards,publications,other" {
		t.Errorf("sections in file order after the summary: %s", got)
	}
	sum := doc.Sections[0]
	if len(sum.Text) != 2 || sum.Text[0].Text != "Manager of platform teams." || sum.Text[0].Pos.Path != "/basics/summary" {
		t.Errorf("summary %+v", sum.Text)
	}

	work := doc.Sections[1]
	if len(work.Roles) != 2 {
		t.Fatalf("roles %+v", work.Roles)
	}
	r0, r1 := work.Roles[0], work.Roles[1]
	if r0.Title != "Engineering Manager" || r0.Organisation != "Fernway" || r0.Location != "Leeds" || !r0.Current ||
		r0.End != nil || *r0.Start != (resume.Date{Year: 2021, Month: 3}) || r0.DatesText != "2021-03 – Present" {
		t.Errorf("current role %+v", r0)
	}
	if len(r0.Bullets) != 2 || r0.Bullets[1].Pos.Path != "/work/0/highlights/2" ||
		r0.Bullets[1].Text != "Cut incident count by 40% with SLOs (https://example.org/slo)" {
		t.Errorf("bullets keep their index in the file, empty ones dropped: %+v", r0.Bullets)
	}
	if len(r0.Text) != 1 || r0.Text[0].Pos.Path != "/work/0/summary" {
		t.Errorf("role text %+v", r0.Text)
	}
	if r1.Organisation != "Tallbrook" || r1.Current || *r1.End != (resume.Date{Year: 2021, Month: 2}) {
		t.Errorf("old 'company' key and full dates: %+v", r1)
	}
	// 2017-01 .. 2021-02 and 2021-03 .. 2026-03 merge into one span of about 9 years.
	if e := doc.Experience; e.Months < 108 || e.Months > 111 || e.LeadMonths < 60 || e.LeadMonths > 61 {
		t.Errorf("experience %+v", e)
	}
	edu := doc.Sections[3]
	if len(edu.Text) != 3 || edu.Text[0].Text != "BSc in Computer Science, University of York · 2010 – 2013" || edu.Text[1].Text != "Score: 3.7" || edu.Text[1].Pos.Path != "/education/0/score" {
		t.Errorf("education %+v", edu.Text)
	}
	if s := doc.Sections[2].Text; len(s) != 1 || s[0].Text != "Leadership (Advanced): hiring, coaching" {
		t.Errorf("skills %+v", s)
	}
	// a project is not a job: its entry is a text line and its highlights the section's bullets
	if p := doc.Sections[4]; len(p.Roles) != 0 || len(p.Text) == 0 || !strings.HasPrefix(p.Text[0].Text, "Open runbooks") || len(p.Bullets) != 1 {
		t.Errorf("projects %+v", p)
	}
	for i, want := range map[int]string{6: "CKA, CNCF, 2022-05", 7: "Manager of the Year, Fernway, 2023|For the reliability programme.", 8: "Calm on-call, Example Press, 2024-02", 9: "Tamil (Native)"} {
		var got []string
		for _, l := range doc.Sections[i].Text {
			got = append(got, l.Text)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("section %d (%s): %q, want %q", i, doc.Sections[i].Heading, got, want)
		}
	}
	if p := doc.Sections[7].Text[1].Pos.Path; p != "/awards/0/summary" {
		t.Errorf("award summary path %q", p)
	}
}

func TestErrors(t *testing.T) {
	cases := []struct {
		name, src string
		want      error
		line, col int
	}{
		{"trailing comma", "{\n  \"basics\": {\"name\": \"A\"},\n}", nil, 3, 1},
		{"truncated", "{\n  \"work\": [\n    {\"name\": \"A\"", nil, 3, 17},
		{"bad token", "{\"basics\": nope}", nil, 1, 12},
		{"two values", "{\"basics\": {}} {}", nil, 1, 16},
		{"array", `[{"basics": {}}]`, ErrNotObject, 0, 0},
		{"other json", `{"name": "package", "version": "1.0"}`, ErrNotResume, 0, 0},
		{"too deep", strings.Repeat("[", 500) + strings.Repeat("]", 500), nil, 1, 202},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Extract("r.json", []byte(c.src), resume.Date{})
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("got %v want %v", err, c.want)
				}
				return
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a SyntaxError", err)
			}
			if se.Line != c.line || se.Column != c.col {
				t.Errorf("at %d:%d (%v), want %d:%d", se.Line, se.Column, se, c.line, c.col)
			}
		})
	}
}

func TestLenientTypes(t *testing.T) {
	// Wrong types where text belongs are read or skipped, never a failure.
	src := `{"basics": {"name": 42, "profiles": "none"}, "work": [{"position": "Lead", "startDate": 2019, "highlights": [1, {"x": 1}, "Shipped"]}, "junk"]}`
	doc, err := Extract("r.json", []byte(src), resume.Date{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Contact.Name != "42" || len(doc.Sections) != 1 || len(doc.Sections[0].Roles) != 2 {
		t.Fatalf("%+v", doc)
	}
	r := doc.Sections[0].Roles[0]
	if r.Start == nil || r.Start.Year != 2019 || len(r.Bullets) != 2 || r.Bullets[1].Pos.Path != "/work/0/highlights/2" {
		t.Errorf("%+v", r)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte(`{"work":[{"startDate":"2019-13-40","endDate":"present"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Extract("fuzz.json", data, resume.Date{Year: 2026, Month: 1})
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	data := []byte(sample)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract("b.json", data, resume.Date{Year: 2026, Month: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
