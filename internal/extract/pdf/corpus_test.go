package pdf

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/extract/recall"
)

// corpusDir finds ../shared/corpus next to the repository root (the directory holding
// go.mod), or skips the test when it is absent.
func corpusDir(t testing.TB) string {
	return corpustest.Dir(t)
}

func corpusPDFs(t testing.TB) (dir string, files []string) {
	dir = corpusDir(t)
	m, err := filepath.Glob(filepath.Join(dir, "files", "*.pdf"))
	if err != nil || len(m) == 0 {
		t.Skip("no PDFs in the corpus")
	}
	sort.Strings(m)
	return dir, m
}

func joinLines(res *Result) string {
	var b strings.Builder
	for _, l := range res.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestCorpusRecall holds the builtin engine to the word recall and token count of
// poppler's output on every corpus PDF.
func TestCorpusRecall(t *testing.T) {
	dir, files := corpusPDFs(t)
	var recalls []float64
	t.Logf("%-40s %6s %6s %6s %5s %s", "file", "recall", "(raw)", "ratio", "lines", "note")
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".pdf")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := os.ReadFile(filepath.Join(dir, "reference", base+".txt"))
		if err != nil {
			t.Errorf("%s: no reference text: %v", base, err)
			continue
		}
		res, err := Extract(context.Background(), filepath.Base(f), data, Options{Engine: EngineBuiltin})
		if errors.Is(err, ErrNoText) {
			t.Logf("%-40s %6s %6s %6s %5s reported unreadable: %v", base, "-", "-", "-", "-", err)
			// Every corpus PDF has a text layer poppler reads; calling one unreadable
			// would be a false alarm, not an excuse for low recall.
			if len(recall.Words(string(ref))) > 50 {
				t.Errorf("%s: reported unreadable, but the reference has text", base)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		got := joinLines(res)
		raw := recall.Recall(string(ref), got)
		r := recall.Recall(undoLetterSpacing(string(ref)), undoLetterSpacing(got))
		ratio := recall.TokenRatio(undoLetterSpacing(string(ref)), undoLetterSpacing(got))
		recalls = append(recalls, r)
		note := ""
		if r < 0.90 {
			note += " recall<0.90"
			t.Errorf("%s: recall %.3f < 0.90", base, r)
		}
		if math.Abs(ratio-1) > 0.05 {
			note += " ratio off"
			t.Errorf("%s: token ratio %.3f outside 1±0.05", base, ratio)
		}
		t.Logf("%-40s %6.3f %6.3f %6.3f %5d%s", base, r, raw, ratio, len(res.Lines), note)
	}
	if len(recalls) == 0 {
		t.Fatal("no file was read")
	}
	med := recall.Median(recalls)
	t.Logf("median recall %.3f over %d files", med, len(recalls))
	if med < 0.97 {
		t.Errorf("median recall %.3f < 0.97", med)
	}
}

var spacedCaps = regexp.MustCompile(`\b[A-Z]{1,3}(?: [A-Z]{1,3}){2,}\b`)

// undoLetterSpacing glues runs of three or more space-separated 1–3 letter capital
// groups ("T E RR A F OR M") into one word. pdftotext splits letter-spaced capitals
// that way (051's skill badges), so the reference has fragments where the page shows
// words; the same rule is applied to both texts, and the table also shows the raw recall.
func undoLetterSpacing(s string) string {
	return spacedCaps.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "") })
}

// TestDump prints one file's lines for inspection: PDFDUMP=path go test -run TestDump -v
func TestDump(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip("set PDFDUMP to a PDF to print its lines")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Extract(context.Background(), path, data, Options{Engine: os.Getenv("PDFENGINE")})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("pages=%d producer=%q engine=%s warnings=%q\n", res.Pages, res.Producer, res.Engine, res.Warnings)
	for _, l := range res.Lines {
		flags := ""
		for _, f := range []struct {
			on bool
			c  string
		}{{l.Heading, "H"}, {l.Bullet, "•"}, {l.Continuation, "+"}, {l.Bold, "b"}, {l.Italic, "i"}, {l.PageStart, "P"}} {
			if f.on {
				flags += f.c
			}
		}
		fmt.Printf("%d:%-3d %4.1f %-4s %q\n", l.Pos.Page, l.Pos.Line, l.Size, flags, l.Text)
	}
}
