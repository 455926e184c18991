// Package rewrite owns the fix actions: their names and parameters (action.go, the
// table rules refer to by name), the small set of fixers that apply them to a bullet,
// and the vocabulary they use (rules/vocabulary: verb forms, action nouns, measures).
//
// Every fixer result is checked so that no digit is added outside brackets and no word
// of the original is lost beyond pronouns, duty phrases and auxiliaries: a rewrite never
// invents a figure and never drops a technical term.
package rewrite
