package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// TestSnapshotCurrent fails when a built-in YAML file was edited without regenerating
// internal/yamlx/snapshot.bin: the snapshot must hold exactly the values a run decodes,
// each giving back what the YAML decodes to (a run still parses a changed file, so a
// stale snapshot only costs speed; this test is what notices it). It must stay the only
// test of this package: what a package loads once is recorded only the first time.
func TestSnapshotCurrent(t *testing.T) {
	root := corpustest.RepoRoot(t)
	entries, err := collect(root)
	if err != nil {
		t.Fatal(err)
	}
	want, err := yamlx.ParseSnapshot(yamlx.WriteSnapshot(entries))
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 40 {
		t.Fatalf("only %d YAML values recorded; the built-in rule pack alone has more", len(want))
	}
	data, err := os.ReadFile(filepath.Join(root, "internal", "yamlx", "snapshot.bin"))
	if err != nil {
		t.Fatal(err)
	}
	have, err := yamlx.ParseSnapshot(data)
	if err != nil {
		t.Fatalf("snapshot.bin: %v; run go generate ./internal/yamlx", err)
	}
	type key struct{ sum, typ string }
	index := map[key]yamlx.SnapshotEntry{}
	for _, e := range have {
		index[key{string(e.Sum[:]), e.Type}] = e
	}
	for _, w := range want {
		k := key{string(w.Sum[:]), w.Type}
		h, ok := index[k]
		switch {
		case !ok:
			t.Errorf("%s (%s) changed since snapshot.bin was written; run go generate ./internal/yamlx", w.File, w.Type)
		case string(h.Value) != string(w.Value):
			t.Errorf("%s (%s): snapshot.bin holds another value than the file decodes to; run go generate ./internal/yamlx", w.File, w.Type)
		}
		delete(index, k)
	}
	for _, e := range index {
		t.Errorf("snapshot.bin holds %s (%s), which a run no longer decodes; run go generate ./internal/yamlx", e.File, e.Type)
	}
}
