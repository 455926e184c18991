package layout_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestEmployerHeadings reads the résumés of testdata/layout whose employers are their
// headings (no "Experience" heading anywhere), in each format they were generated in,
// and checks every role exactly: title, organisation, dates, bullets. Roles are taken
// from every section, as the role measure takes them.
func TestEmployerHeadings(t *testing.T) {
	want := map[string][]string{
		"employer-headings-a": {
			"Senior Fullstack Developer @ Acme Lending 2019-08..present 3",
			"Software Engineer II @ Northwind Health 2017-03..2019-07 2",
			"Software Engineer @ Northwind Health 2015-06..2017-02 1",
		},
		"employer-headings-b": {
			"Staff Engineer @ Globex Corporation 2018-01..present 3",
			"Backend Developer @ Initech 2014..2018 2",
			"Mentor @ Code Club Berlin 2016..2019 1",
		},
		"employer-headings-c": {
			"Site Reliability Engineer @ Hooli 2020-09..present 2",
			"Systems Administrator @ Hooli 2018-01..2020-08 1",
			"IT Support Intern @ Vandelay Industries 2017-06..2017-08 1",
		},
	}
	dir := filepath.Join(corpustest.RepoRoot(t), "testdata", "layout")
	for name, roles := range want {
		for _, ext := range []string{".md", ".pdf", ".docx"} {
			t.Run(name+ext, func(t *testing.T) {
				doc, err := extract.File(context.Background(), filepath.Join(dir, name+ext), extract.Options{Now: corpusNow, PDFEngine: "builtin"})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				exp := 0
				for _, s := range doc.Sections {
					if s.Kind == resume.KindExperience {
						exp++
					}
					for _, r := range s.Roles {
						got = append(got, fmt.Sprintf("%s @ %s %s %d", r.Title, r.Organisation, span(r), len(r.Bullets)))
					}
				}
				if strings.Join(got, "\n") != strings.Join(roles, "\n") {
					t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(roles, "\n"))
				}
				if exp != 1 {
					t.Errorf("%d experience sections, want the employers gathered in one", exp)
				}
			})
		}
	}
}

func span(r resume.Role) string {
	d := func(x *resume.Date) string {
		if x == nil {
			return "-"
		}
		if x.Month == 0 {
			return fmt.Sprint(x.Year)
		}
		return fmt.Sprintf("%04d-%02d", x.Year, x.Month)
	}
	end := d(r.End)
	if r.Current {
		end = "present"
	}
	return d(r.Start) + ".." + end
}
