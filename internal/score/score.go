package score

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/rules/signals"
)

// Options tune scoring. Zero Weights means the built-in weights; weights given replace
// the built-in ones they name.
type Options struct {
	Weights Weights
	Tool    report.Tool
}

// Analyzer is what Score needs from the analysis stage (rules.Engine satisfies it):
// AnalyzeBullet re-reads a rewritten bullet to measure what a change would gain.
type Analyzer interface {
	Analyze(doc *resume.Document) *rules.Analysis
	AnalyzeBullet(text string) rules.BulletAnalysis
}

// Tracks.
const (
	TrackIC       = "ic"
	TrackTechLead = "tech-lead"
	TrackEMReady  = "em-ready"
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
	r.Track, r.TrackReason = track(m, ev)

	var cands []candidate
	r.Bullets, cands = bullets(a, m)
	var roleCands []candidate
	r.RoleSuggestions, roleCands = roleSuggestions(m)
	cands = append(cands, roleCands...)
	r.TopChanges = rankChanges(m, ev, weights, an, cands)
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
		return out[i].Message < out[j].Message
	})
	return out
}

// ---- track ----

// track reads the IC-versus-manager choice from the areas: em-ready needs people,
// cross-team and delivery evidence; tech-lead needs technical work plus some informal
// leadership; anything else reads as an individual contributor.
func track(m *model, ev eval) (string, string) {
	lead := ev.areas[AreaLeadership].score
	cross := ev.areas[AreaCrossTeam].score
	pm := ev.areas[AreaPM].score
	comm := ev.areas[AreaCommunication].score
	delivery := math.Max(pm, comm)
	tech := ev.techShare
	switch {
	case len(m.items) == 0:
		return TrackIC, "No bullets could be read, so there is no evidence of leading people or working across teams yet."
	case lead >= 55 && cross >= 45 && delivery >= 45:
		if tech < 0.15 {
			return TrackEMReady, fmt.Sprintf("Leadership (%d), cross-team (%d) and delivery (%d) evidence are strong, but only %d%% of bullets show technical work: keep some technical credibility visible.",
				clampScore(lead), clampScore(cross), clampScore(delivery), pct(tech))
		}
		return TrackEMReady, fmt.Sprintf("Leadership (%d), cross-team (%d) and delivery (%d) evidence, backed by technical work in %d%% of bullets.",
			clampScore(lead), clampScore(cross), clampScore(delivery), pct(tech))
	case tech >= 0.15 && (lead >= 30 || m.exp.LeadYears >= 1):
		return TrackTechLead, fmt.Sprintf("Technical work in %d%% of bullets with informal leadership (leadership %d), but cross-team (%d) or delivery (%d) evidence is short of an EM profile.",
			pct(tech), clampScore(lead), clampScore(cross), clampScore(delivery))
	case lead >= 55:
		return TrackTechLead, fmt.Sprintf("Leadership evidence (%d) is there, but cross-team (%d) and delivery (%d) work are thin for an EM profile.",
			clampScore(lead), clampScore(cross), clampScore(delivery))
	default:
		return TrackIC, fmt.Sprintf("Technical work in %d%% of bullets but little evidence of leading people (leadership %d) or working across teams (cross-team %d).",
			pct(tech), clampScore(lead), clampScore(cross))
	}
}

// ---- bullets and their suggestions ----

// candidate is a change whose gain can be measured by re-scoring.
type candidate struct {
	item       int        // index into model.items to replace, or -1 to add
	group      int        // group to add to when item is -1
	text       string     // the new bullet text (with placeholders)
	ref        resume.Ref // where the change applies
	before     string
	desc       string
	fallback   string // area to name when no area gains
	dropsStyle int    // style findings the rewrite answers
}

// signalFixes are the fixes a bullet's own signals call for, whatever the rules say.
func signalFixes(s signals.Signals) []rules.Fix {
	var out []rules.Fix
	if s.FirstPerson {
		out = append(out, rules.Fix{Action: ActionDropPronoun})
	}
	if s.WeakOpener {
		out = append(out, rules.Fix{Action: ActionDropWeakOpener})
	}
	if s.Passive {
		out = append(out, rules.Fix{Action: ActionActiveVoice})
	}
	return out
}

// areaFix is the addition a finding of an area calls for when its rule carries no fix
// and the bullet lacks the evidence.
func areaFix(area string, s signals.Signals, text string) *rules.Fix {
	switch area {
	case AreaImpact:
		if !s.Quantified {
			return &rules.Fix{Action: ActionAddPlaceholder, Params: map[string]string{"text": impactPlaceholder(s, text)}}
		}
	case AreaTeam, AreaLeadership:
		if !s.TeamFraming && !s.People {
			return &rules.Fix{Action: ActionAddTeam}
		}
	case AreaCrossTeam:
		if !s.CrossTeam {
			return &rules.Fix{Action: ActionAddCrossTeam}
		}
	}
	return nil
}

