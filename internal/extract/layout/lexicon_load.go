package layout

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/yamlx"
	"github.com/resumecheck/resumecheck/rules"
)

const lexiconFile = "layout/lexicon.yaml"

// lexiconYAML is the shape of rules/layout/lexicon.yaml.
type lexiconYAML struct {
	SectionWords     map[string][]string `yaml:"section_words"`
	KindPriority     []string            `yaml:"kind_priority"`
	SectionModifiers []string            `yaml:"section_modifiers"`
	TitleWords       map[string]int      `yaml:"title_words"`
	OrgWords         map[string]int      `yaml:"org_words"`
	RegionCodes      []string            `yaml:"region_codes"`
	PlaceWords       []string            `yaml:"place_words"`
	DanglingWords    []string            `yaml:"dangling_words"`
	TitleJoiners     []string            `yaml:"title_joiners"`
	DegreeWords      []string            `yaml:"degree_words"`
	ContinuedWords   []string            `yaml:"continued_words"`
	Furniture        []string            `yaml:"furniture"`
	RunningHeadWords []string            `yaml:"running_head_words"`
	PlaceAffixes     []string            `yaml:"place_affixes"`
	SectorWords      []string            `yaml:"sector_words"`
}

var (
	// degreeWords mark a line about a degree rather than a job.
	degreeWords map[string]bool
	// continuedWords mark a heading that continues the section before it.
	continuedWords map[string]bool
	// sectorWords describe what an organisation does.
	sectorWords map[string]bool
	// placeAffixes widen a place name ("Greater Houston", "Bay Area").
	placeAffixes map[string]bool
	// runningHeadWords may stand beside the name in a running head.
	runningHeadWords map[string]bool
	// furnitureRE matches a whole line of page furniture.
	furnitureRE *regexp.Regexp
)

var lexiconOnce sync.Once

// Preload loads the lexicon and compiles the contact and date expressions now (once
// per process) rather than at the first Build: a worker process calls it while it
// waits for its first file.
func Preload() {
	useLexicon()
	lazyregexp.Prepare(emailRE, contactSepRE, monthEndRE)
}

// useLexicon loads the lexicon the first time a document is built, not at package
// init: a process that builds no document (the CLI's parent, which only hands files to
// workers) does not pay for it.
func useLexicon() {
	lexiconOnce.Do(func() {
		if err := loadLexicon(); err != nil {
			panic(err) // the file is embedded: a test fails first
		}
	})
}

var kinds = map[string]resume.SectionKind{
	"summary": resume.KindSummary, "experience": resume.KindExperience, "education": resume.KindEducation,
	"skills": resume.KindSkills, "projects": resume.KindProjects, "leadership": resume.KindLeadership,
	"certifications": resume.KindCertifications, "publications": resume.KindPublications,
	"awards": resume.KindAwards, "other": resume.KindOther,
}

func loadLexicon() error {
	data, err := yamlx.ReadFile(rules.Layout, lexiconFile)
	if err != nil {
		return err
	}
	var y lexiconYAML
	if err := yamlx.Decode("rules/"+lexiconFile, data, &y); err != nil {
		return err
	}
	set := func(ws []string) map[string]bool {
		m := make(map[string]bool, len(ws))
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	sectionKeywords = map[string]resume.SectionKind{}
	for k, ws := range y.SectionWords {
		kind, ok := kinds[k]
		if !ok {
			return fmt.Errorf("rules/%s: section_words: unknown kind %q", lexiconFile, k)
		}
		for _, w := range ws {
			sectionKeywords[w] = kind
		}
	}
	kindPriority = nil
	for _, k := range y.KindPriority {
		kind, ok := kinds[k]
		if !ok {
			return fmt.Errorf("rules/%s: kind_priority: unknown kind %q", lexiconFile, k)
		}
		kindPriority = append(kindPriority, kind)
	}
	sectionModifiers = set(y.SectionModifiers)
	titleWords, orgWords = y.TitleWords, y.OrgWords
	usStates = set(y.RegionCodes)
	placeWords = set(y.PlaceWords)
	danglingWords = set(y.DanglingWords)
	titleJoiners = set(y.TitleJoiners)
	degreeWords = set(y.DegreeWords)
	continuedWords = set(y.ContinuedWords)
	runningHeadWords = set(y.RunningHeadWords)
	placeAffixes = set(y.PlaceAffixes)
	sectorWords = set(y.SectorWords)
	for _, w := range y.ContinuedWords {
		sectionModifiers[w] = true
	}
	furnitureRE, err = regexp.Compile(`(?i)^(?:` + strings.Join(y.Furniture, "|") + `)$`)
	if err != nil {
		return fmt.Errorf("rules/%s: furniture: %v", lexiconFile, err)
	}
	return nil
}
