package lexicon

import (
	"io/fs"
	"path"
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/yamlx"
	"github.com/resumecheck/resumecheck/rules"
)

// Every built-in lexicon file must read the same through decodePlain as through the
// YAML library, or fall back to the library (the plain reader may refuse a file, but
// never read it differently).
func TestDecodePlain(t *testing.T) {
	names, err := fs.Glob(rules.Lexicons, "lexicons/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in lexicons (%v)", err)
	}
	plain := 0
	for _, name := range names {
		data, err := fs.ReadFile(rules.Lexicons, name)
		if err != nil {
			t.Fatal(err)
		}
		var want Lexicon
		if err := yamlx.Decode(name, data, &want); err != nil {
			t.Fatal(err)
		}
		got, ok := decodePlain(data)
		if !ok {
			t.Logf("%s: read by the YAML library", path.Base(name))
			continue
		}
		plain++
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decodePlain read\n%#v\nthe YAML library\n%#v", name, got, want)
		}
	}
	if plain == 0 {
		t.Error("decodePlain read none of the built-in files")
	}
}

func TestDecodePlainRefuses(t *testing.T) {
	for _, src := range []string{
		"name: a\nterms:\n  - yes\n",
		"name: a\nterms:\n  - 12\n",
		"name: a\nterms:\n  - a: b\n",
		"name: a\nterms:\n  - x # note\n",
		"name: a\nterms:\n  - [a, b]\n",
		"name: a\nterms:\n    - a\n",
		"name: a\nextra: 1\n",
		"name: a\nname: b\n",
		"name: a\ndescription: |\n  x\n",
		"name: a\ndescription: >\n  x\n\n  y\n",
		"name: a\nterms:\n  - 'it''s\n",
		"name: a\r\nterms:\r\n  - a\r\n",
		"name: a\nterms: [a]\n",
		"name: a\nterms:\n  - .Inf\n",
	} {
		if l, ok := decodePlain([]byte(src)); ok {
			t.Errorf("decodePlain(%q) = %#v, want a fall-back to the YAML library", src, l)
		}
	}
	l, ok := decodePlain([]byte("name: a\ndescription: >\n  one\n  two\nterms:\n  # c\n  - 'it''s'\n  - c++\n"))
	want := Lexicon{Name: "a", Description: "one two\n", Terms: []string{"it's", "c++"}}
	if !ok || !reflect.DeepEqual(l, want) {
		t.Errorf("decodePlain = %#v, %v; want %#v", l, ok, want)
	}
}