// impactPlaceholder picks the placeholder phrase for an unquantified bullet by its
// opening verb (advice.yaml impact_placeholders).
func impactPlaceholder(s signals.Signals, text string) string {
	v := s.ActionVerb
	if v == "" {
		w, _ := firstWord(text)
		v = strings.ToLower(trimPunct(w))
	}
	if b := verbs().baseOf(v); b != "" {
		v = b
	}
	list := embedded().advice.ImpactPlaceholders
	for _, p := range list {
		for _, pv := range p.Verbs {
			if pv == v {
				return p.Text
			}
		}
	}
	return list[len(list)-1].Text
}

var actionWords = map[string]string{
	ActionDropPronoun:    "drop the pronoun",
	ActionDropWeakOpener: "open with an action verb",
	ActionActiveVoice:    "use the active voice",
	ActionReplaceWord:    "use plainer words",
	ActionAddPlaceholder: "add the result as a number",
	ActionAddTeam:        "show the team behind it",
	ActionAddCrossTeam:   "name who you partnered with",
}

func bullets(a *rules.Analysis, m *model) ([]report.Bullet, []candidate) {
	findings := map[resume.Ref][]rules.Finding{}
	for _, f := range a.Findings {
		if f.Scope == rules.ScopeBullet {
			findings[f.Ref] = append(findings[f.Ref], f)
		}
	}
	itemOf := map[int]int{}
	for i, it := range m.items {
		itemOf[it.idx] = i
	}
	var out []report.Bullet
	var cands []candidate
	for i, b := range a.Bullets {
		rb := report.Bullet{Ref: b.Ref, Pos: b.Pos, Text: b.Text, Signals: b.Signals}
		fs := findings[b.Ref]
		sort.SliceStable(fs, func(x, y int) bool { return fs[x].RuleID < fs[y].RuleID })
		ids := map[string]bool{}
		for _, f := range fs {
			if !ids[f.RuleID] {
				ids[f.RuleID] = true
				rb.Findings = append(rb.Findings, f.RuleID)
			}
		}
		if len(fs) > 0 {
			if sug, styleAnswered := suggest(b, fs); sug != nil {
				rb.Suggestion = sug
				if it, ok := itemOf[i]; ok {
					cands = append(cands, candidate{
						item: it, text: sug.After, ref: b.Ref, before: b.Text,
						desc:       describe(m, m.items[it].group, sug.Actions),
						fallback:   fs[0].Area,
						dropsStyle: styleAnswered,
					})
				}
			}
		}
		out = append(out, rb)
	}
	return out, cands
}

