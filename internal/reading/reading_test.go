package reading

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/resumecheck/resumecheck/internal/resume"
	rulefiles "github.com/resumecheck/resumecheck/rules"
)

func vocab(t *testing.T) *Vocabulary {
	t.Helper()
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func role(title, org string, dated bool, bullets ...string) resume.Role {
	r := resume.Role{Title: title, Organisation: org}
	if dated {
		r.Start = &resume.Date{Year: 2020}
	}
	for _, b := range bullets {
		r.Bullets = append(r.Bullets, resume.Bullet{Text: b})
	}
	return r
}

func TestAssess(t *testing.T) {
	exp := func(roles ...resume.Role) resume.Section {
		return resume.Section{Heading: "Experience", Kind: resume.KindExperience, Roles: roles}
	}
	cases := []struct {
		name       string
		doc        resume.Document
		confidence Confidence
		template   bool
	}{
		{"read", resume.Document{Contact: resume.Contact{Name: "Ada Example"}, Sections: []resume.Section{
			exp(role("Lead Developer", "Acme", true, "Led a team of five"), role("Developer", "Initech", true, "Built the billing API"))}},
			High, false},
		{"no text", resume.Document{}, Unreadable, false},
		{"dated lines, no role", resume.Document{Sections: []resume.Section{
			{Heading: "Acme Corp", Kind: resume.KindOther, Text: []resume.Line{{Text: "Developer - Jan 2019 - Mar 2021"}}}}},
			Unreadable, false},
		// Bullets that mention dates and job titles in sentences are work, not role
		// headers the tool failed to read; a header-like dated bullet still is one.
		{"bullets with dates, no role", resume.Document{Sections: []resume.Section{
			{Heading: "Experience", Kind: resume.KindExperience, Bullets: []resume.Bullet{
				{Text: "Promoted to lead engineer in 2019 after running the billing rewrite from 2017 to 2019"},
				{Text: "Senior developer on the payments team"},
				{Text: "Engineering manager for the platform group"},
				{Text: "Hired and mentored four engineers between March 2020 and June 2021"}}}}},
			Low, false},
		{"header-like dated bullet, no role", resume.Document{Sections: []resume.Section{
			{Heading: "Experience", Kind: resume.KindExperience, Bullets: []resume.Bullet{
				{Text: "Developer, Acme, 2019 - 2021"}, {Text: "Built the billing API"}}}}},
			Unreadable, false},
		{"education dates are not jobs", resume.Document{Sections: []resume.Section{
			{Heading: "Education", Kind: resume.KindEducation, Text: []resume.Line{{Text: "BSc, 2018 - 2022"}}},
			{Heading: "Skills", Kind: resume.KindSkills, Text: []resume.Line{{Text: "Go, SQL"}}}}},
			Low, false},
		{"unheaded prose", resume.Document{Sections: []resume.Section{
			{Kind: resume.KindSummary, Text: []resume.Line{{Text: strings.Repeat("words of a letter ", 20)}}},
			exp(role("Engineer", "Acme", true, "Built things"))}},
			Unreadable, false},
		{"roles under no heading", resume.Document{Sections: []resume.Section{
			{Kind: resume.KindExperience, Roles: []resume.Role{role("Developer", "Acme", true, "Built the billing API for 40 carriers and 9 million events a day")}}}},
			High, false},
		{"undated roles", resume.Document{Sections: []resume.Section{
			exp(role("Engineer", "Acme", false, "Built"), role("Engineer", "Initech", false, "Built"))}},
			Low, false},
		// One placeholder-looking role is not a template; filler text in two places is.
		{"one odd title", resume.Document{Sections: []resume.Section{
			exp(role("Engineer", "Company", true, "Built it"), role("Engineer", "Acme", true, "Ran it"))}},
			High, false},
		{"lorem ipsum", resume.Document{Sections: []resume.Section{
			exp(role("Lorem ipsum", "Dolor", false, "Lorem ipsum dolor sit amet, consectetur adipiscing elit"))}},
			Low, true},
		{"placeholders", resume.Document{Contact: resume.Contact{Name: "Your Name"}, Sections: []resume.Section{
			exp(role("Job title", "Employer", false, "< Job experience here>"))}},
			Low, true},
		// A sample whose bullets were left as numbered placeholders and "Etc." is a
		// template; one "etc." closing a real list is not.
		{"unfilled bullets", resume.Document{Contact: resume.Contact{Name: "Ada Example"}, Sections: []resume.Section{
			exp(role("Developer", "Acme", true, "Built the billing API", "Achievement 2", "Etc."))}},
			High, true},
		{"one etc", resume.Document{Contact: resume.Contact{Name: "Ada Example"}, Sections: []resume.Section{
			exp(role("Developer", "Acme", true, "Built the billing API", "Ran the on-call rota", "etc."))}},
			High, false},
		// An e-mail in angle brackets is not a placeholder.
		{"bracketed email", resume.Document{Contact: resume.Contact{Name: "Ada Example", Lines: []string{"Ada <ada@example.com>"}}, Sections: []resume.Section{
			exp(role("Developer", "Acme", true, "Built the < 10 ms cache > layer"))}},
			High, false},
	}
	v := vocab(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Assess(&tc.doc, v)
			if r.Confidence != tc.confidence || r.IsTemplate != tc.template {
				t.Errorf("confidence %s (%s), template %v %v; want %s, template %v", r.Confidence, r.Reason, r.IsTemplate, r.Template, tc.confidence, tc.template)
			}
			if r.Reason == "" {
				t.Error("no reason")
			}
		})
	}
}

