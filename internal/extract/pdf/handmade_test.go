package pdf

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// buildPDF writes a minimal PDF around the given objects (numbered from 1; object 1
// is the catalog) with a correct cross-reference table. Streams are written
// uncompressed: "stream:<dict>\n<data>" becomes a stream object with its /Length.
func buildPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		if strings.HasPrefix(o, "stream:") {
			dict, data, _ := strings.Cut(strings.TrimPrefix(o, "stream:"), "\n")
			o = fmt.Sprintf("%s /Length %d >>\nstream\n%s\nendstream", strings.TrimSuffix(dict, ">>"), len(data), data)
		}
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

const helv = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

func TestHandmadeTextState(t *testing.T) {
	// Word spacing from TJ offsets (TeX style), from Tw on real spaces, a standard
	// font without /Widths (widths estimated), and text inside a form XObject.
	content := "BT /F1 10 Tf 72 700 Td [(Led)-333(a)-333(team)] TJ ET " +
		"BT /F1 10 Tf 72 680 Td 5 Tw (of five people) Tj ET " +
		"q 1 0 0 1 72 660 cm /Fm Do Q"
	data := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm 6 0 R >> >> >>",
		"stream:<< >>\n"+content,
		helv,
		"stream:<< /Type /XObject /Subtype /Form /BBox [0 0 300 50] /Resources << /Font << /F1 5 0 R >> >> >>\nBT /F1 10 Tf 0 0 Td (inside a form) Tj ET",
	)
	// Three short lines are too little text for Extract's readability check, so the
	// walk and line building are called directly.
	r, err := openReader("hand.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	w := newWalker(context.Background())
	var lines []string
	for _, p := range mustPages(t, r) {
		gs, err := w.page(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range pageLines(gs, w.shapes, 1) {
			lines = append(lines, l.text)
		}
	}
	want := []string{"Led a team", "of five people", "inside a form"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", lines, want)
	}
}

func TestHandmadeHostile(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>"
	cases := map[string][]byte{
		// A form that draws itself ten times: 10^depth without the budgets.
		"form-bomb.pdf": buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			page,
			"stream:<< >>\n/X Do",
			helv,
			"stream:<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 6 0 R >> >> >>\n"+strings.Repeat("/X Do ", 10),
		),
		// A page tree whose Kids point back at itself.
		"cyclic-tree.pdf": buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R 2 0 R 7 0 R] /Count 2 >>",
			page,
			"stream:<< >>\nBT /F1 10 Tf 72 700 Td (hello) Tj ET",
			helv,
			"<< >>",
			"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
		),
		// A page whose Parent chain loops, with resources to be inherited.
		"cyclic-parent.pdf": buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 7 0 R >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
			"stream:<< >>\nBT /F1 10 Tf 72 700 Td (hello) Tj ET",
			helv,
			"<< >>",
			"<< /Type /Pages /Kids [] /Parent 2 0 R >>",
		),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Extract(context.Background(), name, data, Options{Engine: EngineBuiltin})
			if err == nil || !strings.HasPrefix(err.Error(), name+": ") {
				t.Errorf("want an error naming the file, got %v", err)
			}
			t.Log(err)
		})
	}
}

// TestRepeatedKidsCount: a page listed three times in Kids is three pages, as viewers
// show it, so the page limit applies to it.
func TestRepeatedKidsCount(t *testing.T) {
	data := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 3 0 R 3 0 R] /Count 3 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"stream:<< >>\nBT /F1 10 Tf 72 700 Td (Morgan Ellis) Tj ET",
		helv,
	)
	r, err := openReader("kids.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(mustPages(t, r)); n != 3 {
		t.Errorf("%d pages, want 3", n)
	}
	if _, err := Extract(context.Background(), "kids.pdf", data, Options{Engine: EngineBuiltin, MaxPages: 2}); err == nil || !strings.Contains(err.Error(), "limit of 2") {
		t.Errorf("MaxPages 2: err = %v", err)
	}
}

func mustPages(t *testing.T, r *lpdf.Reader) []lpdf.Page {
	t.Helper()
	ps, err := collectPages(r, 0)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}
