package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/extract/recall"
)

const fixtureDir = "../../../testdata/extract/pdf"

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtureDir, name))
	if err != nil {
		t.Fatalf("fixture %s: %v (regenerate with testdata/extract/pdf/gen.sh)", name, err)
	}
	return data
}

func extractFixture(t testing.TB, name string, opts Options) *Result {
	t.Helper()
	if opts.Engine == "" {
		opts.Engine = EngineBuiltin
	}
	res, err := Extract(context.Background(), name, readFixture(t, name), opts)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// TestFixturesRecall compares every fixture with poppler's text of it, saved when the
// fixtures were generated.
func TestFixturesRecall(t *testing.T) {
	refs, _ := filepath.Glob(filepath.Join(fixtureDir, "*.ref.txt"))
	if len(refs) < 5 {
		t.Fatalf("only %d fixture references found", len(refs))
	}
	for _, ref := range refs {
		name := strings.TrimSuffix(filepath.Base(ref), ".ref.txt") + ".pdf"
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(ref)
			if err != nil {
				t.Fatal(err)
			}
			res := extractFixture(t, name, Options{})
			got := joinLines(res)
			r, ratio := recall.Recall(string(want), got), recall.TokenRatio(string(want), got)
			floor := 0.97
			switch {
			case strings.Contains(name, "type3"):
				floor = 0.90 // bitmap fonts: a few symbols (ligatures, dashes) have no names
			case strings.Contains(name, "pdftex-paged"):
				floor = 0.95 // the reference keeps the running heads and page numbers we drop
			}
			t.Logf("recall %.3f ratio %.3f", r, ratio)
			if r < floor {
				t.Errorf("recall %.3f < %.2f\n%s", r, floor, got)
			}
			if math.Abs(ratio-1) > 0.05 {
				t.Errorf("token ratio %.3f outside 1±0.05", ratio)
			}
			if res.Pages < 1 || res.Producer == "" || res.Engine != EngineBuiltin {
				t.Errorf("pages %d, producer %q, engine %q", res.Pages, res.Producer, res.Engine)
			}
		})
	}
}

// items rebuilds list items from lines: a bullet line plus its continuation lines.
func items(lines []layout.Line) []string {
	var out []string
	for i, l := range lines {
		switch {
		case l.Bullet:
			out = append(out, l.Text)
		case l.Continuation:
			if len(out) == 0 || i == 0 {
				return append(out, "<continuation without bullet: "+l.Text+">")
			}
			out[len(out)-1] += " " + l.Text
		}
	}
	return out
}

var (
	htmlItem = regexp.MustCompile(`(?s)<li>(.*?)</li>`)
	mdItem   = regexp.MustCompile(`(?m)^- (.*(?:\n  .*)*)`)
	quotes   = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")
)

func normalise(s string) string {
	return quotes.Replace(strings.Join(strings.Fields(expandLigatures(s)), " "))
}

// TestBulletsWithWraps: every list item of the source comes out as one bullet line
// followed by its wrapped lines marked as continuations, with the marker stripped.
func TestBulletsWithWraps(t *testing.T) {
	for _, tc := range []struct{ pdf, src string }{
		{"chromium-onecol.pdf", "onecol.html"},
		{"pdftex-paged.pdf", "paged.md"},
		{"writer-paged.pdf", "paged.md"},
	} {
		t.Run(tc.pdf, func(t *testing.T) {
			src := string(readFixture(t, filepath.Join("src", tc.src)))
			var want []string
			re := mdItem
			if strings.HasSuffix(tc.src, ".html") {
				re = htmlItem
			}
			for _, m := range re.FindAllStringSubmatch(src, -1) {
				want = append(want, normalise(m[1]))
			}
			res := extractFixture(t, tc.pdf, Options{})
			got := items(res.Lines)
			if len(got) != len(want) {
				t.Fatalf("%d items, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
			}
			wraps := 0
			for _, l := range res.Lines {
				if l.Continuation {
					wraps++
				}
			}
			if wraps < 5 {
				t.Errorf("only %d continuation lines; the fixture wraps more items than that", wraps)
			}
			for i := range want {
				// Writer breaks "severity-one" at the hyphen; it comes back joined either way.
				if g := normalise(got[i]); g != want[i] {
					t.Errorf("item %d:\n got %q\nwant %q", i+1, g, want[i])
				}
			}
		})
	}
}

func TestLigaturesUndone(t *testing.T) {
	got := joinLines(extractFixture(t, "chromium-onecol.pdf", Options{}))
	for _, w := range []string{"official", "first", "efficient", "fleet"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing", w)
		}
	}
	if strings.ContainsAny(got, "\uFB00\uFB01\uFB02\uFB03\uFB04") {
		t.Errorf("ligature characters left in the text:\n%s", got)
	}
}