// suggest builds the rewrite of one bullet from its findings' fixes, the fixes its
// signals call for, and a default addition per area; nil when nothing changes.
func suggest(b rules.BulletAnalysis, fs []rules.Finding) (*report.Suggestion, int) {
	var fixes []rules.Fix
	ruleOf := map[string][]string{} // action -> rule ids that asked for it
	hasAddition := false
	for _, f := range fs {
		if f.Fix != nil {
			fixes = append(fixes, *f.Fix)
			ruleOf[f.Fix.Action] = append(ruleOf[f.Fix.Action], f.RuleID)
			if isAddition(f.Fix.Action) {
				hasAddition = true
			}
		}
	}
	fixes = append(fixes, signalFixes(b.Signals)...)
	if !hasAddition {
		// One default addition, for the first area (in display order) that asks.
		areas := map[string][]string{}
		for _, f := range fs {
			if f.Fix == nil {
				areas[f.Area] = append(areas[f.Area], f.RuleID)
			}
		}
		for _, a := range areaNames {
			if ids, ok := areas[a]; ok {
				if fx := areaFix(a, b.Signals, b.Text); fx != nil {
					fixes = append(fixes, *fx)
					ruleOf[fx.Action] = append(ruleOf[fx.Action], ids...)
					break
				}
			}
		}
	}
	after, actions := Rewrite(b.Text, fixes)
	if len(actions) == 0 {
		return nil, 0
	}
	answered := map[string]bool{}
	applied := map[string]bool{}
	for _, act := range actions {
		applied[act] = true
		for _, id := range ruleOf[act] {
			answered[id] = true
		}
	}
	styleAnswered := 0
	for _, f := range fs {
		if f.Fix == nil && f.Area == AreaStyle && (applied[ActionDropWeakOpener] || applied[ActionActiveVoice] || applied[ActionDropPronoun]) {
			answered[f.RuleID] = true
		}
		if answered[f.RuleID] && f.Area == AreaStyle {
			styleAnswered++
		}
	}
	ids := make([]string, 0, len(answered))
	for id := range answered {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return &report.Suggestion{Before: b.Text, After: after, Actions: actions, Rules: ids}, styleAnswered
}

func isAddition(action string) bool {
	return action == ActionAddPlaceholder || action == ActionAddTeam || action == ActionAddCrossTeam
}

func describe(m *model, g int, actions []string) string {
	var parts []string
	for _, a := range actions {
		if w, ok := actionWords[a]; ok {
			parts = append(parts, w)
		}
	}
	where := m.roleLabel(g)
	return capitalise(fmt.Sprintf("rewrite a bullet in %s: %s", where, strings.Join(parts, ", ")))
}

// ---- role-level advice ----

func roleSuggestions(m *model) ([]report.RoleSuggestion, []candidate) {
	var out []report.RoleSuggestion
	var cands []candidate
	st := newStats(m)
	for _, ra := range embedded().advice.RoleAdvice {
		has := func(s signals.Signals) float64 {
			for _, name := range ra.AnyOf {
				if s.Get(name) {
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
		if len(m.recent) > 0 {
			target = m.recent[0]
		} else if len(m.groups) > 0 {
			target = 0
		}
		if ra.Scope != "document" && target >= 0 {
			ref = m.groups[target].ref
		}
		msg := capitalise(strings.ReplaceAll(ra.Message, "{role}", label))
		out = append(out, report.RoleSuggestion{Ref: ref, Area: ra.Area, Message: msg, Example: ra.Example})
		if target >= 0 {
			cands = append(cands, candidate{item: -1, group: target, text: ra.Example, ref: ref, desc: msg, fallback: ra.Area})
		}
	}
	return out, cands
}

// ---- top changes ----

var placeholderRE = regexp.MustCompile(`\[([^\[\]]*)\]`)

// fillPlaceholders stands in neutral values for placeholders so a rewrite can be
// re-analysed as if the candidate had filled it in: [X%] -> 20%, [N] -> 5,
// [product/design] -> product and design.
func fillPlaceholders(s string) string {
	return placeholderRE.ReplaceAllStringFunc(s, func(m string) string {
		in := strings.TrimSpace(m[1 : len(m)-1])
		switch {
		case strings.Contains(in, "%"):
			return "20%"
		case strings.Contains(in, "$"):
			return "$50k"
		case len(in) <= 2 && strings.ToUpper(in) == in:
			return "5"
		}
		return strings.ReplaceAll(in, "/", " and ")
	})
}

func rankChanges(m *model, base eval, weights Weights, an Analyzer, cands []candidate) []report.Change {
	if an == nil || len(cands) == 0 {
		return nil
	}
	type scored struct {
		c    candidate
		gain float64
		area string
		ord  int
	}
	var all []scored
	for i, c := range cands {
		ba := an.AnalyzeBullet(fillPlaceholders(c.text))
		mm := m.clone()
		if c.item >= 0 {
			it := mm.items[c.item]
			it.sig = ba.Signals
			it.text = ba.Text
			it.extraStyle = max(0, it.extraStyle-c.dropsStyle)
			mm.items[c.item] = it
		} else {
			mm.items = append(mm.items, item{idx: -1, group: c.group, sig: ba.Signals, text: ba.Text})
		}
		ev := mm.evaluate(weights)
		gain := ev.overall - base.overall
		if gain <= 0.05 {
			continue
		}
		best, bestGain := c.fallback, 0.0
		for _, a := range areaNames {
			if weights[a] <= 0 {
				continue
			}
			if g := weights[a] * (ev.areas[a].score - base.areas[a].score); g > bestGain+1e-9 {
				best, bestGain = a, g
			}
		}
		all = append(all, scored{c: c, gain: gain, area: best, ord: i})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if math.Abs(all[i].gain-all[j].gain) > 1e-9 {
			return all[i].gain > all[j].gain
		}
		return all[i].ord < all[j].ord
	})
	var out []report.Change
	for _, s := range all {
		if len(out) == topChanges {
			break
		}
		ref := s.c.ref
		ch := report.Change{
			Rank: len(out) + 1, Area: s.area, Description: s.c.desc,
			Gain: max(1, int(math.Round(s.gain))), Ref: &ref, Before: s.c.before, After: s.c.text,
		}
		out = append(out, ch)
	}
	return out
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
