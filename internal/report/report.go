// Package report holds the scored report of one or more résumés and the writers that
// print it (text, JSON, Markdown, HTML, SARIF, JUnit, GitHub annotations). Writers read
// only the Report; they never call the extractor or the analyser.
package report

import (
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/scope"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// SchemaVersion is the version of the JSON report shape (schema/report.schema.json).
const SchemaVersion = "1.0.0"

// Tool names the program that made a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Report is the scored analysis of one résumé.
type Report struct {
	SchemaVersion string `json:"schema_version"`
	Tool          Tool   `json:"tool"`
	File          string `json:"file"`
	// Date is the day the report was made (YYYY-MM-DD), set by the CLI; empty in tests so
	// that output stays byte-for-byte reproducible.
	Date     string           `json:"date,omitempty"`
	Document *resume.Document `json:"document"`
	// Bullets lists every bullet of the document in reading order with its signals.
	Bullets  []Bullet        `json:"bullets"`
	Findings []rules.Finding `json:"findings"`

	OverallScore int            `json:"overall_score"`
	Areas        map[string]int `json:"areas"`
	// AreaDetails carries, per area in display order, the score and the facts behind it.
	AreaDetails []Area `json:"area_details"`
	Track       string `json:"track"` // ic, tech-lead or em-ready
	TrackReason string `json:"track_reason"`
	// Roles are the experience roles with their scope cards and the level each reads at.
	Roles []scope.RoleCard `json:"roles,omitempty"`
	// Level is the level the page reads as now, what is missing for the next one, and the
	// questions a coach would ask about what the page never shows.
	Level *scope.Level `json:"level,omitempty"`

	TopChanges      []Change         `json:"top_changes"`
	RoleSuggestions []RoleSuggestion `json:"role_suggestions"`
	Interview       []Question       `json:"interview"`

	// Status is what the CLI decided after applying thresholds ("pass" or "fail"); empty
	// when no threshold was checked.
	Status string `json:"status,omitempty"`
}

// Bullet is one bullet with what the analysis saw in it.
type Bullet struct {
	Ref     resume.Ref      `json:"ref"`
	Pos     resume.Pos      `json:"pos"`
	Text    string          `json:"text"`
	Signals signals.Signals `json:"signals"`
	// Findings are the ids of the rules that fired on this bullet, sorted.
	Findings   []string    `json:"findings,omitempty"`
	Suggestion *Suggestion `json:"suggestion,omitempty"`
}

// Suggestion is a concrete rewrite of a bullet, or the question a coach would ask
// where the tool cannot know what to add (After is then empty).
type Suggestion struct {
	Before string `json:"before"`
	After  string `json:"after"`
	// Question is asked instead of adding what the tool cannot know (how many users,
	// what changed); fragments, labels and lists get a question or nothing, never a
	// rewrite.
	Question string `json:"question,omitempty"`
	// Actions are the fixers applied, in order.
	Actions []string `json:"actions"`
	// Rules are the ids of the findings the rewrite answers.
	Rules []string `json:"rules"`
}

// Area is the score of one area with the facts that drove it.
type Area struct {
	Name   string   `json:"name"`
	Title  string   `json:"title"`
	Score  int      `json:"score"`
	Weight float64  `json:"weight"`
	Facts  []string `json:"facts"`
}

// Change is one of the top changes, ordered by how much it would raise the score.
type Change struct {
	Rank        int         `json:"rank"`
	Area        string      `json:"area"`
	Description string      `json:"description"`
	Gain        int         `json:"gain"`
	Ref         *resume.Ref `json:"ref,omitempty"`
	Before      string      `json:"before,omitempty"`
	After       string      `json:"after,omitempty"`
	// Question is asked of the bullet quoted in Before where the tool cannot know the
	// answer (After is then empty).
	Question string `json:"question,omitempty"`
}

// RoleSuggestion is advice for a role (or the whole résumé) where a kind of evidence is
// missing, with an example bullet to adapt.
type RoleSuggestion struct {
	Ref     resume.Ref `json:"ref"`
	Area    string     `json:"area"`
	Message string     `json:"message"`
	Example string     `json:"example,omitempty"`
}

// Question is an interview question to prepare a story for.
type Question struct {
	Area     string `json:"area"`
	Question string `json:"question"`
	Hint     string `json:"hint,omitempty"`
}

// FileError is a file of a batch that could not be checked.
type FileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// Batch is the result of one run: one report per file that could be read, and an error
// per file that could not.
type Batch struct {
	SchemaVersion string      `json:"schema_version"`
	Tool          Tool        `json:"tool"`
	Reports       []*Report   `json:"reports"`
	Errors        []FileError `json:"errors"`
	// Rules describes every rule of the pack the run used, for formats that list rules
	// (SARIF's tool.driver.rules, one JUnit test case per rule). It is not part of the
	// JSON report.
	Rules []RuleInfo `json:"-"`
}

// RuleInfo describes a rule for machine formats.
type RuleInfo struct {
	ID      string
	Area    string
	Level   rules.Level
	Kind    string
	Message string
	Why     string
	Link    string
}
