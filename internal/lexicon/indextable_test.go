package lexicon

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/resumecheck/resumecheck/rules"
)

// Every built-in lexicon with terms loads with the index made at build time, and that
// index is the one newTermIndex builds from its terms (TestIndexTableCurrent, in
// ixgen, holds the file current; this holds what a run uses).
func TestBuiltinIndexesUsed(t *testing.T) {
	set, err := load(rules.Lexicons, "lexicons", "rules/lexicons", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(builtinIndexes) == 0 {
		t.Fatal("no built-in index: run go generate ./internal/yamlx")
	}
	used := 0
	for _, name := range set.Names() {
		l, _ := set.Get(name)
		if len(l.Terms) == 0 {
			continue
		}
		p := l.ix
		if p == nil {
			t.Errorf("%s: loaded without its built-in index", name)
			continue
		}
		if !madeAtBuild(p) {
			t.Errorf("%s: its index is not one of the built-in ones", name)
			continue
		}
		used++
		if want := newTermIndex(l.Terms); !reflect.DeepEqual((*termIndex)(p), want) {
			t.Errorf("%s: the built-in index differs from the one its terms make", name)
		}
	}
	if used != len(builtinIndexes) {
		t.Errorf("%d built-in indexes used, %d generated", used, len(builtinIndexes))
	}
}

// A built-in file edited since the table was made (a term added) gets no index from
// it: one is built from its own terms at the first search, and finds the new term.
func TestBuiltinIndexNotForEditedFile(t *testing.T) {
	data, err := rules.Lexicons.ReadFile("lexicons/technical.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edited := append([]byte(nil), data...)
	edited = append(edited, []byte("\n# edited\n")...)
	l, err := parse("rules/lexicons/technical.yaml", edited, true)
	if err != nil {
		t.Fatal(err)
	}
	if l.ix != nil {
		t.Fatal("an edited file was given the index made for the original")
	}
	if !l.Has(l.Terms[0]) {
		t.Errorf("%q not found in its own lexicon", l.Terms[0])
	}
}

// madeAtBuild tells whether ix is one of the indexes of index_table_gen.go.
func madeAtBuild(ix unsafe.Pointer) bool {
	for _, b := range builtinIndexes {
		if unsafe.Pointer(b.ix) == ix {
			return true
		}
	}
	return false
}
