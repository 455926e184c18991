package recency

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

type fr struct {
	title, org string
	start, end int // years; end 0 = current, start 0 = undated
	bullets    []string
}

func mkDoc(kind resume.SectionKind, roles ...fr) *resume.Document {
	sec := resume.Section{Heading: "Work", Kind: kind}
	for _, f := range roles {
		r := resume.Role{Title: f.title, Organisation: f.org}
		if f.start > 0 {
			r.Start = &resume.Date{Year: f.start, Month: 1}
			if f.end == 0 {
				r.Current = true
			} else {
				r.End = &resume.Date{Year: f.end, Month: 1}
			}
		}
		for _, b := range f.bullets {
			r.Bullets = append(r.Bullets, resume.Bullet{Text: b})
		}
		sec.Roles = append(sec.Roles, r)
	}
	return &resume.Document{Sections: []resume.Section{sec}}
}

// technical marks bullets containing "Go" or "Kubernetes" as technical work.
func technical(doc *resume.Document) func(resume.Ref) bool {
	return func(ref resume.Ref) bool {
		t := doc.Sections[ref.Section].Roles[ref.Role].Bullets[ref.Bullet].Text
		return strings.Contains(t, "Go") || strings.Contains(t, "Kubernetes")
	}
}

func TestRead(t *testing.T) {
	cases := []struct {
		name     string
		doc      *resume.Document
		current  string // title of the current role
		recent   []string
		sentence string
	}{
		{
			name: "military entry above engineering roles is skipped",
			doc: mkDoc(resume.KindExperience,
				fr{"Private", "Army", 2021, 0, []string{"Drove trucks"}},
				fr{"Analyst", "Acme", 2018, 2021, []string{"Ran the Kubernetes clusters"}},
				fr{"Cashier", "Shop", 2016, 2018, []string{"Served customers"}},
				fr{"Developer", "Beta", 2014, 2016, nil}),
			current:  "Analyst",
			recent:   []string{"Analyst", "Developer"},
			sentence: "Current role: Analyst at Acme (skipped: Private at Army, 2021–present – not engineering work)",
		},
		{
			name: "dates order the roles, not the page",
			doc: mkDoc(resume.KindExperience,
				fr{"Engineer", "Old", 2010, 2012, nil},
				fr{"Teacher", "School", 2020, 0, []string{"Taught maths"}},
				fr{"Engineer", "New", 2015, 2020, nil}),
			current:  "Engineer",
			recent:   []string{"Engineer", "Engineer"},
			sentence: "Current role: Engineer at New (skipped: Teacher at School, 2020–present – not engineering work)",
		},
		{
			name: "an entry that is no role is skipped",
			doc: mkDoc(resume.KindExperience,
				fr{"Your most recent job", "", 0, 0, []string{"Wrote Go services"}},
				fr{"Engineer", "Acme", 0, 0, nil}),
			current:  "Engineer",
			recent:   []string{"Engineer"},
			sentence: "Current role: Engineer at Acme (skipped: Your most recent job – not a role)",
		},
		{
			name: "no engineering role: the most recent role",
			doc: mkDoc(resume.KindExperience,
				fr{"Nurse", "Hospital", 2020, 0, nil},
				fr{"Cashier", "Shop", 2018, 2020, nil},
				fr{"Waiter", "Cafe", 2016, 2018, nil}),
			current:  "Nurse",
			recent:   []string{"Nurse", "Cashier"},
			sentence: "Current role: Nurse at Hospital",
		},
		{
			name: "no experience section: the roles under an unknown heading",
			doc: mkDoc(resume.KindOther,
				fr{"Maintainer", "libfoo", 2022, 0, []string{"Wrote the Go bindings"}}),
			current:  "Maintainer",
			recent:   []string{"Maintainer"},
			sentence: "Current role: Maintainer at libfoo",
		},
		{
			name: "projects and volunteering are no current role",
			doc: mkDoc(resume.KindProjects,
				fr{"Maintainer", "libfoo", 2022, 0, []string{"Wrote the Go bindings"}}),
			current:  "",
			recent:   nil,
			sentence: "",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := Read(c.doc, technical(c.doc))
			ref, ok := o.CurrentRef()
			if ok != (c.current != "") || ok && c.doc.Sections[ref.Section].Roles[ref.Role].Title != c.current {
				t.Errorf("current %v %v, want %q", ref, ok, c.current)
			}
			var recent []string
			for _, i := range o.Recent(2) {
				recent = append(recent, o.Roles[i].Title)
				if !o.IsRecent(o.Roles[i].Ref, 2) {
					t.Errorf("IsRecent disagrees with Recent for %s", o.Roles[i].Title)
				}
			}
			if strings.Join(recent, "|") != strings.Join(c.recent, "|") {
				t.Errorf("recent %v, want %v", recent, c.recent)
			}
			if got := o.Sentence(); got != c.sentence {
				t.Errorf("sentence\n got %q\nwant %q", got, c.sentence)
			}
			if (o.SkippedNote() == "") != (len(o.Skipped()) == 0) {
				t.Errorf("note %q for %d skipped", o.SkippedNote(), len(o.Skipped()))
			}
		})
	}
}

// Without the bullets' signals nothing is skipped as not engineering work; the zero
// Order has no current role and never panics.
func TestUnknownSignalsAndZero(t *testing.T) {
	doc := mkDoc(resume.KindExperience, fr{"Team Lead", "Acme", 2021, 0, []string{"Led a team of 4"}}, fr{"Engineer", "Beta", 2017, 2021, nil})
	if o := Read(doc, nil); o.Current != 0 || len(o.Skipped()) != 0 {
		t.Errorf("nil signals: current %d, skipped %v", o.Current, o.Skipped())
	}
	var z Order
	if _, ok := z.CurrentRef(); ok || z.Sentence() != "" || len(z.Recent(2)) != 0 || len(z.Skipped()) != 0 {
		t.Error("zero Order has a current role")
	}
	if o := Read(nil, nil); o.Current != -1 || o.Sentence() != "" {
		t.Errorf("nil document: %+v", o)
	}
}

func TestEngineeringTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Senior Software Engineer": true, "Full-Stack Developer": true, "IT Support": true,
		"Private": false, "Store Manager": false, "Teacher": false, "Engineering Manager": true,
	} {
		if got := EngineeringTitle(title); got != want {
			t.Errorf("%q: %v, want %v", title, got, want)
		}
	}
}
