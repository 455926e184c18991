package recall

import (
	"math"
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Led a team of 12", []string{"led", "a", "team", "of", "12"}},
		{"Node.js, CI/CD -- 40%", []string{"node", "js", "ci", "cd", "40"}},
		{"Résumé\tÉCOLE", []string{"résumé", "école"}},
		{"  trailing  ", []string{"trailing"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Words(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRecall(t *testing.T) {
	tests := []struct {
		ref, got string
		recall   float64
		ratio    float64
	}{
		{"a b c d", "a b c d", 1, 1},
		{"a b c d", "d c b a", 1, 1},
		{"a b c d", "a b", 0.5, 0.5},
		{"a a b b", "a b b b", 0.75, 1},                   // multiset: one "a" missing
		{"led the team", "ledthe team", 1.0 / 3, 2.0 / 3}, // glued words miss
		{"", "", 1, 1},
		{"", "x y", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.ref+"|"+tt.got, func(t *testing.T) {
			if got := Recall(tt.ref, tt.got); math.Abs(got-tt.recall) > 1e-9 {
				t.Errorf("Recall = %v, want %v", got, tt.recall)
			}
			if got := TokenRatio(tt.ref, tt.got); math.Abs(got-tt.ratio) > 1e-9 {
				t.Errorf("TokenRatio = %v, want %v", got, tt.ratio)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{0.9, 0.1, 0.5}, 0.5}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := Median(tt.in); got != tt.want {
			t.Errorf("Median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