func TestHyphenationJoined(t *testing.T) {
	res := extractFixture(t, "pdftex-hyphen.pdf", Options{})
	got := joinLines(res)
	for _, w := range []string{"infrastructure", "configuration", "observability", "on-call"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q missing:\n%s", w, got)
		}
	}
	for _, l := range res.Lines {
		if strings.HasSuffix(l.Text, "-") {
			t.Errorf("line still ends with a hyphen: %q", l.Text)
		}
	}
	// A browser does not hyphenate on its own: a hyphen at its line end belongs to the
	// word and stays.
	if got := joinLines(extractFixture(t, "chromium-onecol.pdf", Options{})); !strings.Contains(got, "infra-structure") {
		t.Errorf("chromium: %q missing:\n%s", "infra-structure", got)
	}
}

func TestRunningHeadsDropped(t *testing.T) {
	ref := string(readFixture(t, "pdftex-paged.ref.txt"))
	if strings.Count(ref, "Curriculum Vitae") != 2 || !strings.Contains(ref, "Page 2") {
		t.Fatal("the fixture should repeat its header on both pages and number them")
	}
	res := extractFixture(t, "pdftex-paged.pdf", Options{})
	if res.Pages != 2 {
		t.Fatalf("pages = %d, want 2", res.Pages)
	}
	pages := map[int]int{}
	for _, l := range res.Lines {
		pages[l.Pos.Page]++
		if strings.Contains(l.Text, "Curriculum Vitae") || regexp.MustCompile(`^Page \d$`).MatchString(l.Text) {
			t.Errorf("running head or page number kept: %d:%d %q", l.Pos.Page, l.Pos.Line, l.Text)
		}
		if l.PageStart != (l.Pos.Line == 1 && l.Pos.Page > 1) {
			t.Errorf("PageStart wrong on %d:%d", l.Pos.Page, l.Pos.Line)
		}
	}
	if pages[1] < 10 || pages[2] < 3 {
		t.Errorf("lines per page %v: body text lost", pages)
	}
	// The name at the top of page 1 is a heading, not a running head: it stays once.
	if n := strings.Count(joinLines(res), "Jordan Okafor"); n != 1 {
		t.Errorf("name appears %d times, want 1", n)
	}
}

// TestTwoColumnFixture: the sidebar is read as a block, before or after the main
// column, never interleaved with it.
func TestTwoColumnFixture(t *testing.T) {
	src := string(readFixture(t, "src/twocol.html"))
	side := wordSet(between(src, "<aside>", "</aside>"))
	main := wordSet(between(src, "<main>", "</main>"))
	header := wordSet(between(src, "<header>", "</header>"))
	for w := range side {
		if main[w] || header[w] {
			delete(side, w)
			delete(main, w)
		}
	}
	for w := range header {
		delete(main, w)
	}
	res := extractFixture(t, "chromium-twocol.pdf", Options{})
	var seq []byte
	for _, l := range res.Lines {
		s, m := 0, 0
		for _, w := range recall.Words(l.Text) {
			if side[w] {
				s++
			}
			if main[w] {
				m++
			}
		}
		switch {
		case s > 0 && m > 0:
			t.Errorf("line mixes sidebar and main column: %q", l.Text)
		case s > 0:
			seq = append(seq, 'S')
		case m > 0:
			seq = append(seq, 'M')
		}
	}
	var nested []string
	for _, l := range res.Lines {
		if l.ListLevel > 0 {
			nested = append(nested, l.Text)
		}
	}
	if len(nested) != 2 || !strings.HasPrefix(nested[0], "Storage engine") {
		t.Errorf("nested list items (ListLevel 1): %q", nested)
	}
	order := regexp.MustCompile(`^(S+M+|M+S+)$`)
	if !order.Match(seq) {
		t.Errorf("columns interleaved: %s", seq)
	}
}

func between(s, a, b string) string {
	i, j := strings.Index(s, a), strings.Index(s, b)
	if i < 0 || j < i {
		return ""
	}
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s[i:j], " ")
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range recall.Words(s) {
		if len(w) > 2 {
			m[w] = true
		}
	}
	return m
}

