package lexicon

import (
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/yamlx"
	"github.com/resumecheck/resumecheck/rules"
)

// Every built-in lexicon file loads from the Go data made at build time, and that
// data is what decoding the file gives (TestLexiconTableCurrent, in lexgen, holds the
// table current; this holds what a run uses).
func TestGeneratedLexicons(t *testing.T) {
	entries, err := fs.ReadDir(rules.Lexicons, "lexicons")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		n++
		file := path.Join("rules/lexicons", e.Name())
		data, err := yamlx.ReadFile(rules.Lexicons, path.Join("lexicons", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		g := generatedFor(yamlx.FingerprintOf(data))
		if g == nil {
			t.Errorf("%s: not in lexicon_table_gen.go: run go generate ./internal/yamlx", file)
			continue
		}
		var want Lexicon
		if err := yamlx.Decode(file, data, &want); err != nil {
			t.Fatal(err)
		}
		if got := g.lexicon(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the generated lexicon differs from the decoded file", file)
		}
		l, err := parse(file, data, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Terms) > 0 && &l.Terms[0] != &g.terms[0] {
			t.Errorf("%s: loaded without its generated data", file)
		}
	}
	if n != len(generatedLexicons) {
		t.Errorf("%d built-in files, %d generated lexicons", n, len(generatedLexicons))
	}
}

// A built-in file edited since the table was made is decoded, with its edit.
func TestGeneratedLexiconNotForEditedFile(t *testing.T) {
	data, err := rules.Lexicons.ReadFile("lexicons/strong_verbs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "terms:", "terms:\n  - zzyzxed", 1)
	if edited == string(data) {
		t.Fatal("strong_verbs.yaml has no terms: list")
	}
	l, err := parse("rules/lexicons/strong_verbs.yaml", []byte(edited), true)
	if err != nil {
		t.Fatal(err)
	}
	if !l.Has("zzyzxed") {
		t.Error("the edited file's new term is not found")
	}
}
