package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/resumecheck/resumecheck/internal/rules"
)

// SARIFWriter prints SARIF 2.1.0 for code-scanning tools: the rules of the pack under
// tool.driver.rules and one result per finding. Markdown and text inputs get real line
// and column regions; PDF, DOCX and JSON Resume findings point at the file, with page
// and bullet in the message and a logical location.
type SARIFWriter struct{ Opts Options }

var _ Writer = (*SARIFWriter)(nil)

func init() {
	formats["sarif"] = func(o Options) Writer { return &SARIFWriter{Opts: o} }
}

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	toolURI      = "https://github.com/resumecheck/resumecheck"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Artifacts   []sarifArtifact   `json:"artifacts"`
	Results     []sarifResult     `json:"results"`
	Invocations []sarifInvocation `json:"invocations"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifArtifact struct {
	Location    sarifArtifactLocation `json:"location"`
	Description *sarifText            `json:"description,omitempty"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  *int            `json:"ruleIndex,omitempty"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

// sarifLevel maps our levels onto SARIF's.
func sarifLevel(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return "error"
	case rules.LevelWarning:
		return "warning"
	case rules.LevelSuggestion:
		return "note"
	}
	return "none"
}

func (w *SARIFWriter) Write(out io.Writer, b *Batch) error {
	b = prepare(b, w.Opts)
	version := w.Opts.Version
	if b.Tool.Version != "" {
		version = b.Tool.Version
	}
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "resumecheck", Version: version, InformationURI: toolURI, Rules: []sarifRule{}}},
		Artifacts:   []sarifArtifact{},
		Results:     []sarifResult{},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(b.Errors) == 0}},
	}
	index := map[string]int{}
	addRule := func(ri RuleInfo) {
		if _, ok := index[ri.ID]; ok {
			return
		}
		index[ri.ID] = len(run.Tool.Driver.Rules)
		help := ri.Why
		if help == "" {
			help = ri.Message
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: ri.ID, Name: ri.ID,
			ShortDescription:     sarifText{Text: nonEmpty(ri.Message, ri.ID)},
			FullDescription:      sarifText{Text: nonEmpty(ri.Why, nonEmpty(ri.Message, ri.ID))},
			Help:                 sarifText{Text: help},
			HelpURI:              ri.Link,
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(ri.Level)},
			Properties:           map[string]any{"tags": []string{"resume", ri.Area}, "area": ri.Area, "kind": ri.Kind},
		})
	}
	known := append([]RuleInfo(nil), b.Rules...)
	sort.Slice(known, func(i, j int) bool { return known[i].ID < known[j].ID })
	for _, ri := range known {
		addRule(ri)
	}
	for _, r := range b.Reports {
		art := sarifArtifact{Location: sarifArtifactLocation{URI: uri(r.File)}}
		if name := personName(r); name != "" {
			art.Description = &sarifText{Text: fmt.Sprintf("résumé of %s: EM-readiness %d/100, %s", name, r.OverallScore, r.Track)}
		}
		if !r.Scored() {
			// Not scored: say so where a file that could not be read is reported, and
			// report no findings on a reading the tool does not trust.
			if name := personName(r); name != "" {
				art.Description = &sarifText{Text: fmt.Sprintf("résumé of %s: %s, not scored", name, r.Status)}
			}
			run.Artifacts = append(run.Artifacts, art)
			run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, sarifNotification{
				Level:     "error",
				Message:   sarifText{Text: r.Reading.Message(r.File)},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactLocation{URI: uri(r.File)}}}},
			})
			run.Invocations[0].ExecutionSuccessful = false
			continue
		}
		run.Artifacts = append(run.Artifacts, art)
		for _, f := range r.Findings {
			if _, ok := index[f.RuleID]; !ok {
				// A rule the batch did not describe (a report made elsewhere): describe it
				// from the finding so every result has its rule.
				addRule(RuleInfo{ID: f.RuleID, Area: f.Area, Level: f.Level, Message: f.Message, Why: f.Why})
			}
			i := index[f.RuleID]
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactLocation{URI: uri(r.File)}}}
			if line, col, ok := lineColumn(r, f.Pos); ok {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: line, StartColumn: col}
			}
			name := place(r, f.Ref)
			loc.LogicalLocations = []sarifLogical{{Name: name, FullyQualifiedName: uri(r.File) + " › " + name, Kind: "element"}}
			res := sarifResult{
				RuleID: f.RuleID, RuleIndex: &i, Level: sarifLevel(f.Level),
				Message:    sarifText{Text: findingText(r, f)},
				Locations:  []sarifLocation{loc},
				Properties: map[string]any{"area": f.Area, "overall_score": r.OverallScore},
			}
			run.Results = append(run.Results, res)
		}
	}
	for _, e := range b.Errors {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, sarifNotification{
			Level:     "error",
			Message:   sarifText{Text: e.Error},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactLocation{URI: uri(e.File)}}}},
		})
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}
