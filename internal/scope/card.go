// Package scope reads, for each role of a résumé, what a hiring manager for an
// engineering-manager role reads first: how many people, teams and managers, how many
// hired and promoted, retention, budget and headcount, partner functions and the highest
// level of stakeholder, incidents, delivery measures and roadmap (the scope card); and
// places the page on a level ladder (ladder.go). Vocabulary and thresholds are in
// rules/scope/*.yaml. Numbers are only ever read from the page, never estimated.
package scope

import (
	"sort"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// Evidence is where a dimension was read: the role's title, a line of its text, or a
// bullet (Ref.Bullet >= 0). Start and End are rune offsets into Text's source line.
type Evidence struct {
	Ref    resume.Ref `json:"ref"`
	Source string     `json:"source"` // title, text, bullet or summary
	Start  int        `json:"start"`
	End    int        `json:"end"`
	Text   string     `json:"text"` // the words matched
}

// Count is one dimension of the card. Value 0 means the page shows the dimension without
// a number ("hired engineers"); a dimension the page never shows is nil.
type Count struct {
	Value    int64      `json:"value,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Named is a partner function or a stakeholder level with where it was read.
type Named struct {
	Name     string     `json:"name"`
	Evidence []Evidence `json:"evidence"`
}

// Card is the scope of one role.
type Card struct {
	TeamSize  *Count `json:"team_size,omitempty"`
	Reports   *Count `json:"reports,omitempty"`
	Teams     *Count `json:"teams,omitempty"`
	Managers  *Count `json:"managers,omitempty"`
	Hired     *Count `json:"hired,omitempty"`
	Promoted  *Count `json:"promoted,omitempty"`
	Retention *Count `json:"retention,omitempty"`
	Budget    *Count `json:"budget,omitempty"`
	Headcount *Count `json:"headcount,omitempty"`
	Incidents *Count `json:"incidents,omitempty"`
	Delivery  *Count `json:"delivery,omitempty"`
	Roadmap   *Count `json:"roadmap,omitempty"`
	// Led is technical leadership without people reporting: a team or an initiative led
	// ("team lead of", "led the Kubernetes adoption"); value stays 0, evidence counts.
	Led *Count `json:"led,omitempty"`
	// Partners are the partner functions named, sorted.
	Partners []Named `json:"partners,omitempty"`
	// Stakeholder is the highest level of stakeholder named (team, director, vp-c-level,
	// board, customers).
	Stakeholder *Named `json:"stakeholder,omitempty"`
}

// maxEvidence bounds the evidence kept per dimension.
const maxEvidence = 3

func (c *Card) count(dim string) **Count {
	switch dim {
	case DimTeamSize:
		return &c.TeamSize
	case DimReports:
		return &c.Reports
	case DimTeams:
		return &c.Teams
	case DimManagers:
		return &c.Managers
	case DimHired:
		return &c.Hired
	case DimPromoted:
		return &c.Promoted
	case DimRetention:
		return &c.Retention
	case DimBudget:
		return &c.Budget
	case DimHeadcount:
		return &c.Headcount
	case DimIncidents:
		return &c.Incidents
	case DimDelivery:
		return &c.Delivery
	case DimRoadmap:
		return &c.Roadmap
	case DimLed:
		return &c.Led
	}
	return nil
}

// Get returns a count dimension by name (nil when the page never shows it).
func (c *Card) Get(dim string) *Count {
	if p := c.count(dim); p != nil {
		return *p
	}
	return nil
}

// Value is a count dimension's number, 0 when unknown.
func (c *Card) Value(dim string) int64 {
	if x := c.Get(dim); x != nil {
		return x.Value
	}
	return 0
}

// Has reports whether the page shows a count dimension at all.
func (c *Card) Has(dim string) bool { return c.Get(dim) != nil }

// Empty reports whether nothing at all was read.
func (c *Card) Empty() bool {
	for _, d := range countDims {
		if c.Has(d) {
			return false
		}
	}
	return len(c.Partners) == 0 && c.Stakeholder == nil
}

// add records one reading of a count dimension: the largest number wins, and its
// evidence comes first.
func (c *Card) add(dim string, v int64, ev Evidence) {
	p := c.count(dim)
	if p == nil {
		return
	}
	if *p == nil {
		*p = &Count{}
	}
	x := *p
	for _, e := range x.Evidence {
		if e.Ref == ev.Ref && e.Source == ev.Source && e.Start < ev.End && ev.Start < e.End && v <= x.Value {
			return // the same words, already read
		}
	}
	if v > x.Value {
		x.Value = v
		x.Evidence = append([]Evidence{ev}, x.Evidence...)
	} else {
		x.Evidence = append(x.Evidence, ev)
	}
	if len(x.Evidence) > maxEvidence {
		x.Evidence = x.Evidence[:maxEvidence]
	}
}

func (c *Card) addPartner(name string, ev Evidence) {
	for i := range c.Partners {
		if c.Partners[i].Name == name {
			if len(c.Partners[i].Evidence) < maxEvidence {
				c.Partners[i].Evidence = append(c.Partners[i].Evidence, ev)
			}
			return
		}
	}
	c.Partners = append(c.Partners, Named{Name: name, Evidence: []Evidence{ev}})
	sort.Slice(c.Partners, func(i, j int) bool { return c.Partners[i].Name < c.Partners[j].Name })
}

func (c *Card) addStakeholder(level string, ev Evidence) {
	switch {
	case c.Stakeholder == nil || stakeholderRank(level) > stakeholderRank(c.Stakeholder.Name):
		c.Stakeholder = &Named{Name: level, Evidence: []Evidence{ev}}
	case level == c.Stakeholder.Name && len(c.Stakeholder.Evidence) < maxEvidence:
		c.Stakeholder.Evidence = append(c.Stakeholder.Evidence, ev)
	}
}

// Read adds to the card everything the vocabulary finds in one line of text.
func (v *Vocab) Read(c *Card, text string, ref resume.Ref, source string) {
	toks := tokenize(text)
	if len(toks) == 0 {
		return
	}
	rs := []rune(text)
	starts := make([][]seqRef, len(toks))
	for s, t := range toks {
		if t.kind == tWord {
			starts[s] = v.first.lookup(t.w)
		}
	}
	spots, from := spotsOf(starts, len(v.patterns))
	for pi, p := range v.patterns {
		for _, h := range p.findIndexed(toks, v.stop, starts, spots[from[pi]:from[pi+1]]) {
			ev := Evidence{Ref: ref, Source: source, Start: h.start, End: h.end, Text: string(rs[h.start:h.end])}
			for _, de := range p.set {
				dim, expr := de.dim, de.expr
				switch dim {
				case DimPartner:
					c.addPartner(expr, ev)
				case DimStakeholder:
					c.addStakeholder(expr, ev)
				default:
					val := eval(expr, h.nums)
					if val < 0 || val > 1e13 {
						val = 0
					}
					c.add(dim, int64(val), ev)
				}
			}
		}
	}
}

// ReadText is the card of one piece of text (a test and tool helper).
func (v *Vocab) ReadText(text string) Card {
	var c Card
	v.Read(&c, text, resume.Ref{Section: -1, Role: -1, Bullet: -1}, "text")
	return c
}
