package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/rules"
)

// BenchmarkFindAll matches every labelled bullet (testdata/bullets/dev.tsv) against
// every built-in lexicon, as the signals analyser does for each bullet it reads.
func BenchmarkFindAll(b *testing.B) {
	s, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bullets", "dev.tsv"))
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

// BenchmarkLoadBuiltin is what a fresh process pays for the built-in lexicons: the
// plain layout read directly (as Builtin does) and through the YAML library.
func BenchmarkLoadBuiltin(b *testing.B) {
	for _, plain := range []bool{true, false} {
		name := "yaml"
		if plain {
			name = "plain"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := load(rules.Lexicons, "lexicons", "rules/lexicons", plain); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
