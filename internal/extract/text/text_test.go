package text

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/resume"
)

const sampleMD = `---
title: Résumé
tags: [cv]
---
<!-- draft: not for sending
     still a comment -->
# Dana Rivers

dana@example.org · [GitHub](https://github.com/dana-rivers) · [dana@example.org](mailto:dana@example.org)

## Experience

**Engineering Manager**, Northwind — 2020–Present

- Grew the platform team from 4 to 11 engineers
  while keeping attrition at zero
- Cut deploy time by *60%* with ` + "`blue_green`" + ` rollouts
    - Nested: wrote the runbook
1. Hired three senior engineers
* Led the __on-call__ redesign; see <https://example.org/oncall>

Skills
------

| Area | Tools |
|------|-------|
| Cloud | AWS, GCP |

Another paragraph with snake_case_name and 3 * 4 math.
`

type want struct {
	text             string
	heading          int // heading level, 0 = not a heading
	bullet, numbered bool
	level            int
	cont, bold       bool
	line, col        int
}

func check(t *testing.T, got []layout.Line, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, l := range got {
			t.Logf("%d:%d %q", l.Pos.Line, l.Pos.Column, l.Text)
		}
		t.Fatalf("%d lines, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		l := got[i]
		g := want{l.Text, l.HeadingLevel, l.Bullet, l.Numbered, l.ListLevel, l.Continuation, l.Bold, l.Pos.Line, l.Pos.Column}
		if l.Heading != (w.heading > 0) {
			t.Errorf("line %d: Heading=%v", i, l.Heading)
		}
		if g != w {
			t.Errorf("line %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestMarkdown(t *testing.T) {
	lines, format, err := Extract("cv.md", []byte(sampleMD))
	if err != nil {
		t.Fatal(err)
	}
	if format != resume.FormatMarkdown {
		t.Errorf("format %q", format)
	}
	check(t, lines, []want{
		{text: "Dana Rivers", heading: 1, line: 7, col: 3},
		{text: "dana@example.org · GitHub (https://github.com/dana-rivers) · dana@example.org", line: 9, col: 1},
		{text: "Experience", heading: 2, line: 11, col: 4},
		{text: "Engineering Manager, Northwind — 2020–Present", line: 13, col: 1},
		{text: "Grew the platform team from 4 to 11 engineers", bullet: true, line: 15, col: 3},
		{text: "while keeping attrition at zero", cont: true, line: 16, col: 3},
		{text: "Cut deploy time by 60% with blue_green rollouts", bullet: true, line: 17, col: 3},
		{text: "Nested: wrote the runbook", bullet: true, level: 1, line: 18, col: 7},
		{text: "Hired three senior engineers", bullet: true, numbered: true, line: 19, col: 4},
		{text: "Led the on-call redesign; see https://example.org/oncall", bullet: true, line: 20, col: 3},
		{text: "Skills", heading: 2, line: 22, col: 1},
		{text: "Area\tTools", line: 25, col: 1},
		{text: "Cloud\tAWS, GCP", line: 27, col: 1},
		{text: "Another paragraph with snake_case_name and 3 * 4 math.", line: 29, col: 1},
	})
}

func TestPlainText(t *testing.T) {
	src := "JORDAN LEE\r\nStaff Engineer, Storage and Performance Platform, Northwind Labs\r\nLisbon, Portugal\r\n\r\nSUMMARY\r\nSystems engineer with nine years in storage engines and low-latency services,\r\nwriting Rust and Go.\r\n\r\nEXPERIENCE\r\nAcme Corp          2018 - 2023\r\n• Led migration of 40 services\r\n  to Kubernetes, cutting cost 30%\r\n– Mentored five engineers\r\nInitech   2015 - 2018\r\n  * Built the billing service\r\n    in Go\r\n  Globex   2012 - 2015\r\n\r\nEducation\r\n---------\r\nBSc Computer Science, 2012\r\n*not emphasis* stays\r\n"
	lines, format, err := Extract("cv.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if format != resume.FormatText {
		t.Errorf("format %q", format)
	}
	check(t, lines, []want{
		{text: "JORDAN LEE", heading: 1, line: 1, col: 1},
		{text: "Staff Engineer, Storage and Performance Platform, Northwind Labs", line: 2, col: 1},
		{text: "Lisbon, Portugal", line: 3, col: 1},
		{text: "SUMMARY", heading: 1, line: 5, col: 1},
		{text: "Systems engineer with nine years in storage engines and low-latency services,", line: 6, col: 1},
		{text: "writing Rust and Go.", cont: true, line: 7, col: 1},
		{text: "EXPERIENCE", heading: 1, line: 9, col: 1},
		{text: "Acme Corp\t2018 - 2023", line: 10, col: 1},
		{text: "Led migration of 40 services", bullet: true, line: 11, col: 3},
		{text: "to Kubernetes, cutting cost 30%", cont: true, line: 12, col: 3},
		{text: "Mentored five engineers", bullet: true, line: 13, col: 3},
		{text: "Initech\t2015 - 2018", line: 14, col: 1},
		{text: "Built the billing service", bullet: true, line: 15, col: 5},
		{text: "in Go", cont: true, line: 16, col: 5},
		{text: "Globex\t2012 - 2015", line: 17, col: 3},
		{text: "Education", heading: 1, line: 19, col: 1},
		{text: "BSc Computer Science, 2012", line: 21, col: 1},
		{text: "*not emphasis* stays", line: 22, col: 1},
	})
}

func TestDetect(t *testing.T) {
	md := "# Name\n\n## Experience\n\n- **Lead** at [X](https://x.example)\n"
	cases := []struct {
		name, src string
		want      resume.Format
	}{
		{"cv.md", "just words\n", resume.FormatMarkdown},
		{"cv.MARKDOWN", "just words\n", resume.FormatMarkdown},
		{"cv.txt", md, resume.FormatMarkdown},
		{"-", md, resume.FormatMarkdown},
		{"cv.txt", "NAME\nEXPERIENCE\n- did things\n* more things\n", resume.FormatText},
		{"cv.txt", "NAME\n====\n\nEXPERIENCE\n----------\n- did things\n\nSKILLS\n------\nGo\n", resume.FormatText},
	}
	for _, c := range cases {
		if got := Detect(c.name, c.src); got != c.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", c.name, c.src, got, c.want)
		}
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	if bom {
		if bigEndian {
			out = append(out, 0xFE, 0xFF)
		} else {
			out = append(out, 0xFF, 0xFE)
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	const s = "Zoë Müller — Ingénieure 🚀\nLed 5 teams"
	cases := []struct {
		name string
		data []byte
		enc  Encoding
		want string
	}{
		{"utf8", []byte(s), UTF8, s},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, s...), UTF8, s},
		{"utf16le bom", utf16Bytes(s, false, true), UTF16LE, s},
		{"utf16be bom", utf16Bytes(s, true, true), UTF16BE, s},
		{"utf16le no bom", utf16Bytes(s, false, false), UTF16LE, s},
		{"utf16be no bom", utf16Bytes(s, true, false), UTF16BE, s},
		{"windows-1252", []byte("Zo\xeb M\xfcller \x96 Ing\xe9nieure \x93quoted\x94"), CP1252, "Zoë Müller – Ingénieure “quoted”"},
		// UTF-8 with stray bytes keeps its valid characters; each stray byte is read as
		// Windows-1252.
		{"utf8 with stray bytes", []byte("Zoë Müller \xff — Ingénieure in Go\xc3 and \x96 C++"), UTF8, "Zoë Müller ÿ — Ingénieure in GoÃ and – C++"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, enc, err := Decode(c.data)
			if err != nil || got != c.want || enc != c.enc {
				t.Errorf("got %q %q %v, want %q %q", got, enc, err, c.want, c.enc)
			}
		})
	}
}

func TestRefused(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(rng.UintN(256))
	}
	printableHigh := make([]byte, 2048) // bytes 0xA0–0xFF only: decodes, but is not text
	for i := range printableHigh {
		printableHigh[i] = 0xA0 + byte(rng.UintN(0x60))
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"random bytes", junk, ErrBinary},
		{"high bytes", printableHigh, ErrBinary},
		{"NUL in UTF-8", []byte("Name\x00\x00\x00Experience"), ErrBinary},
		{"controls", []byte(strings.Repeat("ab\x01\x02\x03\x04", 50)), ErrBinary},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
		{"white space", []byte(" \n\t\r\n  "), ErrEmpty},
		{"only comments", []byte("<!-- nothing here -->\n"), ErrEmpty},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := Extract("junk.md", c.data)
			if !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(sampleMD))
	f.Add([]byte("TITLE\n=====\n- a\n  b\n\t* c\n1) d\n"))
	f.Add(utf16Bytes("# x\n- y", false, true))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, _, err := Extract("fuzz.md", data)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		for _, l := range lines {
			if l.Text == "" || l.Pos.Line < 1 || l.Pos.Column < 1 {
				t.Fatalf("bad line %+v", l)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 30; i++ {
		sb.WriteString(sampleMD[strings.Index(sampleMD, "## Experience"):])
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Extract("b.md", data); err != nil {
			b.Fatal(err)
		}
	}
}
