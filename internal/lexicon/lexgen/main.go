// Command lexgen writes internal/lexicon/lexicon_table_gen.go: every built-in
// lexicon file, decoded and checked, as Go data (lexicon.LexiconTableSource), which a
// run uses in place instead of decoding the file. It runs with `go generate
// ./internal/yamlx`, with the other data made from the built-in YAML;
// TestLexiconTableCurrent fails until then, and a file edited meanwhile is decoded
// at run time.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

func main() {
	out := flag.String("o", "lexicon_table_gen.go", "file to write")
	flag.Parse()
	src, err := generate()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
	fmt.Println("lexgen: wrote", *out)
}

// generate returns the formatted source of lexicon_table_gen.go.
func generate() ([]byte, error) {
	code, err := lexicon.LexiconTableSource()
	if err != nil {
		return nil, err
	}
	return format.Source(code)
}
