// Command vocabgen writes internal/signals/vocab_table_gen.go: the analyser's
// vocabulary of the built-in lexicons (their lists and phrases) as Go data, which a
// run reads in place instead of building it. It runs with `go generate
// ./internal/yamlx`, with the other data made from the built-in YAML;
// TestVocabTableCurrent fails until then, and a run builds the table meanwhile (a
// table made from other lists than the lexicons' is not used).
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/resumecheck/resumecheck/internal/signals"
)

func main() {
	out := flag.String("o", "vocab_table_gen.go", "file to write")
	flag.Parse()
	src, err := generate()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
	fmt.Println("vocabgen: wrote", *out)
}

// generate returns the formatted source of vocab_table_gen.go.
func generate() ([]byte, error) {
	code, err := signals.VocabTableSource()
	if err != nil {
		return nil, err
	}
	return format.Source(code)
}
