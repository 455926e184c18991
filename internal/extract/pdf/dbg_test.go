//go:build pdfdebug

package pdf

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/resumecheck/resumecheck/internal/extract/recall"
)

func TestDbg(t *testing.T) {
	data, _ := os.ReadFile("/work/shared/corpus/files/008_sb2nov-sourabh-bajaj.pdf")
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	w := newWalker(context.Background())
	gs, err := w.page(r.Page(1))
	t.Log(len(gs), err, w.ops)
	for _, g := range gs[:min(20, len(gs))] {
		t.Logf("%q %.1f %.1f %.2f %.1f", g.text, g.x, g.y, g.w, g.size)
	}
}

func TestMissing(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	res, err := Extract(context.Background(), path, data, Options{Engine: "builtin"})
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := os.ReadFile(os.Getenv("PDFREF"))
	have := map[string]int{}
	for _, w := range recallWords(joinLines(res)) {
		have[w]++
	}
	miss := map[string]int{}
	for _, w := range recallWords(string(ref)) {
		if have[w] > 0 {
			have[w]--
		} else {
			miss[w]++
		}
	}
	t.Logf("missing: %v", miss)
	extra := map[string]int{}
	for w, n := range have {
		if n > 0 {
			extra[w] = n
		}
	}
	t.Logf("extra: %v", extra)
}

var recallWords = recall.Words

func fmtY(y float64) string { return strconv.FormatFloat(y, 'f', 1, 64) }
func fmtF(y float64) string { return strconv.FormatFloat(y, 'f', 2, 64) }
