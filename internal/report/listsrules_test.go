package report

import (
	"bytes"
	"testing"
)

// A format ListsRules says does not list rules writes the same bytes with or without
// Batch.Rules, so a run that writes only such formats need not ask its workers for
// them; one it says lists them writes something else without them.
func TestOnlyListingFormatsReadRules(t *testing.T) {
	with := machineBatch()
	without := machineBatch()
	without.Rules = nil
	for _, format := range Formats() {
		render := func(b *Batch) []byte {
			w, err := New(format, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := w.Write(&out, b); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			return out.Bytes()
		}
		same := bytes.Equal(render(with), render(without))
		if lists := ListsRules(format); lists == same {
			t.Errorf("%s: ListsRules says %v, but its output with and without the rules is the same: %v", format, lists, same)
		}
	}
}