func TestEncrypted(t *testing.T) {
	for _, name := range []string{"encrypted-aes256.pdf", "encrypted-rc4.pdf"} {
		for _, engine := range []string{EngineBuiltin, EngineAuto} {
			_, err := Extract(context.Background(), name, readFixture(t, name), Options{Engine: engine})
			if !errors.Is(err, ErrEncrypted) {
				t.Errorf("%s (%s): err = %v, want ErrEncrypted", name, engine, err)
				continue
			}
			if !strings.HasPrefix(err.Error(), name+": ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error should be one line naming the file: %q", err)
			}
			t.Log(err)
		}
	}
}

func TestImageOnly(t *testing.T) {
	name := "scan-image-only.pdf"
	_, err := Extract(context.Background(), name, readFixture(t, name), Options{Engine: EngineBuiltin})
	if !errors.Is(err, ErrNoText) || !strings.HasPrefix(err.Error(), name+": ") {
		t.Errorf("builtin: err = %v, want ErrNoText naming the file", err)
	}
	// pdftotext finds no text either, so auto reports the same.
	_, err = Extract(context.Background(), name, readFixture(t, name), Options{})
	if !errors.Is(err, ErrNoText) {
		t.Errorf("auto: err = %v, want ErrNoText", err)
	}
}

// TestGarbledTextLayer: a text layer whose fonts cannot be decoded is reported, by
// both engines (pdftotext prints shifted letters for it, which must not pass either).
func TestGarbledTextLayer(t *testing.T) {
	name := "garbled-tounicode.pdf"
	data := readFixture(t, name)
	_, err := Extract(context.Background(), name, data, Options{Engine: EngineBuiltin})
	if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "glyphs") {
		t.Errorf("builtin: err = %v, want ErrNoText about undecodable glyphs", err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		if _, err := Extract(context.Background(), name, data, Options{}); !errors.Is(err, ErrNoText) {
			t.Errorf("auto with poppler's garbage: err = %v, want ErrNoText", err)
		}
	}
}

// TestAutoFallback runs a stand-in pdftotext (a script on PATH that prints a known
// text) to check the auto engine's decision, the warning, and the line parsing.
func TestAutoFallback(t *testing.T) {
	bin := t.TempDir()
	script := "#!/bin/sh\nprintf 'Alex Kim\\nEngineering Manager\\n\\n\\342\\200\\242 Led a team of eight engineers across two time zones\\n\\014Education\\nBSc Physics, 2012\\n\\014'\n"
	if err := os.WriteFile(filepath.Join(bin, "pdftotext"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	name := "garbled-tounicode.pdf"
	res, err := Extract(context.Background(), name, readFixture(t, name), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Engine != EnginePdftotext || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "used pdftotext") {
		t.Errorf("engine %q warnings %q", res.Engine, res.Warnings)
	}
	want := []string{"1:1 Alex Kim", "1:2 Engineering Manager", "1:3 •Led a team of eight engineers across two time zones", "2:1 Education", "2:2 BSc Physics, 2012"}
	var got []string
	for _, l := range res.Lines {
		b := ""
		if l.Bullet {
			b = "•"
		}
		got = append(got, fmt.Sprintf("%d:%d %s%s", l.Pos.Page, l.Pos.Line, b, l.Text))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines\n got %q\nwant %q", got, want)
	}
	// builtin never runs another program, even when one is on PATH.
	if _, err := Extract(context.Background(), name, readFixture(t, name), Options{Engine: EngineBuiltin}); !errors.Is(err, ErrNoText) {
		t.Errorf("builtin: err = %v, want ErrNoText", err)
	}
	// Without pdftotext, pdftotext as the engine is a clear error.
	t.Setenv("PATH", t.TempDir())
	if _, err := Extract(context.Background(), name, readFixture(t, name), Options{Engine: EnginePdftotext}); err == nil || !strings.Contains(err.Error(), "not on PATH") {
		t.Errorf("missing pdftotext: err = %v", err)
	}
}

func TestBadInput(t *testing.T) {
	good := readFixture(t, "chromium-onecol.pdf")
	cases := map[string][]byte{
		"empty.pdf":    nil,
		"text.pdf":     []byte("Jane Doe\nEngineering Manager\n"),
		"html.pdf":     []byte("<!doctype html><p>not a pdf</p>"),
		"header.pdf":   []byte("%PDF-1.7\n"),
		"half.pdf":     good[:len(good)/2],
		"tail-cut.pdf": good[:len(good)-200],
		"head-cut.pdf": good[:4096],
		"fake-eof.pdf": append(append([]byte(nil), good[:len(good)/2]...), "\nstartxref\n999999\n%%EOF\n"...),
		"junk.pdf":     append([]byte("%PDF-1.4\n"), append(good[len(good)/3:len(good)/2:len(good)/2], "%%EOF\n"...)...),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			res, err := Extract(context.Background(), name, data, Options{Engine: EngineBuiltin})
			if err == nil {
				t.Fatalf("no error; got %d lines", len(res.Lines))
			}
			if !strings.HasPrefix(err.Error(), name+": ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error should be one line naming the file: %q", err)
			}
			if errors.Is(err, ErrEncrypted) {
				t.Errorf("not encrypted: %v", err)
			}
			t.Log(err)
		})
	}
}

