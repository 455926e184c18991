package signals

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// corpusDir finds ../shared/corpus beside the repository root (the directory with
// go.mod), or "" when it is absent.
func corpusDir(t *testing.T) string {
	c, _ := corpustest.Path()
	return c
}

// TestCorpusLines analyses every line of the real résumés' reference text: real
// text must never panic, and every signal must carry valid evidence. It also logs
// how often each signal fires, as a sanity check against the labelled set.
func TestCorpusLines(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("../shared/corpus not present")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "reference", "*.txt"))
	a := analyzer(t)
	lines := 0
	fired := map[string]int{}
	var shown []string // with SIGNALS_SHOW=name, the lines where that signal fired
	for _, f := range files {
		if strings.HasSuffix(f, ".layout.txt") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if countWords(line) < 4 {
				continue
			}
			lines++
			s, toks := a.AnalyzeTokens(line)
			n := utf8.RuneCountInString(line)
			for _, tk := range toks {
				if tk.Start < 0 || tk.End > n || tk.Start > tk.End {
					t.Fatalf("%s: token %+v out of range in %q", filepath.Base(f), tk, line)
				}
			}
			if name := os.Getenv("SIGNALS_SHOW"); name != "" && s.Get(name) {
				var ev []string
				r := []rune(line)
				for _, sp := range s.Evidence[name] {
					ev = append(ev, string(r[sp.Start:sp.End]))
				}
				shown = append(shown, fmt.Sprintf("%q ← %s", ev, line))
			}
			for _, name := range Names {
				if s.Get(name) {
					fired[name]++
				}
				if s.Get(name) != (len(s.Evidence[name]) > 0) {
					t.Fatalf("%s: %s is %v with evidence %v in %q", filepath.Base(f), name, s.Get(name), s.Evidence[name], line)
				}
				for _, sp := range s.Evidence[name] {
					if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
						t.Fatalf("%s: %s span %v out of range in %q", filepath.Base(f), name, sp, line)
					}
				}
			}
		}
	}
	if lines < 500 {
		t.Fatalf("only %d lines read from the corpus", lines)
	}
	var b strings.Builder
	for _, name := range Names {
		fmt.Fprintf(&b, "%s=%d ", name, fired[name])
	}
	t.Logf("%d corpus lines; signals fired: %s", lines, b.String())
	if testing.Verbose() && os.Getenv("SIGNALS_SHOW") != "" {
		for _, l := range shown {
			t.Log(l)
		}
	}
}
