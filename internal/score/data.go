package score

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

var (
	//go:embed weights.yaml
	weightsYAML []byte
	//go:embed areas.yaml
	areasYAML []byte
)

// Area names, in display order.
const (
	AreaImpact        = "impact"
	AreaTeam          = "team"
	AreaCrossTeam     = "cross_team"
	AreaBalance       = "balance"
	AreaLeadership    = "leadership"
	AreaPM            = "pm"
	AreaCommunication = "communication"
	AreaExperience    = "experience"
	AreaStyle         = "style"
)

// Weights maps an area name to its weight in the overall score.
type Weights map[string]float64

type areaDef struct {
	Name  string `yaml:"name"`
	Title string `yaml:"title"`
}

type data struct {
	weights Weights
	areas   []areaDef
}

var (
	dataOnce sync.Once
	builtin  *data
)

// embedded returns the embedded scoring data; a broken embedded file is a build
// mistake and panics (TestEmbeddedData loads it).
func embedded() *data {
	dataOnce.Do(func() {
		d, err := loadData()
		if err != nil {
			panic(err)
		}
		builtin = d
	})
	return builtin
}

func loadData() (*data, error) {
	d := &data{}
	if err := yamlx.Decode("internal/score/areas.yaml", areasYAML, &d.areas); err != nil {
		return nil, err
	}
	w, err := ParseWeights("internal/score/weights.yaml", weightsYAML)
	if err != nil {
		return nil, err
	}
	for _, a := range d.areas {
		if _, ok := w[a.Name]; !ok {
			return nil, fmt.Errorf("internal/score/weights.yaml: no weight for area %q", a.Name)
		}
	}
	d.weights = w
	return d, nil
}

// Areas returns the scored area names in display order.
func Areas() []string {
	d := embedded()
	out := make([]string, len(d.areas))
	for i, a := range d.areas {
		out[i] = a.Name
	}
	return out
}

func isArea(name string) bool {
	for _, a := range areaNames {
		if a == name {
			return true
		}
	}
	return false
}

// areaNames is fixed by the code that scores them; areas.yaml gives order and titles.
var areaNames = []string{AreaImpact, AreaTeam, AreaCrossTeam, AreaBalance, AreaLeadership, AreaPM, AreaCommunication, AreaExperience, AreaStyle}

// DefaultWeights returns a copy of the built-in weights (weights.yaml).
func DefaultWeights() Weights {
	return embedded().weights.clone()
}

func (w Weights) clone() Weights {
	out := make(Weights, len(w))
	for k, v := range w {
		out[k] = v
	}
	return out
}

// Validate reports unknown areas and negative weights.
func (w Weights) Validate() error {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !isArea(k) {
			return fmt.Errorf("unknown area %q in weights (known: %s)", k, strings.Join(areaNames, ", "))
		}
		if w[k] < 0 {
			return fmt.Errorf("weight of %q must not be negative", k)
		}
	}
	return nil
}

// Merge returns the default weights with those named in over replacing them, so a
// config can change one weight without repeating the rest.
func Merge(over Weights) Weights {
	out := DefaultWeights()
	for k, v := range over {
		out[k] = v
	}
	return out
}

// ParseWeights decodes a weights file (area: weight) strictly; errors name file, line
// and column.
func ParseWeights(file string, raw []byte) (Weights, error) {
	var w Weights
	if err := yamlx.Decode(file, raw, &w); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !isArea(k) {
			return nil, yamlx.At(file, raw, "$."+k, "unknown area %q (known: %s)", k, strings.Join(areaNames, ", "))
		}
		if w[k] < 0 {
			return nil, yamlx.At(file, raw, "$."+k, "weight of %q must not be negative", k)
		}
	}
	return w, nil
}
