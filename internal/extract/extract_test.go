package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// minimalPDF writes a one-page PDF whose page draws content (which may be empty),
// with a correct cross-reference table; extra goes into the trailer dictionary.
func minimalPDF(content, extra string) []byte { return pagesPDF(content, extra, 1) }

// pagesPDF is minimalPDF with the one page object listed pages times.
func pagesPDF(content, extra string, pages int) []byte {
	kids := strings.TrimSpace(strings.Repeat("3 0 R ", pages))
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, pages),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, extra, xref)
	return b.Bytes()
}

func textPDF() []byte {
	var c strings.Builder
	c.WriteString("BT /F1 11 Tf 72 720 Td 14 TL\n")
	for _, l := range []string{"Morgan Ellis", "morgan@example.org", "EXPERIENCE", "Engineering Manager, Fernway   2020 - Present",
		"Led a team of eight engineers across two product areas", "Cut incident volume by 40% through on-call reviews"} {
		fmt.Fprintf(&c, "(%s) Tj T*\n", l)
	}
	c.WriteString("ET")
	return minimalPDF(c.String(), "")
}

func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "readme.txt", "xl/workbook.xml", "mimetype"} {
		if body, ok := parts[name]; ok {
			w, _ := zw.Create(name)
			w.Write([]byte(body))
		}
	}
	zw.Close()
	return buf.Bytes()
}

const docxBody = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
	`<w:p><w:r><w:t>Morgan Ellis</w:t></w:r></w:p><w:p><w:r><w:t>EXPERIENCE</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t>Engineering Manager, Fernway</w:t></w:r><w:r><w:tab/><w:t>2020 – Present</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t>• Led a team of eight engineers</w:t></w:r></w:p></w:body></w:document>`

// bombDOCX is a small archive whose document part inflates to 64 MiB of zeros while
// its header claims claim bytes.
func bombDOCX(t *testing.T, claim uint64) []byte {
	var def bytes.Buffer
	fw, _ := flate.NewWriter(&def, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 64 {
		fw.Write(zeros)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(def.Len()), UncompressedSize64: claim})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(def.Bytes())
	zw.Close()
	return buf.Bytes()
}

var opts = Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}

