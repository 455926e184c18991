package rules

import (
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Level is how much a finding matters.
type Level string

// Levels, weakest first.
const (
	LevelSuggestion Level = "suggestion"
	LevelWarning    Level = "warning"
	LevelError      Level = "error"
)

// Scope says what a finding is about.
type Scope string

// Scopes.
const (
	ScopeBullet   Scope = "bullet"
	ScopeRole     Scope = "role"
	ScopeDocument Scope = "document"
)

// Fix is a rewrite action carried by a rule as data; internal/rewrite owns the actions
// and their fixers.
type Fix = rewrite.Fix

// Finding is one thing a rule found.
type Finding struct {
	RuleID  string `json:"rule"`
	Area    string `json:"area"`
	Level   Level  `json:"level"`
	Scope   Scope  `json:"scope"`
	Message string `json:"message"`
	// Why explains why this matters for an EM role (or links to where it is explained).
	Why string `json:"why,omitempty"`
	// Ref points at the section/role/bullet; Pos is where that came from in the file.
	Ref resume.Ref `json:"ref"`
	Pos resume.Pos `json:"pos"`
	// Span is the evidence inside the bullet text, when the finding is about a bullet.
	Span *signals.Span `json:"span,omitempty"`
	Fix  *Fix          `json:"fix,omitempty"`
}
