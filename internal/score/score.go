package score

import (
	"math"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
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

// Tracks (read by internal/scope from the level ladder).
const (
	TrackIC       = scope.TrackIC
	TrackTechLead = scope.TrackTechLead
	TrackEMReady  = scope.TrackEMReady
)

// Score turns an analysis into the scores: each area's with the facts behind it, the
// overall score, the level and the track; the findings in the analysis's order. a may be nil. The Model
// it returns is what the advice planner (internal/advise) re-scores changes with.
func Score(file string, a *rules.Analysis, opts Options) (*report.Report, *Model) {
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
		Findings:      append([]rules.Finding(nil), a.Findings...),
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
	r.CurrentRole = m.order.Sentence()
	if r.Findings == nil {
		r.Findings = []rules.Finding{}
	}
	return r, newView(m, weights, ev)
}

func clampScore(x float64) int {
	return int(math.Max(0, math.Min(100, math.Round(x))))
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
			People:     b.Signals.Get(signals.People),
			CrossTeam:  b.Signals.Get(signals.CrossTeam),
			Delivery:   b.Signals.Get(signals.PM),
			Technical:  b.Signals.Get(signals.Technical),
			Quantified: b.Signals.Get(signals.Quantified),
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
