package reading

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// BenchmarkAssess times the reading of every Markdown résumé of testdata (the template signs'
// patterns run over every line): go test -bench Assess ./internal/reading
func BenchmarkAssess(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpustest.RepoRoot(b), "testdata", "resumes", "*.md"))
	var docs []*resume.Document
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		d, err := extract.File(context.Background(), f, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	v, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Assess(d, v)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/résumé")
}
