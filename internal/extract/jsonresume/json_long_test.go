package jsonresume

import (
	"errors"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/extract/limit"
)

// An over-long text is refused with its path whether the decoder reads it whole or is
// stopped inside it, and a text of escapes that decodes to less than the limit is not.
func TestLongStringRefusedEarly(t *testing.T) {
	max := limit.MaxJSONString
	cases := []struct {
		name, doc string
		refused   bool
		path      string
	}{
		{"far over", `{"basics": {"summary": "` + strings.Repeat("lead ", max) + `"}}`, true, "$.basics.summary"},
		{"just over", `{"basics": {"summary": "` + strings.Repeat("a", max+1) + `"}}`, true, "$.basics.summary"},
		{"in a key", `{"` + strings.Repeat("k", 7*max) + `": 1}`, true, "$ (a key)"},
		{"escapes under", `{"basics": {"summary": "` + strings.Repeat(`\u00e9`, max/2-1) + `"}}`, false, ""},
		{"at the limit", `{"basics": {"summary": "` + strings.Repeat("a", max) + `"}}`, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse([]byte(c.doc))
			var le *limit.Error
			if got := errors.As(err, &le); got != c.refused {
				t.Fatalf("refused = %v (%v), want %v", got, err, c.refused)
			}
			if c.refused && !strings.HasPrefix(err.Error(), c.path+": a text of more than") {
				t.Errorf("error %q does not name %s", err, c.path)
			}
		})
	}
	if got := longStringAt([]byte(`{"a": "x\"y", "b": "`+strings.Repeat("z", 20)+`"}`), 1); got < 0 {
		t.Errorf("a 20-byte text is not found over a limit of 1 (raw cut 12): %d", got)
	}
}
