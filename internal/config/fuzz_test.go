package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// FuzzParse: any bytes give a config or a placed error, never a panic.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"min_score: 60\nfail_on: warning\n",
		"area_minimums:\n  leadership: 40\nweights:\n  impact: 2\n",
		"rules:\n  disable: [a.b]\n  levels:\n    a.b: error\n  dirs: [r]\n",
		"overrides:\n  - paths: [\"juniors/**\"]\n    min_score: 40\n",
		"min_score: [\n", "&a [*a]", "? ? ?", "\t\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.yaml", data, areas)
		if err != nil {
			var ye *yamlx.Error
			if !errors.As(err, &ye) {
				t.Fatalf("error of type %T without a place: %v", err, err)
			}
			if strings.ContainsAny(err.Error(), "\n\r") {
				t.Fatalf("error is not one line: %q", err)
			}
			return
		}
		_ = c.For("some/file.pdf")
	})
}
