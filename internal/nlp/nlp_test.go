package nlp

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestTagOffsets(t *testing.T) {
	text := "Cut p99 latency from 450 ms to 38 ms, saving €300k — we shipped it in Q3."
	toks := Shared().Tag(text)
	if len(toks) < 10 {
		t.Fatalf("got %d tokens, want at least 10", len(toks))
	}
	runes := []rune(text)
	for _, tk := range toks {
		if tk.End <= tk.Start {
			t.Errorf("token %q has empty span %d..%d", tk.Text, tk.Start, tk.End)
			continue
		}
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("span %d..%d is %q, token is %q", tk.Start, tk.End, got, tk.Text)
		}
		if tk.Tag == "" {
			t.Errorf("token %q has no tag", tk.Text)
		}
	}
}

func TestTagPOS(t *testing.T) {
	toks := Shared().Tag("The service was migrated to Kubernetes by the team.")
	tags := map[string]string{}
	for _, tk := range toks {
		tags[tk.Text] = tk.Tag
	}
	if tags["was"] != "VBD" {
		t.Errorf("was: got %q, want VBD", tags["was"])
	}
	if tags["migrated"] != "VBN" {
		t.Errorf("migrated: got %q, want VBN", tags["migrated"])
	}
	if !strings.HasPrefix(tags["service"], "NN") {
		t.Errorf("service: got %q, want a noun", tags["service"])
	}
}

func TestTagEmpty(t *testing.T) {
	if got := Shared().Tag("   "); got != nil {
		t.Fatalf("got %v for blank input", got)
	}
}

// The table-driven tagger must tag as prose does. A rare difference is allowed: prose's
// tokenizer caches tokens by text and hands out the same *Token for a repeated word,
// so the tag of its last occurrence overwrites the earlier ones ("automated end to
// end": prose tags the first "end" VB, the tag of the second); we tag each one. Ties
// also differ (prose breaks them by map order). More than that means the features or
// the table are wrong.
func TestTaggerMatchesProse(t *testing.T) {
	ref := newProse()
	ours := Shared()
	if ours.p == nil {
		t.Fatal("the tagger table did not load; Shared fell back to prose")
	}
	var texts []string
	for _, name := range []string{"dev.tsv", "heldout.tsv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bullets", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if _, text, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
				texts = append(texts, text)
			}
		}
	}
	texts = append(texts, "Email me at jane@example.com or see https://example.com :) 0 * -LRB- -",
		"Café owner — built a 24/7 POS in C++ & C#; 10k+ orders/day, ~30% faster.")
	total, diff := 0, 0
	for _, text := range texts {
		a, b := ours.Tag(text), ref.Tag(text)
		if len(a) != len(b) {
			t.Fatalf("%q: %d tokens vs prose's %d", text, len(a), len(b))
		}
		for i := range a {
			total++
			if a[i] != b[i] {
				diff++
				t.Logf("%q: token %d %+v, prose %+v", text, i, a[i], b[i])
			}
		}
	}
	t.Logf("%d of %d tokens tagged differently from prose", diff, total)
	if total < 3000 || diff*1000 > total {
		t.Fatalf("%d of %d tokens differ from prose (allowed: 0.1%%)", diff, total)
	}
}

