package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

const okRule = `id: t.first-person
kind: signal
area: team
level: warning
when: first_person
message: 'First person: "{{.Evidence}}"'
why: EM bullets should show the team's work.
examples:
  match: ["I built the service"]
  no_match: ["Built the service"]
`

func TestLoadErrorsNamePlace(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", strings.Replace(okRule, "when:", "bogus: 1\nwhen:", 1), "r.yaml:5:1: unknown field \"bogus\""},
		{"unknown key in examples", okRule + "  maybe: [x]\n", "r.yaml:11:3: unknown field \"maybe\""},
		{"key of another kind", strings.Replace(okRule, "when:", "min_share: 0.5\nwhen:", 1), "r.yaml:5:1: unknown field \"min_share\""},
		{"bad level", strings.Replace(okRule, "level: warning", "level: loud", 1), "r.yaml:4:8: level must be one of suggestion, warning, error"},
		{"bad area", strings.Replace(okRule, "area: team", "area: vibes", 1), "r.yaml:3:7: area must be one of"},
		{"unknown kind", strings.Replace(okRule, "kind: signal", "kind: magic", 1), "r.yaml:2:7: unknown kind \"magic\""},
		{"missing kind", strings.Replace(okRule, "kind: signal\n", "", 1), "r.yaml:1:3: kind is required"},
		{"unknown signal", strings.Replace(okRule, "when: first_person", "when: first_person and charisma", 1), "r.yaml:5:7: unknown signal \"charisma\""},
		{"bad condition", strings.Replace(okRule, "when: first_person", "when: (first_person", 1), "r.yaml:5:7: condition: missing \")\""},
		{"bad template", strings.Replace(okRule, "{{.Evidence}}", "{{.Nope}}", 1), "r.yaml:6:10: bad message template"},
		{"no why", strings.Replace(okRule, "why: EM bullets should show the team's work.\n", "", 1), "why (or link) is required"},
		{"bad fix", okRule + "fix: {action: make_it_better}\n", "r.yaml:11:15: unknown fix action \"make_it_better\""},
		{"fix param", okRule + "fix: {action: drop_pronoun, params: {to: x}}\n", "fix drop_pronoun takes no parameter \"to\""},
		{"bad regex", `id: t.re
kind: pattern
area: style
level: suggestion
patterns: ['ok', '(unclosed']
message: m
why: w
`, "r.yaml:5:18: bad regular expression: missing closing ): `(unclosed`"},
		{"unknown lexicon", `id: t.lex
kind: pattern
area: style
level: suggestion
lexicon: no_such_list
message: m
why: w
`, "r.yaml:5:10: unknown lexicon \"no_such_list\""},
		{"second document", okRule + "---\n" + strings.Replace(okRule, "level: warning", "level: fatal", 1), "r.yaml:15:8: level must be one of"},
		{"share out of range", `id: t.ratio
kind: ratio
area: impact
level: warning
per: document
of: quantified
min_share: 50
message: m
why: w
`, "r.yaml:7:12: a share is a number from 0 to 1"},
		{"bad id", strings.Replace(okRule, "id: t.first-person", "id: Not An Id", 1), "r.yaml:1:5: id \"Not An Id\" must be"},
		{"bad section kind", `id: t.sec
kind: presence
area: structure
level: warning
section: hobbies
message: m
why: w
`, "r.yaml:5:10: unknown section kind \"hobbies\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFile("r.yaml", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got  %q\nwant %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestLoadOK(t *testing.T) {
	rs, err := ParseFile("r.yaml", []byte("# comment\n---\n"+okRule+"---\n"+strings.Replace(okRule, "t.first-person", "t.second", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].ID != "t.first-person" || rs[1].ID != "t.second" {
		t.Fatalf("got %d rules", len(rs))
	}
	if rs[0].Line != 3 || rs[1].Line != 14 {
		t.Errorf("lines %d, %d; want 3, 14", rs[0].Line, rs[1].Line)
	}
	if rs[0].Scope() != ScopeBullet {
		t.Errorf("scope %s", rs[0].Scope())
	}
}

func TestLoadFSDuplicateAndMerge(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml": {Data: []byte(okRule)},
		"b.yaml": {Data: []byte(okRule)},
	}
	if _, err := LoadFS(fsys, "."); err == nil || !strings.Contains(err.Error(), "already used") {
		t.Fatalf("duplicate id: got %v", err)
	}

	base, err := LoadFS(fstest.MapFS{"a.yaml": {Data: []byte(okRule)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	override := strings.Replace(okRule, "level: warning", "level: error", 1)
	extra := strings.Replace(okRule, "t.first-person", "t.extra", 1)
	user, err := LoadFS(fstest.MapFS{"x.yaml": {Data: []byte(override + "---\n" + extra)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	base.Merge(user)
	if len(base.Rules) != 2 {
		t.Fatalf("got %d rules after merge, want 2", len(base.Rules))
	}
	if r, _ := base.Get("t.first-person"); r.Level != LevelError {
		t.Errorf("override not applied: level %s", r.Level)
	}
	if err := base.Configure([]string{"t.extra"}, map[string]Level{"t.first-person": LevelSuggestion}); err != nil {
		t.Fatal(err)
	}
	if r, _ := base.Get("t.extra"); !r.Disabled {
		t.Error("t.extra not disabled")
	}
	if r, _ := base.Get("t.first-person"); r.Level != LevelSuggestion {
		t.Error("level not changed")
	}
	err = base.Configure([]string{"t.nope"}, map[string]Level{"t.zilch": LevelError})
	if err == nil || !strings.Contains(err.Error(), "t.nope, t.zilch") {
		t.Errorf("unknown ids: got %v", err)
	}
	if err := base.Configure(nil, map[string]Level{"t.extra": "loud"}); err == nil {
		t.Error("bad level accepted")
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte(strings.Replace(okRule, "level: warning", "level: nope", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadDir(dir)
	want := filepath.Join(dir, "mine.yaml") + ":4:8: level must be one of"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("got %v, want prefix %q", err, want)
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("missing dir accepted")
	}
}

func TestBuiltinLoads(t *testing.T) {
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Rules {
		if len(r.Examples.Match) == 0 || len(r.Examples.NoMatch) == 0 {
			t.Errorf("%s (%s:%d): needs examples that match and that do not", r.ID, r.File, r.Line)
		}
		if !strings.HasPrefix(r.ID, strings.ReplaceAll(r.Area, "_", "-")+".") {
			t.Errorf("%s: id should start with its area %q", r.ID, r.Area)
		}
	}
}

func FuzzParseFile(f *testing.F) {
	f.Add([]byte(okRule))
	f.Add([]byte("id: x\nkind: ratio\nper: document\nof: quantified\nmin_share: 0.5\n"))
	f.Add([]byte("---\n---\nkind: [\n"))
	for _, name := range []string{"style.yaml", "impact.yaml", "structure.yaml"} {
		if data, err := os.ReadFile(filepath.Join("..", "..", "rules", name)); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := ParseFile("f.yaml", data)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "f.yaml") || strings.Contains(msg, "\n") {
				t.Fatalf("error does not name the file on one line: %q", msg)
			}
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("panic while loading: %v", err)
			}
			return
		}
		for _, r := range rs {
			if r.ID == "" || r.check == nil || r.msg == nil {
				t.Fatalf("rule loaded half-compiled: %+v", r)
			}
		}
	})
}

func TestLoadDirUserLexicon(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "lexicons"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "lexicons", "jargon.yaml"), []byte("name: jargon\nterms: [north star, double-click]\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "jargon.yaml"), []byte(`id: style.jargon
kind: pattern
area: style
level: suggestion
lexicon: jargon
message: 'Jargon: {{.Evidence}}'
why: Plain words read faster.
examples:
  match: ["Set the north star metric for growth with the product team."]
  no_match: ["Set the activation metric for growth with the product team."]
`), 0o644))
	p, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range RunExamples(p, fakeAnalyzer{}, parseMarkdown) {
		if !r.Passed() {
			t.Errorf("%s: %q want %v got %v", r.RuleID, r.Example, r.Want, r.Got)
		}
	}

	// A bad user lexicon is reported with its path.
	must(os.WriteFile(filepath.Join(dir, "lexicons", "bad.yaml"), []byte("name: bad\nterms: [x]\nextra: 1\n"), 0o644))
	_, err = LoadDir(dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "lexicons", "bad.yaml")+":3:1") {
		t.Errorf("bad lexicon: got %v", err)
	}
}

func TestLoadBuiltinCopiesAreIndependent(t *testing.T) {
	a, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Configure([]string{"style.passive"}, map[string]Level{"style.filler": LevelError}); err != nil {
		t.Fatal(err)
	}
	if r, _ := b.Get("style.passive"); r.Disabled {
		t.Error("disabling in one pack disabled the other's rule")
	}
	if r, _ := b.Get("style.filler"); r.Level == LevelError {
		t.Error("level change leaked into another pack")
	}
}

func TestKindLineVariants(t *testing.T) {
	for _, line := range []string{"kind: signal", "kind: 'signal'", `kind: "signal"`, "kind: signal  # bullets", "{kind: signal"} {
		src := strings.Replace(okRule, "kind: signal", line, 1)
		if line == "{kind: signal" {
			src = `{id: t.x, kind: signal, area: team, level: warning, when: first_person, message: m, why: w}`
		}
		rs, err := ParseFile("r.yaml", []byte(src))
		if err != nil || len(rs) != 1 || rs[0].Kind != "signal" {
			t.Errorf("%q: %v", line, err)
		}
	}
}
