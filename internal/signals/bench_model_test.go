package signals

import "testing"

// BenchmarkModelLayer is what the learned layer adds to a 40-bullet résumé: the
// SIGNALS.md definitions, the features and the model's decisions, after the rules.
func BenchmarkModelLayer(b *testing.B) {
	a := analyzer(b)
	m, err := builtin()
	if err != nil || m == nil {
		b.Skip("no committed model")
	}
	all := readLabelled(b, "dev.tsv")
	type done struct {
		s  Signals
		bu *bullet
	}
	var pre []done
	for _, l := range all[:40] {
		s, bu := a.analyzeRules(l.text)
		pre = append(pre, done{s, bu})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range pre {
			s := d.s
			s.Evidence = cloneEvidence(d.s.Evidence)
			a.applyDefinitions(d.bu, &s)
			m.apply(&s, a.features(d.bu, s))
		}
	}
}

// BenchmarkParseModel is what a fresh worker pays to read the committed weights.
func BenchmarkParseModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseModel(modelWeights); err != nil {
			b.Fatal(err)
		}
	}
}
