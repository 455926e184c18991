package check

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/advise"
	"github.com/resumecheck/resumecheck/internal/config"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/score"
)

// repoRoot is the directory holding go.mod, found by walking up from the test's dir.
func repoRoot(tb testing.TB) string {
	return corpustest.RepoRoot(tb)
}

// benchFiles lists the résumé files of a set: "testdata" (our own fixtures) or
// "corpus" (../shared/corpus/files, skipped when absent).
func benchFiles(tb testing.TB, set string) []string {
	tb.Helper()
	root := repoRoot(tb)
	dir := filepath.Join(root, "testdata", "resumes")
	if set == "corpus" {
		dir = filepath.Join(root, "..", "shared", "corpus", "files")
		if _, err := os.Stat(dir); err != nil {
			tb.Skip("corpus absent: ", dir)
		}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".pdf", ".docx", ".md", ".txt", ".json":
			if e.Name() != "README.md" {
				out = append(out, filepath.Join(dir, e.Name()))
			}
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		tb.Skip("no résumés in ", dir)
	}
	return out
}

var benchNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func benchChecker(tb testing.TB) (*Checker, *rules.Engine) {
	tb.Helper()
	c, err := New(Options{NoConfig: true, Jobs: 1, Now: benchNow, Extract: extract.Options{Now: benchNow}})
	if err != nil {
		tb.Fatal(err)
	}
	eng, err := c.engine(nil, config.Settings{})
	if err != nil {
		tb.Fatal(err)
	}
	return c, eng
}

// BenchmarkPipeline times extract → analyse → score for every file of a set, one file
// after another in one process (what a batch run does per file, without the writers),
// with a sub-benchmark per stage so a regression can be placed. ns/op is per file.
func BenchmarkPipeline(b *testing.B) {
	for _, set := range []string{"testdata", "corpus"} {
		b.Run(set, func(b *testing.B) {
			files := benchFiles(b, set)
			c, eng := benchChecker(b)
			ctx := context.Background()

			// Whole pipeline as the CLI runs it per file (including the panic boundary).
			b.Run("all", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					f := files[i%len(files)]
					if r := c.File(ctx, f); r.Err != nil {
						b.Fatal(r.Err)
					}
				}
			})

			docs := make([]*resume.Document, len(files))
			b.Run("extract", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					k := i % len(files)
					d, err := extract.File(ctx, files[k], c.opts.Extract)
					if err != nil {
						b.Fatal(err)
					}
					docs[k] = d
				}
			})
			for k, f := range files {
				if docs[k] == nil {
					d, err := extract.File(ctx, f, c.opts.Extract)
					if err != nil {
						b.Fatal(err)
					}
					docs[k] = d
				}
			}

			analyses := make([]*rules.Analysis, len(files))
			for k, d := range docs {
				analyses[k] = eng.Analyze(d)
			}
			b.Run("analyse", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					eng.Analyze(docs[i%len(docs)])
				}
			})
			b.Run("score", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					k := i % len(files)
					rep, m := score.Score(files[k], analyses[k], score.Options{})
					advise.Plan(rep, analyses[k], m, eng)
				}
			})
		})
	}
}

// TestPipelineFiles runs every testdata résumé through the whole pipeline once, so the
// benchmark's inputs are known to work (a benchmark that fails is easy to miss).
func TestPipelineFiles(t *testing.T) {
	c, _ := benchChecker(t)
	for _, f := range benchFiles(t, "testdata") {
		r := c.File(context.Background(), f)
		if r.Err != nil {
			t.Errorf("%s: %v", filepath.Base(f), r.Err)
			continue
		}
		if r.Report == nil || len(r.Report.Areas) == 0 {
			t.Errorf("%s: no areas scored", filepath.Base(f))
		}
	}
}

// longResume writes a Markdown résumé of roles×per bullets (varied enough that bullets
// differ) for the scaling benchmark.
func longResume(roles, per int) []byte {
	var sb strings.Builder
	sb.WriteString("# Long Résumé\n\n## Experience\n\n")
	verbs := []string{"Led", "Built", "Responsible for maintaining", "I migrated", "Helped the team with", "Mentored two engineers on"}
	for r := 0; r < roles; r++ {
		fmt.Fprintf(&sb, "### Engineer, Company %d — Lisbon\n*Jan %d – Dec %d*\n\n", r, 2000+r%20, 2001+r%20)
		for b := 0; b < per; b++ {
			fmt.Fprintf(&sb, "- %s the billing service %d in Go with product and design, cutting latency by %d%%\n", verbs[(r+b)%len(verbs)], b, 5+b%40)
		}
		sb.WriteString("\n")
	}
	return []byte(sb.String())
}

// BenchmarkLongResume shows how analysis and scoring grow with the number of bullets
// (a real résumé has 20–60; an academic CV or a pasted portfolio can have hundreds).
func BenchmarkLongResume(b *testing.B) {
	c, eng := benchChecker(b)
	for _, size := range []struct{ roles, per int }{{5, 8}, {25, 8}, {50, 20}} {
		doc, err := extract.Bytes(context.Background(), "long.md", longResume(size.roles, size.per), c.opts.Extract)
		if err != nil {
			b.Fatal(err)
		}
		n := size.roles * size.per
		b.Run(fmt.Sprintf("bullets=%d/analyse", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				eng.Analyze(doc)
			}
		})
		a := eng.Analyze(doc)
		b.Run(fmt.Sprintf("bullets=%d/score", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rep, m := score.Score("long.md", a, score.Options{})
				advise.Plan(rep, a, m, eng)
			}
		})
	}
}
