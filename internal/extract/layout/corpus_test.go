package layout_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// corpusDir finds ../shared/corpus/files next to the repository root (the directory
// holding go.mod), or skips the test when it is not there.
func corpusDir(t *testing.T) string {
	return filepath.Join(corpustest.Dir(t), "files")
}

// corpusNow is a fixed "today" so that "Present" means the same on every run.
var corpusNow = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

func readDoc(t *testing.T, path string) *resume.Document {
	t.Helper()
	doc, err := extract.File(context.Background(), path, extract.Options{Now: corpusNow})
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	return doc
}

func experienceRoles(doc *resume.Document) []resume.Role {
	var roles []resume.Role
	for _, s := range doc.Sections {
		if s.Kind == resume.KindExperience {
			roles = append(roles, s.Roles...)
		}
	}
	return roles
}

// tokens is the set of lower-case words of s, for comparing names across producers
// that break or space them differently.
func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}

// sameName: equal word sets, or one contained in the other (a PDF line that lost the
// gap between an organisation and a title moves a word from one field to the other;
// see 032's last role).
func sameName(a, b string) bool {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return len(ta) == len(tb)
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return sub(ta, tb) || sub(tb, ta)
}

// TestCorpusSamePersonTwoProducers: 031 (pandoc DOCX) and 032 (ConTeXt PDF) are the
// same résumé; they must give the same roles and bullets per role (±1).
func TestCorpusSamePersonTwoProducers(t *testing.T) {
	dir := corpusDir(t)
	d1 := readDoc(t, filepath.Join(dir, "031_sudhindrarao-resume.docx"))
	d2 := readDoc(t, filepath.Join(dir, "032_sudhindrarao-resume.pdf"))
	r1, r2 := experienceRoles(d1), experienceRoles(d2)
	if len(r1) == 0 || len(r1) != len(r2) {
		t.Fatalf("roles: DOCX %d, PDF %d", len(r1), len(r2))
	}
	for i := range r1 {
		a, b := r1[i], r2[i]
		if !sameName(a.Title, b.Title) || !sameName(a.Organisation, b.Organisation) {
			t.Errorf("role %d: DOCX %q at %q, PDF %q at %q", i, a.Title, a.Organisation, b.Title, b.Organisation)
		}
		if a.Dates() != b.Dates() {
			t.Errorf("role %d dates: DOCX %s, PDF %s", i, a.Dates(), b.Dates())
		}
		if n, m := len(a.Bullets), len(b.Bullets); n-m > 1 || m-n > 1 {
			t.Errorf("role %d (%s) bullets: DOCX %d, PDF %d", i, a.Title, n, m)
		}
	}
	if d1.Experience.Months != d2.Experience.Months {
		t.Errorf("experience months: DOCX %d, PDF %d", d1.Experience.Months, d2.Experience.Months)
	}
}

// TestCorpusExperienceHasDatedRoles: every corpus file with an experience section
// whose text holds a date yields at least one role with dates. (Templates whose
// experience dates are placeholders, "Month 20XX" or lorem "2333/23", hold none.)
func TestCorpusExperienceHasDatedRoles(t *testing.T) {
	dir := corpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(files)
	checked := 0
	for _, f := range files {
		doc := readDoc(t, f)
		hasSection, hasDateText, dated := false, false, 0
		for _, s := range doc.Sections {
			if s.Kind != resume.KindExperience {
				continue
			}
			hasSection = true
			for _, txt := range sectionStrings(s) {
				if _, _, _, ok := resume.FindDateRange(txt); ok {
					hasDateText = true
				}
			}
			for _, r := range s.Roles {
				if r.Start != nil {
					dated++
				}
			}
		}
		if !hasSection || !hasDateText {
			continue
		}
		checked++
		if dated == 0 {
			t.Errorf("%s: experience section with dates but no dated role", filepath.Base(f))
		}
	}
	if checked < 15 {
		t.Errorf("only %d corpus files had a dated experience section; expected most of them", checked)
	}
}

func sectionStrings(s resume.Section) []string {
	var out []string
	for _, l := range s.Text {
		out = append(out, l.Text)
	}
	for _, b := range s.Bullets {
		out = append(out, b.Text)
	}
	for _, r := range s.Roles {
		out = append(out, r.Title, r.Organisation, r.Location, r.DatesText)
		for _, l := range r.Text {
			out = append(out, l.Text)
		}
	}
	return out
}

// TestCorpusTable prints, with -v, one line per corpus file: sections, roles, dated
// roles, bullets and years of experience. It asserts nothing beyond readability.
func TestCorpusTable(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("run with -v to print the table")
	}
	dir := corpusDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(files)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-42s %4s %5s %5s %7s %6s %6s %8s\n", "file", "secs", "roles", "dated", "bullets", "years", "lead", "saved")
	for _, f := range files {
		doc := readDoc(t, f)
		sections, roles, bullets := doc.Counts()
		dated := 0
		for _, s := range doc.Sections {
			for _, r := range s.Roles {
				if r.Start != nil {
					dated++
				}
			}
		}
		saved := "-"
		if d := doc.Source.Saved; d != nil {
			saved = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
		}
		fmt.Fprintf(&b, "%-42s %4d %5d %5d %7d %6.1f %6.1f %8s\n", filepath.Base(f), sections, roles, dated, bullets,
			doc.Experience.Years, doc.Experience.LeadYears, saved)
	}
	t.Log(b.String())
}
