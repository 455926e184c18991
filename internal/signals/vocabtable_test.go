package signals

import (
	"maps"
	"slices"
	"testing"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// builtinLex returns the analyser's built-in lexicons by name.
func builtinLex(t *testing.T) map[string]*lexicon.Lexicon {
	t.Helper()
	set, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	lex := map[string]*lexicon.Lexicon{}
	for _, name := range Lexicons {
		l, ok := set.Get(name)
		if !ok {
			t.Fatalf("no lexicon %s", name)
		}
		lex[name] = l
	}
	return lex
}

// TestBuiltinVocabUsed: the analyser of the built-in lexicons reads the table written
// at build time, not one built at start-up.
func TestBuiltinVocabUsed(t *testing.T) {
	if builtinVocab == nil {
		t.Fatal("no built-in vocabulary table: run go generate ./internal/yamlx")
	}
	if a := analyzer(t); a.v.t != builtinVocab {
		t.Fatal("the default analyser built its vocabulary table: vocab_table_gen.go is stale (go generate ./internal/yamlx)")
	}
}

// TestVocabTableSets: every word of every list is in that list's set, and a word of
// another list only if the list has it too; words no list names are in none.
func TestVocabTableSets(t *testing.T) {
	lists, specs, err := vocabInputs(builtinLex(t))
	if err != nil {
		t.Fatal(err)
	}
	tb, _, err := buildVocabTable(lists, specs)
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(maps.Keys(lists))
	if len(names) < 100 {
		t.Fatalf("only %d lists", len(names))
	}
	for k, name := range names {
		set, ok := tb.list(name)
		if !ok {
			t.Fatalf("no set for list %s", name)
		}
		own := map[string]bool{}
		for _, w := range lists[name] {
			own[w] = true
			if !set.has(w) {
				t.Errorf("list %s: %q not in its set", name, w)
			}
		}
		// the words of the next lists, and a few that no list has
		probe := append([]string{"", "zzzz", name + "x"}, lists[names[(k+1)%len(names)]]...)
		probe = append(probe, lists[names[(k+7)%len(names)]]...)
		for _, w := range probe {
			if set.has(w) != own[w] {
				t.Errorf("list %s: has(%q) = %v, want %v", name, w, set.has(w), own[w])
			}
		}
	}
	if (wordSet{}).has("team") {
		t.Error("the zero wordSet has a word")
	}
}

// TestVocabTableEdited: lists that differ from the ones the build's table was made of
// (an edited lexicon) get a table built at run time, which has the edit.
func TestVocabTableEdited(t *testing.T) {
	lex := builtinLex(t)
	edited := *lex["people"]
	edited.Lists = maps.Clone(edited.Lists)
	edited.Lists["audience"] = append(slices.Clone(edited.Lists["audience"]), "zorblaxians")
	lex["people"] = &edited
	v, err := newVocab(lex)
	if err != nil {
		t.Fatal(err)
	}
	if v.t == builtinVocab {
		t.Fatal("an edited lexicon's vocabulary came from the built-in table")
	}
	if !v.audience.has("zorblaxians") || !v.audience.has(lex["people"].Lists["audience"][0]) {
		t.Error("the table built at run time lacks the edited list's words")
	}
}

// TestPhraseIndex: each word's phrases are those whose first slot takes it, in phrase
// order, each once.
func TestPhraseIndex(t *testing.T) {
	tb := builtinVocab
	if tb == nil {
		t.Skip("no built-in table")
	}
	for i := range tb.ends {
		w := tb.word(i)
		var want []uint16
		for p, tp := range tb.phrases {
			if tb.inAny(i, tb.slotsOf[tp.from].sets) {
				want = append(want, uint16(p))
			}
		}
		if got := tb.startingWith(i); !slices.Equal(got, want) {
			t.Fatalf("%q starts phrases %v, want %v", w, got, want)
		}
		if tb.lookup(w) != i {
			t.Fatalf("lookup(%q) = %d, want %d", w, tb.lookup(w), i)
		}
	}
	if len(tb.phrases) < 100 {
		t.Errorf("only %d phrases", len(tb.phrases))
	}
}
