// Package advise plans the advice of a report from the analysis and the scores: for each
// bullet its findings and, where one applies, a rewrite or a coach question; the top
// changes, ranked by how much each would raise the overall score (measured by
// re-scoring the page through score.Model with the rewrite's placeholders filled by
// neutral values); role-level advice where a whole kind of evidence is missing; and
// interview questions for the weakest areas.
//
// Rewrites are data carried by rules (rules.Fix) and applied by the fixers of
// internal/rewrite, which owns the actions; this package chooses which fixes a bullet
// gets and where a question is asked instead. The advice texts are advice.yaml and
// interview.yaml.
package advise

import (
	"math"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/score"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Analyzer is what the planner needs from the analysis stage (rules.Engine satisfies
// it): AnalyzeBullet re-reads a rewritten bullet to measure what a change would gain.
type Analyzer interface {
	AnalyzeBullet(text string) rules.BulletAnalysis
}

// topChanges is how many changes the report lists.
const topChanges = 5

// Plan fills the advice of a scored report: its bullets with their suggestions, the top
// changes, role advice and interview questions. m is the model score.Score returned
// with r; an may be nil, then no change can be measured and TopChanges stays empty.
func Plan(r *report.Report, a *rules.Analysis, m *score.Model, an Analyzer) {
	if a == nil {
		a = &rules.Analysis{}
	}
	p := newPlanner(a, m, an)
	var cands []candidate
	r.Bullets, cands = p.bullets()
	var roleCands []candidate
	r.RoleSuggestions, roleCands = roleSuggestions(m)
	cands = append(cands, roleCands...)
	r.TopChanges = p.rankChanges(cands)
	r.Interview = interview(m.Base())
	if r.Bullets == nil {
		r.Bullets = []report.Bullet{}
	}
	if r.TopChanges == nil {
		r.TopChanges = []report.Change{}
	}
	if r.RoleSuggestions == nil {
		r.RoleSuggestions = []report.RoleSuggestion{}
	}
	if r.Interview == nil {
		r.Interview = []report.Question{}
	}
}

// ---- role-level advice ----

func roleSuggestions(m *score.Model) ([]report.RoleSuggestion, []candidate) {
	var out []report.RoleSuggestion
	var cands []candidate
	groups := m.Groups()
	for _, ra := range embedded().advice.RoleAdvice {
		has := func(s signals.Signals) bool {
			for _, name := range ra.AnyOf {
				if s.Get(name) {
					return true
				}
			}
			return false
		}
		var in []int
		var label string
		switch ra.Scope {
		case "current":
			in = m.Current()
			if len(in) == 1 {
				label = m.RoleLabel(in[0])
			}
		case "recent":
			in = m.LastTwo()
			switch len(in) {
			case 1:
				label = m.RoleLabel(in[0])
				ra.Message = strings.Replace(ra.Message, " show ", " shows ", 1)
			case 2:
				label = "your two most recent roles"
			}
		case "document":
			label = "your résumé"
			for g := range groups {
				in = append(in, g)
			}
		}
		if len(in) == 0 {
			continue
		}
		if h, _ := m.Count(in, has); h > 0 {
			continue
		}
		ref := resume.Ref{Section: -1, Role: -1, Bullet: -1}
		target := -1
		if cur := m.Current(); len(cur) > 0 {
			target = cur[0]
		} else if len(groups) > 0 {
			target = 0
		}
		if ra.Scope != "document" && target >= 0 {
			ref = groups[target].Ref
		}
		msg := rewrite.Capitalise(strings.ReplaceAll(ra.Message, "{role}", label))
		if note := m.SkippedNote(); note != "" && ra.Scope != "document" {
			msg += " " + note
		}
		out = append(out, report.RoleSuggestion{Ref: ref, Area: ra.Area, Message: msg, Example: ra.Example})
		if target >= 0 {
			cands = append(cands, candidate{item: -1, group: target, text: ra.Example, ref: ref, desc: msg, area: ra.Area})
		}
	}
	return out, cands
}

// ---- interview ----

// interviewAreas is how many of the weakest areas get questions.
const interviewAreas = 3

func interview(base score.Result) []report.Question {
	d := embedded()
	type as struct {
		name  string
		score float64
		ord   int
	}
	var list []as
	for i, a := range score.Areas() {
		if len(d.interview[a]) == 0 {
			continue
		}
		list = append(list, as{a, base.Area(a), i})
	}
	sort.SliceStable(list, func(i, j int) bool {
		if math.Round(list[i].score) != math.Round(list[j].score) {
			return list[i].score < list[j].score
		}
		return list[i].ord < list[j].ord
	})
	var out []report.Question
	for i := 0; i < len(list) && i < interviewAreas; i++ {
		for _, q := range d.interview[list[i].name] {
			out = append(out, report.Question{Area: list[i].name, Question: q.Question, Hint: q.Hint})
		}
	}
	return out
}
