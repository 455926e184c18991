//go:build pdfdebug

package pdf

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

func TestDbgGaps(t *testing.T) {
	path := os.Getenv("PDFDUMP")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	w := newWalker(context.Background())
	gs, _ := w.page(r.Page(1))
	want := os.Getenv("PDFY")
	var b strings.Builder
	for i, g := range gs {
		if want != "" && !strings.HasPrefix(strings.TrimSpace(strings.Split(want, ",")[0]), "") {
			continue
		}
		if i > 0 && want != "" && fmtY(g.y) == want {
			p := gs[i-1]
			b.WriteString(g.text)
			b.WriteString("(" + fmtF((g.x-p.x-p.w)/g.size) + ")")
		}
		_ = g
	}
	t.Log(b.String())
	if want == "" {
		for _, g := range gs[:min(len(gs), 400)] {
			t.Logf("%q y=%s x=%.1f w=%.2f s=%.1f font=%s", g.text, fmtY(g.y), g.x, g.w, g.size, g.font.name)
		}
	}
}
