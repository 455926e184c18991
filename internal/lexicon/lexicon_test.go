package lexicon

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/resumecheck/resumecheck/rules"
)

func mustParse(t *testing.T, src string) *Lexicon {
	t.Helper()
	l, err := Parse("x.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestFind(t *testing.T) {
	l := mustParse(t, `name: x
terms: [go, other teams, "mentor*", C++, ci/cd, "1:1s", cross-functional]
patterns: ['\bteam of \d+']
`)
	tests := []struct {
		text string
		want []string
	}{
		{"Wrote it in Go.", []string{"Go"}},
		{"Going to ago good", nil},
		{"Worked with OTHER  teams", nil}, // two spaces: phrases match single spaces
		{"Worked with other teams daily", []string{"other teams"}},
		{"Mentored and mentoring; a mentor", []string{"Mentored", "mentoring", "mentor"}},
		{"Modern C++ and CI/CD", []string{"C++", "CI/CD"}},
		{"Ran 1:1s weekly", []string{"1:1s"}},
		{"A cross‑functional group", []string{"cross‑functional"}}, // non-breaking hyphen
		{"Led a team of 8", []string{"team of 8"}},
		{"Café go", []string{"go"}}, // offsets are runes, not bytes
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		var got []string
		for _, sp := range l.Find(tt.text) {
			got = append(got, string(runes[sp[0]:sp[1]]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindPrefersLongest(t *testing.T) {
	l := mustParse(t, "name: x\nterms: [product, product team]\n")
	got := l.Find("with the product team")
	if len(got) != 1 || got[0] != [2]int{9, 21} {
		t.Fatalf("got %v, want one span 9..21", got)
	}
}

func TestHas(t *testing.T) {
	l := mustParse(t, "name: x\nterms: [led, \"mentor*\"]\n")
	for w, want := range map[string]bool{"Led": true, "lead": false, "Mentoring": true, "ment": false} {
		if got := l.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "name: x\nterms: [a]\nwords: [b]\n", "lexicons/bad.yaml:3:1: unknown field \"words\""},
		{"bad regex", "name: x\npatterns: ['ok', '(unclosed']\n", "lexicons/bad.yaml:2:"},
		{"no name", "terms: [a]\n", "a lexicon needs a name"},
		{"bad name", "name: Big Name\nterms: [a]\n", "lexicons/bad.yaml:1:7: lexicon name"},
		{"empty", "name: x\n", "has no terms, patterns, lists or phrases"},
		{"inner star", "name: x\nterms: [a, 'b*c']\n", "lexicons/bad.yaml:2:"},
		{"empty term", "name: x\nterms: ['  ']\n", "empty term"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"lexicons/bad.yaml": {Data: []byte(tt.src)}}
			_, err := Load(fsys, "lexicons")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			if tt.name == "bad regex" && !strings.Contains(err.Error(), "bad regular expression") {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestLoadDuplicateName(t *testing.T) {
	fsys := fstest.MapFS{
		"d/a.yaml": {Data: []byte("name: x\nterms: [a]\n")},
		"d/b.yaml": {Data: []byte("name: x\nterms: [b]\n")},
	}
	_, err := Load(fsys, "d")
	if err == nil || !strings.HasPrefix(err.Error(), "d/b.yaml:1:7:") || !strings.Contains(err.Error(), "d/a.yaml") {
		t.Fatalf("got %v", err)
	}
}

func TestLoadMissingDir(t *testing.T) {
	_, err := Load(fstest.MapFS{}, "nope")
	if err == nil || !strings.HasPrefix(err.Error(), "nope: ") {
		t.Fatalf("got %v", err)
	}
}

func TestMergeOverrides(t *testing.T) {
	base, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	user, err := Load(fstest.MapFS{"l/t.yaml": {Data: []byte("name: technical\nterms: [abacus]\n")}}, "l")
	if err != nil {
		t.Fatal(err)
	}
	n := len(base.Names())
	base.Merge(user)
	tech, _ := base.Get("technical")
	if len(tech.Find("an abacus and Kubernetes")) != 1 || len(base.Names()) != n {
		t.Fatalf("user lexicon did not replace the built-in one: %v", tech.Terms)
	}
	again, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if tech, _ := again.Get("technical"); len(tech.Find("an abacus and Kubernetes")) != 1 || tech.Find("an abacus and Kubernetes")[0] != [2]int{14, 24} {
		t.Fatal("a Merge into one Builtin set changed another")
	}
}

func TestBuiltin(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"technical", "functions", "people", "pm", "communication", "strong_verbs",
		"weak_openers", "irregular_participles", "quantity_words", "units"} {
		l, ok := s.Get(name)
		if !ok {
			t.Errorf("built-in lexicon %q missing", name)
			continue
		}
		if l.Description == "" {
			t.Errorf("lexicon %q has no description", name)
		}
	}
	if _, ok := s.Get("nope"); ok {
		t.Error("Get found a lexicon that does not exist")
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := map[string]string{
		// the parser factors common prefixes ("managed|manage" → "manage(?:d|)")
		`\b(managed|manage|grew)\s+team`:         "manage|grew + team",
		`\bteam of \d+`:                          "team of ",
		`(\d+|two)\s+teams`:                      "teams",
		`\b(the|a|an)\s+[\w-]+\s+(team|squad)\b`: "team|squad",
		`\b[a-z0-9]+\.(js|io)\b`:                 "js|io",
		`(team)?s\w+ing`:                         "ing",
		`[a-z]ed`:                                "ed",
		`[a-z]+`:                                 "",
		`x*`:                                     "",
	}
	for p, want := range tests {
		var groups []string
		for _, g := range requiredLiterals(p) {
			groups = append(groups, strings.Join(g, "|"))
		}
		if got := strings.Join(groups, " + "); got != want {
			t.Errorf("requiredLiterals(%q) = %q, want %q", p, got, want)
		}
	}
}

// findNaive searches every term everywhere, the way the index must agree with.
func (l *Lexicon) findNaive(text string) [][2]int {
	p := Prepare(text)
	var spans [][2]int
	ix := l.index()
	for _, t := range ix.terms {
		spans = ix.findEverywhere(p.low, p.runeAt, t, spans)
	}
	for _, pat := range l.pats {
		for _, m := range pat.regexp().FindAllStringIndex(p.low, -1) {
			if m[1] > m[0] {
				spans = append(spans, [2]int{p.runeAt[m[0]], p.runeAt[m[1]]})
			}
		}
	}
	return dedupe(spans)
}

// The term index and the literal pre-check must never change what is found.
func TestPrefilterKeepsMatches(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, name := range []string{"dev.tsv", "heldout.tsv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bullets", name))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	texts = append(texts, "Shipped .NET and C# services; café-owner's i/o; C++17, node.js, CI/CD, 1:1s, x—y",
		"Ünïcode ÉLAN with cross‑functional teams and R&D")
	checked := 0
	for _, name := range s.Names() {
		l, _ := s.Get(name)
		for _, text := range texts {
			if a, naive := l.Find(text), l.findNaive(text); fmt.Sprint(a) != fmt.Sprint(naive) {
				t.Errorf("%s: %q: indexed %v, naive %v", name, text, a, naive)
			}
		}
		if len(l.pats) == 0 {
			continue
		}
		plain := *l
		plain.pats = nil
		for _, p := range l.pats {
			np := &pattern{src: p.src}
			np.prepared.Do(func() {}) // no literals: the pattern always runs
			plain.pats = append(plain.pats, np)
		}
		for _, text := range texts {
			a, b := l.Find(text), plain.Find(text)
			if fmt.Sprint(a) != fmt.Sprint(b) {
				t.Errorf("%s: %q: %v with pre-check, %v without", name, text, a, b)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no lexicon with patterns")
	}
}

// Built-in patterns are compiled at their first use, so a bad one would only show
// when a text passed its pre-check: every one must compile.
func TestBuiltinPatternsCompile(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range s.Names() {
		l, _ := s.Get(name)
		for i, p := range l.Patterns {
			if _, err := regexp.Compile("(?i)" + p); err != nil {
				t.Errorf("%s: patterns[%d] %q: %v", l.File, i, p, err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no built-in pattern")
	}
}

// PrepareIndexes readies every term index and pattern's prefilter of every lexicon of
// the set; loading builds no index (a built-in file comes with the one made for it at
// build time, see TestBuiltinIndexesUsed).
func TestPrepareIndexes(t *testing.T) {
	set, err := load(rules.Lexicons, "lexicons", "rules/lexicons", true)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range set.Names() {
		if l, _ := set.Get(name); atomic.LoadPointer(&l.ix) != nil && !madeAtBuild(atomic.LoadPointer(&l.ix)) {
			t.Fatalf("lexicon %s: term index built at load", name)
		}
	}
	n := 0
	for _, name := range set.Names() {
		l, _ := set.Get(name)
		n += len(l.pats)
	}
	if n == 0 {
		t.Skip("no built-in lexicon has patterns")
	}
	set.PrepareIndexes()
	for _, name := range set.Names() {
		l, _ := set.Get(name)
		if atomic.LoadPointer(&l.ix) == nil {
			t.Fatalf("lexicon %s: no term index after PrepareIndexes", name)
		}
		for _, p := range l.pats {
			done := true
			p.prepared.Do(func() { done = false })
			if !done {
				t.Fatalf("lexicon %s: pattern %q not prepared", name, p.src)
			}
		}
	}
}
