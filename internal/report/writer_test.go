package report

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

func TestNew(t *testing.T) {
	for _, f := range []string{"text", "json", "markdown", "html", " HTML "} {
		if _, err := New(f, Options{}); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	_, err := New("pdf", Options{})
	if err == nil || !strings.Contains(err.Error(), strings.Join(Formats(), ", ")) {
		t.Errorf("unknown format: want an error listing the formats, got %v", err)
	}
}

// Every "<" the résumé brings is escaped, so each real tag in the output is one of the
// template's. These are all the elements and attributes the template uses; anything
// else in a tag means résumé markup got through.
var (
	reTag        = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>`)
	reQuoted     = regexp.MustCompile(`"[^"]*"`)
	reAttrName   = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(=|$|\s)`)
	reHref       = regexp.MustCompile(`\shref="([^"]*)"`)
	allowedTags  = strings.Fields("html head meta title style body nav a main h1 h2 h3 p div section table caption thead tbody tr th td ul ol li article header span svg circle text aside line rect dl dt dd br code q mark footer strong")
	allowedAttrs = strings.Fields("lang charset http-equiv content name href class id scope aria-label aria-hidden viewBox width height role cx cy r stroke-dasharray transform x y text-anchor x1 y1 x2 y2 title")
	localHref    = regexp.MustCompile(`^(#[a-z0-9-]+|[a-z0-9-]+\.html)$`)
)

// checkMarkup reports the first tag, attribute or link in out that the template does
// not make.
func checkMarkup(out string) string {
	for _, m := range reTag.FindAllStringSubmatch(out, -1) {
		if !slices.Contains(allowedTags, strings.ToLower(m[2])) {
			return "element " + m[0]
		}
		for _, a := range reAttrName.FindAllStringSubmatch(reQuoted.ReplaceAllString(m[3], `""`), -1) {
			if !slices.Contains(allowedAttrs, a[1]) {
				return "attribute " + a[1] + " in " + m[0]
			}
		}
		for _, h := range reHref.FindAllStringSubmatch(m[0], -1) {
			if !localHref.MatchString(h[1]) {
				return "link " + h[1]
			}
		}
	}
	return ""
}

