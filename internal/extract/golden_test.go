package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// update rewrites the golden files: go test ./internal/extract/ -run Golden -update
var update = flag.Bool("update", false, "rewrite testdata/golden/extract/*.json from the current extractor")

const (
	resumesDir = "../../testdata/resumes"
	goldenDir  = "../../testdata/golden/extract"
)

// goldenNow fixes "Present" so that experience totals in the goldens do not move with
// the calendar.
var goldenNow = time.Date(2025, time.June, 1, 0, 0, 0, 0, time.UTC)

// fixtures lists the résumé files of testdata/resumes: every source and generated file,
// except README.md (which describes the fixtures) and the HTML sources (not an input
// format; their PDF and DOCX renderings are the fixtures).
func fixtures(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(resumesDir)
	if err != nil {
		t.Fatalf("reading %s: %v", resumesDir, err)
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "README.md" || strings.EqualFold(filepath.Ext(name), ".html") {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	if len(names) < 10 {
		t.Fatalf("found only %d fixtures in %s", len(names), resumesDir)
	}
	return names
}

func extractFixture(t *testing.T, name string) *resume.Document {
	t.Helper()
	doc, err := File(context.Background(), filepath.Join(resumesDir, name), Options{Now: goldenNow, PDFEngine: "builtin"})
	if err != nil {
		t.Fatalf("extract %s: %v", name, err)
	}
	// The golden must not depend on the directory the test runs from.
	doc.Source.File = "testdata/resumes/" + name
	return doc
}

// TestGolden compares the document model of every fixture with its golden JSON. The
// goldens are reviewed by hand when rewritten: a diff here is a change in what the tool
// understands of a résumé.
func TestGolden(t *testing.T) {
	for _, name := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			doc := extractFixture(t, name)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(goldenDir, name+".json")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run: go test ./internal/extract/ -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; first difference:\n%s\nrun with -update and review the diff if the change is intended",
					name, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

// TestGoldenFilesHaveFixtures fails on goldens left behind by a renamed or removed
// fixture.
func TestGoldenFilesHaveFixtures(t *testing.T) {
	have := map[string]bool{}
	for _, name := range fixtures(t) {
		have[name+".json"] = true
	}
	entries, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !have[e.Name()] {
			t.Errorf("%s/%s has no fixture in %s; delete it", goldenDir, e.Name(), resumesDir)
		}
	}
}

// firstDiff shows the first differing line of two texts with its line number.
func firstDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

// TestFixtureInvariants checks what holds for every fixture we wrote, whatever the
// producer: the contact block finds the example.com address, no contact detail leaks
// into a section, and the experience section has dated roles with bullets.
// minimal names the fixtures kept as small as a résumé can be (tiny.md is what
// scripts/bench.sh times as the fixed cost of a run): one role, one bullet.
var minimal = map[string]bool{"tiny.md": true}

func TestFixtureInvariants(t *testing.T) {
	for _, name := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			doc := extractFixture(t, name)
			if doc.Contact.Name == "" {
				t.Errorf("no contact name")
			}
			if len(doc.Contact.Emails) != 1 || !strings.HasSuffix(doc.Contact.Emails[0], "@example.com") {
				t.Errorf("contact emails = %q, want one @example.com address", doc.Contact.Emails)
			}
			var roles, bullets int
			for _, s := range doc.Sections {
				for _, text := range sectionTexts(s) {
					for _, e := range doc.Contact.Emails {
						if strings.Contains(text, e) {
							t.Errorf("section %q holds the contact email: %q", s.Heading, text)
						}
					}
				}
				if s.Kind != resume.KindExperience {
					continue
				}
				for _, r := range s.Roles {
					roles++
					bullets += len(r.Bullets)
					if r.Title == "" {
						t.Errorf("experience role at %+v has no title", r.Pos)
					}
					if r.Start == nil {
						t.Errorf("experience role %q has no start date (dates text %q)", r.Title, r.DatesText)
					}
					for _, b := range r.Bullets {
						if strings.TrimSpace(b.Text) == "" {
							t.Errorf("role %q has an empty bullet at %+v", r.Title, b.Pos)
						}
					}
				}
			}
			if minimal[name] {
				// Still one dated role with one bullet, read whole.
				if roles != 1 || bullets != 1 {
					t.Errorf("experience holds %d roles and %d bullets; %s has one of each", roles, bullets, name)
				}
				return
			}
			if roles < 2 || bullets < 5 {
				t.Errorf("experience holds %d roles and %d bullets; every fixture has at least 2 roles and 5 bullets", roles, bullets)
			}
			if doc.Experience.Months < 12 {
				t.Errorf("experience months = %d, every fixture has over two years", doc.Experience.Months)
			}
		})
	}
}

func sectionTexts(s resume.Section) []string {
	var out []string
	for _, l := range s.Text {
		out = append(out, l.Text)
	}
	for _, b := range s.Bullets {
		out = append(out, b.Text)
	}
	for _, r := range s.Roles {
		out = append(out, r.Title, r.Organisation, r.Location)
		for _, b := range r.Bullets {
			out = append(out, b.Text)
		}
		for _, l := range r.Text {
			out = append(out, l.Text)
		}
	}
	return out
}

// TestSameResumeAcrossProducers reads each résumé that exists in several formats
// (eng-manager.md, .pdf and .docx, ...) and requires the same experience roles with the
// same number of bullets (±1) from every producer.
func TestSameResumeAcrossProducers(t *testing.T) {
	groups := map[string][]string{}
	for _, name := range fixtures(t) {
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		groups[stem] = append(groups[stem], name)
	}
	stems := make([]string, 0, len(groups))
	for stem, names := range groups {
		if len(names) > 1 {
			stems = append(stems, stem)
		}
	}
	sort.Strings(stems)
	if len(stems) < 3 {
		t.Fatalf("only %d résumés exist in several formats", len(stems))
	}
	for _, stem := range stems {
		t.Run(stem, func(t *testing.T) {
			names := groups[stem]
			ref := experienceShape(extractFixture(t, names[0]))
			for _, name := range names[1:] {
				got := experienceShape(extractFixture(t, name))
				if len(got) != len(ref) {
					t.Errorf("%s has %d experience roles %v, %s has %d %v", names[0], len(ref), ref, name, len(got), got)
					continue
				}
				for i := range ref {
					d := ref[i].bullets - got[i].bullets
					if ref[i].title != got[i].title || d < -1 || d > 1 {
						t.Errorf("role %d: %s has %v, %s has %v", i, names[0], ref[i], name, got[i])
					}
				}
			}
		})
	}
}

type roleShape struct {
	title   string
	bullets int
}

func experienceShape(doc *resume.Document) []roleShape {
	var out []roleShape
	for _, s := range doc.Sections {
		if s.Kind != resume.KindExperience {
			continue
		}
		for _, r := range s.Roles {
			out = append(out, roleShape{title: strings.Join(strings.Fields(r.Title), " "), bullets: len(r.Bullets)})
		}
	}
	return out
}
