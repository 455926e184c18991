// Command vocabgen writes internal/scope/vocab_gen.go: the built-in scope vocabulary
// (rules/scope/scope.yaml) compiled, as Go data a run reads in place instead of
// compiling the file (scope.VocabSource). It runs with `go generate ./internal/yamlx`,
// with the other data made from the built-in YAML; TestVocabCurrent fails until
// then, and a run compiles the file meanwhile (data made from another file is not
// used).
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/resumecheck/resumecheck/internal/scope"
)

func main() {
	out := flag.String("o", "vocab_gen.go", "file to write")
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

// generate returns the formatted source of vocab_gen.go.
func generate() ([]byte, error) {
	code, err := scope.VocabSource()
	if err != nil {
		return nil, err
	}
	return format.Source(code)
}
