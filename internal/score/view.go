package score

import (
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Model is the scorer's view of one analysis, handed to the advice planner
// (internal/advise): the distinct bullets in their roles, the roles named as the advice
// names them, and a re-score of the page with one bullet changed or added, so a change
// is ranked by what it would gain.
type Model struct {
	m       *model
	weights Weights
	base    eval
	items   []Item
	groups  []Group
}

// Item is one distinct bullet the score counts.
type Item struct {
	Bullet  int // index into Analysis.Bullets
	Group   int // index into Groups
	Signals signals.Signals
	Text    string
}

// Group is a role, or the role-less bullets of a section.
type Group struct {
	Ref        resume.Ref // Bullet is -1
	Experience bool
	Current    bool
	Rank       int // recency among experience roles, 0 = most recent; -1 outside experience
}

// Result is a score of the page: the overall score and each area's, unrounded.
type Result struct{ ev eval }

// Overall is the unrounded overall score.
func (r Result) Overall() float64 { return r.ev.overall }

// Area is one area's unrounded score.
func (r Result) Area(name string) float64 { return r.ev.areas[name].score }

func newView(m *model, weights Weights, base eval) *Model {
	v := &Model{m: m, weights: weights, base: base}
	for _, it := range m.items {
		v.items = append(v.items, Item{Bullet: it.idx, Group: it.group, Signals: it.sig, Text: it.text})
	}
	for _, g := range m.groups {
		v.groups = append(v.groups, Group{Ref: g.ref, Experience: g.experience, Current: g.current, Rank: g.rank})
	}
	return v
}

// Items are the distinct bullets, in document order.
func (v *Model) Items() []Item { return v.items }

// Groups are the roles (and role-less sections) the items belong to.
func (v *Model) Groups() []Group { return v.groups }

// Base is the page's score as it stands.
func (v *Model) Base() Result { return Result{v.base} }

// Weights are the area weights the scores were made with.
func (v *Model) Weights() Weights { return v.weights }

// Current is the group the advice calls the current role (the most recent engineering
// or technology role), as a list of zero or one.
func (v *Model) Current() []int { return v.m.current() }

// LastTwo are the two most recent engineering roles.
func (v *Model) LastTwo() []int { return v.m.lastTwo() }

// RoleLabel names a group: "your current role (Staff Engineer, Acme)".
func (v *Model) RoleLabel(g int) string { return v.m.roleLabel(g) }

// SkippedNote says which recent roles the advice leaves out as not engineering work, or "".
func (v *Model) SkippedNote() string { return v.m.skippedNote() }

// ItemWeights is each item's weight in the scores.
func (v *Model) ItemWeights() []float64 { return v.m.itemWeights() }

// Count counts the items of the given groups, and those whose signals satisfy has.
func (v *Model) Count(groups []int, has func(signals.Signals) bool) (hits, total int) {
	return newStats(v.m).inGroups(groups, func(it item) float64 { return boolv(has(it.sig)) })
}

// Try re-scores the page with item k's bullet replaced (sig and text the rewrite's;
// dropsStyle the style findings it answers), or, when k is -1, with a bullet added to
// group g.
func (v *Model) Try(k, g int, sig signals.Signals, text string, dropsStyle int) Result {
	mm := v.m.clone()
	if k >= 0 {
		it := mm.items[k]
		mm.items[k] = newItem(it.idx, it.group, sig, text, max(0, it.extraStyle-dropsStyle))
	} else {
		mm.items = append(mm.items, newItem(-1, g, sig, text, 0))
	}
	return Result{mm.evaluate(v.weights)}
}

// BadLength reports a bullet too short or too long to read well (the style area's
// length rule).
func BadLength(words int) bool { return badLength(words) }
