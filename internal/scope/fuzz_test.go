package scope

import (
	"testing"
	"unicode/utf8"
)

// FuzzReadText: any text reads without a panic, and every evidence span cuts its own
// text out of the line.
func FuzzReadText(f *testing.F) {
	for _, s := range []string{"Grew the team from 3 to 25", "two teams of five", "a $2M budget", "my 6 reports", "$", "1,000+ engineers", "€1.5 million budget", "Hired 12 engineers in 2021", "led: Led"} {
		f.Add(s)
	}
	v, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		c := v.ReadText(s)
		rs := []rune(s)
		check := func(es []Evidence) {
			for _, e := range es {
				if e.Start < 0 || e.End > len(rs) || e.Start >= e.End || string(rs[e.Start:e.End]) != e.Text {
					t.Fatalf("%q: bad span %d-%d %q", s, e.Start, e.End, e.Text)
				}
			}
		}
		for _, d := range countDims {
			if x := c.Get(d); x != nil {
				check(x.Evidence)
				if x.Value < 0 {
					t.Fatalf("%q: %s negative", s, d)
				}
			}
		}
		for _, p := range c.Partners {
			check(p.Evidence)
		}
		if c.Stakeholder != nil {
			check(c.Stakeholder.Evidence)
		}
	})
}
