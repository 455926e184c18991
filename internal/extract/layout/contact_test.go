package layout

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

func TestContact(t *testing.T) {
	tests := []struct {
		name  string
		lines []Line
		want  resume.Contact
	}{
		{
			name: "PDF header with tab parts and labels",
			lines: pdf(
				"Jordan Blake\tEmail: jordan@example.com",
				"jordanblake.dev\tMobile: +1-555-010-7788",
				"Software engineer building payment systems",
				"Seattle, WA | GitHub: @jblake | LinkedIn: /in/jordanblake",
				"# Experience",
			),
			want: resume.Contact{
				Name:     "Jordan Blake",
				Emails:   []string{"jordan@example.com"},
				Phones:   []string{"+1-555-010-7788"},
				Links:    []string{"jordanblake.dev", "github.com/jblake", "linkedin.com/in/jordanblake"},
				Location: "Seattle, WA",
				Lines:    []string{"Software engineer building payment systems"},
			},
		},
		{
			name: "Markdown name heading, dot-separated line",
			lines: md(
				"Curriculum Vitae",
				"# Casey Jones",
				"casey@example.com · https://casey.example.org · 513.502.9288 (cell) · Remote",
				"## Summary",
			),
			want: resume.Contact{
				Name:     "Casey Jones",
				Emails:   []string{"casey@example.com"},
				Phones:   []string{"513.502.9288 (cell)"},
				Links:    []string{"https://casey.example.org"},
				Location: "Remote",
				Lines:    []string{"Curriculum Vitae"},
			},
		},
		{
			name: "sidebar Contact section and a footer line join the contact block",
			lines: pdf(
				"Aiko Tanaka",
				"# CONTACT",
				"aiko@example.com",
				"555-0135",
				"# SKILLS",
				"TypeScript, React",
				"aiko@example.com • github.com/aiko",
			),
			want: resume.Contact{
				Name:   "Aiko Tanaka",
				Emails: []string{"aiko@example.com"},
				Phones: []string{"555-0135"},
				Links:  []string{"github.com/aiko"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Build(tt.lines, Options{Now: now})
			for _, s := range doc.Sections {
				for _, l := range s.Text {
					for _, e := range doc.Contact.Emails {
						if strings.Contains(l.Text, e) {
							t.Errorf("section %q holds the email: %q", s.Heading, l.Text)
						}
					}
				}
			}
			if !reflect.DeepEqual(doc.Contact, tt.want) {
				t.Errorf("contact:\n%+v\nwant\n%+v", doc.Contact, tt.want)
			}
		})
	}
}

func TestSectionKind(t *testing.T) {
	tests := map[string]resume.SectionKind{
		"Work Experience":         resume.KindExperience,
		"PROFESSIONAL EXPERIENCE": resume.KindExperience,
		"Employment":              resume.KindExperience,
		"Work History":            resume.KindExperience,
		"Career":                  resume.KindExperience,
		"Volunteer Experience":    resume.KindLeadership,
		"On Campus Involvement":   resume.KindLeadership,
		"Leadership & Activities": resume.KindLeadership,
		"Technical Skills":        resume.KindSkills,
		"Skills Summary":          resume.KindSkills,
		"Career Summary":          resume.KindSummary,
		"About Me":                resume.KindSummary,
		"Objective":               resume.KindSummary,
		"Honors/Awards":           resume.KindAwards,
		"Certifications":          resume.KindCertifications,
		"Selected Publications":   resume.KindPublications,
		"Side Projects":           resume.KindProjects,
		"Education":               resume.KindEducation,
		"Relevant Coursework":     resume.KindEducation,
		"Interests":               resume.KindOther,
	}
	for in, want := range tests {
		if got, ok := sectionKind(in); !ok || got != want {
			t.Errorf("sectionKind(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Senior Software Engineer", "Acme Corp", "Led the platform team", "Research Intern", "Source Code"} {
		if k, ok := sectionKind(in); ok {
			t.Errorf("sectionKind(%q) = %q; want no heading", in, k)
		}
	}
}

// mayHoldContactItem, the cheap check before the contact patterns, never turns away a
// line the patterns match: on written lines and on random mixtures of the characters
// they look for.
func TestMayHoldContactItem(t *testing.T) {
	lines := []string{
		"jane@example.com", "Jane.Doe@mail.co.uk • +1 555 0100", "www.example.org", "example.io",
		"https://localhost", "http://x", "github.com/jane", "linkedin.com/in/jane", "Phone: +44 20 7946 0958",
		"(555) 123-4567", "Tel: 555.123.4567", "Built the pipeline.", "Senior Engineer, Acme", "2019 – 2021",
		"Go, Python. Kubernetes", "Node.js and Vue.js", "e.g. this", "Mail: jane at example", "www..x",
		"site.ſo", "example.uK", "www.\u00a0x", "555 12 34", "12345678",
	}
	rng := rand.New(rand.NewSource(15))
	alphabet := []string{"a", "w", "x", "k", "s", "o", "m", "c", "1", "5", "0", ".", "@", ":", "/", " ", "-", "(", ")", "+", "•", "|", "\t", "ſ", "\u212a", "é", "Mail: ", "tel: ", "www", "com", "https://", "   "}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(14); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		lines = append(lines, sb.String())
	}
	matched, passed := 0, 0
	for _, s := range lines {
		may := mayHoldContactItem(s)
		if matchContactItem(s) {
			matched++
			if !may {
				t.Errorf("%q matches a contact pattern but mayHoldContactItem turns it away", s)
			}
		}
		if may {
			passed++
		}
	}
	if matched < 100 || passed == len(lines) {
		t.Fatalf("%d of %d lines match a contact pattern and %d pass the check: the test reads too little", matched, len(lines), passed)
	}
}
