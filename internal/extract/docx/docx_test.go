package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`

const testStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wNS + `>
 <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
 <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
 <w:style w:type="paragraph" w:styleId="SectionHead"><w:name w:val="Section Head"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
 <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
 <w:style w:type="paragraph" w:styleId="MyBullets"><w:name w:val="My Bullets"/><w:basedOn w:val="ListBullet"/></w:style>
 <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`

const testNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ` + wNS + `>
 <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
 <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
 <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
 <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

const testDocRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
 <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
 <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
 <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.linkedin.com/in/ada-example" TargetMode="External"/>
 <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:ada@example.org" TargetMode="External"/>
 <Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
</Relationships>`

const testRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`

const testApp = `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>2</Pages><Application>Test Writer</Application><AppVersion>1.0</AppVersion></Properties>`

func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`
}

// buildDOCX zips parts; the standard package parts are added unless given.
func buildDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels":                  testRootRels,
		"word/_rels/document.xml.rels": testDocRels,
		"word/styles.xml":              testStyles,
		"word/numbering.xml":           testNumbering,
		"docProps/app.xml":             testApp,
	}
	for k, v := range parts {
		if v == "" {
			delete(all, k)
			continue
		}
		all[k] = v
	}
	names := make([]string, 0, len(all))
	for k := range all {
		names = append(names, k)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(all[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func p(style, runs string) string {
	pr := ""
	if style != "" {
		pr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + pr + runs + `</w:p>`
}

func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func texts(lines []layout.Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

func extractBody(t *testing.T, body string, extra map[string]string) *Result {
	t.Helper()
	parts := map[string]string{"word/document.xml": document(body)}
	for k, v := range extra {
		parts[k] = v
	}
	res, err := Extract("t.docx", buildDOCX(t, parts), Limits{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

func find(t *testing.T, lines []layout.Line, text string) layout.Line {
	t.Helper()
	for _, l := range lines {
		if l.Text == text {
			return l
		}
	}
	t.Fatalf("no line %q in %q", text, texts(lines))
	return layout.Line{}
}

func TestStylesAndLists(t *testing.T) {
	body := p("Title", r("Ada Example")) +
		p("Heading1", r("Experience")) +
		p("SectionHead", r("Projects")) +
		p("ListBullet", r("Led a team of six engineers")) +
		p("MyBullets", r("Inherited list through basedOn")) +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>` + r("Nested bullet") + `</w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>` + r("First numbered") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>` + r("List style switched off") + `</w:p>` +
		p("", r("• Typed bullet glyph")) +
		p("", `<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r>`+r("Symbol-font bullet")) +
		p("", `<w:r><w:sym w:font="Wingdings" w:char="F028"/></w:r>`+r(" 555-0100")) +
		p("", `<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Acme Corp</w:t></w:r>`) +
		p("", `<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Big</w:t></w:r>`+r(" and plain body text here"))
	res := extractBody(t, body, nil)

	if l := find(t, res.Lines, "Ada Example"); !l.Heading || l.HeadingLevel != 1 || l.Style != "Title" {
		t.Errorf("title: %+v", l)
	}
	if l := find(t, res.Lines, "Experience"); !l.Heading || l.HeadingLevel != 1 || l.Style != "Heading 1" || !l.Bold || l.Size != 16 {
		t.Errorf("heading 1 (from style name, bold and size from style): %+v", l)
	}
	if l := find(t, res.Lines, "Projects"); !l.Heading || l.HeadingLevel != 2 {
		t.Errorf("custom style with outline level 1 should be a level-2 heading: %+v", l)
	}
	if l := find(t, res.Lines, "Led a team of six engineers"); !l.Bullet || l.Numbered || l.ListLevel != 0 || l.Style != "List Bullet" {
		t.Errorf("list bullet style: %+v", l)
	}
	if l := find(t, res.Lines, "Inherited list through basedOn"); !l.Bullet {
		t.Errorf("list through basedOn: %+v", l)
	}
	if l := find(t, res.Lines, "Nested bullet"); !l.Bullet || l.ListLevel != 1 {
		t.Errorf("nested: %+v", l)
	}
	if l := find(t, res.Lines, "First numbered"); !l.Bullet || !l.Numbered {
		t.Errorf("decimal list: %+v", l)
	}
	if l := find(t, res.Lines, "List style switched off"); l.Bullet {
		t.Errorf("numId 0 must end list membership: %+v", l)
	}
	if l := find(t, res.Lines, "Typed bullet glyph"); !l.Bullet {
		t.Errorf("typed glyph: %+v", l)
	}
	if l := find(t, res.Lines, "Symbol-font bullet"); !l.Bullet {
		t.Errorf("w:sym bullet: %+v", l)
	}
	if l := find(t, res.Lines, "555-0100"); l.Bullet {
		t.Errorf("a phone icon is not a bullet: %+v", l)
	}
	if l := find(t, res.Lines, "Acme Corp"); !l.Bold {
		t.Errorf("character style bold: %+v", l)
	}
	if l := find(t, res.Lines, "Big and plain body text here"); l.Bold || l.Size != 10 || l.BodySize != 10 {
		t.Errorf("mostly plain paragraph: %+v", l)
	}
	for i, l := range res.Lines {
		if l.Pos.Paragraph != i+1 {
			t.Errorf("line %d %q: paragraph %d, want %d", i, l.Text, l.Pos.Paragraph, i+1)
		}
	}
	if res.Pages != 2 || res.Producer != "Test Writer 1.0" {
		t.Errorf("pages %d producer %q", res.Pages, res.Producer)
	}
}

func TestContainersAndRevisions(t *testing.T) {
	body := `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent>` +
		p("", r("Inside a content control")) + `</w:sdtContent></w:sdt>` +
		p("", `<w:hyperlink r:id="rId4">`+r("LinkedIn")+`</w:hyperlink>`+r(" | ")+`<w:hyperlink r:id="rId5">`+r("ada@example.org")+`</w:hyperlink>`) +
		p("", r("Cut ")+`<w:del w:id="1"><w:r><w:delText>deleted words </w:delText></w:r></w:del>`+`<w:ins w:id="2">`+r("inserted words")+`</w:ins>`) +
		p("", `<w:smartTag w:element="place">`+r("Springfield")+`</w:smartTag>`+r(", IL")) +
		p("", r("Engineer")+`<w:r><w:tab/></w:r>`+r("2019 – 2021")) +
		p("", r("first line")+`<w:r><w:br/></w:r>`+r("second line")) +
		p("ListBullet", r("bullet start")+`<w:r><w:br/></w:r>`+r("bullet rest")) +
		p("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.example" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r("field result")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
		p("", `<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden keyword stuffing</w:t></w:r>`+r("visible")) +
		p("", `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>`+p("", r("Text box words"))+
			`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>`+p("", r("Text box words"))+
			`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`+r("anchor paragraph")) +
		p("", `<w:r><w:t>a:t is </w:t></w:r><w:r><w:drawing><a:p><a:r><a:t>drawing text</a:t></a:r></a:p></w:drawing></w:r>`) +
		p("", `<w:r><w:br w:type="page"/></w:r>`) +
		p("", r("After the break"))
	res := extractBody(t, body, nil)
	got := strings.Join(texts(res.Lines), "\n")
	want := []string{
		"Inside a content control",
		"LinkedIn (https://www.linkedin.com/in/ada-example) | ada@example.org",
		"Cut inserted words",
		"Springfield, IL",
		"Engineer\t2019 – 2021",
		"first line", "second line",
		"field result",
		"visible",
		"anchor paragraph",
		"a:t is",
		"After the break",
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
	for _, bad := range []string{"deleted", "HYPERLINK", "hidden", "drawing text", "mailto"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q should not be read:\n%s", bad, got)
		}
	}
	if n := strings.Count(got, "Text box words"); n != 1 {
		t.Errorf("text box read %d times, want once:\n%s", n, got)
	}
	if l := find(t, res.Lines, "second line"); l.Continuation || l.Pos != find(t, res.Lines, "first line").Pos {
		t.Errorf("a line break outside a list keeps separate lines: %+v", l)
	}
	if l := find(t, res.Lines, "bullet rest"); !l.Continuation || l.Bullet || !find(t, res.Lines, "bullet start").Bullet {
		t.Errorf("a line break inside a list item continues it: %+v", l)
	}
	if l := find(t, res.Lines, "After the break"); !l.PageStart {
		t.Errorf("page break: %+v", l)
	}
}

func TestTables(t *testing.T) {
	cell := func(paras ...string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	body := `<w:tbl><w:tblPr/><w:tblGrid/>` +
		row(cell(p("", r("Staff Engineer"))), cell(p("", r("Acme"))), cell(p("", r("2020 – Present")))) +
		row(cell(p("", r("Skills"))), cell(p("", ""))) +
		row(cell(p("", r("2016 – 2019"))), cell(p("", r("Lead, Initech")), p("ListBullet", r("Grew the team to 8")), p("ListBullet", r("Cut p99 by 40%")))) +
		`</w:tbl>` + p("", r("After table"))
	res := extractBody(t, body, nil)
	want := []string{"Staff Engineer\tAcme\t2020 – Present", "Skills", "2016 – 2019", "Lead, Initech", "Grew the team to 8", "Cut p99 by 40%", "After table"}
	if got := texts(res.Lines); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("table lines:\n got %q\nwant %q", got, want)
	}
	if l := find(t, res.Lines, "Grew the team to 8"); !l.Bullet {
		t.Errorf("bullet in a layout table cell lost: %+v", l)
	}
}

func TestHeadersFirst(t *testing.T) {
	hdr := `<?xml version="1.0"?><w:hdr ` + wNS + `>` + p("", r("Ada Example · ada@example.org")) + `</w:hdr>`
	hdr2 := `<?xml version="1.0"?><w:hdr ` + wNS + `>` + p("", r("Ada Example · ada@example.org")) + p("", r("Page header two")) + `</w:hdr>`
	body := p("Heading1", r("Summary")) +
		`<w:sectPr><w:headerReference w:type="first" r:id="rId3"/><w:headerReference w:type="default" r:id="rId6"/></w:sectPr>`
	res := extractBody(t, body, map[string]string{"word/header1.xml": hdr, "word/header2.xml": hdr2})
	want := []string{"Ada Example · ada@example.org", "Page header two", "Summary"}
	if got := texts(res.Lines); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q want %q", got, want)
	}
	if res.Lines[0].Pos.Path != "word/header1.xml" || res.Lines[0].Pos.Paragraph != 1 {
		t.Errorf("header pos %+v", res.Lines[0].Pos)
	}
	if res.Lines[2].Pos.Path != "" || res.Lines[2].Pos.Paragraph != 1 {
		t.Errorf("body pos %+v", res.Lines[2].Pos)
	}
}

func TestNoStylesNoRels(t *testing.T) {
	// A minimal package: only the document, no relationships, styles or numbering.
	data := buildDOCX(t, map[string]string{
		"word/document.xml": document(p("", r("Just text"))),
		"_rels/.rels":       "", "word/_rels/document.xml.rels": "", "word/styles.xml": "",
		"word/numbering.xml": "", "docProps/app.xml": "",
	})
	res, err := Extract("min.docx", data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Lines) != 1 || res.Lines[0].Text != "Just text" || res.Pages != 1 {
		t.Errorf("got %+v", res)
	}
}

// rawZip writes entries with the sizes their headers claim, whatever the data is.
func rawZip(t testing.TB, entries []rawEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate,
			CompressedSize64: uint64(len(e.deflated)), UncompressedSize64: e.claim, CRC32: 0,
		})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.deflated)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type rawEntry struct {
	name     string
	deflated []byte
	claim    uint64
}

func deflateZeros(t testing.TB, n int) []byte {
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	chunk := make([]byte, 1<<16)
	for n > 0 {
		k := min(n, len(chunk))
		fw.Write(chunk[:k])
		n -= k
	}
	fw.Close()
	return buf.Bytes()
}

func TestHostile(t *testing.T) {
	good := buildDOCX(t, map[string]string{"word/document.xml": document(p("", r("x")))})
	zeros := deflateZeros(t, 40<<20) // 40 MiB of zeros in ~40 KB
	manyEntries := func() []byte {
		var es []rawEntry
		for i := 0; i < 50; i++ {
			es = append(es, rawEntry{name: "word/x" + strings.Repeat("a", i) + ".xml", deflated: deflateZeros(t, 1), claim: 1})
		}
		return rawZip(t, es)
	}()
	cases := []struct {
		name string
		data []byte
		lim  Limits
		want error
	}{
		{"not a zip", []byte("%PDF-1.7 this is not a zip"), Limits{}, ErrNotZip},
		{"truncated", good[:len(good)/2], Limits{}, ErrNotZip},
		{"zip without word", buildDOCX(t, map[string]string{"word/document.xml": "", "_rels/.rels": "", "xl/workbook.xml": "<x/>"}), Limits{}, ErrNotWord},
		{"malformed xml", buildDOCX(t, map[string]string{"word/document.xml": document("<w:p><w:r><w:t>open</w:r></w:p>")}), Limits{}, ErrCorrupt},
		{"header claims 1 TiB", rawZip(t, []rawEntry{{"word/document.xml", zeros, 1 << 40}}), Limits{}, ErrTooLarge},
		{"header lies small", rawZip(t, []rawEntry{{"word/document.xml", zeros, 1000}}), Limits{}, ErrTooLarge},
		{"honest but over part limit", rawZip(t, []rawEntry{{"word/document.xml", zeros, 40 << 20}}), Limits{}, ErrTooLarge},
		{"many entries", manyEntries, Limits{MaxEntries: 20}, ErrTooLarge},
		{"declared total", rawZip(t, []rawEntry{{"a", zeros, 30 << 20}, {"b", zeros, 30 << 20}}), Limits{MaxTotal: 50 << 20, MaxPartSize: 40 << 20}, ErrTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract("bad.docx", c.data, c.lim)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, %v; want %v", res, err, c.want)
			}
		})
	}
}

func TestDeepNestingIsAnError(t *testing.T) {
	body := strings.Repeat("<w:sdt><w:sdtContent>", 3000) + p("", r("deep")) + strings.Repeat("</w:sdtContent></w:sdt>", 3000)
	_, err := Extract("deep.docx", buildDOCX(t, map[string]string{"word/document.xml": document(body)}), Limits{})
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("got %v", err)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(buildDOCX(f, map[string]string{"word/document.xml": document(p("Heading1", r("Experience")) + p("ListBullet", r("Led")))}))
	f.Add(rawZip(f, []rawEntry{{"word/document.xml", deflateZeros(f, 1<<10), 10}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Extract("fuzz.docx", data, Limits{MaxPartSize: 1 << 20, MaxTotal: 4 << 20})
		if errors.Is(err, ErrInternal) {
			t.Fatalf("reader panicked: %v", err)
		}
	})
}

// corpusDir finds ../shared/corpus/files next to the repository root.
func corpusDir(tb testing.TB) string {
	return filepath.Join(corpustest.Dir(tb), "files")
}

func BenchmarkExtract(b *testing.B) {
	var body strings.Builder
	for i := 0; i < 40; i++ {
		body.WriteString(p("Heading1", r("Experience")) + p("", r("Staff Engineer, Acme")+`<w:r><w:tab/></w:r>`+r("2019 – Present")))
		for j := 0; j < 5; j++ {
			body.WriteString(p("ListBullet", r("Led a team of eight engineers to cut p99 latency by 40% across 12 services")))
		}
	}
	data := buildDOCX(b, map[string]string{"word/document.xml": document(body.String())})
	b.Run("synthetic", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Extract("b.docx", data, Limits{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("corpus", func(b *testing.B) {
		files, _ := filepath.Glob(filepath.Join(corpusDir(b), "*.docx"))
		if len(files) == 0 {
			b.Skip("no DOCX in corpus")
		}
		var all [][]byte
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			all = append(all, d)
		}
		for b.Loop() {
			for _, d := range all {
				if _, err := Extract("c.docx", d, Limits{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(all))/1e6, "ms/file")
	})
}

// BenchmarkRefuseBomb measures how fast archives that would inflate to 1 TiB (honest
// header) or past their declared size (lying header) are refused.
func BenchmarkRefuseBomb(b *testing.B) {
	zeros := deflateZeros(b, 40<<20)
	for _, c := range []struct {
		name  string
		claim uint64
	}{{"honest-1TiB", 1 << 40}, {"lying-1KiB", 1 << 10}} {
		data := rawZip(b, []rawEntry{{"word/document.xml", zeros, c.claim}})
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Extract("bomb.docx", data, Limits{}); !errors.Is(err, ErrTooLarge) {
					b.Fatal(err)
				}
			}
		})
	}
}
