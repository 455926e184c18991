package score

import (
	"math"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/scope"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Options tune scoring. Zero Weights means the built-in weights; weights given replace
// the built-in ones they name.
type Options struct {
	Weights Weights
	Tool    report.Tool
	// Ladder is the level ladder; nil means the built-in one (rules/scope/ladder.yaml).
	Ladder *scope.Ladder
}

// Analyzer is what Score needs from the analysis stage (rules.Engine satisfies it):
// AnalyzeBullet re-reads a rewritten bullet to measure what a change would gain.
type Analyzer interface {
	Analyze(doc *resume.Document) *rules.Analysis
	AnalyzeBullet(text string) rules.BulletAnalysis
}

// Tracks (read by internal/scope from the level ladder).
const (
	TrackIC       = scope.TrackIC
	TrackTechLead = scope.TrackTechLead
	TrackEMReady  = scope.TrackEMReady
)

// topChanges is how many changes the report lists.
const topChanges = 5

// Score turns an analysis into the full report. an may be nil; then no change can be
// measured and TopChanges stays empty.
func Score(file string, a *rules.Analysis, an Analyzer, opts Options) *report.Report {
	if a == nil {
		a = &rules.Analysis{}
	}
	weights := Merge(opts.Weights)
	d := embedded()
	m := newModel(a)
	ev := m.evaluate(weights)

	r := &report.Report{
		SchemaVersion: report.SchemaVersion,
		Tool:          opts.Tool,
		File:          file,
		Document:      a.Doc,
		Findings:      sortedFindings(a.Findings),
		Areas:         map[string]int{},
	}
	for _, ad := range d.areas {
		res := ev.areas[ad.Name]
		sc := clampScore(res.score)
		r.Areas[ad.Name] = sc
		r.AreaDetails = append(r.AreaDetails, report.Area{
			Name: ad.Name, Title: ad.Title, Score: sc, Weight: weights[ad.Name], Facts: res.facts,
		})
	}
	r.OverallScore = clampScore(ev.overall)
	r.Roles, r.Level, r.Track, r.TrackReason = ReadScope(a, opts.Ladder)

	p := newPlanner(a, m, ev, weights, an)
	var cands []candidate
	r.Bullets, cands = p.bullets()
	var roleCands []candidate
	r.RoleSuggestions, roleCands = roleSuggestions(m)
	cands = append(cands, roleCands...)
	r.TopChanges = p.rankChanges(cands)
	r.Interview = interview(ev)
	if r.Findings == nil {
		r.Findings = []rules.Finding{}
	}
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
	return r
}

func clampScore(x float64) int {
	return int(math.Max(0, math.Min(100, math.Round(x))))
}

func refLess(a, b resume.Ref) bool {
	if a.Section != b.Section {
		return a.Section < b.Section
	}
	if a.Role != b.Role {
		return a.Role < b.Role
	}
	return a.Bullet < b.Bullet
}

func sortedFindings(fs []rules.Finding) []rules.Finding {
	out := append([]rules.Finding(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Ref != out[j].Ref {
			return refLess(out[i].Ref, out[j].Ref)
		}
		if out[i].RuleID != out[j].RuleID {
			return out[i].RuleID < out[j].RuleID
		}
		if si, sj := spanStart(out[i].Span), spanStart(out[j].Span); si != sj {
			return si < sj
		}
		return out[i].Message < out[j].Message
	})
	return out
}

func spanStart(sp *signals.Span) int {
	if sp == nil {
		return -1
	}
	return sp.Start
}

// ---- scope, level and track ----

// ReadScope reads each experience role's scope card, the level the page reads as now
// and the track (internal/scope), from the document and the bullets' signals.
func ReadScope(a *rules.Analysis, l *scope.Ladder) ([]scope.RoleCard, *scope.Level, string, string) {
	v, err := scope.Builtin()
	if err != nil {
		panic(err) // the embedded vocabulary is tested
	}
	if l == nil {
		if l, err = scope.BuiltinLadder(); err != nil {
			panic(err)
		}
	}
	sig := map[resume.Ref]scope.BulletSignals{}
	for _, b := range a.Bullets {
		sig[b.Ref] = scope.BulletSignals{
			People:    b.Signals.Get(signals.People),
			CrossTeam: b.Signals.Get(signals.CrossTeam),
			Delivery:  b.Signals.Get(signals.PM),
			Technical: b.Signals.Get(signals.Technical),
		}
	}
	rd := scope.ReadDocument(a.Doc, v, l, sig)
	roles := rd.Roles
	if roles == nil {
		roles = []scope.RoleCard{}
	}
	lv := rd.Level
	return roles, &lv, rd.Track, rd.Reason
}

// ---- role-level advice ----

func roleSuggestions(m *model) ([]report.RoleSuggestion, []candidate) {
	var out []report.RoleSuggestion
	var cands []candidate
	st := newStats(m)
	for _, ra := range embedded().advice.RoleAdvice {
		has := func(it item) float64 {
			for _, name := range ra.AnyOf {
				if it.sig.Get(name) {
					return 1
				}
			}
			return 0
		}
		var groups []int
		var label string
		switch ra.Scope {
		case "current":
			groups = m.current()
			if len(groups) == 1 {
				label = m.roleLabel(groups[0])
			}
		case "recent":
			groups = m.lastTwo()
			switch len(groups) {
			case 1:
				label = m.roleLabel(groups[0])
				ra.Message = strings.Replace(ra.Message, " show ", " shows ", 1)
			case 2:
				label = "your two most recent roles"
			}
		case "document":
			label = "your résumé"
			for g := range m.groups {
				groups = append(groups, g)
			}
		}
		if len(groups) == 0 {
			continue
		}
		if h, _ := st.inGroups(groups, has); h > 0 {
			continue
		}
		ref := resume.Ref{Section: -1, Role: -1, Bullet: -1}
		target := -1
		if cur := m.current(); len(cur) > 0 {
			target = cur[0]
		} else if len(m.groups) > 0 {
			target = 0
		}
		if ra.Scope != "document" && target >= 0 {
			ref = m.groups[target].ref
		}
		msg := rewrite.Capitalise(strings.ReplaceAll(ra.Message, "{role}", label))
		if note := m.skippedNote(); note != "" && ra.Scope != "document" {
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

func interview(ev eval) []report.Question {
	d := embedded()
	type as struct {
		name  string
		score float64
		ord   int
	}
	var list []as
	for i, a := range d.areas {
		if len(d.interview[a.Name]) == 0 {
			continue
		}
		list = append(list, as{a.Name, ev.areas[a.Name].score, i})
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
