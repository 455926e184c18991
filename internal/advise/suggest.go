package advise

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/parallel"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/score"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// candidate is a change whose gain can be measured by re-scoring.
type candidate struct {
	item       int        // index into model.items to replace, or -1 to add
	group      int        // group to add to when item is -1
	text       string     // the new bullet text (with placeholders)
	ref        resume.Ref // where the change applies
	before     string
	desc       string
	area       string // the area to name; "" means the area that gains most
	fallback   string // area to name when no area gains
	dropsStyle int    // style findings the rewrite answers
	// question is asked of the bullet instead of a rewrite; the gain is measured as if
	// the answer gave the bullet a number (quantified).
	question string
	// kind groups changes of one kind in one role ("4 bullets in your current role
	// have no measure"); same is how many bullets of the role need it.
	kind string
	same int
}

// planner builds the rewrites of one report and measures what they would gain.
type planner struct {
	a      *rules.Analysis
	m      *score.Model
	items  []score.Item
	groups []score.Group
	base   score.Result
	areas  []string // area names in display order
	an     Analyzer
	itemOf map[int]int // Analysis.Bullets index -> model item
	cache  map[string]signals.Signals
}

func newPlanner(a *rules.Analysis, m *score.Model, an Analyzer) *planner {
	p := &planner{a: a, m: m, items: m.Items(), groups: m.Groups(), base: m.Base(), areas: score.Areas(), an: an, itemOf: map[int]int{}, cache: map[string]signals.Signals{}}
	for i, it := range p.items {
		p.itemOf[it.Bullet] = i
	}
	return p
}

// signalsOf analyses a rewrite with its placeholders filled, once per text.
func (p *planner) signalsOf(text string) (signals.Signals, string) {
	filled := fillPlaceholders(text)
	if s, ok := p.cache[filled]; ok {
		return s, filled
	}
	s := p.analyze(filled)
	p.cache[filled] = s
	return s, filled
}

// prefetch analyses, on the analyser's workers (rules.Engine.Workers) when it has more
// than one, the rewrites that shortlist and try will ask signalsOf for, so that they
// find them cached. A rewrite's signals depend on its text alone: the plan is the same
// either way.
func (p *planner) prefetch(cands []candidate) {
	if p.an == nil {
		return
	}
	w, ok := p.an.(interface{ Workers() int })
	if !ok || w.Workers() < 2 {
		return
	}
	var todo []string
	seen := map[string]bool{}
	for _, c := range cands {
		answered := c.question != "" && c.item >= 0
		if answered && !(c.item >= 0 && len(cands) > maxRescored) {
			continue // try gives it the bullet's own signals
		}
		filled := fillPlaceholders(c.text)
		if _, ok := p.cache[filled]; ok || seen[filled] {
			continue
		}
		seen[filled] = true
		todo = append(todo, filled)
	}
	if len(todo) < 2 {
		return
	}
	out := make([]signals.Signals, len(todo))
	parallel.Each(len(todo), w.Workers(), nil, func(i int) { out[i] = p.analyze(todo[i]) })
	for i, t := range todo {
		p.cache[t] = out[i]
	}
}

// try re-scores the model with one change and returns the new evaluation.
func (p *planner) try(c candidate) (score.Result, bool) {
	if p.an == nil {
		return score.Result{}, false
	}
	var sig signals.Signals
	var filled string
	if c.question != "" && c.item >= 0 {
		// An answered question gives the bullet its number.
		sig, filled = p.items[c.item].Signals, p.items[c.item].Text
		sig.Quantified = true
	} else {
		sig, filled = p.signalsOf(c.text)
	}
	return p.m.Try(c.item, c.group, sig, filled, c.dropsStyle), true
}

// bulletPlan collects the fixes for one bullet and the findings they answer.
type bulletPlan struct {
	fixes    []rules.Fix
	own      []rules.Finding   // bullet findings
	routed   map[string]string // rule id of a role/document finding -> the action answering it
	addition bool
	// text and sig are the bullet's; shape says whether it can be rewritten at all.
	text  string
	sig   signals.Signals
	shape rewrite.Shape
	team  rewrite.TeamContext
	// role keys the bullet's role in teamTaken, shared by every plan: one team
	// addition per role is enough (on every bullet it reads as a template).
	role      [2]int
	teamTaken map[[2]int]bool
	recent    bool // in one of the two most recent experience roles
	// question is asked instead of an addition that cannot be made honestly;
	// asked names the action it stands for.
	question string
	asked    string
}

