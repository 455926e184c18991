// Package report holds the scored report of one or more résumés and the writers that
// print it (text, JSON, Markdown, HTML, SARIF, JUnit, GitHub annotations). Writers read
// only the Report; they never call the extractor or the analyser.
package report

import (
	"bytes"
	"encoding/json"

	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/scope"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// SchemaVersion is the version of the JSON report shape (schema/report.schema.json).
// 2.0.0: status is always set and may be "unread" or "template", overall_score and
// track are null for those, and every report carries "reading". 2.1.0: a document
// section may carry "unplaced" (its own lines lie in no section or role). 2.2.0:
// "current_role" says which role the advice calls current and which entries it skipped.
const SchemaVersion = "2.2.0"

// Statuses of a report.
const (
	// StatusPass and StatusFail say whether a scored file met its thresholds (pass when
	// none was set).
	StatusPass = "pass"
	StatusFail = "fail"
	// StatusUnread: the file could not be read well enough to score (no text, or text
	// the tool could not make into roles). Not scored.
	StatusUnread = "unread"
	// StatusTemplate: the file is an unfilled template. Its roles are read; no score
	// or track is given.
	StatusTemplate = "template"
)

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
	// CurrentRole says which role the advice calls the current one and which more recent
	// entries it skipped, and why ("Current role: Engineer at Acme (skipped: Private at
	// Army, 2019–2021 – not engineering work)"); internal/recency. Since 2.2.0.
	CurrentRole string `json:"current_role,omitempty"`
	// Roles are the experience roles with their scope cards and the level each reads at.
	Roles []scope.RoleCard `json:"roles,omitempty"`
	// Level is the level the page reads as now, what is missing for the next one, and the
	// questions a coach would ask about what the page never shows.
	Level *scope.Level `json:"level,omitempty"`

	TopChanges      []Change         `json:"top_changes"`
	RoleSuggestions []RoleSuggestion `json:"role_suggestions"`
	Interview       []Question       `json:"interview"`

	// Status is pass or fail for a scored file (after thresholds), unread or template
	// for one that was not scored (see Scored).
	Status string `json:"status"`
	// Reading says what was read and how far the tool trusts it.
	Reading *reading.Reading `json:"reading,omitempty"`
}

// Scored reports whether the report carries a score and a track: false for unread files
// and templates, whose overall_score and track are null in JSON and whose area scores,
// top changes and interview questions are left empty. Later stages (track, rewrites,
// sorting, thresholds) read this, not the status string.
func (r *Report) Scored() bool {
	return r.Status != StatusUnread && r.Status != StatusTemplate
}

// StatusFor is the status a reading gives before thresholds: unread, template, or ""
// for a file to score.
func StatusFor(rd *reading.Reading) string {
	switch {
	case rd == nil:
		return ""
	case rd.Unread():
		return StatusUnread
	case rd.IsTemplate:
		return StatusTemplate
	}
	return ""
}

// Withhold empties the scored parts of a report that is not to be scored (Scored is
// false): the overall score, the track and the level read from the ladder, the area
// scores, the top changes, the interview questions, the role advice and the bullets'
// rewrites and questions (a template's text is not the candidate's work to rewrite or
// ask about). The document, its reading, the roles' scope cards, the bullets and the
// findings stay.
func (r *Report) Withhold() {
	r.OverallScore, r.Track, r.TrackReason, r.Level, r.CurrentRole = 0, "", "", nil, ""
	r.Areas, r.AreaDetails = map[string]int{}, []Area{}
	r.TopChanges, r.Interview, r.RoleSuggestions = []Change{}, []Question{}, []RoleSuggestion{}
	for i := range r.Bullets {
		r.Bullets[i].Suggestion = nil
	}
}

// MarshalJSON writes overall_score and track as null for a report that was not scored,
// so that no consumer reads a 0 as a verdict.
func (r *Report) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r.jsonValue()); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// plain is a Report without its MarshalJSON.
type plain Report

// jsonValue is the value MarshalJSON encodes: the report's fields, with the score and
// track as null when it was not scored. JSONWriter encodes it directly for a one-file
// run, saving the copy and the scan encoding/json makes of a marshaler's output.
func (r *Report) jsonValue() any {
	if r.Scored() {
		return (*plain)(r)
	}
	return struct {
		*plain
		OverallScore *int    `json:"overall_score"`
		Track        *string `json:"track"`
		TrackReason  *string `json:"track_reason"`
	}{plain: (*plain)(r)}
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
