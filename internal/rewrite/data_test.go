package rewrite

import "testing"

// The embedded vocabulary loads: a broken file would panic at the first rewrite.
func TestEmbeddedVocabulary(t *testing.T) {
	if _, err := parseVerbs(vocabFile("verbs.yaml")); err != nil {
		t.Fatal(err)
	}
	file, raw := vocabFile("nouns.yaml")
	if _, err := parseNouns(file, raw, verbs()); err != nil {
		t.Fatal(err)
	}
	list, err := parsePlaceholders(vocabFile("placeholders.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range list {
		if len(NewDigits("", p.Text)) > 0 {
			t.Errorf("placeholder %q has a digit outside brackets", p.Text)
		}
	}
}

func TestPlaceholderErrors(t *testing.T) {
	if _, err := parsePlaceholders("p.yaml", []byte("impact_placeholders:\n  - verbs: []\n    signal: quantifed\n    text: x\n")); err == nil {
		t.Fatal("unknown signal accepted")
	}
	if _, err := parsePlaceholders("p.yaml", []byte("impact_placeholders:\n  - verbs: [cut]\n    text: x\n")); err == nil {
		t.Fatal("a list without a catch-all accepted")
	}
}
