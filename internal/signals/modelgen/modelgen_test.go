package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestModelTableCurrent fails when model_weights.txt was retrained and
// model_table_gen.go not regenerated (a run then parses the text: right, but slower).
func TestModelTableCurrent(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "model_weights.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := generate(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "model_table_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/signals/model_table_gen.go is stale: run go generate ./internal/signals (or, without ../shared to train on, go run ./modelgen in internal/signals)")
	}
}
