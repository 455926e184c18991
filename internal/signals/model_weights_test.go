package signals

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// weights answers as the map it replaces: keys in any order, a later line of a key
// replacing an earlier one, set adding and replacing.
func TestWeightsAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 50; round++ {
		const n = 2
		want := map[uint64][]float32{}
		var keys []uint64
		var flat []float32
		for i := 0; i < r.IntN(300); i++ {
			k := r.Uint64N(200) // repeats
			ws := []float32{r.Float32(), r.Float32()}
			keys = append(keys, k)
			flat = append(flat, ws...)
			want[k] = ws
		}
		w := sortedWeights(n, keys, flat)
		for k := uint64(0); k < 210; k++ {
			if k%7 == 0 {
				ws := []float32{float32(k), -float32(k)}
				w.set(k, ws)
				want[k] = ws
			}
			got, ok := w.get(k)
			exp, expOK := want[k]
			if ok != expOK || ok && (got[0] != exp[0] || got[1] != exp[1]) {
				t.Fatalf("round %d key %d: got %v %v, want %v %v", round, k, got, ok, exp, expOK)
			}
		}
		seen := 0
		prev := -1
		for k := range w.all() {
			if int(k) <= prev {
				t.Fatalf("all: key %d after %d", k, prev)
			}
			prev = int(k)
			seen++
		}
		if seen != len(want) {
			t.Fatalf("all: %d keys, want %d", seen, len(want))
		}
	}
}

// The built-in model read from the generated table is the one ParseModel reads from
// the text, and a text the table was not made from is not read from it.
func TestModelTableMatchesText(t *testing.T) {
	if !hasWeights(modelWeights) {
		t.Skip("no committed model")
	}
	fromText, err := ParseModel(modelWeights)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := fromTable(modelTable, modelWeights)
	if !ok {
		t.Skip("model_table_gen.go is stale (modelgen's TestModelTableCurrent reports it)")
	}
	if !slices.Equal(m.decides, fromText.decides) || !slices.Equal(m.w.keys, fromText.w.keys) || !slices.Equal(m.w.flat, fromText.w.flat) || m.w.n != fromText.w.n {
		t.Fatal("the table's model differs from the text's")
	}
	if _, ok := fromTable(modelTable, modelWeights+"\n"); ok {
		t.Error("the table was used for a text it was not made from")
	}
}
