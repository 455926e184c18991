package score

import (
	"math"
	"sort"
	"strings"
	"unicode"

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
	// tech: the title or a bullet shows engineering or technology work; the advice's
	// "current role" is the most recent such role.
	tech bool
}

// model is the scorer's view of one analysis: distinct bullets in groups weighted by
// recency, and the document's experience summary.
type model struct {
	items  []item
	groups []group
	recent []int // experience groups, most recent first
	exp    resume.Experience
	hasDoc bool
	// shares are the analysis's shares of experience bullets per signal (nil from an
	// analysis that did not compute them).
	shares map[string]rules.Share
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
	m := &model{shares: a.Shares}
	doc := a.Doc
	if doc != nil {
		m.hasDoc = true
		m.exp = doc.Experience
	}
	groupOf := map[[2]int]int{}
	seen := map[string]bool{}
	styleExtra := styleExtras(a)
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
		gi, ok := groupOf[gk]
		if !ok {
			g := group{ref: resume.Ref{Section: b.Ref.Section, Role: b.Ref.Role, Bullet: -1}, experience: kind == resume.KindExperience, rank: -1}
			if role != nil {
				g.title, g.org, g.current = role.Title, role.Organisation, role.Current
			}
			gi = len(m.groups)
			m.groups = append(m.groups, g)
			groupOf[gk] = gi
		}
		m.items = append(m.items, newItem(i, gi, b.Signals, b.Text, styleExtra[i]))
	}
	m.rankGroups(doc)
	for _, it := range m.items {
		if it.sig.Technical {
			m.groups[it.group].tech = true
		}
	}
	for g := range m.groups {
		if engineeringTitle(m.groups[g].title) {
			m.groups[g].tech = true
		}
	}
	return m
}

// rankGroups orders experience groups by recency: by their dates when every one has
// some, else in document order (résumés list the latest role first).
func (m *model) rankGroups(doc *resume.Document) {
	type ranked struct {
		g   int
		key int
	}
	var exp []ranked
	allDated := true
	for i, g := range m.groups {
		if !g.experience {
			continue
		}
		key, ok := 0, false
		if doc != nil && g.ref.Role >= 0 {
			r := doc.Sections[g.ref.Section].Roles[g.ref.Role]
			switch {
			case r.Current:
				key, ok = 1<<30, true
			case r.End != nil:
				key, ok = r.End.Year*13+r.End.Month, true
			case r.Start != nil:
				key, ok = r.Start.Year*13+r.Start.Month, true
			}
		}
		if !ok {
			allDated = false
		}
		exp = append(exp, ranked{i, key})
	}
	if allDated {
		sort.SliceStable(exp, func(i, j int) bool { return exp[i].key > exp[j].key })
	}
	m.recent = m.recent[:0]
	for rank, e := range exp {
		m.groups[e.g].rank = rank
		m.groups[e.g].weight = math.Max(recencyFloor, math.Pow(recencyDecay, float64(rank)))
		m.recent = append(m.recent, e.g)
	}
	for i := range m.groups {
		if !m.groups[i].experience {
			m.groups[i].weight = nonExperienceW
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
