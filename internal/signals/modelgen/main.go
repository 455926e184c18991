// Command modelgen writes internal/signals/model_table_gen.go: the committed
// model_weights.txt as Go values, which a run reads instead of parsing the text. It
// runs with `go generate ./internal/signals`, after trainmodel; TestModelTableCurrent
// fails until then, and a run parses the text meanwhile.
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"

	"github.com/resumecheck/resumecheck/internal/signals"
)

func main() {
	in := flag.String("i", "model_weights.txt", "the model to read")
	out := flag.String("o", "model_table_gen.go", "file to write")
	flag.Parse()
	src, err := os.ReadFile(*in)
	if err == nil {
		src, err = generate(src)
	}
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "modelgen:", err)
		os.Exit(1)
	}
	fmt.Println("modelgen: wrote", *out)
}

// generate returns the formatted Go source of the table for the model in src.
func generate(src []byte) ([]byte, error) {
	code, err := signals.ModelTableSource(string(src))
	if err != nil {
		return nil, err
	}
	return format.Source(code)
}
