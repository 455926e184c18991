package rules

import (
	"reflect"
	"testing"
)

func TestWordFinder(t *testing.T) {
	w := &wordFinder{words: []string{"a number of", "number", "synergy", "c++"}}
	tests := []struct {
		text string
		want [][2]int
	}{
		{"Drove Synergy across teams", [][2]int{{6, 13}}},
		{"synergyless", nil},
		{"Fixed a number of bugs", [][2]int{{6, 17}}},
		{"Grew the number", [][2]int{{9, 15}}},
		{"Équipe synergy", [][2]int{{7, 14}}}, // rune offsets, not bytes
		{"Wrote C++ services", [][2]int{{6, 9}}},
	}
	for _, tt := range tests {
		if got := w.Find(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
