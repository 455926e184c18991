package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFindAll matches every labelled bullet (testdata/bullets/dev.tsv) against
// every built-in lexicon, as the signals analyser does for each bullet it reads.
func BenchmarkFindAll(b *testing.B) {
	s, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "bullets", "dev.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []*Text
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" {
			texts = append(texts, Prepare(line))
		}
	}
	var lexs []*Lexicon
	for _, n := range s.Names() {
		l, _ := s.Get(n)
		lexs = append(lexs, l)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			for _, l := range lexs {
				l.FindText(t)
			}
		}
	}
}