// TestInputErrors holds one case per class of bad input: each must give an *Error of
// its class whose one-line message names the file and says what to do.
func TestInputErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := textPDF()
	docx := zipOf(t, map[string]string{"[Content_Types].xml": "<Types/>", "word/document.xml": docxBody})
	cases := []struct {
		name  string
		path  string
		opts  Options
		class error
		says  string // a fragment the message must contain
	}{
		{"missing file", filepath.Join(dir, "nope.pdf"), opts, ErrNotFound, "no such file; check the path"},
		{"directory", dir, opts, ErrIsDir, "is a directory"},
		{"unreadable path", filepath.Join(write("plain.txt", []byte("x")), "child.pdf"), opts, ErrUnreadable, "cannot be read"},
		{"empty", write("empty.md", nil), opts, ErrEmpty, "the file is empty"},
		{"white space only", write("blank.txt", []byte("  \n\n\t")), opts, ErrEmpty, "white space"},
		{"oversized", write("big.md", bytes.Repeat([]byte("word "), 300)), Options{MaxSize: 1000}, ErrTooLarge, "over the 1000 bytes limit; pass a smaller file or raise --max-size"},
		{"text named .pdf", write("cv.pdf", []byte("Morgan Ellis\nEngineering Manager\n")), opts, ErrFormat, "named .pdf but holds plain text"},
		{"zip named .docx", write("cv.docx", zipOf(t, map[string]string{"readme.txt": "hello"})), opts, ErrFormat, "plain ZIP archive, not a Word document"},
		{"spreadsheet", write("cv.xlsx", zipOf(t, map[string]string{"xl/workbook.xml": "<x/>"})), opts, ErrFormat, "Excel workbook"},
		{"binary junk named .md", write("cv.md", append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, bytes.Repeat([]byte{0, 0x90, 0xff, 3}, 200)...)), opts, ErrBinary, "binary data"},
		{"image named .pdf", write("scan.pdf", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...)), opts, ErrFormat, "is an image"},
		{"legacy doc", write("cv.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)), opts, ErrFormat, "legacy Word .doc"},
		{"git lfs pointer", write("cv2.pdf", []byte("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 1234\n")), opts, ErrFormat, "git lfs pull"},
		{"truncated docx", write("cut.docx", docx[:len(docx)*2/3]), opts, ErrDamaged, "damaged or truncated DOCX"},
		{"corrupted docx xml", write("bad.docx", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"})), opts, ErrDamaged, "damaged or truncated DOCX"},
		{"zip bomb, honest header", write("bomb.docx", bombDOCX(t, 64<<20)), opts, ErrZipBomb, "zip bomb"},
		{"zip bomb, lying header", write("liar.docx", bombDOCX(t, 2048)), opts, ErrZipBomb, "zip bomb"},
		{"truncated pdf", write("cut.pdf", good[:len(good)/3]), Options{PDFEngine: "builtin"}, ErrDamaged, "cut.pdf: "},
		{"encrypted pdf", write("locked.pdf", minimalPDF("BT ET", "/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /O <00> /U <00> /P -4 >> /ID [<01> <01>] ")), opts, ErrEncrypted, "encrypted"},
		{"too many pages", write("long.pdf", pagesPDF("BT /F1 11 Tf 72 720 Td (Morgan Ellis) Tj ET", "", 3)), Options{MaxPages: 1, PDFEngine: "builtin"}, ErrTooLarge, "has more pages than the limit of 1; pass a shorter document or raise --max-pages"},
		{"almost no text", write("stub.pdf", minimalPDF("BT /F1 12 Tf 72 700 Td (Curriculum vitae) Tj ET", "")), Options{PDFEngine: "builtin"}, ErrNoText, "no readable text: almost no text in the text layer"},
		{"image-only pdf", write("scan2.pdf", minimalPDF("0 0 1 rg 72 72 400 600 re f", "")), opts, ErrNoText, "no text layer (scanned image?); export the PDF from the original document or pass a DOCX"},
		{"malformed json resume", write("resume.json", []byte("{\n  \"basics\": {\"name\": \"M\"},\n  \"work\": [}\n")), opts, ErrMalformed, "malformed JSON at line 3, column 12"},
		{"json, not a resume", write("package.json", []byte(`{"name": "x", "version": "1.0.0"}`)), opts, ErrFormat, "not a JSON Resume"},
		{"html page", write("cv.txt", []byte("<!DOCTYPE html><html><body>Morgan</body></html>")), opts, ErrFormat, "HTML page"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			doc, err := File(context.Background(), c.path, c.opts)
			if err == nil {
				t.Fatalf("no error; got %+v", doc.Source)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not an *extract.Error", err, err)
			}
			if !errors.Is(err, c.class) {
				t.Errorf("class: %v is not %v", err, c.class)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, c.path+": ") || strings.Contains(msg, "\n") || !strings.Contains(msg, c.says) {
				t.Errorf("message %q: want one line starting with the path and saying %q", msg, c.says)
			}
			if e.Hint == "" && c.class != ErrDamaged {
				t.Errorf("no hint in %q", msg)
			}
			t.Logf("%v: %s", time.Since(start).Round(time.Microsecond), msg)
		})
	}
}

func TestUnreadablePermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file; the permission case is covered for other users")
	}
	p := filepath.Join(t.TempDir(), "cv.md")
	os.WriteFile(p, []byte("# x"), 0o000)
	_, err := File(context.Background(), p, opts)
	if !errors.Is(err, ErrUnreadable) || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("got %v", err)
	}
}

