package signals

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// realDevFloors hold the F1 of what ships, measured on ../shared/bullets/real-dev.tsv
// (552 real bullets, 50 résumés) by 10-fold cross-validation with whole repositories
// held out: each fold's model is trained on the other folds' repositories and the
// project's own sets. Reproduce with
//
//	go run ./internal/signals/trainmodel -cv 10
var realDevFloors = map[string]float64{
	Quantified: 0.93, FirstPerson: 0.98, TeamFraming: 0.68, CrossTeam: 0.70, Technical: 0.92,
	People: 0.71, PM: 0.75, Communication: 0.71, WeakOpener: 0.90, Passive: 0.93,
}

func TestRealDevCrossValidated(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-validation trains ten models")
	}
	root := corpustest.RepoRoot(t)
	real := RealDevPath(root)
	if _, err := os.Stat(real); err != nil {
		t.Skip("../shared/bullets/real-dev.tsv absent")
	}
	test, err := ReadExamples(real, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(test) < 500 {
		t.Fatalf("only %d real bullets", len(test))
	}
	own, err := OwnSets(root)
	if err != nil {
		t.Fatal(err)
	}
	always, err := ReadSets(own, DefaultTrainOptions.OwnWeight)
	if err != nil {
		t.Fatal(err)
	}
	rules, model, _ := analyzer(t).CrossValidate(test, always, 10, DefaultTrainOptions)
	t.Log("\n" + FormatTallies("rules", rules) + FormatTallies("model cv10", model))
	shipped := rules // the committed model is empty: the rules decide alone
	for _, n := range Names {
		if f := shipped[n].F1(); f < realDevFloors[n] {
			t.Errorf("%s: cross-validated F1 %.3f below floor %.2f", n, f, realDevFloors[n])
		}
	}
}

func TestReadExamplesGroups(t *testing.T) {
	if got := repoOf("github:owner/repo/dir/resume.md"); got != "owner/repo" {
		t.Errorf("repoOf = %q", got)
	}
	if got := repoOf("github:owner/repo"); got != "owner/repo" {
		t.Errorf("repoOf = %q", got)
	}
}

// The committed weights parse, and hold no readable text: every feature is a named
// rule, lexicon or tag feature the analyser defines, or a hash.
func TestBuiltinModel(t *testing.T) {
	m, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`^h:[0-9a-f]{16}$`)
	for n, line := range strings.Split(modelWeights, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") || f[0] == "signals" {
			continue
		}
		if _, ok := namedFeature[namedKey(f[0])]; !ok && !hashed.MatchString(f[0]) {
			t.Errorf("model_weights.txt:%d: feature %q is neither named nor hashed", n+1, f[0])
		}
	}
	if m == nil {
		return
	}
	for _, s := range m.decides {
		if crisp[s] {
			t.Errorf("the model decides %s, which the rules force", s)
		}
	}
}

// A model written and read back decides the same.
func TestModelRoundTrip(t *testing.T) {
	m := &Model{decides: []string{TeamFraming, People}, w: map[uint64][]float32{
		keyBias:                  {-1, -2},
		ruleKeys[People]:         {1.5, 3},
		hashKey(kindWord, "abc"): {0.25, -0.5},
	}}
	var b strings.Builder
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "abc") {
		t.Error("a word feature was written as text")
	}
	got, err := ParseModel(b.String())
	if err != nil {
		t.Fatal(err)
	}
	for k, ws := range m.w {
		g := got.w[k]
		for j := range ws {
			if len(g) != len(ws) || g[j] != ws[j] {
				t.Fatalf("feature %x: got %v want %v", k, g, ws)
			}
		}
	}
}
