// Package corpustest finds, for tests and benchmarks, the repository root and the shared
// corpus of real résumés that sits beside it (../shared/corpus). The corpus is other
// people's writing: tests read it when it is there and skip when it is not.
package corpustest

import (
	"bufio"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// RepoRoot returns the directory holding go.mod, found by walking up from the working
// directory (a package directory under `go test`).
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	root, ok := repoRoot()
	if !ok {
		tb.Fatal("no go.mod above the test directory")
	}
	return root
}

func repoRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", false
		}
		dir = up
	}
}

// Path returns the corpus directory (holding files/, reference/ and SOURCES.tsv), or
// false when it is absent.
func Path() (string, bool) {
	root, ok := repoRoot()
	if !ok {
		return "", false
	}
	c := filepath.Join(root, "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(c, "files")); err != nil {
		return "", false
	}
	return c, true
}

// Dir returns the corpus directory, or skips the test when the corpus is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	c, ok := Path()
	if !ok {
		tb.Skip("corpus absent: ../shared/corpus next to the repository")
	}
	return c
}

// Files returns the corpus files matching a glob such as "*.pdf", or skips.
func Files(tb testing.TB, pattern string) []string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join(Dir(tb), "files", pattern))
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// EachLine calls fn with every line of the files under dir whose names end in one of
// exts (lines up to 1 MiB), and returns how many lines it read. Tests that hold a
// hand-written matcher to the expression it replaced run it over the fixtures and the
// corpus's reference texts with this.
func EachLine(tb testing.TB, dir string, fn func(file, line string), exts ...string) int {
	tb.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ok := false
		for _, e := range exts {
			ok = ok || strings.HasSuffix(path, e)
		}
		if !ok {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			n++
			fn(filepath.Base(path), sc.Text())
		}
		return sc.Err()
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// EachTextLine calls fn with every line of the repository's text fixtures (testdata's
// .md, .txt, .tsv, .json and .html files) and then, when ../shared is present, every
// line of the corpus's reference texts. Each must hold at least 1,000 lines; without
// the corpus the test skips once the fixtures are read.
func EachTextLine(t *testing.T, fn func(file, line string)) {
	t.Helper()
	if n := EachLine(t, filepath.Join(RepoRoot(t), "testdata"), fn, ".md", ".txt", ".tsv", ".json", ".html"); n < 1000 {
		t.Errorf("only %d fixture lines read", n)
	}
	corpus, ok := Path()
	if !ok {
		t.Skip("no corpus at ../shared/corpus: the fixtures were checked")
	}
	if n := EachLine(t, filepath.Join(corpus, "reference"), fn, ".txt"); n < 1000 {
		t.Errorf("only %d corpus lines read", n)
	}
}

// Pieces joins 1 to max pieces drawn at random: the generated text a test of a
// hand-written matcher compares with the expression it replaced, over many draws.
func Pieces(rng *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for n := 1 + rng.Intn(max); n > 0; n-- {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}