func TestReadsEveryFormat(t *testing.T) {
	md := "# Morgan Ellis\n\nmorgan@example.org\n\n## Experience\n\n**Engineering Manager**, Fernway — 2020 – Present\n\n- Led a team of eight engineers\n- Cut incidents by 40%\n"
	js := `{"basics": {"name": "Morgan Ellis", "email": "morgan@example.org"}, "work": [{"name": "Fernway", "position": "Engineering Manager", "startDate": "2020-01", "highlights": ["Led a team of eight engineers"]}]}`
	cases := []struct {
		name   string
		data   []byte
		format resume.Format
		warn   string
	}{
		{"cv.md", []byte(md), resume.FormatMarkdown, ""},
		{"cv.txt", []byte("MORGAN ELLIS\n\nEXPERIENCE\nEngineering Manager, Fernway   2020 - Present\n- Led a team of eight engineers\n"), resume.FormatText, ""},
		{"-", []byte(md), resume.FormatMarkdown, ""},
		{"resume.json", []byte(js), resume.FormatJSONResume, ""},
		{"resume", append([]byte{0xEF, 0xBB, 0xBF}, js...), resume.FormatJSONResume, ""},
		{"resume.json", utf16LE(js), resume.FormatJSONResume, ""},
		{"cv.txt", utf16LE("MORGAN ELLIS\n\nEXPERIENCE\n- Led a team of eight engineers\n"), resume.FormatText, ""},
		{"cv.docx", zipOf(t, map[string]string{"word/document.xml": docxBody}), resume.FormatDOCX, ""},
		{"cv.pdf", textPDF(), resume.FormatPDF, ""},
		{"cv.docx", textPDF(), resume.FormatPDF, "named .docx but its content is pdf"},
		{"cv.md", textPDF(), resume.FormatPDF, "named .md but its content is pdf"},
		{"cv.txt", []byte(md), resume.FormatMarkdown, ""},
		{"junk-then.pdf", append([]byte("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n"), textPDF()...), resume.FormatPDF, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Bytes(context.Background(), c.name, c.data, opts)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Source.Format != c.format || doc.Source.File != c.name {
				t.Errorf("source %+v", doc.Source)
			}
			all := strings.ToLower(documentText(doc))
			for _, w := range []string{"morgan ellis", "led a team of eight engineers"} {
				if !strings.Contains(all, w) {
					t.Errorf("%q missing from:\n%s", w, all)
				}
			}
			if got := strings.Join(doc.Warnings, "|"); !strings.Contains(got, c.warn) || (c.warn == "" && strings.Contains(got, "named")) {
				t.Errorf("warnings %q, want %q", got, c.warn)
			}
		})
	}
}

// utf16LE encodes ASCII-and-BMP text as UTF-16 little-endian with a BOM.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, err := Bytes(ctx, "cv.md", []byte("# Morgan\n- Led"), opts)
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "cv.md: reading took too long") {
		t.Fatalf("got %v", err)
	}
	// With time to spare the same call succeeds.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Minute)
	defer cancel2()
	if _, err := Bytes(ctx2, "cv.md", []byte("# Morgan\n- Led"), opts); err != nil {
		t.Fatal(err)
	}
}

