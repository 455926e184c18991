// Package rules is the YAML rule engine: it loads typed rules (pattern, signal, ratio,
// presence, experience, sequence, metric, structure) strictly, runs them over the
// bullets, roles and document of a résumé, and turns what they see into findings.
package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"text/template"
)

// Areas are the EM qualification areas a rule can belong to, in display order.
var Areas = []string{"impact", "team", "cross_team", "balance", "leadership", "pm", "communication", "experience", "style", "structure"}

// Levels lists the levels, weakest first.
var Levels = []Level{LevelSuggestion, LevelWarning, LevelError}

// ValidLevel reports whether l is one of the levels.
func ValidLevel(l Level) bool {
	for _, v := range Levels {
		if v == l {
			return true
		}
	}
	return false
}

// Rank orders levels: suggestion 1, warning 2, error 3, anything else 0.
func (l Level) Rank() int {
	for i, v := range Levels {
		if v == l {
			return i + 1
		}
	}
	return 0
}

// Examples are texts a rule must and must not trigger on. For bullet rules an example
// on one line is a bullet; an example with line breaks is a Markdown résumé, which is
// what role and document rules always take.
type Examples struct {
	Match   []string `yaml:"match" json:"match"`
	NoMatch []string `yaml:"no_match" json:"no_match"`
}

// Rule is one loaded rule. The YAML keys common to every kind are decoded into it; the
// kind's own keys are compiled into its check.
type Rule struct {
	ID    string `yaml:"id" json:"id"`
	Kind  string `yaml:"kind" json:"kind"`
	Area  string `yaml:"area" json:"area"`
	Level Level  `yaml:"level" json:"level"`
	// Message is a text/template over MessageData; it says what was seen.
	Message string `yaml:"message" json:"message"`
	// Why explains why this matters for an EM role; Link points to more.
	Why      string   `yaml:"why" json:"why,omitempty"`
	Link     string   `yaml:"link" json:"link,omitempty"`
	Fix      *Fix     `yaml:"fix" json:"fix,omitempty"`
	Examples Examples `yaml:"examples" json:"examples"`

	// File is where the rule was loaded from ("rules/style.yaml" for built-in rules).
	File string `yaml:"-" json:"file"`
	// Line is the line of the rule's first key in File.
	Line int `yaml:"-" json:"line"`
	// Disabled rules are kept in the pack (so `rules list` can show them) but not run.
	Disabled bool `yaml:"-" json:"disabled,omitempty"`

	check checker
	msg   *message
}

// message is a rule's message template, parsed once, at load for a user's rules
// (to report a bad one) and at the first finding for the built-in ones: a fresh
// process parsed all of them before its first résumé, and a check renders a few.
type message struct {
	id, src string
	once    sync.Once
	t       *template.Template
	err     error
}

func (m *message) parse() (*template.Template, error) {
	m.once.Do(func() { m.t, m.err = template.New(m.id).Option("missingkey=error").Parse(m.src) })
	return m.t, m.err
}

// Scope says whether the rule looks at bullets, roles or the whole document.
func (r *Rule) Scope() Scope {
	if r.check == nil {
		return ScopeDocument
	}
	return r.check.scope()
}

// Pack is a set of rules with the lexicons they refer to.
type Pack struct {
	Rules []*Rule
	lex   lexicons
}

// Get returns the rule with the given id.
func (p *Pack) Get(id string) (*Rule, bool) {
	for _, r := range p.Rules {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// Merge adds o's rules to p; a rule of o with the id of a rule of p replaces it. o's
// lexicons override p's of the same name.
func (p *Pack) Merge(o *Pack) {
	if o == nil {
		return
	}
	for _, r := range o.Rules {
		replaced := false
		for i, old := range p.Rules {
			if old.ID == r.ID {
				p.Rules[i] = r
				replaced = true
				break
			}
		}
		if !replaced {
			p.Rules = append(p.Rules, r)
		}
	}
	p.lex = mergeLexicons(p.lex, o.lex)
	p.sort()
}

// Configure disables the rules named in disabled and sets the levels given in levels.
// An id that names no rule is an error, so a typo in a config does not go unnoticed.
func (p *Pack) Configure(disabled []string, levels map[string]Level) error {
	var unknown []string
	for _, id := range disabled {
		r, ok := p.Get(id)
		if !ok {
			unknown = append(unknown, id)
			continue
		}
		r.Disabled = true
	}
	ids := make([]string, 0, len(levels))
	for id := range levels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r, ok := p.Get(id)
		if !ok {
			unknown = append(unknown, id)
			continue
		}
		if !ValidLevel(levels[id]) {
			return fmt.Errorf("rule %s: level %q must be one of suggestion, warning, error", id, levels[id])
		}
		r.Level = levels[id]
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("unknown rule id(s) %s; run `resumecheck rules list` to see the ids", strings.Join(unknown, ", "))
	}
	return nil
}

func (p *Pack) sort() {
	sort.SliceStable(p.Rules, func(i, j int) bool { return p.Rules[i].ID < p.Rules[j].ID })
}