// add records a fix. Only a sentence is rewritten; an addition (at most one per
// bullet) is chosen from what the bullet is about and what the page already says, and
// where none fits the bullet gets a coach question instead.
func (bp *bulletPlan) add(f rules.Fix) {
	if bp.shape != rewrite.Sentence {
		if rewrite.IsAddition(f.Action) && bp.shape == rewrite.Fragment && bp.question == "" {
			bp.question, bp.asked = bp.questionFor(f), f.Action
		}
		return
	}
	if rewrite.IsAddition(f.Action) {
		if bp.addition {
			return
		}
		fix, q := bp.resolve(f)
		if fix == nil {
			if q != "" && bp.question == "" {
				bp.question, bp.asked = q, f.Action
			}
			return
		}
		if fix.Action == rewrite.ActionAddTeam {
			// Team context where a hiring manager looks for it: the two latest roles.
			if !bp.recent || bp.teamTaken[bp.role] {
				return
			}
			bp.teamTaken[bp.role] = true
		}
		f = *fix
		bp.addition = true
	}
	bp.fixes = append(bp.fixes, f)
}

// resolve turns a requested addition into the one this bullet can take, or a question.
func (bp *bulletPlan) resolve(f rules.Fix) (*rules.Fix, string) {
	switch f.Action {
	case rewrite.ActionAddPlaceholder:
		return rewrite.ImpactAddition(bp.text, bp.sig)
	case rewrite.ActionAddTeam:
		return rewrite.TeamAddition(bp.text, bp.sig, bp.team)
	case rewrite.ActionAddCrossTeam:
		return rewrite.CrossTeamAddition(bp.text, bp.sig, f)
	}
	return &f, ""
}

// questionFor is the question asked of a fragment instead of an addition.
func (bp *bulletPlan) questionFor(f rules.Fix) string {
	switch f.Action {
	case rewrite.ActionAddPlaceholder:
		m, held := rewrite.MeasureFor(bp.text)
		switch {
		case held:
			return ""
		case m != nil:
			return m.Question
		}
		return rewrite.GeneralQuestion()
	}
	_, q := bp.resolve(f)
	return q
}

func (bp *bulletPlan) has(action string) bool {
	for _, f := range bp.fixes {
		if f.Action == action {
			return true
		}
	}
	return false
}

func copyParams(p map[string]string) map[string]string {
	out := make(map[string]string, len(p)+1)
	for k, v := range p {
		out[k] = v
	}
	return out
}

func spanText(text string, sp signals.Span) string {
	r := []rune(text)
	if sp.Start < 0 || sp.End > len(r) || sp.Start >= sp.End {
		return ""
	}
	return string(r[sp.Start:sp.End])
}

