// Package rules holds the built-in rule pack and the lexicons the rules and signals
// use, embedded in the binary so the tool runs offline with nothing beside it.
package rules

import "embed"

// Lexicons holds lexicons/*.yaml, one named word list per file.
//
//go:embed lexicons/*.yaml
var Lexicons embed.FS

// Scope holds scope/*.yaml: the vocabulary the scope card is read with (scope.yaml) and
// the level ladder (ladder.yaml).
//
//go:embed scope/*.yaml
var Scope embed.FS

// Vocabulary holds vocabulary/*.yaml: the verb forms, action nouns and measures the
// rewrite fixers use (internal/rewrite).
//
//go:embed vocabulary/*.yaml
var Vocabulary embed.FS
