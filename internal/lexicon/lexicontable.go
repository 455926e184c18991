package lexicon

import (
	"bytes"
	"fmt"
	"maps"
	"path"
	"slices"
	"strconv"

	"github.com/resumecheck/resumecheck/internal/gosource"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// generatedLexicon is a built-in lexicon file as Go data (lexicon_table_gen.go,
// written by go generate ./internal/yamlx): what decoding the file gives, which a
// fresh worker then reads in place instead of building its slices and lists (a sixth
// of a megabyte of fresh heap before its first file). sum is the fingerprint of the
// file it was made from: a file edited since is decoded as before. Its slices are
// shared by every Lexicon made from it, and nothing writes to a Lexicon's lists.
type generatedLexicon struct {
	sum                      yamlx.Fingerprint
	name, description        string
	terms, patterns, phrases []string
	lists                    []namedList // sorted by name; nil when the file has none
}

type namedList struct {
	name  string
	words []string
}

// generatedFor returns the generated lexicon of the built-in file of that
// fingerprint, or nil.
func generatedFor(sum yamlx.Fingerprint) *generatedLexicon {
	for i := range generatedLexicons {
		if generatedLexicons[i].sum == sum {
			return &generatedLexicons[i]
		}
	}
	return nil
}

// lexicon is the Lexicon decoding the file gives (File and the compiled parts aside).
func (g *generatedLexicon) lexicon() Lexicon {
	l := Lexicon{Name: g.name, Description: g.description, Terms: g.terms, Patterns: g.patterns, Phrases: g.phrases}
	if g.lists != nil {
		l.Lists = make(map[string][]string, len(g.lists))
		for _, nl := range g.lists {
			l.Lists[nl.name] = nl.words
		}
	}
	return l
}

// LexiconTableSource returns the Go source of lexicon_table_gen.go: every built-in
// lexicon file, decoded and checked, by the file's fingerprint. For cmd lexgen (go
// generate ./internal/yamlx); the source is not formatted.
func LexiconTableSource() ([]byte, error) {
	files, err := builtinFiles()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	gosource.Header(&b, "./internal/yamlx", "internal/lexicon/lexgen", "lexicon", "github.com/resumecheck/resumecheck/internal/yamlx")
	b.WriteString("// generatedLexicons are the built-in lexicon files, in file order.\n")
	b.WriteString("var generatedLexicons = []generatedLexicon{\n")
	for _, f := range files {
		file, data := path.Join("rules/lexicons", f.name), f.data
		var l Lexicon
		if err := yamlx.Decode(file, data, &l); err != nil {
			return nil, err
		}
		if err := l.check(file, data); err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "\t// %s\n\t{\n\t\tsum: %#v,\n", f.name, yamlx.FingerprintOf(data))
		fmt.Fprintf(&b, "\t\tname: %s,\n", strconv.Quote(l.Name))
		if l.Description != "" {
			fmt.Fprintf(&b, "\t\tdescription: %s,\n", strconv.Quote(l.Description))
		}
		writeStrings(&b, "terms", l.Terms)
		writeStrings(&b, "patterns", l.Patterns)
		writeStrings(&b, "phrases", l.Phrases)
		if l.Lists != nil {
			b.WriteString("\t\tlists: []namedList{\n")
			for _, name := range slices.Sorted(maps.Keys(l.Lists)) {
				fmt.Fprintf(&b, "\t\t\t{%s, %s},\n", strconv.Quote(name), gosource.Strings("[]string", l.Lists[name]))
			}
			b.WriteString("\t\t},\n")
		}
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

func writeStrings(b *bytes.Buffer, field string, ss []string) {
	if ss != nil {
		fmt.Fprintf(b, "\t\t%s: %s,\n", field, gosource.Strings("[]string", ss))
	}
}
