package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/report")

const goldenDir = "../../testdata/golden/report"

// golden compares got with the named golden file, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/report -update and review the diff\n--- got ---\n%s", name, firstDiff(got, want))
	}
}

// firstDiff shows the region around the first differing byte.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-200, 0)
	return string(got[from:min(i+200, len(got))]) + "\n--- want ---\n" + string(want[from:min(i+200, len(want))])
}

func render(t *testing.T, format string, opts Options, b *Batch) []byte {
	t.Helper()
	w, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	single := func() *Batch { return Single(fixtureReport(normalText)) }
	cases := []struct {
		file, format string
		opts         Options
		batch        func() *Batch
	}{
		{"single.txt", "text", Options{Width: 80}, single},
		{"single-color.txt", "text", Options{Width: 100, Color: true}, single},
		{"single-verbose.txt", "text", Options{Width: 80, Verbose: true}, single},
		{"single-redacted.txt", "text", Options{Width: 80, Redact: true}, single},
		{"batch.txt", "text", Options{Width: 80}, fixtureBatch},
		{"batch-quiet.txt", "text", Options{Width: 80, Quiet: true}, fixtureBatch},
		{"single.json", "json", Options{}, single},
		{"batch.json", "json", Options{}, fixtureBatch},
		{"single.md", "markdown", Options{}, single},
		{"batch.md", "markdown", Options{}, fixtureBatch},
		{"single.html", "html", Options{}, single},
		{"batch.html", "html", Options{}, fixtureBatch},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			got := render(t, c.format, c.opts, c.batch())
			golden(t, c.file, got)
			// The same input must give the same bytes: nothing may depend on map order.
			for range 3 {
				if again := render(t, c.format, c.opts, c.batch()); !bytes.Equal(got, again) {
					t.Fatal("output differs between two runs on the same report")
				}
			}
		})
	}
	t.Run("dir", func(t *testing.T) {
		dir := t.TempDir()
		if err := WriteDir(dir, fixtureBatch(), Options{}); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"index.html", "priya-natarajan.html", "alex-kim.html"} {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "dir/"+name, got)
		}
	})
}

// TestInputJSON keeps testdata/golden/report/input.json (the hand-made report, for other
// packages' tests and for trying the writers by hand) equal to the Go fixture.
func TestInputJSON(t *testing.T) {
	want := fixtureReport(normalText)
	data, err := json.MarshalIndent(want, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "input.json", append(data, '\n'))
	raw, err := os.ReadFile(filepath.Join(goldenDir, "input.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got Report
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, want) {
		t.Error("input.json does not decode to the fixture report")
	}
}
