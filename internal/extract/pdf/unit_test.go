package pdf

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSplitBullet(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"• Led a team of 6", "Led a team of 6", true},
		{"•Led a team", "Led a team", true},
		{"● Cut costs 20%", "Cut costs 20%", true},
		{"▪ Hired", "Hired", true},
		{"◦ nested item", "nested item", true},
		{"∙ dot", "dot", true},
		{"‣ triangle", "triangle", true},
		{"➢ arrow", "arrow", true},
		{"✓ shipped", "shipped", true},
		{"– Built the pipeline", "Built the pipeline", true},
		{"- Built the pipeline", "Built the pipeline", true},
		{"* starred", "starred", true},
		{"\uF0B7 Wingdings bullet", "Wingdings bullet", true},
		{"-5% churn", "", false},                             // a negative number, not a bullet
		{"*nix admin", "", false},                            // no space after the asterisk
		{"\uE0A0github.com", "", false},                      // an icon glued to a link is no list item
		{"\uF3C5 Lisbon \uF0E0 jane@example.org", "", false}, // icons before each contact part
		{"Led a team", "", false},
		{"•", "", false}, // a marker alone has no item
		{"", "", false},
	}
	for _, tt := range tests {
		_, rest, ok := splitBullet(tt.in)
		if ok != tt.ok || rest != tt.rest {
			t.Errorf("splitBullet(%q) = %q, %v; want %q, %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}

func TestSplitNumbered(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"1. Led the migration", "Led the migration", true},
		{"12) Hired four engineers", "Hired four engineers", true},
		{"(3) Cut costs", "Cut costs", true},
		{"2019. A year", "", false},
		{"3.5 GPA", "", false},
		{"1 year", "", false},
		{"1. 2019", "", false},
	}
	for _, tt := range tests {
		rest, ok := splitNumbered(tt.in)
		if ok != tt.ok || rest != tt.rest {
			t.Errorf("splitNumbered(%q) = %q, %v; want %q, %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}

func TestUnreadableText(t *testing.T) {
	readable := []string{
		"Engineering manager with ten years of experience. Led a team of 12 engineers and shipped the new billing platform.",
		"Senior Software Engineer, Acme Corp, 2019 – present. Built data pipelines in Go and Python for the analytics team.",
		// Not English, still words.
		"Ingeniero de software con experiencia en sistemas distribuidos y gestión de equipos durante ocho años en Madrid.",
	}
	garbage := []string{
		"",
		"1 2 3",
		// Type 3 glyph codes that map to nothing usable.
		strings.Repeat("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD ", 30),
		// Wrong encoding: the right shapes, the wrong letters.
		"Qhj vxkz pwrt mnbv ckxz lqrt zxcv bnmq wrtp sdfg hjkl qwrt zxvb nmlk jhgf dsqw rtzx cvbn mqwr tpsd fghj klqw",
		strings.Repeat("XqZ vVbN kKjH ", 20),
		strings.Repeat("\x01\x02\x03 abc ", 40),
	}
	for _, s := range readable {
		if why, bad := unreadableText(s); bad {
			t.Errorf("readable text judged unreadable (%s): %q", why, s)
		}
	}
	for _, s := range garbage {
		if _, bad := unreadableText(s); !bad {
			t.Errorf("garbage judged readable: %q", s)
		}
	}
}

func TestStyleFromName(t *testing.T) {
	tests := []struct {
		name         string
		bold, italic bool
	}{
		{"Helvetica", false, false},
		{"Helvetica-Bold", true, false},
		{"Helvetica-BoldOblique", true, true},
		{"SourceSansPro-Semibold", true, false},
		{"Roboto-Italic", false, true},
		{"CMBX10", true, false},
		{"CMR10", false, false},
		{"CMTI10", false, true},
		{"LMRoman10-Bold", true, false},
		{"Lato-Black", true, false},
		{"Cambria", false, false},
		{"TimesNewRomanPS-BoldItalicMT", true, true},
	}
	for _, tt := range tests {
		b, i := styleFromName(tt.name)
		if b != tt.bold || i != tt.italic {
			t.Errorf("styleFromName(%q) = %v, %v; want %v, %v", tt.name, b, i, tt.bold, tt.italic)
		}
	}
}

func TestHeadKey(t *testing.T) {
	if a, b := headKey("Jane Doe · Page 1 of 3"), headKey("Jane  Doe ·\tPage 2 of 3"); a != b {
		t.Errorf("page headers with different numbers should match: %q vs %q", a, b)
	}
	for _, s := range []string{"3", "Page 2", "page 2 of 4", "- 7 -", "2/3"} {
		if !pageNumber.MatchString(s) {
			t.Errorf("%q is a page number", s)
		}
	}
	for _, s := range []string{"2019", "Page Layout Engineer", "12 engineers"} {
		if pageNumber.MatchString(s) {
			t.Errorf("%q is not a page number", s)
		}
	}
}

// TestLinesInvariants checks, on every fixture and corpus PDF, what every consumer of
// Result relies on: positions are consecutive per page and in range, texts are
// trimmed and single-line, continuations follow a bullet, body size is set.
func TestLinesInvariants(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	if dir, err := os.Getwd(); err == nil {
		for d := dir; filepath.Dir(d) != d; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				m, _ := filepath.Glob(filepath.Join(d, "..", "shared", "corpus", "files", "*.pdf"))
				files = append(files, m...)
				break
			}
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Extract(context.Background(), filepath.Base(f), data, Options{Engine: EngineBuiltin})
		if err != nil {
			continue // the error cases have their own tests
		}
		page, line := 0, 0
		inList := false
		for _, l := range res.Lines {
			if l.Pos.Page != page {
				if l.Pos.Page < page || l.Pos.Page > res.Pages {
					t.Errorf("%s: page %d out of order or range", f, l.Pos.Page)
				}
				page, line = l.Pos.Page, 0
			}
			line++
			if l.Pos.Line != line {
				t.Errorf("%s: page %d line %d numbered %d", f, page, line, l.Pos.Line)
			}
			if l.Text == "" || strings.TrimSpace(l.Text) != l.Text || strings.ContainsAny(l.Text, "\n\r") || strings.Contains(l.Text, "\t\t") {
				t.Errorf("%s %d:%d: badly formed text %q", f, page, line, l.Text)
			}
			if l.Continuation && !inList {
				t.Errorf("%s %d:%d: continuation without a bullet before it", f, page, line)
			}
			inList = l.Bullet || l.Continuation && inList
			if l.BodySize <= 0 || l.Size <= 0 {
				t.Errorf("%s %d:%d: size %v body %v", f, page, line, l.Size, l.BodySize)
			}
			if l.Heading && l.HeadingLevel < 1 {
				t.Errorf("%s %d:%d: heading without level", f, page, line)
			}
		}
	}
}

// FuzzExtract feeds mutated PDFs to the builtin engine: it must return (a result or
// an error), never panic or hang, and a result must be well formed.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		res, err := Extract(ctx, "fuzz.pdf", data, Options{Engine: EngineBuiltin, MaxPages: 20})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.pdf: ") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for _, l := range res.Lines {
			if l.Pos.Page < 1 || l.Pos.Page > res.Pages || l.Text == "" {
				t.Errorf("bad line %+v (pages %d)", l, res.Pages)
			}
		}
	})
}

