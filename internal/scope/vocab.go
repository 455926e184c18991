package scope

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	rulepack "github.com/resumecheck/resumecheck/rules"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Dimensions of the scope card, in the order the report shows them.
const (
	DimTeamSize    = "team_size"
	DimReports     = "reports"
	DimTeams       = "teams"
	DimManagers    = "managers"
	DimHired       = "hired"
	DimPromoted    = "promoted"
	DimRetention   = "retention"
	DimBudget      = "budget"
	DimHeadcount   = "headcount"
	DimIncidents   = "incidents"
	DimDelivery    = "delivery"
	DimRoadmap     = "roadmap"
	DimLed         = "led"
	DimPartner     = "partner"
	DimStakeholder = "stakeholder"
)

// countDims hold a number (or "shown, no number"); the order is the report's.
var countDims = []string{DimTeamSize, DimReports, DimTeams, DimManagers, DimHired, DimPromoted,
	DimRetention, DimBudget, DimHeadcount, DimIncidents, DimDelivery, DimRoadmap, DimLed}

// StakeholderLevels from lowest to highest.
var StakeholderLevels = []string{"team", "director", "vp-c-level", "board", "customers"}

func stakeholderRank(s string) int {
	for i, x := range StakeholderLevels {
		if x == s {
			return i
		}
	}
	return -1
}

type vocabFile struct {
	Classes  map[string][]string `yaml:"classes"`
	SkipStop []string            `yaml:"skip_stop"`
	Patterns []struct {
		Match          string            `yaml:"match"`
		Set            map[string]string `yaml:"set"`
		RequiresBefore []string          `yaml:"requires_before"`
		AtStart        bool              `yaml:"at_start"`
	} `yaml:"patterns"`
}

// Vocab is the compiled scope vocabulary.
type Vocab struct {
	patterns []*pattern
	stop     wordSet
	// first maps a word to the sequences that can start only at that word (their first
	// element is a word list without prefixes), in pattern then sequence order: a text's
	// token looks its sequences up once instead of every sequence testing every token.
	first firstIndex
}

// seqRef names sequence seq of pattern pat.
type seqRef struct{ pat, seq int32 }

var (
	builtinOnce  sync.Once
	builtinVocab *Vocab
	builtinErr   error
)

// Builtin returns the vocabulary in rules/scope/scope.yaml.
func Builtin() (*Vocab, error) {
	builtinOnce.Do(func() {
		data, err := yamlx.ReadFile(rulepack.Scope, "scope/scope.yaml")
		if err != nil {
			builtinErr = err
			return
		}
		if generatedVocab != nil && yamlx.FingerprintOf(data) == generatedVocabSum {
			// Compiled at build time from this very file (vocab_gen.go).
			builtinVocab = generatedVocab
			return
		}
		builtinVocab, builtinErr = ParseVocab("rules/scope/scope.yaml", data)
	})
	return builtinVocab, builtinErr
}

// ParseVocab compiles a scope vocabulary; file names it in errors.
func ParseVocab(file string, data []byte) (*Vocab, error) {
	var vf vocabFile
	if err := yamlx.Decode(file, data, &vf); err != nil {
		return nil, err
	}
	classes := map[string]*element{}
	for name, words := range vf.Classes {
		e := altsOf(words)
		classes[name] = &e
	}
	v := &Vocab{stop: wordSet{}}
	for _, w := range vf.SkipStop {
		v.stop = append(v.stop, strings.ToLower(w))
	}
	v.stop = v.stop.sealed()
	for i, p := range vf.Patterns {
		seqs, err := compile(p.Match, classes)
		if err != nil {
			return nil, fmt.Errorf("%s: pattern %d: %v", file, i+1, err)
		}
		if len(p.Set) == 0 {
			return nil, fmt.Errorf("%s: pattern %d (%q) sets nothing", file, i+1, p.Match)
		}
		nums := 0
		for _, seq := range seqs {
			for _, e := range seq {
				if e.kind == eNum || e.kind == eMoney {
					nums++
				}
			}
		}
		for dim, expr := range p.Set {
			if err := checkSet(dim, expr, nums); err != nil {
				return nil, fmt.Errorf("%s: pattern %d (%q): %v", file, i+1, p.Match, err)
			}
		}
		pt := &pattern{seqs: seqs, set: dimExprs(p.Set), src: p.Match, start: p.AtStart}
		if len(p.RequiresBefore) > 0 {
			for _, w := range p.RequiresBefore {
				pt.before = append(pt.before, strings.ToLower(w))
			}
			pt.before = pt.before.sealed()
		}
		v.patterns = append(v.patterns, pt)
	}
	v.index()
	return v, nil
}

// index fills v.first and each pattern's others.
func (v *Vocab) index() {
	type entry struct {
		w   string
		ref seqRef
	}
	var all []entry
	for pi, p := range v.patterns {
		for si, seq := range p.seqs {
			e := &seq[0]
			if (e.kind == eLit || e.kind == eClass) && !e.optional && len(e.prefixes) == 0 {
				for w := range e.words {
					all = append(all, entry{w, seqRef{int32(pi), int32(si)}})
				}
				continue
			}
			p.others = append(p.others, si)
		}
	}
	// By word, each word's sequences in pattern then sequence order (the order they
	// were listed in).
	slices.SortStableFunc(all, func(a, b entry) int { return strings.Compare(a.w, b.w) })
	x := firstIndex{refs: make([]seqRef, len(all))}
	for i, e := range all {
		if i == 0 || e.w != all[i-1].w {
			x.words = append(x.words, e.w)
			x.from = append(x.from, int32(i))
		}
		x.refs[i] = e.ref
	}
	x.from = append(x.from, int32(len(all)))
	v.first = x
}

func checkSet(dim, expr string, nums int) error {
	switch dim {
	case DimPartner:
		if expr == "" {
			return fmt.Errorf("partner needs a function name")
		}
		return nil
	case DimStakeholder:
		if stakeholderRank(expr) < 0 {
			return fmt.Errorf("stakeholder %q is not one of %s", expr, strings.Join(StakeholderLevels, ", "))
		}
		return nil
	}
	known := false
	for _, d := range countDims {
		known = known || d == dim
	}
	if !known {
		dims := append([]string(nil), countDims...)
		sort.Strings(dims)
		return fmt.Errorf("unknown dimension %q (one of %s, partner, stakeholder)", dim, strings.Join(dims, ", "))
	}
	var n int // the numbers expr needs
	switch expr {
	case "yes":
		n = 0
	case "n1":
		n = 1
	case "n2", "n1*n2":
		n = 2
	default:
		return fmt.Errorf("%s: %q is not yes, n1, n2 or n1*n2", dim, expr)
	}
	if n > nums {
		return fmt.Errorf("%s: %s but the pattern has %d number(s)", dim, expr, nums)
	}
	return nil
}

func eval(expr string, nums []float64) float64 {
	switch expr {
	case "n1":
		return nums[0]
	case "n2":
		return nums[1]
	case "n1*n2":
		return nums[0] * nums[1]
	}
	return 0
}
