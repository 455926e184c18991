package corpustest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// shingle is the length of a run of words that, found both in the project and in
// the shared corpus or the real bullets, counts as copied text.
const shingle = 8

// TestNoCorpusTextInProject: the project holds only what we write. No run of eight
// words of a corpus résumé (its reference text, Markdown or JSON) or of a real bullet
// may appear in a file the repository tracks: tests, fixtures, rules and comments
// alike. Web addresses and the printers' "lorem ipsum" filler are left out: neither is
// anyone's writing.
func TestNoCorpusTextInProject(t *testing.T) {
	corpus := Dir(t)
	root := RepoRoot(t)
	seen := map[string]string{}
	addText := func(src, text string) {
		w := words(text)
		for i := 0; i+shingle <= len(w); i++ {
			k := strings.Join(w[i:i+shingle], " ")
			if _, ok := seen[k]; !ok {
				seen[k] = src
			}
		}
	}
	for _, pat := range []string{"reference/*.txt", "files/*.md", "files/*.json"} {
		ms, _ := filepath.Glob(filepath.Join(corpus, pat))
		for _, m := range ms {
			b, err := os.ReadFile(m)
			if err != nil {
				t.Fatal(err)
			}
			addText(filepath.Base(m), string(b))
		}
	}
	if f, err := os.Open(filepath.Join(corpus, "..", "bullets", "real-dev.tsv")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p := strings.Split(sc.Text(), "\t"); len(p) >= 2 {
				addText("real-dev.tsv", p[1])
			}
		}
		f.Close()
	}
	out, err := exec.Command("git", "-C", root, "ls-files").Output()
	if err != nil {
		t.Skip("not a git checkout:", err)
	}
	for _, name := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".pdf", ".docx", ".sum", ".png":
			continue
		}
		if strings.Contains(name, "/testdata/fuzz/") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil || len(b) > 4<<20 {
			continue
		}
		w := words(string(b))
		for i := 0; i+shingle <= len(w); i++ {
			k := strings.Join(w[i:i+shingle], " ")
			if src, ok := seen[k]; ok {
				t.Errorf("%s: %q is copied from the corpus (%s); write our own text", name, k, src)
				break
			}
		}
	}
}

// filler is the start of the lorem ipsum placeholder text templates ship with.
var filler = map[string]bool{"lorem": true, "ipsum": true, "dolor": true, "sit": true, "amet": true,
	"consectetur": true, "adipiscing": true, "elit": true}

// words lower-cases text and splits it into runs of letters and digits, leaving out
// web addresses.
func words(text string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(text)) {
		if strings.Contains(f, "://") || strings.HasPrefix(f, "www.") {
			continue
		}
		if filler[strings.Trim(f, ".,;:")] {
			continue
		}
		out = append(out, strings.FieldsFunc(f, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
	}
	return out
}
