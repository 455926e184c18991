package signals

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/rules"
)

// The model and lexicons are built before the timer starts: BenchmarkModelLoad in
// internal/nlp measures that cost on its own.

func BenchmarkAnalyze(b *testing.B) {
	a := analyzer(b)
	text := "Led a team of 6 engineers to cut p99 latency of the checkout API from 450 ms to 38 ms, partnering with product and support."
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(text)
	}
}

// BenchmarkAnalyzeResume analyses a 40-bullet résumé (the first 40 labelled bullets).
func BenchmarkAnalyzeResume(b *testing.B) {
	a := analyzer(b)
	all := readLabelled(b, "dev.tsv")
	if len(all) < 40 {
		b.Fatalf("only %d bullets", len(all))
	}
	bullets := all[:40]
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range bullets {
			a.Analyze(l.text)
		}
	}
}

// BenchmarkLexicons is the cost of parsing and compiling the built-in lexicons, which
// lexicon.Builtin pays once per process.
func BenchmarkLexicons(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lexicon.Load(rules.Lexicons, "lexicons"); err != nil {
			b.Fatal(err)
		}
	}
}
