package resume

import (
	"strings"
	"testing"
)

// FuzzFindDateRange: any input, no panic; a found range lies inside the input, its
// text is what it points at, and its end comes before its start only when both ends
// carry a four-digit year (a slip kept as written so a rule can name it).
func FuzzFindDateRange(f *testing.F) {
	for _, s := range []string{"Jan 2019 – Present", "03/18 - 06/21", "Since 2020", "(909) 555-2019",
		"Summer 2019 and 2020", "2021 November - 2023 September", "Sep '19 – Mar '21", "2020 -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, a, b, ok := FindDateRange(s)
		if !ok {
			return
		}
		if a < 0 || b > len(s) || a >= b {
			t.Fatalf("offsets %d:%d out of %q", a, b, s)
		}
		if !strings.Contains(s[a:b], strings.TrimSpace(r.Text)) {
			t.Fatalf("text %q not at %q", r.Text, s[a:b])
		}
		if r.Start == nil {
			t.Fatalf("range without start in %q", s)
		}
		if r.EndBeforeStart() {
			years := 0
			for _, n := range digitRuns(r.Text) {
				if len(n) == 4 {
					years++
				}
			}
			if years < 2 {
				t.Fatalf("end %v before start %v in %q without two four-digit years", r.End, r.Start, s)
			}
		}
		ParseDateRange(s)
		ParseDate(s)
	})
}
