package advise

import (
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"github.com/resumecheck/resumecheck/internal/score"
	"github.com/resumecheck/resumecheck/internal/signals"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

var (
	//go:embed advice.yaml
	adviceYAML []byte
	//go:embed interview.yaml
	interviewYAML []byte
)

type roleAdvice struct {
	Area    string   `yaml:"area"`
	Scope   string   `yaml:"scope"`
	AnyOf   []string `yaml:"any_of"`
	Message string   `yaml:"message"`
	Example string   `yaml:"example"`
}

type adviceFile struct {
	RoleAdvice []roleAdvice `yaml:"role_advice"`
}

type question struct {
	Question string `yaml:"question"`
	Hint     string `yaml:"hint"`
}

type data struct {
	advice    adviceFile
	interview map[string][]question
}

var (
	dataOnce sync.Once
	builtin  *data
)

// embedded returns the embedded advice; a broken embedded file is a build mistake and
// panics (TestEmbeddedData loads it).
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
	areas := score.Areas()
	if err := yamlx.Decode("internal/advise/advice.yaml", adviceYAML, &d.advice); err != nil {
		return nil, err
	}
	for i, ra := range d.advice.RoleAdvice {
		if !slices.Contains(areas, ra.Area) {
			return nil, yamlx.At("internal/advise/advice.yaml", adviceYAML, fmt.Sprintf("$.role_advice[%d].area", i), "unknown area %q", ra.Area)
		}
		switch ra.Scope {
		case "current", "recent", "document":
		default:
			return nil, yamlx.At("internal/advise/advice.yaml", adviceYAML, fmt.Sprintf("$.role_advice[%d].scope", i), "scope must be one of current, recent, document")
		}
		for _, s := range ra.AnyOf {
			if !slices.Contains(signals.Names, s) {
				return nil, yamlx.At("internal/advise/advice.yaml", adviceYAML, fmt.Sprintf("$.role_advice[%d].any_of", i), "unknown signal %q", s)
			}
		}
	}
	if err := yamlx.Decode("internal/advise/interview.yaml", interviewYAML, &d.interview); err != nil {
		return nil, err
	}
	for a := range d.interview {
		if !slices.Contains(areas, a) {
			return nil, fmt.Errorf("internal/advise/interview.yaml: unknown area %q", a)
		}
	}
	return d, nil
}
