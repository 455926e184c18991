package pdf

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// benchFiles lists the corpus PDFs (when present) and the fixtures with a text layer.
func benchFiles(b *testing.B) []string {
	var files []string
	if dir, err := os.Getwd(); err == nil {
		for d := dir; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				m, _ := filepath.Glob(filepath.Join(d, "..", "shared", "corpus", "files", "*.pdf"))
				files = append(files, m...)
				break
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	m, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	for _, f := range m {
		if !strings.Contains(f, "encrypted") && !strings.Contains(f, "scan-image-only") && !strings.Contains(f, "garbled") {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	if len(files) == 0 {
		b.Skip("no PDFs")
	}
	return files
}

func benchName(f string) string { return strings.TrimSuffix(filepath.Base(f), ".pdf") }

// BenchmarkExtract times Extract per file, next to two baselines on the same files:
// pdftotext run as a whole process (what a user would otherwise run) and the
// library's own Page.Content() walk, which re-parses a font at every Tf operator (what
// our walker replaces).
//
//	go test ./internal/extract/pdf -run '^$' -bench Extract -benchtime 20x
func BenchmarkExtract(b *testing.B) {
	files := benchFiles(b)
	b.Run("builtin", func(b *testing.B) {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(benchName(f), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Extract(context.Background(), f, data, Options{Engine: EngineBuiltin}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
	b.Run("pdftotext-process", func(b *testing.B) {
		bin, err := exec.LookPath("pdftotext")
		if err != nil {
			b.Skip("pdftotext not on PATH")
		}
		for _, f := range files {
			b.Run(benchName(f), func(b *testing.B) {
				for b.Loop() {
					if err := exec.Command(bin, "-enc", "UTF-8", f, os.DevNull).Run(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
	b.Run("library-content", func(b *testing.B) {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(benchName(f), func(b *testing.B) {
				for b.Loop() {
					r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
					if err != nil {
						b.Fatal(err)
					}
					for i := 1; i <= r.NumPage(); i++ {
						_ = r.Page(i).Content()
					}
				}
			})
		}
	})
}
