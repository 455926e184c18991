// Package config finds and strictly decodes .resumecheck.yaml: thresholds, per-area
// minimums, area weights, rule settings and per-path overrides.
package config

import (
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/scope"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// FileNames are the names searched for, in order, in each directory.
var FileNames = []string{".resumecheck.yaml", ".resumecheck.yml"}

// EnvVar names the variable that points at a config file.
const EnvVar = "RESUMECHECK_CONFIG"

// Levels a finding can fail the run at; "none" never fails.
var failLevels = []string{"none", "suggestion", "warning", "error"}

// Settings are the knobs a config file (or one of its overrides) can set. Nil and empty
// values mean "not set here".
type Settings struct {
	MinScore     *int               `yaml:"min_score"`
	FailOn       string             `yaml:"fail_on"`
	AreaMinimums map[string]int     `yaml:"area_minimums"`
	Weights      map[string]float64 `yaml:"weights"`
	Rules        RuleSettings       `yaml:"rules"`
	// Ladder is the level ladder in effect: the built-in one with the config's top-level
	// `ladder:` key applied; nil means the built-in one. Overrides cannot set it.
	Ladder *scope.Ladder `yaml:"-"`
}

// RuleSettings disable rules, change their levels, and add rule directories.
type RuleSettings struct {
	Disable []string          `yaml:"disable"`
	Levels  map[string]string `yaml:"levels"`
	// Dirs are extra rule directories, relative to the config file.
	Dirs []string `yaml:"dirs"`
}

// Override applies Settings to the files matching Paths (globs relative to the config
// file's directory; ** matches any number of directories).
type Override struct {
	Paths    []string `yaml:"paths"`
	Settings `yaml:",inline"`
}

// Config is a decoded config file.
type Config struct {
	Settings  `yaml:",inline"`
	Overrides []Override `yaml:"overrides"`
	// Ladder replaces parts of the level ladder (rules/scope/ladder.yaml): thresholds,
	// title lists, and levels' summaries, spans and expectations by name.
	Ladder *scope.Ladder `yaml:"ladder"`

	// Path is the file it was read from; Dir its directory.
	Path string `yaml:"-"`
	Dir  string `yaml:"-"`
}

// Load reads and validates a config file. areas lists the area names that
// area_minimums and weights may name.
func Load(path string, areas []string) (*Config, error) {
	data, err := readLimited(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: config file not found; check --config or %s", path, EnvVar)
		}
		var le *limitError
		if errors.As(err, &le) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: cannot read config: %v", path, errors.Unwrap(err))
	}
	return Parse(path, data, areas)
}