// bullets lists every bullet with its findings and, where a finding applies, a rewrite;
// it also returns the rewrites as candidates for the top changes.
func (p *planner) bullets() ([]report.Bullet, []candidate) {
	a := p.a
	plans := make([]*bulletPlan, len(a.Bullets))
	byRef := map[resume.Ref]int{}
	sized, teamTaken, teamWork := map[[2]int]bool{}, map[[2]int]bool{}, map[[2]int]bool{}
	for _, b := range a.Bullets {
		if rewrite.StatesTeamSize(b.Text) {
			sized[[2]int{b.Ref.Section, b.Ref.Role}] = true
		}
		if b.Signals.TeamFraming || b.Signals.People {
			teamWork[[2]int{b.Ref.Section, b.Ref.Role}] = true
		}
	}
	learner, leads, ended := map[[2]int]bool{}, map[[2]int]bool{}, map[[2]int]bool{}
	if doc := a.Doc; doc != nil {
		for si, sec := range doc.Sections {
			for ri, r := range sec.Roles {
				if rewrite.StatesTeamSize(r.Title) {
					sized[[2]int{si, ri}] = true
				}
				learner[[2]int{si, ri}] = rewrite.LearnerTitle(r.Title)
				leads[[2]int{si, ri}] = rewrite.LeadTitle(r.Title)
				// A role with an end date has ended, even the most recent one.
				ended[[2]int{si, ri}] = r.End != nil && !r.Current
			}
		}
	}
	for i, b := range a.Bullets {
		byRef[b.Ref] = i
		plans[i] = &bulletPlan{routed: map[string]string{}, text: b.Text, sig: b.Signals,
			shape: rewrite.ShapeOf(b.Text, b.Signals),
			team: rewrite.TeamContext{SizeStated: sized[[2]int{b.Ref.Section, b.Ref.Role}],
				Learner: learner[[2]int{b.Ref.Section, b.Ref.Role}], Leads: leads[[2]int{b.Ref.Section, b.Ref.Role}],
				TeamWork: teamWork[[2]int{b.Ref.Section, b.Ref.Role}]},
			role: [2]int{b.Ref.Section, b.Ref.Role}, teamTaken: teamTaken, recent: p.recentRole(i)}
	}
	// The head of a sentence cut in two by a line break is no bullet either (its tail,
	// opening in lower case, is already a Label).
	for i, b := range a.Bullets {
		if i+1 < len(a.Bullets) {
			nb := a.Bullets[i+1]
			if nb.Ref.Section == b.Ref.Section && nb.Ref.Role == b.Ref.Role && nb.Ref.Bullet == b.Ref.Bullet+1 && rewrite.SplitHead(b.Text, nb.Text, nb.Signals) {
				plans[i].shape = rewrite.Label
			}
		}
	}
	var roleFindings []rules.Finding
	for _, f := range a.Findings {
		if f.Scope == rules.ScopeBullet {
			if i, ok := byRef[f.Ref]; ok {
				plans[i].own = append(plans[i].own, f)
			}
			continue
		}
		roleFindings = append(roleFindings, f)
	}

	// 1. Each bullet's own findings, and what its signals call for.
	for i, b := range a.Bullets {
		bp := plans[i]
		sort.SliceStable(bp.own, func(x, y int) bool { return bp.own[x].RuleID < bp.own[y].RuleID })
		for _, f := range rewrite.SignalFixes(b.Signals, b.Text, p.pastRole(i, ended[[2]int{b.Ref.Section, b.Ref.Role}])) {
			bp.add(f)
		}
		if len(bp.own) == 0 {
			continue
		}
		for _, f := range bp.own {
			if f.Fix == nil {
				continue
			}
			fix := *f.Fix
			if fix.Action == rewrite.ActionReplaceWord && fix.Params["from"] == "" && f.Span != nil {
				// replace_word without "from" replaces the finding's evidence.
				fix.Params = copyParams(fix.Params)
				fix.Params["from"] = spanText(b.Text, *f.Span)
			}
			bp.add(fix)
		}
		if !bp.addition && bp.question == "" {
			// One default addition, for the first area (in display order) that asks;
			// a too-short bullet without a number gets the impact placeholder.
			for _, ar := range p.areas {
				if !hasArea(bp.own, ar) {
					continue
				}
				if fx := rewrite.AreaFix(ar, b.Signals, b.Text); fx != nil {
					bp.add(*fx)
					break
				}
			}
			if !bp.addition && bp.question == "" && score.BadLength(b.Signals.Words) && b.Signals.Words < 8 {
				if fx := rewrite.AreaFix(score.AreaImpact, b.Signals, b.Text); fx != nil {
					bp.add(*fx)
				}
			}
		}
	}

	// 2. Role and document findings: a missing number goes on every unquantified bullet
	// of the role (of the two latest roles for the whole document); an addition a rule
	// carries goes on the one bullet of the role where it gains most.
	for _, f := range roleFindings {
		groups := p.groupsOf(f)
		if len(groups) == 0 || f.Fix == nil {
			continue
		}
		if !rewrite.IsAddition(f.Fix.Action) {
			continue
		}
		// Two findings asking the same of a role share one bullet.
		if shared := routedWith(plans, p.items, groups, f.Fix.Action); shared >= 0 {
			plans[shared].routed[f.RuleID] = f.Fix.Action
			continue
		}
		// Prefer a bullet that gets no other addition, so one bullet does not collect
		// every placeholder. A bullet with other additions only wins when no free bullet
		// qualifies, and a sole contender wins whatever its gain: so only the contenders
		// of the preferred kind are re-analysed, and only when there are several.
		type contender struct {
			k, idx int
			after  string
			free   bool
		}
		var conts []contender
		anyFree := false
		for k, it := range p.items {
			if !contains(groups, it.Group) || it.Bullet < 0 {
				continue
			}
			bp := plans[it.Bullet]
			b := a.Bullets[it.Bullet]
			if bp.addition || bp.shape != rewrite.Sentence || !rewrite.Lacks(f.Fix.Action, b.Signals) {
				continue
			}
			fix, _ := bp.resolve(*f.Fix)
			if fix == nil {
				continue
			}
			after, acts := rewrite.Rewrite(b.Text, append(append([]rules.Fix(nil), bp.fixes...), *fix))
			if !slices.Contains(acts, f.Fix.Action) {
				continue
			}
			free := !bp.addition
			anyFree = anyFree || free
			conts = append(conts, contender{k: k, idx: it.Bullet, after: after, free: free})
		}
		// Only the most recent contenders are re-scored: a finding about a whole CV of
		// hundreds of bullets would otherwise re-score it once per bullet.
		var kept []contender
		for _, c := range conts {
			if c.free == anyFree {
				kept = append(kept, c)
			}
		}
		if len(kept) > maxRescored {
			w := p.m.ItemWeights()
			sort.SliceStable(kept, func(x, y int) bool { return w[kept[x].k] > w[kept[y].k] })
			kept = kept[:maxRescored]
			sort.SliceStable(kept, func(x, y int) bool { return kept[x].k < kept[y].k })
		}
		conts, n := kept, len(kept)
		best, bestGain := -1, math.Inf(-1)
		for _, c := range conts {
			if n == 1 {
				best = c.idx
				break
			}
			g := 0.0
			if ev, ok := p.try(candidate{item: c.k, text: c.after}); ok {
				g = ev.Overall() - p.base.Overall()
			} else if a.Bullets[c.idx].Signals.Technical {
				g = 0.001 // without an analyser, prefer a technical bullet
			}
			if g > bestGain+1e-9 {
				best, bestGain = c.idx, g
			}
		}
		if best >= 0 {
			plans[best].add(*f.Fix)
			plans[best].routed[f.RuleID] = f.Fix.Action
		}
	}
	for _, f := range roleFindings {
		groups := p.groupsOf(f)
		if len(groups) == 0 || f.Fix != nil || f.Area != score.AreaImpact {
			continue
		}
		for _, it := range p.items {
			if !contains(groups, it.Group) || it.Bullet < 0 {
				continue
			}
			bp := plans[it.Bullet]
			b := a.Bullets[it.Bullet]
			if bp.addition || bp.question != "" || !rewrite.Lacks(rewrite.ActionAddPlaceholder, b.Signals) {
				continue
			}
			fx := rewrite.AreaFix(score.AreaImpact, b.Signals, b.Text)
			bp.add(*fx)
			bp.routed[f.RuleID] = fx.Action
		}
	}

	// 3. Rewrite, or ask. A coach asks a role the same question once or twice, not of
	// every bullet: past the cap the findings stand without a question.
	asked, askedGeneral := map[[2]int]int{}, map[[3]int]bool{}
	// unmeasured counts, per group, the bullets asked for a measure (asked or not).
	unmeasured := map[int]int{}
	for i, bp := range plans {
		if k, ok := p.itemOf[i]; ok && bp.asked == rewrite.ActionAddPlaceholder && !bp.addition {
			unmeasured[p.items[k].Group]++
		}
	}
	var out []report.Bullet
	var cands []candidate
	for i, b := range a.Bullets {
		bp := plans[i]
		rb := report.Bullet{Ref: b.Ref, Pos: b.Pos, Text: b.Text, Signals: b.Signals}
		seen := map[string]bool{}
		for _, f := range bp.own {
			if !seen[f.RuleID] {
				seen[f.RuleID] = true
				rb.Findings = append(rb.Findings, f.RuleID)
			}
		}
		if len(bp.own) > 0 || len(bp.routed) > 0 {
			after, actions := rewrite.Rewrite(b.Text, bp.fixes)
			if strings.Join(strings.Fields(after), " ") == strings.Join(strings.Fields(b.Text), " ") {
				// Only line breaks changed (a long bullet split into sentences): every
				// format shows the same words as the bullet, so it is no rewrite to offer;
				// the finding that asked for it still stands.
				actions = nil
			}
			question := ""
			if bp.question != "" && !containsAddition(actions) {
				key := [2]int{b.Ref.Section, b.Ref.Role}
				// The general question once per role; a topic's question up to the cap.
				gk := [3]int{b.Ref.Section, b.Ref.Role, 0}
				general := bp.question == rewrite.GeneralQuestion()
				if asked[key] < rewrite.QuestionsPerRole() && !(general && (askedGeneral[gk] || !p.currentRole(i))) {
					asked[key]++
					askedGeneral[gk] = askedGeneral[gk] || general
					question = bp.question
				}
			}
			if len(actions) == 0 && question != "" {
				ids, _ := answered(bp, []string{bp.asked})
				rb.Suggestion = &report.Suggestion{Before: b.Text, Question: question, Actions: []string{}, Rules: ids}
			}
			if k, ok := p.itemOf[i]; ok && question != "" && bp.asked == rewrite.ActionAddPlaceholder {
				g := p.items[k].Group
				cands = append(cands, candidate{
					item: k, ref: b.Ref, before: b.Text, question: question, area: score.AreaImpact,
					desc: rewrite.Capitalise(fmt.Sprintf("a bullet in %s has no measure: answer the question and add the number", p.m.RoleLabel(g))),
					kind: "measure", same: unmeasured[g],
				})
			}
			if len(actions) > 0 {
				ids, style := answered(bp, actions)
				if question != "" {
					qids, _ := answered(bp, []string{bp.asked})
					ids = mergeIDs(ids, qids)
				}
				rb.Suggestion = &report.Suggestion{Before: b.Text, After: after, Question: question, Actions: actions, Rules: ids}
				if k, ok := p.itemOf[i]; ok {
					fallback := score.AreaStyle
					if len(bp.own) > 0 {
						fallback = bp.own[0].Area
					}
					cands = append(cands, candidate{
						item: k, text: after, ref: b.Ref, before: b.Text,
						desc: describe(p.m, p.items[k].Group, actions), fallback: fallback, dropsStyle: style,
						kind: strings.Join(actions, ","),
					})
				}
			}
		}
		out = append(out, rb)
	}
	return out, cands
}

