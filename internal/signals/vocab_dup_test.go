package signals

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// A list defined by two lexicons is refused, naming both files.
func TestNewVocabDuplicateList(t *testing.T) {
	lex := map[string]*lexicon.Lexicon{}
	for _, f := range []struct{ file, yaml string }{
		{"a.yaml", "name: a\nlists:\n  shared:\n    - one\n"},
		{"b.yaml", "name: b\nlists:\n  own:\n    - two\n  shared:\n    - three\n"},
	} {
		l, err := lexicon.Parse(f.file, []byte(f.yaml))
		if err != nil {
			t.Fatal(err)
		}
		lex[l.Name] = l
	}
	_, err := newVocab(lex)
	if err == nil || !strings.Contains(err.Error(), "b.yaml: list \"shared\" is also defined in a.yaml") {
		t.Fatalf("newVocab = %v, want the duplicate list named with both files", err)
	}
}