// Parse decodes and validates config data; path names it in errors.
func Parse(path string, data []byte, areas []string) (*Config, error) {
	c := &Config{}
	if strings.TrimSpace(string(data)) != "" {
		if err := yamlx.Decode(path, data, c); err != nil {
			return nil, err
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	c.Path, c.Dir = path, filepath.Dir(abs)
	if c.Ladder != nil {
		base, err := scope.BuiltinLadder()
		if err != nil {
			return nil, err
		}
		if c.Ladder, err = base.Override(c.Ladder, path); err != nil {
			return nil, err
		}
	}
	if err := c.Settings.validate(path, data, "$", areas); err != nil {
		return nil, err
	}
	for i, o := range c.Overrides {
		at := fmt.Sprintf("$.overrides[%d]", i)
		if len(o.Paths) == 0 {
			return nil, yamlx.At(path, data, at, "an override needs at least one entry in paths")
		}
		for j, p := range o.Paths {
			if _, err := filepath.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
				return nil, yamlx.At(path, data, fmt.Sprintf("%s.paths[%d]", at, j), "bad glob %q", p)
			}
		}
		if len(o.Rules.Dirs) > 0 {
			return nil, yamlx.At(path, data, at+".rules.dirs", "rule directories can only be set at the top level, not in an override")
		}
		if err := o.Settings.validate(path, data, at, areas); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (s *Settings) validate(path string, data []byte, at string, areas []string) error {
	if s.MinScore != nil && (*s.MinScore < 0 || *s.MinScore > 100) {
		return yamlx.At(path, data, at+".min_score", "min_score must be between 0 and 100, not %d", *s.MinScore)
	}
	if s.FailOn != "" && !contains(failLevels, s.FailOn) {
		return yamlx.At(path, data, at+".fail_on", "fail_on must be one of %s, not %q", strings.Join(failLevels, ", "), s.FailOn)
	}
	for _, k := range sortedKeys(s.AreaMinimums) {
		if !contains(areas, k) {
			return yamlx.At(path, data, at+".area_minimums."+key(k), "unknown area %q; areas are %s", k, strings.Join(areas, ", "))
		}
		if v := s.AreaMinimums[k]; v < 0 || v > 100 {
			return yamlx.At(path, data, at+".area_minimums."+key(k), "area minimum must be between 0 and 100, not %d", v)
		}
	}
	for _, k := range sortedKeys(s.Weights) {
		if !contains(areas, k) {
			return yamlx.At(path, data, at+".weights."+key(k), "unknown area %q; areas are %s", k, strings.Join(areas, ", "))
		}
		if v := s.Weights[k]; math.IsNaN(v) || math.IsInf(v, 0) {
			return yamlx.At(path, data, at+".weights."+key(k), "weight must be a finite number between 0 and 100, not %g", v)
		}
		if v := s.Weights[k]; v < 0 || v > 100 {
			return yamlx.At(path, data, at+".weights."+key(k), "weight must be between 0 and 100, not %g", v)
		}
	}
	for _, k := range sortedKeys(s.Rules.Levels) {
		if v := s.Rules.Levels[k]; !contains(failLevels[1:], v) {
			return yamlx.At(path, data, at+".rules.levels."+key(k), "level must be one of suggestion, warning, error, not %q", v)
		}
	}
	return nil
}

// For returns the settings that apply to file: the top level, then every matching
// override in order, later ones winning key by key.
func (c *Config) For(file string) Settings {
	out := c.Settings.clone()
	out.Ladder = c.Ladder
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return out
	}
	rel = filepath.ToSlash(rel)
	for _, o := range c.Overrides {
		for _, p := range o.Paths {
			if Match(p, rel) {
				out.apply(o.Settings)
				break
			}
		}
	}
	return out
}

func (s Settings) clone() Settings {
	out := Settings{MinScore: s.MinScore, FailOn: s.FailOn}
	out.apply(Settings{AreaMinimums: s.AreaMinimums, Weights: s.Weights, Rules: s.Rules})
	return out
}

func (s *Settings) apply(o Settings) {
	if o.MinScore != nil {
		v := *o.MinScore
		s.MinScore = &v
	}
	if o.FailOn != "" {
		s.FailOn = o.FailOn
	}
	s.AreaMinimums = mergeMap(s.AreaMinimums, o.AreaMinimums)
	s.Weights = mergeMap(s.Weights, o.Weights)
	s.Rules.Levels = mergeMap(s.Rules.Levels, o.Rules.Levels)
	s.Rules.Disable = append(append([]string(nil), s.Rules.Disable...), o.Rules.Disable...)
	s.Rules.Dirs = append(append([]string(nil), s.Rules.Dirs...), o.Rules.Dirs...)
}

// RuleDirs returns the rule directories resolved against the config file's directory.
func (c *Config) RuleDirs() []string {
	var out []string
	for _, d := range c.Rules.Dirs {
		if !filepath.IsAbs(d) {
			d = filepath.Join(c.Dir, d)
		}
		out = append(out, d)
	}
	return out
}

// Match reports whether a slash-separated relative path matches a glob in which "**"
// stands for any number of directories and the other parts follow filepath.Match.
func Match(pattern, name string) bool {
	return matchParts(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchParts(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchParts(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := filepath.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// Discover finds the config file for a file in dir: explicit (from --config) first,
// then $RESUMECHECK_CONFIG, then .resumecheck.yaml searched upward from dir, then the
// home directory. It returns "" when there is none.
func Discover(explicit, dir string) string {
	if explicit != "" {
		return explicit
	}
	if env := os.Getenv(EnvVar); env != "" {
		return env
	}
	if abs, err := filepath.Abs(dir); err == nil {
		for d := abs; ; d = filepath.Dir(d) {
			if p := findIn(d); p != "" {
				return p
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return findIn(home)
	}
	return ""
}

func findIn(dir string) string {
	for _, n := range FileNames {
		p := filepath.Join(dir, n)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// key quotes a map key for a YAML path when it holds characters the path syntax uses.
func key(k string) string {
	if strings.ContainsAny(k, ".[]*'\" ") {
		return "'" + k + "'"
	}
	return k
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func mergeMap[V any](a, b map[string]V) map[string]V {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make(map[string]V, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// readLimited reads a config file, refusing one larger than any config needs before it
// is read whole.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, yamlx.MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > yamlx.MaxFileBytes {
		return nil, &limitError{fmt.Sprintf("%s: config larger than %d KB, which no config needs; check the file", path, yamlx.MaxFileBytes>>10)}
	}
	return data, nil
}

type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }
