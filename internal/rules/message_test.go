package rules

import "testing"

// The built-in rules' message templates are parsed at their first finding, not at
// load: every one must parse and run on empty data, as a user's rule must at load.
func TestBuiltinMessageTemplates(t *testing.T) {
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rules) == 0 {
		t.Fatal("no built-in rules")
	}
	for _, r := range p.Rules {
		if r.msg == nil {
			t.Errorf("%s: no message template", r.ID)
			continue
		}
		tm, err := r.msg.parse()
		if err != nil {
			t.Errorf("%s: bad message template: %v", r.ID, err)
			continue
		}
		if err := tm.Execute(discard{}, MessageData{}); err != nil {
			t.Errorf("%s: message template fails on empty data: %v", r.ID, err)
		}
	}
}

// A broken template in a built-in rule is what the test above exists to catch: the
// same checks refuse one.
func TestMessageTemplateChecksRefuseBrokenOnes(t *testing.T) {
	for _, src := range []string{"{{.Count", "{{.NoSuchField}}"} {
		m := &message{id: "x", src: src}
		tm, err := m.parse()
		if err == nil {
			err = tm.Execute(discard{}, MessageData{})
		}
		if err == nil {
			t.Errorf("%q: accepted", src)
		}
	}
}