func containsAddition(actions []string) bool {
	for _, a := range actions {
		if rewrite.IsAddition(a) {
			return true
		}
	}
	return false
}

// mergeIDs returns the sorted union of two sorted id lists.
func mergeIDs(a, b []string) []string {
	out := append(append([]string(nil), a...), b...)
	sort.Strings(out)
	return slices.Compact(out)
}

// routedWith returns a bullet of the groups that already carries a role finding's
// action, or -1.
func routedWith(plans []*bulletPlan, items []score.Item, groups []int, action string) int {
	for _, it := range items {
		if it.Bullet < 0 || !contains(groups, it.Group) {
			continue
		}
		for _, act := range plans[it.Bullet].routed {
			if act == action {
				return it.Bullet
			}
		}
	}
	return -1
}

// recentRole reports whether bullet i belongs to one of the two most recent experience
// roles, where a coach's general question is worth asking.
func (p *planner) recentRole(i int) bool {
	if k, ok := p.itemOf[i]; ok {
		g := p.groups[p.items[k].Group]
		return g.Experience && g.Rank >= 0 && g.Rank <= 1
	}
	return false
}

// currentRole reports whether bullet i belongs to the current role of the advice (the
// most recent engineering role), where the general question is asked.
func (p *planner) currentRole(i int) bool {
	k, ok := p.itemOf[i]
	if !ok {
		return false
	}
	cur := p.m.Current()
	return len(cur) == 1 && p.items[k].Group == cur[0]
}

