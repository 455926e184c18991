package check

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// TestBulletListSignals holds the way the signals are measured from outside: every
// bullet of a labelled set written as a list item of one Markdown résumé, its signals
// read from the report. Three shapes of that résumé (a bare list under a name, the
// list under an Experience heading, the list under a dated role) must each give back
// every bullet with the same signals. The first two hold no role, so the file is
// unread and not scored, but its bullets are still analysed: a list of several hundred
// bullets mentions dates and job titles in its sentences, and that must not hide them.
func TestBulletListSignals(t *testing.T) {
	texts := ownBulletTexts(t, filepath.Join(corpustest.RepoRoot(t), "testdata", "bullets", "dev.tsv"))
	if len(texts) < 300 {
		t.Fatalf("only %d bullets in dev.tsv", len(texts))
	}
	list := "- " + strings.Join(texts, "\n- ") + "\n"
	shapes := []struct {
		name, head string
		scored     bool
	}{
		{"bare list", "# Test Person\n\n", false},
		{"experience heading", "# Test Person\n\n## Experience\n\n", false},
		{"dated role", "# Test Person\n\n## Experience\n\n### Engineer, Example Corp\nJan 2015 – Present\n\n", true},
	}
	c, _ := benchChecker(t)
	dir := t.TempDir()
	var want map[string]string
	for _, sh := range shapes {
		path := filepath.Join(dir, strings.ReplaceAll(sh.name, " ", "-")+".md")
		if err := os.WriteFile(path, []byte(sh.head+list), 0o600); err != nil {
			t.Fatal(err)
		}
		res := c.File(context.Background(), path)
		if res.Err != nil || res.Report == nil {
			t.Fatalf("%s: %v", sh.name, res.Err)
		}
		rep := res.Report
		if rep.Scored() != sh.scored {
			t.Errorf("%s: scored %v (status %s), want %v", sh.name, rep.Scored(), rep.Status, sh.scored)
		}
		if !sh.scored {
			if rep.Status != report.StatusUnread || len(rep.Findings) > 0 || len(rep.TopChanges) > 0 {
				t.Errorf("%s: status %s with %d findings and %d changes; an unread file is shown, not judged", sh.name, rep.Status, len(rep.Findings), len(rep.TopChanges))
			}
			for _, b := range rep.Bullets {
				if len(b.Findings) > 0 || b.Suggestion != nil {
					t.Errorf("%s: bullet %q judged (%v) in an unread file", sh.name, b.Text, b.Findings)
					break
				}
			}
			w, err := report.New("html", report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var html bytes.Buffer
			if err := w.Write(&html, report.Single(rep)); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(html.String(), "No findings") {
				t.Errorf("%s: the HTML says a bullet of an unread file has no findings", sh.name)
			}
		}
		got := map[string]string{}
		for _, b := range rep.Bullets {
			var on []string
			for _, n := range signals.Names {
				if b.Signals.Get(n) {
					on = append(on, n)
				}
			}
			got[strings.Join(strings.Fields(b.Text), " ")] = strings.Join(on, ",")
		}
		if len(got) < len(texts)*99/100 {
			t.Errorf("%s: %d of %d bullets came back", sh.name, len(got), len(texts))
		}
		if want == nil {
			want = got
			continue
		}
		diff := 0
		for text, s := range want {
			if g, ok := got[text]; ok && g != s {
				diff++
				if diff <= 3 {
					t.Errorf("%s: %q has signals %s, %s in the first shape", sh.name, text, g, s)
				}
			}
		}
		if diff > 0 {
			t.Errorf("%s: %d bullets changed signals with the shape of the file", sh.name, diff)
		}
	}
}

// ownBulletTexts reads the distinct texts of a labelled set, spaces collapsed.
func ownBulletTexts(t *testing.T, path string) []string {
	t.Helper()
	exs, err := signals.ReadExamples(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	seen := map[string]bool{}
	for _, ex := range exs {
		text := strings.Join(strings.Fields(ex.Text), " ")
		if text != "" && !seen[text] {
			seen[text] = true
			out = append(out, text)
		}
	}
	return out
}
