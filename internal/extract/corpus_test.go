package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/extract/recall"
)

// corpusRoot finds ../shared/corpus next to the directory holding go.mod, or skips.
func corpusRoot(tb testing.TB) string {
	return corpustest.Dir(tb)
}

// corpusReference is the text a file's words are measured against: pdftotext's output
// for PDFs, LibreOffice's text export for DOCX, and the file itself for Markdown and
// plain text. For JSON Resume it is the file's string values, less the ones that are
// not résumé text: the schema address, metadata, picture file names, and the web
// addresses of employers and projects (the document model keeps the person's own links
// in the contact block, not every organisation's site).
func corpusReference(tb testing.TB, root, name string) string {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("reference for %s: %v", name, err)
		}
		return string(b)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return read(filepath.Join(root, "reference", base+".txt"))
	case ".docx":
		return read(filepath.Join(root, "reference", base+".soffice.txt"))
	case ".json":
		var v any
		if err := json.Unmarshal([]byte(read(filepath.Join(root, "files", name))), &v); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		var b strings.Builder
		jsonStrings(v, "", &b)
		return b.String()
	}
	return read(filepath.Join(root, "files", name))
}

var jsonSkip = map[string]bool{"$schema": true, "meta": true, "image": true, "picture": true}

func jsonStrings(v any, path string, b *strings.Builder) {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if jsonSkip[k] && path == "" || jsonSkip[k] && k != "meta" && k != "$schema" {
				continue
			}
			if (k == "url" || k == "website") && !strings.HasPrefix(path, "/basics") {
				continue
			}
			jsonStrings(t[k], path+"/"+k, b)
		}
	case []any:
		for i, x := range t {
			jsonStrings(x, fmt.Sprintf("%s/%d", path, i), b)
		}
	case string:
		b.WriteString(t)
		b.WriteByte('\n')
	case float64:
		fmt.Fprintf(b, "%v\n", t)
	}
}

// spacedCaps is a run of three or more space-separated groups of one to three capitals.
var spacedCaps = regexp.MustCompile(`\b[A-Z]{1,3}(?: [A-Z]{1,3}){2,}\b`)

func glueSpacedCaps(s string) string {
	return spacedCaps.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "") })
}

// TestCorpusRecall reads every corpus file through File and measures how many of the
// reference's words the document holds (contact, headings, roles, bullets, text), and
// whether words were glued or split (token ratio).
func TestCorpusRecall(t *testing.T) {
	root := corpusRoot(t)
	entries, err := os.ReadDir(filepath.Join(root, "files"))
	if err != nil {
		t.Fatal(err)
	}
	const minRecall, minMedian, maxRatioDev = 0.90, 0.97, 0.05
	var recalls []float64
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-44s %-10s %6s %6s %7s %7s %6s %4s %5s %6s %8s\n", "file", "format", "ref", "got", "recall", "(raw)", "ratio", "secs", "roles", "bullets", "ms")
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") {
			continue
		}
		start := time.Now()
		doc, err := File(context.Background(), filepath.Join(root, "files", name), Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
		ms := float64(time.Since(start).Microseconds()) / 1000
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		rawRef := corpusReference(t, root, name)
		got := documentText(doc)
		raw := recall.Recall(rawRef, got)
		// pdftotext writes letter-spaced capitals as fragments ("T E RR A F OR M", 051's
		// skill badges) where the page shows words; both texts get the same gluing.
		ref, got := glueSpacedCaps(rawRef), glueSpacedCaps(got)
		r, ratio := recall.Recall(ref, got), recall.TokenRatio(ref, got)
		recalls = append(recalls, r)
		secs, roles, bullets := doc.Counts()
		fmt.Fprintf(&table, "%-44s %-10s %6d %6d %7.3f %7.3f %6.3f %4d %5d %7d %8.1f\n", name, doc.Source.Format,
			len(recall.Words(ref)), len(recall.Words(got)), r, raw, ratio, secs, roles, bullets, ms)
		if r < minRecall {
			t.Errorf("%s: word recall %.3f < %.2f", name, r, minRecall)
		}
		if ratio < 1-maxRatioDev || ratio > 1+maxRatioDev {
			t.Errorf("%s: token ratio %.3f outside 1±%.2f (words glued, split, lost or added)", name, ratio, maxRatioDev)
		}
	}
	if len(recalls) == 0 {
		t.Skip("no corpus files")
	}
	median := recall.Median(recalls)
	fmt.Fprintf(&table, "files %d, median recall %.3f, min %.3f\n", len(recalls), median, recalls[0])
	t.Log(table.String())
	if median < minMedian {
		t.Errorf("median word recall %.3f < %.2f", median, minMedian)
	}
}

// TestCorpusSamePersonSameRoles: 031 (DOCX by pandoc) and 032 (PDF by ConTeXt) are one
// résumé from two producers; they must give the same roles with the same number of
// bullets per role (±1).
func TestCorpusSamePersonSameRoles(t *testing.T) {
	root := corpusRoot(t)
	read := func(name string) []corpusRole {
		doc, err := File(context.Background(), filepath.Join(root, "files", name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var out []corpusRole
		for _, s := range doc.Sections {
			for _, r := range s.Roles {
				out = append(out, corpusRole{strings.ToLower(r.Title + " | " + r.Organisation), len(r.Bullets)})
			}
		}
		return out
	}
	a, b := read("031_sudhindrarao-resume.docx"), read("032_sudhindrarao-resume.pdf")
	t.Logf("docx roles %v", a)
	t.Logf("pdf roles  %v", b)
	if len(a) != len(b) || len(a) == 0 {
		t.Fatalf("%d roles from the DOCX, %d from the PDF", len(a), len(b))
	}
	for i := range a {
		if recall.Recall(a[i].name, b[i].name) < 0.99 || recall.Recall(b[i].name, a[i].name) < 0.99 {
			t.Errorf("role %d: %q vs %q", i, a[i].name, b[i].name)
		}
		if d := a[i].bullets - b[i].bullets; d < -1 || d > 1 {
			t.Errorf("role %d %q: %d bullets vs %d", i, a[i].name, a[i].bullets, b[i].bullets)
		}
	}
}

type corpusRole struct {
	name    string
	bullets int
}

// BenchmarkCorpus times File on each corpus file and each testdata résumé, one
// sub-benchmark per file: go test ./internal/extract -run X -bench Corpus
func BenchmarkCorpus(b *testing.B) {
	var files []string
	if root := corpusRootOrEmpty(); root != "" {
		fs, _ := filepath.Glob(filepath.Join(root, "files", "*"))
		files = append(files, fs...)
	}
	fs, _ := filepath.Glob("../../testdata/resumes/*")
	for _, f := range fs {
		if ext := strings.ToLower(filepath.Ext(f)); ext != ".html" && filepath.Base(f) != "README.md" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		b.Skip("no files")
	}
	for _, f := range files {
		b.Run(filepath.Base(f), func(b *testing.B) {
			for b.Loop() {
				if _, err := File(context.Background(), f, Options{PDFEngine: "builtin"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// corpusRootOrEmpty is corpusRoot for benchmarks that also run without the corpus.
func corpusRootOrEmpty() string {
	c, _ := corpustest.Path()
	return c
}
