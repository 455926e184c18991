package score

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/recency"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// item is one distinct bullet as the scorer sees it.
type item struct {
	idx        int // index into Analysis.Bullets; -1 for a bullet the scorer imagines
	group      int // index into model.groups
	sig        signals.Signals
	text       string
	extraStyle int     // style findings on the bullet that its signals do not explain
	lead       float64 // leadValue, worked out once: the planner re-scores many times
}

func newItem(idx, group int, sig signals.Signals, text string, extraStyle int) item {
	it := item{idx: idx, group: group, sig: sig, text: text, extraStyle: extraStyle}
	it.lead = leadValue(it)
	return it
}

// group is a role, or the role-less bullets of a section.
type group struct {
	ref        resume.Ref
	title, org string
	current    bool
	experience bool
	rank       int // recency rank among experience groups (0 = most recent); -1 otherwise
	weight     float64
}

// model is the scorer's view of one analysis: distinct bullets in groups weighted by
// recency, and the document's experience summary.
type model struct {
	items  []item
	groups []group
	recent []int // experience groups with bullets, most recent first
	// order is the one recency order of the roles (internal/recency): the current role
	// and the two most recent roles the facts and the advice name.
	order recency.Order
	// groupOf maps a role to its group (every role of the order has one, an empty group
	// when the scorer kept none of its bullets).
	groupOf map[[2]int]int
	exp     resume.Experience
	hasDoc  bool
	// shares are the analysis's shares of experience bullets per signal (nil from an
	// analysis that did not compute them).
	shares map[string]rules.Share
	// expLead is, per experience bullet of the analysis (the bullets the document rules
	// and shares count), its lead value; expIdx those bullets' indices (nil from an
	// analysis made by hand).
	expLead []float64
	expIdx  map[int]bool
}

// Weights of groups: recent roles weigh more. The most recent experience role counts
// fully, each older one 0.7 of the one before (floor 0.2); bullets outside experience
// (projects, volunteering, a summary) count like an old role.
const (
	recencyDecay   = 0.7
	recencyFloor   = 0.2
	nonExperienceW = 0.4
)

// ignoredKinds are sections whose bullets are not evidence of work done (a course list,
// a skills list, a GPA).
var ignoredKinds = map[resume.SectionKind]bool{
	resume.KindEducation: true, resume.KindSkills: true, resume.KindCertifications: true,
	resume.KindPublications: true, resume.KindAwards: true,
}

// normText is the key that makes repeated bullets count once.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

func newModel(a *rules.Analysis) *model {
	m := &model{shares: a.Shares, order: a.Order}
	if a.Experience != nil {
		m.expIdx = map[int]bool{}
		for _, i := range a.Experience {
			m.expIdx[i] = true
			m.expLead = append(m.expLead, newItem(i, -1, a.Bullets[i].Signals, a.Bullets[i].Text, 0).lead)
		}
	}
	doc := a.Doc
	if doc != nil {
		m.hasDoc = true
		m.exp = doc.Experience
		if len(m.order.Roles) == 0 {
			// An analysis made by hand: read the order as the engine does.
			tech := map[resume.Ref]bool{}
			for _, b := range a.Bullets {
				tech[b.Ref] = b.Signals.Technical
			}
			m.order = recency.Read(doc, func(r resume.Ref) bool { return tech[r] })
		}
	}
	inOrder := map[[2]int]bool{}
	for _, e := range m.order.Roles {
		inOrder[[2]int{e.Ref.Section, e.Ref.Role}] = true
	}
	m.groupOf = map[[2]int]int{}
	seen := map[string]bool{}
	styleExtra := styleExtras(a)
	newGroup := func(gk [2]int, kind resume.SectionKind, role *resume.Role) int {
		g := group{ref: resume.Ref{Section: gk[0], Role: gk[1], Bullet: -1}, experience: kind == resume.KindExperience || inOrder[gk], rank: -1}
		if role != nil {
			g.title, g.org, g.current = role.Title, role.Organisation, role.Current
		}
		m.groups = append(m.groups, g)
		m.groupOf[gk] = len(m.groups) - 1
		return len(m.groups) - 1
	}
	for i, b := range a.Bullets {
		kind := resume.KindExperience
		var role *resume.Role
		if doc != nil && b.Ref.Section >= 0 && b.Ref.Section < len(doc.Sections) {
			sec := &doc.Sections[b.Ref.Section]
			kind = sec.Kind
			if b.Ref.Role >= 0 && b.Ref.Role < len(sec.Roles) {
				role = &sec.Roles[b.Ref.Role]
			}
		}
		if ignoredKinds[kind] {
			continue
		}
		key := normText(b.Text)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		gk := [2]int{b.Ref.Section, b.Ref.Role}
		gi, ok := m.groupOf[gk]
		if !ok {
			gi = newGroup(gk, kind, role)
		}
		m.items = append(m.items, newItem(i, gi, b.Signals, b.Text, styleExtra[i]))
	}
	for _, e := range m.order.Roles {
		gk := [2]int{e.Ref.Section, e.Ref.Role}
		if _, ok := m.groupOf[gk]; !ok {
			newGroup(gk, doc.Sections[gk[0]].Kind, &doc.Sections[gk[0]].Roles[gk[1]])
		}
	}
	m.rankGroups()
	return m
}

