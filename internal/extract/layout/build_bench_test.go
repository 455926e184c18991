package layout

import (
	"fmt"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// BenchmarkBuild measures Build on a two-page-sized PDF-shaped stream: a contact
// block, four sections and eight roles of six wrapped bullets.
func BenchmarkBuild(b *testing.B) {
	src := []string{"Jane Q. Example", "jane@example.com | +1 (555) 010-2345 | github.com/janeq", "# Summary",
		"Engineering leader with ten years of experience building payment systems.", "# Experience"}
	for r := 0; r < 8; r++ {
		src = append(src, fmt.Sprintf("*Company %d Inc\tBerlin, Germany", r),
			fmt.Sprintf("Senior Engineer\tJan %d – Dec %d", 2010+r, 2011+r))
		for k := 0; k < 6; k++ {
			src = append(src, "• Led the migration of 40 services to Kubernetes, cutting deploy time from",
				"  two hours to ten minutes for every team")
		}
	}
	src = append(src, "# Education", "State University\t2006 – 2010", "# Skills", "Go, Python, Kubernetes, Terraform")
	lines := pdf(src...)
	opts := Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now}
	b.ReportAllocs()
	for b.Loop() {
		// every résumé is new text: measure with the date cache cold
		dates.Lock()
		dates.find, dates.whole = map[string]dateAnswer{}, map[string]dateAnswer{}
		dates.Unlock()
		Build(lines, opts)
	}
}
