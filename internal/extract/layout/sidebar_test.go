package layout

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestSidebarBetweenHeadingAndRoles: a two-column export read in order prints a
// sidebar heading ("Certifications") and its items between "Experience" and the jobs,
// and between an employer, its title and its dates. The jobs stay roles of the
// experience section, stacked titles keep their employer, and the sidebar's words
// stay in the document as text.
func TestSidebarBetweenHeadingAndRoles(t *testing.T) {
	sized := func(size float64, s string) Line {
		return Line{Text: s, Size: size, BodySize: 10.5}
	}
	lines := []Line{
		sized(26, "Jordan Example"), sized(10.5, "jordan@example.com"),
		{Text: "Experience", Heading: true, Size: 16, BodySize: 10.5},
		{Text: "Certifications", Heading: true, Size: 13, BodySize: 10.5},
		sized(12, "Northwind Clinic"), sized(10.5, "Data Science"), sized(11.5, "Software Engineer"),
		sized(10.5, "CS101"), sized(10.5, "March 2025 - Present (4 months)"), sized(10.5, "Greater Boston Area"),
		sized(12, "Example Family Trust"), sized(10.5, "2 years 6 months"),
		sized(11.5, "Chief Executive Officer"), sized(10.5, "January 2023 - Present (2 years 6 months)"),
		sized(11.5, "Co-Founder"), sized(10.5, "January 2023 - Present (2 years 6 months)"),
		sized(10.5, "Boston, Massachusetts, United States"),
		sized(10.5, "We run free health screenings for farm workers across the county every month."),
		sized(10.5, "Website: https://trust.example.org"),
		{Text: "Education", Heading: true, Size: 16, BodySize: 10.5},
		sized(12, "Example University"),
	}
	for i := range lines {
		lines[i].Pos = resume.Pos{Page: 1, Line: i + 1}
	}
	doc := Build(lines, Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
	var got []string
	for _, s := range doc.Sections {
		for _, r := range s.Roles {
			got = append(got, string(s.Kind)+": "+r.Title+" @ "+r.Organisation+" "+r.Dates())
		}
	}
	want := []string{
		"experience: Software Engineer @ Northwind Clinic 2025-03 – present",
		"experience: Chief Executive Officer @ Example Family Trust 2023-01 – present",
		"experience: Co-Founder @ Example Family Trust 2023-01 – present",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