// rankGroups weighs groups by recency: roles by their place in the recency order, then
// the role-less bullets of experience sections in document order.
func (m *model) rankGroups() {
	n := len(m.order.Roles)
	hasItems := make([]bool, len(m.groups))
	for _, it := range m.items {
		hasItems[it.group] = true
	}
	type ranked struct{ g, key int }
	var exp []ranked
	for i, g := range m.groups {
		if !g.experience {
			m.groups[i].weight = nonExperienceW
			continue
		}
		key := m.order.Rank(g.ref)
		if key < 0 {
			key = n + i
		}
		exp = append(exp, ranked{i, key})
	}
	sort.SliceStable(exp, func(i, j int) bool { return exp[i].key < exp[j].key })
	m.recent = m.recent[:0]
	for rank, e := range exp {
		if e.key < n {
			rank = e.key
		}
		m.groups[e.g].rank = rank
		m.groups[e.g].weight = math.Max(recencyFloor, math.Pow(recencyDecay, float64(rank)))
		if hasItems[e.g] {
			m.recent = append(m.recent, e.g)
		}
	}
}

// styleExtras counts, per bullet, the style findings beyond those its signals already
// explain (a buzzword, a filler word, present tense in a past role).
func styleExtras(a *rules.Analysis) map[int]int {
	byRef := map[resume.Ref]int{}
	for i, b := range a.Bullets {
		byRef[b.Ref] = i
	}
	count := map[int]int{}
	for _, f := range a.Findings {
		if f.Scope != rules.ScopeBullet || f.Area != AreaStyle {
			continue
		}
		if i, ok := byRef[f.Ref]; ok {
			count[i]++
		}
	}
	out := map[int]int{}
	for i, n := range count {
		s := a.Bullets[i].Signals
		explained := b2i(s.WeakOpener) + b2i(s.Passive) + b2i(s.FirstPerson) + b2i(badLength(s.Words))
		if n > explained {
			out[i] = n - explained
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func badLength(words int) bool { return words > 0 && (words < 8 || words > 30) }

// clone copies the model so a change can be tried without touching the original.
func (m *model) clone() *model {
	c := *m
	c.items = append([]item(nil), m.items...)
	return &c
}

// itemWeights gives each item its group's weight divided by the square root of the
// group's size: a role with many bullets counts more than one with few, but not in
// proportion, so padding a role does not swamp the others.
func (m *model) itemWeights() []float64 {
	n := make([]int, len(m.groups))
	for _, it := range m.items {
		n[it.group]++
	}
	w := make([]float64, len(m.items))
	for i, it := range m.items {
		w[i] = m.groups[it.group].weight / math.Sqrt(float64(n[it.group]))
	}
	return w
}
