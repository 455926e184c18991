package layout_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract/docx"
	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/extract/pdf"
	"github.com/resumecheck/resumecheck/internal/extract/text"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// BenchmarkBuildCorpus measures Build (the layout step alone, the date cache cold) on
// the corpus résumé of median length in lines, and on the longest one. The budget is
// 2 ms for the median résumé.
func BenchmarkBuildCorpus(b *testing.B) {
	c, ok := corpustest.Path()
	if !ok {
		b.Skip("corpus absent: ../shared/corpus next to the repository")
	}
	files, _ := filepath.Glob(filepath.Join(c, "files", "*"))
	type doc struct {
		lines  []layout.Line
		format resume.Format
	}
	var docs []doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var d doc
		switch strings.ToLower(filepath.Ext(f)) {
		case ".pdf":
			res, err := pdf.Extract(context.Background(), filepath.Base(f), data, pdf.Options{})
			if err != nil {
				b.Fatal(err)
			}
			d = doc{res.Lines, resume.FormatPDF}
		case ".docx":
			res, err := docx.Extract(filepath.Base(f), data, docx.Limits{})
			if err != nil {
				b.Fatal(err)
			}
			d = doc{res.Lines, resume.FormatDOCX}
		case ".md", ".txt":
			lines, format, err := text.Extract(filepath.Base(f), data)
			if err != nil {
				b.Fatal(err)
			}
			d = doc{lines, format}
		default:
			continue
		}
		docs = append(docs, d)
	}
	sort.SliceStable(docs, func(i, j int) bool { return len(docs[i].lines) < len(docs[j].lines) })
	for _, k := range []struct {
		name string
		d    doc
	}{{"median", docs[len(docs)/2]}, {"longest", docs[len(docs)-1]}} {
		b.Run(k.name, func(b *testing.B) {
			opts := layout.Options{Source: resume.SourceInfo{Format: k.d.format}, Now: resume.Date{Year: 2026, Month: 11}}
			b.ReportAllocs()
			for b.Loop() {
				layout.ColdDates()
				layout.Build(k.d.lines, opts)
			}
		})
	}
}
