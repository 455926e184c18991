package signals

import "testing"

func TestSetGetFromEvidence(t *testing.T) {
	var s Signals
	for _, name := range Names {
		s.Set(name, true)
		if !s.Get(name) {
			t.Errorf("Set(%q, true) did not show in Get", name)
		}
	}
	s.Set("made_up", true)
	if s.Get("made_up") {
		t.Error("an unknown name reads true")
	}
	s.Evidence = map[string][]Span{People: {{Start: 0, End: 4}}, Passive: {}}
	s.SetFromEvidence()
	for _, name := range Names {
		if want := name == People; s.Get(name) != want {
			t.Errorf("after SetFromEvidence %s = %v, want %v", name, s.Get(name), want)
		}
	}
}
