package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// ExampleResult is the outcome of one rule example.
type ExampleResult struct {
	RuleID  string `json:"rule"`
	Example string `json:"example"`
	// Want is true for a "match" example, false for a "no_match" one.
	Want bool `json:"want"`
	Got  bool `json:"got"`
	// File is the rule's file and line ("rules/style.yaml:12").
	File string `json:"file"`
	// Error is set when a Markdown example could not be parsed.
	Error string `json:"error,omitempty"`
}

// Passed reports whether the rule did what the example says.
func (r ExampleResult) Passed() bool { return r.Error == "" && r.Want == r.Got }

// IsDocumentExample reports whether an example is a Markdown résumé rather than a
// single bullet: it spans several lines.
func IsDocumentExample(s string) bool { return strings.Contains(strings.TrimSpace(s), "\n") }

// RunExamples runs every example of every rule of p (disabled ones too), in rule order.
// A one-line example of a bullet rule is analysed as a bullet on its own, whatever
// roles the rule looks at; any other example is parsed with parse and analysed as a
// document, and the rule triggers if it gives any finding.
func RunExamples(p *Pack, a BulletAnalyzer, parse func(markdown string) (*resume.Document, error)) []ExampleResult {
	e := NewEngine(p, a)
	var out []ExampleResult
	for _, r := range p.Rules {
		for _, ex := range r.Examples.Match {
			out = append(out, e.example(r, ex, true, parse))
		}
		for _, ex := range r.Examples.NoMatch {
			out = append(out, e.example(r, ex, false, parse))
		}
	}
	return out
}

func (e *Engine) example(r *Rule, ex string, want bool, parse func(string) (*resume.Document, error)) ExampleResult {
	res := ExampleResult{RuleID: r.ID, Example: ex, Want: want, File: fmt.Sprintf("%s:%d", r.File, r.Line)}
	_, isBullet := r.check.(bulletCheck)
	if isBullet && !IsDocumentExample(ex) {
		ba := e.AnalyzeBullet(strings.TrimSpace(ex))
		ctx := &docCtx{doc: &resume.Document{}, bullets: []BulletAnalysis{ba}, inScope: []int{0}, roleOf: map[int]*roleInfo{}}
		res.Got = len(e.run(r, ctx, true)) > 0
		return res
	}
	if parse == nil {
		res.Error = "no Markdown parser to read a résumé example"
		return res
	}
	doc, err := parse(ex)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	if m := pagesRE.FindStringSubmatch(ex); m != nil {
		doc.Source.Pages, _ = strconv.Atoi(m[1])
	}
	res.Got = len(e.run(r, e.context(doc, nil), false)) > 0
	return res
}

// pagesRE reads the page count a Markdown example claims, since Markdown has no pages:
// "<!-- pages: 3 -->".
var pagesRE = lazyregexp.New(`<!--\s*pages:\s*(\d+)\s*-->`)
