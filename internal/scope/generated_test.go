package scope

import (
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/yamlx"
	rulepack "github.com/resumecheck/resumecheck/rules"
)

// The vocabulary compiled at build time (vocab_gen.go) is what ParseVocab makes of
// the built-in file, and Builtin uses it (TestVocabCurrent, in vocabgen, holds the
// file current; this holds what a run uses).
func TestGeneratedVocab(t *testing.T) {
	data, err := yamlx.ReadFile(rulepack.Scope, "scope/scope.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if generatedVocab == nil || yamlx.FingerprintOf(data) != generatedVocabSum {
		t.Fatal("vocab_gen.go was not made from rules/scope/scope.yaml: run go generate ./internal/yamlx")
	}
	want, err := ParseVocab("rules/scope/scope.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(generatedVocab, want) {
		t.Fatal("the generated vocabulary differs from ParseVocab's")
	}
	v, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if v != generatedVocab {
		t.Error("Builtin compiled the file instead of using the generated vocabulary")
	}
	// It reads a card as the compiled one does.
	const text = "Led a team of 8 engineers and hired 3; presented the roadmap to the VP of Engineering."
	if got, want := v.ReadText(text), want.ReadText(text); !reflect.DeepEqual(got, want) {
		t.Errorf("card %+v, want %+v", got, want)
	}
}

// wordSet and firstIndex find what a map would.
func TestWordSetAndFirstIndex(t *testing.T) {
	s := wordSet{"team", "a", "squad", "team", "b"}.sealed()
	for _, w := range []string{"a", "b", "squad", "team"} {
		if !s.has(w) {
			t.Errorf("%q not in %v", w, s)
		}
	}
	for _, w := range []string{"", "c", "teams", "0"} {
		if s.has(w) {
			t.Errorf("%q in %v", w, s)
		}
	}
	if (wordSet(nil)).has("a") {
		t.Error("a word in the empty set")
	}
	v := &Vocab{patterns: []*pattern{
		{seqs: [][]element{{{kind: eLit, one: "led"}}, {{kind: eNum}}}},
		{seqs: [][]element{{{kind: eLit, exact: wordSet{"led", "ran"}}}}},
	}}
	v.index()
	if got := v.first.lookup("led"); !reflect.DeepEqual(got, []seqRef{{0, 0}, {1, 0}}) {
		t.Errorf("led starts %v", got)
	}
	if got := v.first.lookup("ran"); !reflect.DeepEqual(got, []seqRef{{1, 0}}) {
		t.Errorf("ran starts %v", got)
	}
	if got := v.first.lookup("hired"); got != nil {
		t.Errorf("hired starts %v", got)
	}
	if !reflect.DeepEqual(v.patterns[0].others, []int{1}) {
		t.Errorf("others %v", v.patterns[0].others)
	}
}