// pastRole reports whether bullet i belongs to an experience role that has ended: an
// older one, or the most recent when its end date is written.
func (p *planner) pastRole(i int, ended bool) bool {
	if k, ok := p.itemOf[i]; ok {
		g := p.groups[p.items[k].Group]
		return g.Experience && !g.Current && (g.Rank > 0 || ended)
	}
	return false
}

// groupsOf returns the model groups a role or document finding is about.
func (p *planner) groupsOf(f rules.Finding) []int {
	if f.Scope == rules.ScopeDocument {
		return p.m.LastTwo()
	}
	for g, gr := range p.groups {
		if gr.Ref.Section == f.Ref.Section && gr.Ref.Role == f.Ref.Role {
			return []int{g}
		}
	}
	return nil
}

func contains(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

func hasArea(fs []rules.Finding, area string) bool {
	for _, f := range fs {
		if f.Area == area && f.Fix == nil {
			return true
		}
	}
	return false
}

// styleActions are the actions that answer a style finding without a fix of its own.
var styleActions = []string{rewrite.ActionDropWeakOpener, rewrite.ActionDropPronoun, rewrite.ActionActiveVoice, rewrite.ActionPastTense, rewrite.ActionReplaceWord}

// answered returns the ids of the findings a rewrite answers, and how many of them are
// style findings (they stop costing style points once answered).
func answered(bp *bulletPlan, actions []string) ([]string, int) {
	applied := map[string]bool{}
	for _, a := range actions {
		applied[a] = true
	}
	ids := map[string]bool{}
	style := 0
	for _, f := range bp.own {
		ok := false
		switch {
		case f.Fix != nil:
			ok = applied[f.Fix.Action]
		case f.Area == score.AreaStyle && strings.Contains(f.RuleID, "long"):
			ok = applied[rewrite.ActionSplitSentences]
		case f.Area == score.AreaStyle && strings.Contains(f.RuleID, "short"):
			ok = applied[rewrite.ActionAddPlaceholder] || applied[rewrite.ActionAddTeam] || applied[rewrite.ActionAddCrossTeam]
		case f.Area == score.AreaStyle:
			for _, a := range styleActions {
				ok = ok || applied[a]
			}
		default:
			if fx := rewrite.AreaFix(f.Area, signals.Signals{}, ""); fx != nil {
				ok = applied[fx.Action]
			}
		}
		if ok && !ids[f.RuleID] {
			ids[f.RuleID] = true
			if f.Area == score.AreaStyle {
				style++
			}
		}
	}
	for id, act := range bp.routed {
		if applied[act] {
			ids[id] = true
		}
	}
	out := make([]string, 0, len(ids))
	for id := range ids {
		out = append(out, id)
	}
	sort.Strings(out)
	return out, style
}

// actionList says what a comma-joined list of actions does.
func actionList(kind string) string {
	var parts []string
	for _, a := range strings.Split(kind, ",") {
		if w, ok := rewrite.ActionWords(a); ok {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, ", ")
}

func describe(m *score.Model, g int, actions []string) string {
	var parts []string
	for _, a := range actions {
		if w, ok := rewrite.ActionWords(a); ok {
			parts = append(parts, w)
		}
	}
	return rewrite.Capitalise(fmt.Sprintf("rewrite a bullet in %s: %s", m.RoleLabel(g), strings.Join(parts, ", ")))
}

// ---- top changes ----

// fillPlaceholders stands in neutral values for placeholders so a rewrite can be
// re-analysed as if the candidate had filled it in: [X%] -> 20%, [N] -> 5,
// [product/design] -> product and design.
func fillPlaceholders(s string) string {
	return replaceBracketed(s, func(m string) string {
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

// replaceBracketed replaces each "[...]" of s that holds no bracket by what repl
// returns for it, as regexp's ReplaceAllStringFunc of `\[([^\[\]]*)\]` did
// (TestReplaceBracketedMatchesRegexp); written by hand, since that expression was
// compiled for every document, only to re-score a few rewrites.
func replaceBracketed(s string, repl func(string) string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		open := strings.IndexByte(s[i:], '[')
		if open < 0 {
			break
		}
		open += i
		end := strings.IndexAny(s[open+1:], "[]")
		if end < 0 {
			break
		}
		end += open + 1
		if s[end] == '[' {
			i = end
			continue
		}
		b.WriteString(s[last:open])
		b.WriteString(repl(s[open : end+1]))
		last, i = end+1, end+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// maxRescored bounds how many candidates are re-scored: each re-score reads every
// bullet, so a CV of hundreds of bullets would cost hundreds of times its length.
const maxRescored = 80

// shortlist keeps, when there are more than maxRescored candidates, the additions (a
// missing kind of evidence) and the bullet rewrites that promise most: the bullet's
// weight times how many signals and style findings the rewrite changes. Order is kept.
func (p *planner) shortlist(cands []candidate) []candidate {
	if len(cands) <= maxRescored {
		return cands
	}
	w := p.m.ItemWeights()
	type ranked struct {
		i     int
		value float64
	}
	var rs []ranked
	for i, c := range cands {
		if c.item < 0 {
			rs = append(rs, ranked{i, math.Inf(1)})
			continue
		}
		sig, _ := p.signalsOf(c.text)
		old := p.items[c.item].Signals
		changed := c.dropsStyle
		for _, name := range signals.Names {
			if sig.Get(name) != old.Get(name) {
				changed++
			}
		}
		rs = append(rs, ranked{i, w[c.item] * float64(changed)})
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].value > rs[b].value })
	rs = rs[:maxRescored]
	sort.Slice(rs, func(a, b int) bool { return rs[a].i < rs[b].i })
	out := make([]candidate, len(rs))
	for k, r := range rs {
		out[k] = cands[r.i]
	}
	return out
}

// rankChanges re-scores the model with each candidate applied and keeps the five that
// raise the overall score most.
func (p *planner) rankChanges(cands []candidate) []report.Change {
	p.prefetch(cands)
	cands = p.shortlist(cands)
	type scored struct {
		c    candidate
		gain float64
		area string
		ord  int
	}
	var all []scored
	for i, c := range cands {
		ev, ok := p.try(c)
		if !ok {
			continue
		}
		gain := ev.Overall() - p.base.Overall()
		if gain <= 0.05 {
			continue
		}
		best := c.area
		if best == "" {
			best = c.fallback
			bestGain := 0.0
			for _, a := range p.areas {
				if g := p.m.Weights()[a] * (ev.Area(a) - p.base.Area(a)); g > bestGain+1e-9 {
					best, bestGain = a, g
				}
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
	// Changes of one kind in one role are one change: the best bullet is quoted and
	// the description says how many bullets it stands for.
	type kindKey struct {
		group int
		kind  string
	}
	perKind := map[kindKey]int{}
	for _, c := range cands {
		if c.item >= 0 && c.kind != "" {
			perKind[kindKey{p.items[c.item].Group, c.kind}]++
		}
	}
	shown := map[kindKey]bool{}
	var out []report.Change
	for _, s := range all {
		if len(out) == topChanges {
			break
		}
		desc := s.c.desc
		if s.c.item >= 0 && s.c.kind != "" {
			g := p.items[s.c.item].Group
			key := kindKey{g, s.c.kind}
			if shown[key] {
				continue
			}
			shown[key] = true
			n := max(perKind[key], s.c.same)
			if n > 1 {
				if s.c.question != "" {
					desc = rewrite.Capitalise(fmt.Sprintf("%d bullets in %s have no measure: answer the question for each and add the number", n, p.m.RoleLabel(g)))
				} else {
					desc = rewrite.Capitalise(fmt.Sprintf("%d bullets in %s need the same rewrite: %s", n, p.m.RoleLabel(g), actionList(s.c.kind)))
				}
			}
		}
		ref := s.c.ref
		ch := report.Change{
			Rank: len(out) + 1, Area: s.area, Description: desc,
			Gain: max(1, int(math.Round(s.gain))), Ref: &ref, Before: s.c.before, After: s.c.text,
		}
		if s.c.question != "" {
			ch.After, ch.Question = "", s.c.question
		}
		out = append(out, ch)
	}
	return out
}
