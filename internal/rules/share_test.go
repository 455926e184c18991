package rules

import "testing"

// A share under a threshold never prints as the threshold ("Only 25% … aim for at least
// 25%"): measured shares are rounded down.
func TestSharePercentRoundsDown(t *testing.T) {
	for x, want := range map[float64]int{0.2499: 24, 0.25: 25, 0.29: 29, 0.5: 50, 0.149: 14, 1: 100, 0: 0} {
		if got := sharePercent(x); got != want {
			t.Errorf("sharePercent(%v) = %d, want %d", x, got, want)
		}
	}
}