func TestConcurrentTag(t *testing.T) {
	m := Shared()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if len(m.Tag("Built a data pipeline in Go handling 2M events a day.")) == 0 {
					t.Error("no tokens")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestLoadPerceptronRejectsCorruptData(t *testing.T) {
	table := testTable(t)
	wrongType := bytes.Clone(table)
	i := bytes.Index(wrongType, []byte("i pref1"))
	wrongType[i] = 'j'
	for name, data := range map[string][]byte{
		"empty":      {},
		"magic":      []byte("NOTATAGGER\n"),
		"truncated":  table[:200],
		"cut short":  table[:len(table)-2000],
		"wrong type": wrongType,
	} {
		if _, err := loadPerceptron(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := loadPerceptron(table); err != nil {
		t.Fatal(err)
	}
}

// The window cache answers as predict does: the labelled bullets and rewrites of
// them (another opener, a word inserted, the last word dropped: the changes scoring
// tags) tagged with the cache, after all of them have filled it, match the tags
// predicted afresh.
func TestWindowCacheTagsAsPredict(t *testing.T) {
	m := Shared()
	if m.p == nil {
		t.Fatal("the tagger table did not load; Shared fell back to prose")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bullets", "dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var sentences [][]string
	for _, line := range strings.Split(string(data), "\n") {
		_, text, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		var words []string
		for _, tok := range m.Tag(text) {
			words = append(words, tok.Text)
		}
		if len(words) < 3 {
			continue
		}
		sentences = append(sentences, words,
			append([]string{"Led"}, words[1:]...),
			append([]string{words[0], "successfully"}, words[1:]...),
			words[:len(words)-1])
	}
	if len(sentences) < 400 {
		t.Fatalf("only %d sentences", len(sentences))
	}
	for _, words := range sentences {
		m.p.tagWith(words, true)
	}
	n, diff := 0, 0
	for _, words := range sentences {
		got, want := m.p.tagWith(words, true), m.p.tagWith(words, false)
		for i := range want {
			n++
			if got[i] != want[i] {
				diff++
				t.Errorf("%q: word %d %q cached %s, predicted %s", strings.Join(words, " "), i, words[i], got[i], want[i])
			}
		}
	}
	m.p.windowsMu.RLock()
	cached := len(m.p.windows)
	m.p.windowsMu.RUnlock()
	if cached == 0 || n < 5000 {
		t.Fatalf("%d windows cached over %d words", cached, n)
	}
}

// The hash index finds every feature of the table at its own record, under its own
// type only, and finds nothing for values the table lacks: the tagger no longer
// searches the sorted features, so a feature the index missed would silently weigh
// nothing.
func TestIndexFindsEveryFeature(t *testing.T) {
	p, err := loadPerceptron(testTable(t))
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	type feature struct {
		typ   int
		value string
	}
	has := map[feature]bool{}
	for typ, rg := range p.ranges {
		for i := rg[0]; i < rg[0]+rg[1]; i++ {
			off := int(le.Uint32(p.offsets[4*i:]))
			l := int(le.Uint16(p.records[off+1:]))
			if int(p.records[off]) != typ {
				t.Fatalf("feature %d of type %d: its record says type %d", i, typ, p.records[off])
			}
			has[feature{typ, string(p.records[off+3 : off+3+l])}] = true
		}
	}
	if len(has) < 1000 {
		t.Fatalf("only %d features in the table", len(has))
	}
	for typ, rg := range p.ranges {
		for i := rg[0]; i < rg[0]+rg[1]; i++ {
			off := int(le.Uint32(p.offsets[4*i:]))
			l := int(le.Uint16(p.records[off+1:]))
			value := string(p.records[off+3 : off+3+l])
			rec := p.records[off+3+l:]
			want := rec[:1+9*int(rec[0])]
			if got := p.weights(typ, value, "", false); len(got) != len(want) || &got[0] != &want[0] {
				t.Fatalf("type %d value %q: the index gives another record", typ, value)
			}
			// a value with a space is also found as its two halves
			if a, b, ok := strings.Cut(value, " "); ok {
				if got := p.weights(typ, a, b, true); len(got) == 0 || &got[0] != &want[0] {
					t.Fatalf("type %d value %q: not found as the pair %q, %q", typ, value, a, b)
				}
			}
			// the same value under a type that lacks it is not found
			other := (typ + 1) % nFeatureTypes
			if got := p.weights(other, value, "", false); (got != nil) != has[feature{other, value}] {
				t.Fatalf("value %q of type %d: found under type %d: %v, in the table: %v", value, typ, other, got != nil, has[feature{other, value}])
			}
		}
	}
	for _, v := range []string{"zzzz-not-a-word", "", "qx", "the the", "\xff"} {
		if got := p.weights(fWord, v, "", false); (got != nil) != has[feature{fWord, v}] {
			t.Errorf("%q: found %v, in the table %v", v, got != nil, has[feature{fWord, v}])
		}
	}
}
