package lexicon

import (
	"slices"
	"strings"
)

// builtinNeed is the literal pre-check (requiredLiterals) of one built-in pattern,
// worked out at build time: parsing the patterns' regular expressions to find them
// was a twentieth of a fresh worker's start-up.
type builtinNeed struct {
	src  string
	need [][]string
}

// literalsFor returns requiredLiterals(src), from the build's table (literals_gen.go)
// when src is a pattern the table was made from. A pattern edited since, or a user's,
// is worked out here; TestLiteralsCurrent (internal/lexicon/litgen) fails until
// `go generate ./internal/yamlx` rewrites the table.
func literalsFor(src string) [][]string {
	if i, ok := slices.BinarySearchFunc(builtinNeeds, src, func(b builtinNeed, s string) int { return strings.Compare(b.src, s) }); ok {
		return builtinNeeds[i].need
	}
	return requiredLiterals(src)
}

// RequiredLiterals is the literal pre-check of a pattern, worked out now (not read
// from the build's table): groups of literals, one of each group in every text the
// pattern matches (lower-cased), or nil when it cannot tell. For litgen.
func RequiredLiterals(pattern string) [][]string { return requiredLiterals(pattern) }