func TestInputUntouched(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cv.md")
	src := []byte("# Morgan Ellis\n\n## Experience\n\n- Led a team\n")
	if err := os.WriteFile(p, src, 0o444); err != nil { // read-only: File must not need more
		t.Fatal(err)
	}
	before, _ := os.Stat(p)
	if _, err := File(context.Background(), p, opts); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(p)
	got, _ := os.ReadFile(p)
	if !bytes.Equal(got, src) || !after.ModTime().Equal(before.ModTime()) || after.Mode() != before.Mode() {
		t.Errorf("input changed: %v %v -> %v %v", before.ModTime(), before.Mode(), after.ModTime(), after.Mode())
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		name string
		data string
		want resume.Format
	}{
		{"x", "%PDF-1.7\n", resume.FormatPDF},
		{"x.bin", strings.Repeat("\x00junk", 100) + "%PDF-1.4\n", resume.FormatPDF},
		{"notes.md", "A note quoting %PDF-1.4 in text\n", resume.FormatText},
		{"resume.txt", `{"basics": {"name": "A"}}`, resume.FormatJSONResume},
		{"broken.json", `{"basics": `, resume.FormatJSONResume},
		{"cv", "{not json} but a line of text\n", resume.FormatText},
		{"cv.txt", "# A\n## B\n- **x** [y](https://z)\n", resume.FormatMarkdown},
		{"cv.markdown", "plain words\n", resume.FormatMarkdown},
	}
	for _, c := range cases {
		got, err := Sniff(c.name, []byte(c.data))
		if c.name == "notes.md" {
			c.want = resume.FormatMarkdown // the extension decides between text kinds
		}
		if err != nil || got != c.want {
			t.Errorf("Sniff(%q) = %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// documentText is every piece of text a Document holds, one per line: contact, headings,
// roles, bullets and text lines.
func documentText(d *resume.Document) string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			if x != "" {
				b.WriteString(x)
				b.WriteByte('\n')
			}
		}
	}
	c := d.Contact
	add(c.Name, c.Location)
	add(c.Emails...)
	add(c.Phones...)
	add(c.Links...)
	add(c.Lines...)
	for _, s := range d.Sections {
		add(s.Heading)
		for _, r := range s.Roles {
			add(r.Title, r.Organisation, r.Location, r.DatesText)
			for _, t := range r.Text {
				add(t.Text)
			}
			for _, bl := range r.Bullets {
				add(bl.Text)
			}
		}
		for _, bl := range s.Bullets {
			add(bl.Text)
		}
		for _, t := range s.Text {
			add(t.Text)
		}
	}
	return b.String()
}

func FuzzBytes(f *testing.F) {
	f.Add("cv.md", []byte("# A\n- b\n"))
	f.Add("cv.json", []byte(`{"work":[{"position":"x"}]}`))
	f.Add("cv.txt", []byte("NAME\n\nEXPERIENCE\n• did"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		if bytes.HasPrefix(data, []byte("%PDF")) || bytes.HasPrefix(data, []byte("PK")) {
			return // PDF and DOCX have their own fuzz targets
		}
		doc, err := Bytes(context.Background(), name, data, Options{MaxSize: 1 << 20})
		if errors.Is(err, ErrInternal) {
			t.Fatal(err)
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("not a one-line *Error: %q", err)
			}
		} else if doc == nil {
			t.Fatal("nil document without error")
		}
	})
}

// TestBadFixtures reads testdata/extract/bad, where each file's name starts with the
// class of error it must give (see the README there); CLI tests use the same files.
func TestBadFixtures(t *testing.T) {
	classes := map[string]error{
		"empty": ErrEmpty, "format": ErrFormat, "binary": ErrBinary, "malformed": ErrMalformed,
		"damaged": ErrDamaged, "zipbomb": ErrZipBomb, "notext": ErrNoText, "encrypted": ErrEncrypted,
	}
	files, _ := filepath.Glob("../../testdata/extract/bad/*__*")
	if len(files) < len(classes) {
		t.Fatalf("found %d fixtures, want at least %d", len(files), len(classes))
	}
	seen := map[string]bool{}
	for _, f := range files {
		class := strings.SplitN(filepath.Base(f), "__", 2)[0]
		want, ok := classes[class]
		if !ok {
			t.Errorf("%s: unknown class %q", f, class)
			continue
		}
		seen[class] = true
		_, err := File(context.Background(), f, opts)
		if !errors.Is(err, want) {
			t.Errorf("%s: got %v, want class %v", f, err, want)
		}
	}
	for c := range classes {
		if !seen[c] {
			t.Errorf("no fixture for class %q", c)
		}
	}
}