func TestHTMLEscapesEverything(t *testing.T) {
	// The checker itself must catch what it looks for.
	for _, bad := range []string{`<img src=x>`, `<p onclick="x">`, `<a href="javascript:x">`, `<a href="https://x.org/">`, `<p class="a" onmouseover=x>`} {
		if checkMarkup(bad) == "" {
			t.Fatalf("checkMarkup misses %s", bad)
		}
	}
	b := Single(fixtureReport(payloadText))
	var outs []string
	outs = append(outs, string(render(t, "html", Options{}, b)))
	dir := t.TempDir()
	batch := &Batch{Reports: []*Report{fixtureReport(payloadText), fixtureReport(normalText)}, Errors: []FileError{{File: `<img src=x onerror=alert(1)>.pdf`, Error: `<script>alert("err")</script>`}}}
	if err := WriteDir(dir, batch, Options{}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(data))
	}
	for i, out := range outs {
		if bad := checkMarkup(out); bad != "" {
			t.Errorf("output %d: résumé markup got through: %s", i, bad)
		}
		if n := strings.Count(out, "<style"); n != 1 {
			t.Errorf("output %d: %d <style> elements, want only ours", i, n)
		}
		if !strings.Contains(out, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:`) {
			t.Errorf("output %d: no strict Content-Security-Policy", i)
		}
		if strings.Contains(out, `http-equiv="refresh"`) {
			t.Errorf("output %d: a meta refresh got through", i)
		}
	}
	// The payloads are there, as text.
	for _, want := range []string{"&lt;script&gt;window.__pwned", "{{template &#34;x&#34;}}", "{{.Secret}}", "javascript:window.__pwned=&#34;link&#34;", "&lt;/textarea&gt;&lt;/title&gt;"} {
		if !strings.Contains(outs[0], want) {
			t.Errorf("payload text %q is not shown as text", want)
		}
	}
}

// TestHTMLSelfContained: the normal report refers to nothing outside itself.
func TestHTMLSelfContained(t *testing.T) {
	out := string(render(t, "html", Options{}, fixtureBatch()))
	external := regexp.MustCompile(`(?i)(src|href|action|data|poster|srcset)\s*=\s*"?\s*(https?:|//|file:|ftp:)|url\(|@import|@font-face|<script`)
	if m := external.FindString(out); m != "" {
		t.Errorf("report refers outside itself: %q", m)
	}
	for _, want := range []string{"<svg", "@page", "@media print", "Coach's notes", "Interview preparation", "Top changes"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	write := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteFileAtomic(path, write("first")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(path, write("second")); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileAtomic(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), path) {
		t.Errorf("a failing write must return its error naming the file; got %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "second" {
		t.Errorf("after a failed write the file holds %q, want the previous report", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("report mode %v, want 0644", fi.Mode().Perm())
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "r.html"), write("x")); err == nil {
		t.Error("writing into a missing directory must fail")
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	b := fixtureBatch()
	dup := *b.Reports[1]
	dup.File = "other/alex-kim.md" // same base name as cv/alex-kim.md
	index := &Report{File: "index.pdf", Track: "ic"}
	b.Reports = append(b.Reports, &dup, index)
	if err := WriteDir(dir, b, Options{}); err != nil {
		t.Fatal(err)
	}
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"alex-kim-2.html", "alex-kim.html", "index-2.html", "index.html", "priya-natarajan.html"}
	if !slices.Equal(names, want) {
		t.Fatalf("files %v, want %v", names, want)
	}
	idx, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	for _, n := range want[:3] {
		if !strings.Contains(string(idx), `href="`+n+`"`) {
			t.Errorf("index.html does not link to %s", n)
		}
	}
	if !strings.Contains(string(idx), "no text layer") {
		t.Error("index.html does not list the file that could not be read")
	}
	page, _ := os.ReadFile(filepath.Join(dir, "priya-natarajan.html"))
	if !strings.Contains(string(page), `href="index.html"`) {
		t.Error("a page does not link back to the index")
	}
}

// TestIndexOrders checks every pre-rendered order of the batch index is really sorted,
// and every header links to an order that exists.
func TestIndexOrders(t *testing.T) {
	b := fixtureBatch()
	third := secondReport()
	third.File, third.Document.Contact.Name, third.OverallScore, third.Track = "cv/zoe.md", "Zoë Adams", 88, "em-ready"
	b.Reports = append(b.Reports, third)
	idx := buildIndex(b, []string{"a.html", "b.html", "c.html"})
	ids := map[string]bool{}
	for _, o := range idx.Orders {
		ids[o.ID] = true
	}
	if len(idx.Orders) != 2*(6+6) || !idx.Orders[len(idx.Orders)-1].Default {
		t.Fatalf("%d orders, default last=%v; want name, overall, track, largest team, roles, bullets and 6 areas, both ways, default last", len(idx.Orders), idx.Orders[len(idx.Orders)-1].Default)
	}
	for _, o := range idx.Orders {
		for _, h := range o.Headers {
			if !ids[strings.TrimPrefix(h.Href, "#")] {
				t.Errorf("%s: header %s links to missing %s", o.ID, h.Label, h.Href)
			}
		}
		var overall []int
		for _, r := range o.Rows {
			overall = append(overall, r.Overall)
		}
		switch o.ID {
		case "by-overall-desc":
			if !slices.Equal(overall, []int{88, 64, 41}) {
				t.Errorf("by-overall-desc: %v", overall)
			}
		case "by-overall-asc":
			if !slices.Equal(overall, []int{41, 64, 88}) {
				t.Errorf("by-overall-asc: %v", overall)
			}
		case "by-name-asc":
			if o.Rows[0].Name != "Alex Kim" || o.Rows[2].Name != "Zoë Adams" {
				t.Errorf("by-name-asc: %v", o.Rows)
			}
		case "by-track-desc":
			if o.Rows[0].Track != "EM-ready" || o.Rows[2].Track != "IC" {
				t.Errorf("by-track-desc: %v", o.Rows)
			}
		case "by-area-people-asc":
			// Zoë's copy of Alex's report has people 10; Priya has 48.
			if o.Rows[2].Name != "Priya Natarajan" {
				t.Errorf("by-area-people-asc: %v", o.Rows)
			}
		}
	}
}

// TestSegments: whatever spans the analysis sends (overlapping, out of range, inverted),
// the highlighted pieces put back together are exactly the bullet text.
func TestSegments(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"Led a team of 6 — grew it to 11", "Résumé 👩‍💻 naïve café", "x", ""}
	for i := 0; i < 2000; i++ {
		text := texts[i%len(texts)]
		n := utf8.RuneCountInString(text)
		ev := map[string][]signals.Span{}
		for range rng.IntN(4) {
			name := signals.Names[rng.IntN(len(signals.Names))]
			ev[name] = append(ev[name], signals.Span{Start: rng.IntN(n+6) - 3, End: rng.IntN(n+6) - 3})
		}
		var sb strings.Builder
		segs := segments(text, ev)
		for j, s := range segs {
			sb.WriteString(s.Text)
			if s.Text == "" {
				t.Fatalf("empty segment in %q with %v", text, ev)
			}
			if j > 0 && slices.Equal(segs[j-1].Signals, s.Signals) {
				t.Fatalf("adjacent segments with the same signals were not merged: %v", segs)
			}
		}
		if sb.String() != text {
			t.Fatalf("segments of %q with %v give %q", text, ev, sb.String())
		}
	}
	segs := segments("Cut 38% of p99", map[string][]signals.Span{"quantified": {{Start: 4, End: 7}}, "technical": {{Start: 11, End: 14}, {Start: 4, End: 5}}})
	got := []string{}
	for _, s := range segs {
		got = append(got, s.Text+"/"+strings.Join(s.Signals, "+"))
	}
	want := []string{"Cut /", "3/quantified+technical", "8%/quantified", " of /", "p99/technical"}
	if !slices.Equal(got, want) {
		t.Errorf("segments = %v, want %v", got, want)
	}
}

func TestTextOptions(t *testing.T) {
	b := fixtureBatch()
	for _, width := range []int{40, 60, 100} {
		out := render(t, "text", Options{Width: width}, b)
		for i, line := range strings.Split(string(out), "\n") {
			// A single word longer than the line may overflow; nothing else may.
			if n := utf8.RuneCountInString(line); n > width && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("width %d: line %d has %d columns: %q", width, i+1, n, line)
			}
		}
	}
	plain := render(t, "text", Options{}, b)
	if bytes.Contains(plain, []byte("\x1b[")) {
		t.Error("colour codes without Options.Color")
	}
	if !bytes.Contains(render(t, "text", Options{Color: true}, b), []byte("\x1b[")) {
		t.Error("no colour with Options.Color")
	}
	quiet := strings.Split(strings.TrimSpace(string(render(t, "text", Options{Quiet: true}, b))), "\n")
	if len(quiet) != 3 {
		t.Errorf("quiet: want one line per file (3), got %d:\n%s", len(quiet), strings.Join(quiet, "\n"))
	}
	verbose := string(render(t, "text", Options{Verbose: true, Width: 300}, b))
	for _, want := range []string{`cross_team("Finance and Legal")`, "Mentored 3 engineers, two of whom"} {
		if !strings.Contains(verbose, want) {
			t.Errorf("verbose output lacks %q", want)
		}
	}
	if strings.Contains(string(plain), "Mentored 3 engineers, two of whom") {
		t.Error("a bullet with nothing to fix is printed without -v")
	}
	if strings.Contains(string(plain), "sixth change") {
		t.Error("more than 5 top changes printed")
	}
}

// TestOddReports: writers must not panic or lose the file on reports the scorer should
// never make but a bug could: no document, references outside it, scores out of range,
// spans past the text, nil entries, an empty batch.
func TestOddReports(t *testing.T) {
	odd := &Report{
		File:         "odd.txt",
		OverallScore: 140,
		Areas:        map[string]int{"b": -5, "a": 300},
		Bullets: []Bullet{{Ref: resume.Ref{Section: 7, Role: 3, Bullet: 9}, Text: "Ünïcode — text",
			Signals:    signals.Signals{Quantified: true, Evidence: map[string][]signals.Span{"quantified": {{Start: -4, End: 99}}, "made_up": {{Start: 3, End: 1}}}},
			Suggestion: &Suggestion{After: "x"}}},
		Findings: []rules.Finding{
			{RuleID: "r1", Scope: rules.ScopeBullet, Ref: resume.Ref{Section: 2, Role: 0, Bullet: 0}, Span: &signals.Span{Start: 50, End: 60}},
			{RuleID: "r2", Ref: resume.Ref{Section: -1, Role: -1, Bullet: -1}},
		},
		TopChanges:      []Change{{Rank: 0}, {Rank: -1}},
		RoleSuggestions: []RoleSuggestion{{Ref: resume.Ref{Section: 4, Role: 4, Bullet: -1}, Message: "m"}},
	}
	batches := map[string]*Batch{
		"odd":     Single(odd),
		"nil doc": Single(&Report{}),
		"nils":    {Reports: []*Report{nil, odd, nil}},
		"empty":   {},
		"nil":     nil,
	}
	for name, b := range batches {
		for _, f := range Formats() {
			for _, opts := range []Options{{}, {Verbose: true, Width: 1}, {Quiet: true}, {Redact: true}} {
				var buf bytes.Buffer
				w, _ := New(f, opts)
				if err := w.Write(&buf, b); err != nil {
					t.Errorf("%s/%s: %v", name, f, err)
				}
				if name == "odd" && !opts.Quiet && !strings.Contains(buf.String(), "odd.txt") {
					t.Errorf("%s/%s: the file name is missing", name, f)
				}
			}
		}
		if err := WriteDir(t.TempDir(), b, Options{}); err != nil {
			t.Errorf("%s: WriteDir: %v", name, err)
		}
	}
}

// BenchmarkWriters measures each format on the hand-made report (one file) and on a
// batch of twenty copies, the size of a coach's client list.
func BenchmarkWriters(b *testing.B) {
	single := Single(fixtureReport(normalText))
	twenty := &Batch{}
	for range 20 {
		twenty.Reports = append(twenty.Reports, fixtureReport(normalText))
	}
	for _, f := range Formats() {
		for name, batch := range map[string]*Batch{"single": single, "batch20": twenty} {
			b.Run(f+"/"+name, func(b *testing.B) {
				w, _ := New(f, Options{Width: 100})
				for b.Loop() {
					if err := w.Write(io.Discard, batch); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	b.Run("redact/single", func(b *testing.B) {
		for b.Loop() {
			Redact(single)
		}
	})
}