func TestLimitsAndEngines(t *testing.T) {
	data := readFixture(t, "pdftex-paged.pdf")
	if _, err := Extract(context.Background(), "paged.pdf", data, Options{MaxPages: 1}); err == nil || !strings.Contains(err.Error(), "limit of 1") {
		t.Errorf("MaxPages 1 on a 2-page file: err = %v", err)
	}
	if _, err := Extract(context.Background(), "paged.pdf", data, Options{Engine: "magic"}); err == nil {
		t.Error("unknown engine accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, "paged.pdf", data, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not on PATH")
	}
	res, err := Extract(context.Background(), "paged.pdf", data, Options{Engine: EnginePdftotext})
	if err != nil {
		t.Fatal(err)
	}
	ref := string(readFixture(t, "pdftex-paged.ref.txt"))
	if res.Engine != EnginePdftotext || res.Pages != 2 || recall.Recall(ref, joinLines(res)) < 0.99 {
		t.Errorf("pdftotext engine: engine %q pages %d recall %.3f", res.Engine, res.Pages, recall.Recall(ref, joinLines(res)))
	}
	bullets := 0
	for _, l := range res.Lines {
		if l.Bullet {
			bullets++
		}
	}
	if bullets != 13 {
		t.Errorf("pdftotext engine: %d bullets, want 13", bullets)
	}
}

func TestStyleHints(t *testing.T) {
	res := extractFixture(t, "chromium-onecol.pdf", Options{})
	var name, role, heading *layout.Line
	for i := range res.Lines {
		l := &res.Lines[i]
		switch {
		case strings.HasPrefix(l.Text, "Priya Natarajan"):
			name = l
		case strings.HasPrefix(l.Text, "Engineering Manager, Ledgerly"):
			role = l
		case l.Text == "Experience":
			heading = l
		}
	}
	if name == nil || role == nil || heading == nil {
		t.Fatal("name, role or heading line not found")
	}
	if !name.Heading || !heading.Heading || role.Heading {
		t.Errorf("heading flags: name %v, section %v, role %v", name.Heading, heading.Heading, role.Heading)
	}
	if role.BodySize != 10.5 || math.Abs(role.Size-10.5) > 0.01 || !role.Bold {
		t.Errorf("role line: size %v body %v bold %v", role.Size, role.BodySize, role.Bold)
	}
	var numbered []string
	for _, l := range res.Lines {
		if l.Numbered {
			numbered = append(numbered, l.Text)
		}
	}
	if len(numbered) != 2 || !strings.HasPrefix(numbered[0], "Boring payments") || numbered[1] != "Calibration without tears" {
		t.Errorf("ordered-list items: %q", numbered)
	}
	if role.Text != "Engineering Manager, Ledgerly\tMar 2021 – Present" {
		t.Errorf("role line should keep the right-aligned dates as a tab-separated part: %q", role.Text)
	}
}

// TestTolerantOpen: files that readers commonly accept (PDF 2.0 header, bytes before
// the header, junk after %%EOF) are read, not refused.
func TestTolerantOpen(t *testing.T) {
	good := readFixture(t, "chromium-onecol.pdf")
	v20 := bytes.Clone(good)
	copy(v20, "%PDF-2.0")
	tail := append(bytes.Clone(good), bytes.Repeat([]byte("garbage appended by a mail gateway\n"), 20)...)
	want := joinLines(extractFixture(t, "chromium-onecol.pdf", Options{}))
	for name, data := range map[string][]byte{"v20.pdf": v20, "tail.pdf": tail} {
		res, err := Extract(context.Background(), name, data, Options{Engine: EngineBuiltin})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := joinLines(res); got != want {
			t.Errorf("%s: text differs from the original file", name)
		}
	}
}