// hypotMemo gives what math.Hypot gives, for repeated, changed, signed, zero,
// infinite and NaN arguments.
func TestHypotMemo(t *testing.T) {
	var m hypotMemo
	nan, inf := math.NaN(), math.Inf(1)
	args := [][2]float64{{3, 4}, {3, 4}, {-3, 4}, {3, -4}, {0, 5}, {-0.0, 5}, {0, 5}, {inf, 1}, {inf, 1}, {nan, 1}, {nan, 1}, {1, nan}, {1e308, 1e308}, {1e308, 1e308}, {10.5, 0}, {3, 4}}
	for _, a := range args {
		got, want := m.of(a[0], a[1]), math.Hypot(a[0], a[1])
		if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("of(%v, %v) = %v, want %v", a[0], a[1], got, want)
		}
	}
}

// sizeCounts picks the size modeSize picks from the same counts.
func TestSizeCountsMode(t *testing.T) {
	cases := [][][2]float64{
		{{10, 3}, {12, 3}, {10, 1}},
		{{9.5, 1}},
		{{11, 2}, {10, 5}, {11, 4}, {8, 6}},
		{{7, 1}, {7.5, 1}, {8, 1}},
		{},
	}
	for _, cs := range cases {
		var c sizeCounts
		m := map[float64]int{}
		for _, e := range cs {
			c.add(e[0], int(e[1]))
			m[e[0]] += int(e[1])
		}
		if got, want := c.mode(), modeSize(m); got != want {
			t.Errorf("%v: mode %v, modeSize %v", cs, got, want)
		}
	}
}
