package signals

import "testing"

// The classes of team framing and people work that real bullets say in words the
// older rules missed, with a near miss for each. Our own examples.
func TestTeamFramingClasses(t *testing.T) {
	a := analyzer(t)
	for _, c := range []struct {
		text   string
		signal string
		want   bool
	}{
		// training run for others is people work (and so team framing); for customers it is not
		{"Held a monthly internal training session on observability", People, true},
		{"Held a monthly internal training session on observability", TeamFraming, true},
		{"Ran workshops for freshers on version control", People, true},
		{"Taught classes in embedded C at the local college", TeamFraming, true},
		{"Ran product training sessions for enterprise customers", People, false},
		{"Delivered certified training classes on the appliance to hundreds of customers", People, false},
		{"Attended a training course on Kubernetes", People, false},
		// a part of a device
		{"Built a drone with an on-board camera and GPS", People, false},
		{"Built a drone with an on-board camera and GPS", TeamFraming, false},
	} {
		s := a.Analyze(c.text)
		if s.Get(c.signal) != c.want {
			t.Errorf("%q: %s %v, want %v (evidence %v)", c.text, c.signal, s.Get(c.signal), c.want, s.Evidence)
		}
	}
}
