package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// helloPDF is a one-page file the guard must let through.
func helloPDF() []byte {
	return buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"stream:<< >>\nBT /F1 10 Tf 72 700 Td (hello) Tj ET",
		helv,
	)
}

// xrefStreamPDF writes a file whose cross-reference data is an xref stream with the
// given extra dictionary entries (uncompressed rows of W [1 4 2]).
func xrefStreamPDF(extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offs := []int{}
	for i, o := range []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"} {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xff, 0xff})
	for _, off := range append(offs, xref) {
		rows.Write([]byte{1, byte(off >> 24), byte(off >> 16), byte(off >> 8), byte(off), 0, 0})
	}
	fmt.Fprintf(&b, "3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Length %d %s >>\nstream\n", rows.Len(), extra)
	b.Write(rows.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// TestCheckStructure: numbers the library would allocate by, and /Prev loops, are
// refused before the library reads the file; sane files pass.
func TestCheckStructure(t *testing.T) {
	hello := helloPDF()
	xrefAt := bytes.LastIndex(hello, []byte("\nxref\n")) + 1
	withTrailer := func(extra string) []byte {
		return bytes.Replace(hello, []byte("/Root 1 0 R >>"), []byte("/Root 1 0 R "+extra+" >>"), 1)
	}
	ok := map[string][]byte{
		"hand-made":           hello,
		"xref stream":         xrefStreamPDF(""),
		"columns of an image": append(bytes.Clone(hello), "% /DecodeParms << /Predictor 12 /Columns 2400 >>\n"...),
		"object streams in a chain": append(bytes.Clone(hello),
			"7 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 8 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n8 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length 0 >>\nstream\n\nendstream\nendobj\n"...),
	}
	for name, data := range ok {
		if err := checkStructure(data); err != nil {
			t.Errorf("%s: refused: %v", name, err)
		}
	}
	bad := map[string][]byte{
		// found by fuzzing: a subsection that starts at object 6,000,000,000
		"huge subsection start": bytes.Replace(hello, []byte("xref\n0 6\n"), []byte("xref\n6000000000 6\n"), 1),
		"subsection too long":   bytes.Replace(hello, []byte("xref\n0 6\n"), []byte("xref\n0 99999999\n"), 1),
		"start after a comment": bytes.Replace(hello, []byte("xref\n0 6\n"), []byte("xref % objects\n% more\n6000000000 6\n"), 1),
		"xref stream /Size":     xrefStreamPDF("/Size 4000000000"),
		"escaped name":          xrefStreamPDF("/S#69ze 4000000000"),
		"xref stream /Index":    xrefStreamPDF("/Index [0 4 4000000000 1]"),
		"xref stream /W":        xrefStreamPDF("/W [1 4000000 2]"),
		"predictor columns":     xrefStreamPDF("/DecodeParms << /Predictor 12 /Columns 9000000000 >>"),
		"prev to itself":        withTrailer(fmt.Sprintf("/Prev %d", xrefAt)),
		"number beyond int64":   xrefStreamPDF("/Size 99999999999999999999999"),
		"object streams in a ring": append(bytes.Clone(hello),
			"7 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 8 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n8 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Extends 7 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n"...),
		"object stream count": append(bytes.Clone(hello), "% << /Type /ObjStm /N 9000000000000 /First 10 >>\n"...),
	}
	for name, data := range bad {
		t.Run(name, func(t *testing.T) {
			err := checkStructure(data)
			var se *structureError
			if !errors.As(err, &se) {
				t.Fatalf("not refused (err %v)", err)
			}
			// Through Extract, the refusal is a one-line error naming the file, and it
			// comes back at once rather than after the library ran out of memory or
			// looped.
			done := make(chan error, 1)
			go func() {
				_, err := Extract(context.Background(), "bad.pdf", data, Options{Engine: EngineBuiltin})
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.HasPrefix(err.Error(), "bad.pdf: ") || strings.Contains(err.Error(), "\n") {
					t.Errorf("Extract: %v", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("Extract did not return")
			}
		})
	}
}

// TestCheckStructureRealFiles: every PDF we ship and every corpus PDF passes the guard.
func TestCheckStructureRealFiles(t *testing.T) {
	root := corpustest.RepoRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "testdata", "resumes", "*.pdf"))
	more, _ := filepath.Glob(filepath.Join(root, "testdata", "extract", "pdf", "*.pdf"))
	files = append(files, more...)
	if dir := filepath.Join(root, "..", "shared", "corpus", "files"); dirExists(dir) {
		more, _ = filepath.Glob(filepath.Join(dir, "*.pdf"))
		files = append(files, more...)
	}
	if len(files) == 0 {
		t.Skip("no PDFs found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkStructure(data); err != nil {
			t.Errorf("%s: refused: %v", filepath.Base(f), err)
		}
	}
	t.Logf("%d files pass", len(files))
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// BenchmarkCheckStructure: the guard reads the whole file once before the library.
func BenchmarkCheckStructure(b *testing.B) {
	root := corpustest.RepoRoot(b)
	data, err := os.ReadFile(filepath.Join(root, "testdata", "resumes", "eng-manager.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := checkStructure(data); err != nil {
			b.Fatal(err)
		}
	}
}

// flated compresses n bytes of "a" between prefix and suffix.
func flated(prefix string, n int, suffix string) string {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	zw.Write([]byte(prefix))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for ; n > 0; n -= len(chunk) {
		zw.Write(chunk[:min(n, len(chunk))])
	}
	zw.Write([]byte(suffix))
	zw.Close()
	return b.String()
}

// TestDecompressionBomb: a small file whose content inflates to tens of megabytes (one
// stream, or several that add up) is refused with a clear error, without holding the
// inflated text (a 500 KB file used to take 3 GB and time out).
func TestDecompressionBomb(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %s /Resources << /Font << /F1 5 0 R >> >> >>"
	one := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf(page, "4 0 R"),
		"stream:<< /Filter /FlateDecode >>\n"+flated("BT /F1 10 Tf 72 700 Td (", maxStreamBytes+1, ") Tj ET"),
		helv,
	)
	part := "stream:<< /Filter /FlateDecode >>\n" + flated("BT /F1 10 Tf 72 700 Td (", maxStreamBytes-1024, ") Tj ET")
	many := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf(page, "[4 0 R 6 0 R 7 0 R 8 0 R 9 0 R]"),
		part, helv, part, part, part, part,
	)
	for name, data := range map[string][]byte{"one stream": one, "five streams": many} {
		t.Run(name, func(t *testing.T) {
			if len(data) > 1<<20 {
				t.Fatalf("the bomb is %d bytes: it should be small", len(data))
			}
			_, err := Extract(context.Background(), "bomb.pdf", data, Options{Engine: EngineBuiltin})
			if err == nil || !strings.HasPrefix(err.Error(), "bomb.pdf: ") || !strings.Contains(err.Error(), "inflates") {
				t.Fatalf("want the inflation error, got %v", err)
			}
		})
	}
}

// TestPdftotextLeavesNoCopy: the pdftotext engine reads the PDF from its standard input,
// so no copy of the résumé is written to the temporary folder, whether the run ends or
// is stopped by its time limit.
func TestPdftotextLeavesNoCopy(t *testing.T) {
	if !pdftotextAvailable() {
		t.Skip("pdftotext is not installed")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	data := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"stream:<< >>\nBT /F1 10 Tf 72 700 Td (Jane Doe, Engineering Manager) Tj ET",
		helv,
	)
	res, err := Extract(context.Background(), "cv.pdf", data, Options{Engine: EnginePdftotext})
	if err != nil || len(res.Lines) == 0 || !strings.Contains(res.Lines[0].Text, "Jane Doe") {
		t.Fatalf("pdftotext read %+v, %v", res, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, _ = Extract(ctx, "cv.pdf", data, Options{Engine: EnginePdftotext})
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}
