package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var areas = []string{"impact", "team", "leadership"}

func TestParseValid(t *testing.T) {
	src := `min_score: 60
fail_on: error
area_minimums:
  leadership: 40
weights:
  impact: 2
rules:
  disable: [style.buzzword]
  levels:
    style.passive: suggestion
  dirs: [my-rules]
overrides:
  - paths: ["juniors/**"]
    min_score: 40
    rules:
      disable: [experience.years]
`
	dir := t.TempDir()
	path := filepath.Join(dir, ".resumecheck.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path, areas)
	if err != nil {
		t.Fatal(err)
	}
	if *c.MinScore != 60 || c.FailOn != "error" || c.AreaMinimums["leadership"] != 40 || c.Weights["impact"] != 2 {
		t.Fatalf("decoded wrongly: %+v", c.Settings)
	}
	if got := c.RuleDirs(); len(got) != 1 || got[0] != filepath.Join(c.Dir, "my-rules") {
		t.Fatalf("rule dirs %v", got)
	}
	junior := c.For(filepath.Join(dir, "juniors", "a", "cv.pdf"))
	if *junior.MinScore != 40 {
		t.Errorf("override not applied: min_score %d", *junior.MinScore)
	}
	if strings.Join(junior.Rules.Disable, ",") != "style.buzzword,experience.years" {
		t.Errorf("disable lists not merged: %v", junior.Rules.Disable)
	}
	senior := c.For(filepath.Join(dir, "seniors", "cv.pdf"))
	if *senior.MinScore != 60 || len(senior.Rules.Disable) != 1 {
		t.Errorf("override applied where it should not: %+v", senior)
	}
	if *c.MinScore != 60 {
		t.Errorf("For modified the config")
	}
}

func TestParseErrorsNamePlace(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown key", "min_score: 50\nthreshold: 3\n", "c.yaml:2:1: unknown field \"threshold\""},
		{"bad fail_on", "fail_on: loud\n", "c.yaml:1:10: fail_on must be one of"},
		{"score range", "min_score: 120\n", "c.yaml:1:12: min_score must be between 0 and 100"},
		{"unknown area", "weights:\n  charisma: 3\n", "c.yaml:2:13: unknown area \"charisma\""},
		{"bad level", "rules:\n  levels:\n    x.y: fatal\n", "c.yaml:3:10: level must be one of"},
		{"override without paths", "overrides:\n  - min_score: 3\n", "c.yaml:2:"},
		{"nested unknown", "overrides:\n  - paths: [a]\n    colour: red\n", "c.yaml:3:5: unknown field \"colour\""},
		{"wrong type", "min_score: high\n", "c.yaml:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.src), areas)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("got %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pat, name string
		want      bool
	}{
		{"juniors/**", "juniors/a/cv.pdf", true},
		{"juniors/**", "seniors/cv.pdf", false},
		{"**/*.pdf", "a/b/c.pdf", true},
		{"**/*.pdf", "c.pdf", true},
		{"*.md", "a/c.md", false},
		{"clients/*/cv.docx", "clients/ann/cv.docx", true},
	}
	for _, tt := range tests {
		if got := Match(tt.pat, tt.name); got != tt.want {
			t.Errorf("Match(%q, %q) = %v", tt.pat, tt.name, got)
		}
	}
}

func TestDiscoverOrder(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", t.TempDir())
	t.Setenv(EnvVar, "")
	if got := Discover("", deep); got != "" {
		t.Fatalf("found %q in an empty tree", got)
	}
	up := filepath.Join(root, "a", ".resumecheck.yaml")
	if err := os.WriteFile(up, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Discover("", deep); got != up {
		t.Fatalf("upward search: got %q, want %q", got, up)
	}
	t.Setenv(EnvVar, "/env/config.yaml")
	if got := Discover("", deep); got != "/env/config.yaml" {
		t.Fatalf("env: got %q", got)
	}
	if got := Discover("/flag.yaml", deep); got != "/flag.yaml" {
		t.Fatalf("flag: got %q", got)
	}
}

// The ladder: key replaces parts of the built-in ladder for every file under the config.
func TestParseLadder(t *testing.T) {
	src := "ladder:\n  thresholds:\n    senior_min_org: 25\n  titles:\n    lead: [lead, architect, staff engineer]\n  levels:\n    - name: manager\n      span: [5, 9]\n"
	c, err := Parse("c.yaml", []byte(src), areas)
	if err != nil {
		t.Fatal(err)
	}
	s := c.For("cv.pdf")
	if s.Ladder == nil || s.Ladder.Thresholds.SeniorMinOrg != 25 || s.Ladder.Thresholds.DirectorMinOrg == 0 {
		t.Fatalf("ladder not applied: %+v", s.Ladder)
	}
	if k := s.Ladder.TitleKind("Staff Engineer"); k != "lead" {
		t.Errorf("title list not replaced: %q", k)
	}
	if d := s.Ladder.Def("manager"); d.Span[0] != 5 || len(d.Expects) == 0 {
		t.Errorf("level not merged: %+v", d)
	}
	for _, bad := range []struct{ src, want string }{
		{"ladder:\n  levels:\n    - name: cto\n", "unknown level \"cto\""},
		{"ladder:\n  thresholds:\n    span: 3\n", "unknown field \"span\""},
		{"ladder:\n  titles:\n    boss: [boss]\n", "unknown title kind \"boss\""},
	} {
		if _, err := Parse("c.yaml", []byte(bad.src), areas); err == nil || !strings.Contains(err.Error(), bad.want) || !strings.HasPrefix(err.Error(), "c.yaml") {
			t.Errorf("%q: %v, want %q naming the file", bad.src, err, bad.want)
		}
	}
}
