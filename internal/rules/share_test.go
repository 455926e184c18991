package rules

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// A share under a threshold never prints as the threshold ("Only 25% … aim for at least
// 25%"): measured shares are rounded down.
func TestSharePercentRoundsDown(t *testing.T) {
	for x, want := range map[float64]int{0.2499: 24, 0.25: 25, 0.29: 29, 0.5: 50, 0.149: 14, 1: 100, 0: 0} {
		if got := sharePercent(x); got != want {
			t.Errorf("sharePercent(%v) = %d, want %d", x, got, want)
		}
	}
}

// A phone number the layout step read as a role still counts as a phone; a date range
// does not.
func TestPhoneInRoles(t *testing.T) {
	for s, want := range map[string]bool{
		"+1 (555) 010-0199": true, "555-010-0199": true, "+44 20 7946 0958": true,
		"2019 - 2022": false, "2019–2022": false, "Software Engineer": false, "12345": false,
	} {
		if got := looksLikePhone(s); got != want {
			t.Errorf("looksLikePhone(%q) = %v, want %v", s, got, want)
		}
	}
	doc := &resume.Document{Sections: []resume.Section{{Kind: resume.KindExperience, Roles: []resume.Role{{Title: "Dana Example", Organisation: "+1 (555) 010-0199 | dana@example.com"}}}}}
	if !phoneInRoles(doc) {
		t.Error("a phone in a role's organisation line was not seen")
	}
}
