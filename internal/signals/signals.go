// Package signals finds, in one bullet, the evidence a hiring manager looks for in a
// future engineering manager: numbers, "we, not me", cross-team work, technical and
// people content, planning, communication, and the weak spots of style.
package signals

// Names of the boolean signals, in the order reports show them.
const (
	Quantified    = "quantified"
	FirstPerson   = "first_person"
	TeamFraming   = "team_framing"
	CrossTeam     = "cross_team"
	Technical     = "technical"
	People        = "people"
	PM            = "pm"
	Communication = "communication"
	WeakOpener    = "weak_opener"
	Passive       = "passive"
)

// Names lists every boolean signal name.
var Names = []string{Quantified, FirstPerson, TeamFraming, CrossTeam, Technical, People, PM, Communication, WeakOpener, Passive}

// Span is a half-open range [Start, End) of character (rune) offsets into a bullet's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Signals is what one bullet shows. Evidence maps a signal name to the spans that set it;
// a true signal has at least one span.
type Signals struct {
	Quantified    bool `json:"quantified"`
	FirstPerson   bool `json:"first_person"`
	TeamFraming   bool `json:"team_framing"`
	CrossTeam     bool `json:"cross_team"`
	Technical     bool `json:"technical"`
	People        bool `json:"people"`
	PM            bool `json:"pm"`
	Communication bool `json:"communication"`
	WeakOpener    bool `json:"weak_opener"`
	Passive       bool `json:"passive"`
	// ActionVerb is the strong verb the bullet starts with, lower-cased, or "".
	ActionVerb string `json:"action_verb"`
	// Words is the bullet's length in words.
	Words    int               `json:"words"`
	Evidence map[string][]Span `json:"evidence,omitempty"`
}

// field points at the boolean signal of the given name, or is nil for unknown names.
func (s *Signals) field(name string) *bool {
	switch name {
	case Quantified:
		return &s.Quantified
	case FirstPerson:
		return &s.FirstPerson
	case TeamFraming:
		return &s.TeamFraming
	case CrossTeam:
		return &s.CrossTeam
	case Technical:
		return &s.Technical
	case People:
		return &s.People
	case PM:
		return &s.PM
	case Communication:
		return &s.Communication
	case WeakOpener:
		return &s.WeakOpener
	case Passive:
		return &s.Passive
	}
	return nil
}

// Set sets the boolean signal of the given name; unknown names are ignored.
func (s *Signals) Set(name string, v bool) {
	if f := s.field(name); f != nil {
		*f = v
	}
}

// SetFromEvidence sets every boolean signal to whether Evidence holds a span for it.
func (s *Signals) SetFromEvidence() {
	for _, name := range Names {
		s.Set(name, len(s.Evidence[name]) > 0)
	}
}

// Get returns the boolean signal of the given name, and false for unknown names.
func (s Signals) Get(name string) bool {
	f := s.field(name)
	return f != nil && *f
}