func TestLoadRefusesBadVocabulary(t *testing.T) {
	good, err := fstest.MapFS{}.Open(".")
	if err == nil {
		good.Close()
	}
	base := func(reading, templates string) fstest.MapFS {
		return fstest.MapFS{
			"reading/reading.yaml":   {Data: []byte(reading)},
			"reading/templates.yaml": {Data: []byte(templates)},
		}
	}
	okReading := "unread_unplaced: 0.5\nlow_unplaced: 0.25\nlow_undated: 0.5\njob_line_max_words: 10\njob_lines_unread: 2\njob_words: [engineer]\n"
	okTemplates := "min_weight: 2\nsigns:\n  - {kind: x, why: y, weight: 1, cap: 1, where: any, patterns: ['a']}\n"
	if _, err := Load(base(okReading, okTemplates)); err != nil {
		t.Fatalf("a good vocabulary: %v", err)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"share out of range": base(strings.Replace(okReading, "0.5", "1.5", 1), okTemplates),
		"unknown key":        base(okReading+"bogus: 1\n", okTemplates),
		"bad where":          base(okReading, strings.Replace(okTemplates, "where: any", "where: body", 1)),
		"bad pattern":        base(okReading, strings.Replace(okTemplates, "'a'", "'('", 1)),
		"no min weight":      base(okReading, strings.Replace(okTemplates, "min_weight: 2", "min_weight: 0", 1)),
	} {
		if _, err := Load(fsys); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want a one-line error", name, err)
		}
	}
}

func TestMessage(t *testing.T) {
	r := Reading{Confidence: Unreadable, Reason: "97% of the text is under no heading", TextQuality: TextGood}
	m := r.Message("my cv.pdf")
	if !strings.HasPrefix(m, "my cv.pdf: not scored") || !strings.HasSuffix(m, "see what was read with: resumecheck extract 'my cv.pdf'") {
		t.Errorf("message = %q", m)
	}
	if got := (&Reading{Confidence: High}).Message("a.pdf"); got != "" {
		t.Errorf("a scored file's message = %q, want none", got)
	}
}

// TestBuiltinPatternsParse: Default does not parse the built-in template patterns to
// check them; this does, on the same embedded files, and every one compiles.
func TestBuiltinPatternsParse(t *testing.T) {
	v, err := Load(rulefiles.Reading)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.template.Signs) == 0 {
		t.Fatal("no template sign")
	}
	for _, s := range v.template.Signs {
		if _, err := regexp.Compile(s.re.src); err != nil {
			t.Errorf("sign %s: %v", s.Kind, err)
		}
	}
}
