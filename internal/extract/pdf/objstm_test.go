package pdf

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// extractBoth reads data with object streams unpacked and as it is, and describes any
// difference between the two results ("" when they are the same).
func extractBoth(t *testing.T, data []byte) string {
	t.Helper()
	read := func() (*Result, string) {
		res, err := Extract(context.Background(), "f.pdf", data, Options{Engine: EngineBuiltin, MaxPages: 50})
		if err != nil {
			return nil, err.Error()
		}
		return res, ""
	}
	got, gotErr := read()
	unpack = func(b []byte) []byte { return b }
	want, wantErr := read()
	unpack = unpackObjectStreams
	switch {
	case gotErr != wantErr:
		return fmt.Sprintf("error %q, read as it is %q", gotErr, wantErr)
	case !reflect.DeepEqual(got, want):
		return "different result from reading the file as it is"
	}
	return ""
}

// TestObjectStreamsUnpacked: the pdfTeX fixtures keep their fonts and pages in object
// streams; unpacking them must append plain copies, and every file (fixtures, and the
// corpus when present) must read exactly as it does without unpacking.
func TestObjectStreamsUnpacked(t *testing.T) {
	files := fixtureAndCorpusPDFs()
	grown := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		orig := bytes.Clone(data)
		out := unpackObjectStreams(data)
		if !bytes.Equal(data, orig) {
			t.Fatalf("%s: input modified", f)
		}
		if len(out) > len(data) {
			grown++
			if !bytes.HasPrefix(out, data) {
				t.Errorf("%s: the original bytes must come first, unchanged", f)
			}
		} else if strings.HasPrefix(filepath.Base(f), "pdftex-") {
			t.Errorf("%s: object streams not unpacked", f)
		}
		if d := extractBoth(t, data); d != "" {
			t.Errorf("%s: %s", filepath.Base(f), d)
		}
	}
	if grown < 3 {
		t.Errorf("only %d files unpacked", grown)
	}
}

// TestObjectStreamsUnpackedMutated: corrupted copies of a fixture with object streams
// read the same, result or error, as without unpacking.
func TestObjectStreamsUnpackedMutated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtureDir, "pdftex-paged.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(11))
	n := 80
	if testing.Short() {
		n = 20
	}
	for i := 0; i < n; i++ {
		m := bytes.Clone(data)
		for k := 0; k < 1+rng.Intn(4); k++ {
			at := rng.Intn(len(m))
			if rng.Intn(2) == 0 { // the cross-reference stream, at the end
				at = len(m) - 1 - rng.Intn(min(len(m), 800))
			}
			m[at] = byte(rng.Intn(256))
		}
		if d := extractBoth(t, m); d != "" {
			t.Errorf("mutant %d: %s", i, d)
		}
	}
}

// fixtureAndCorpusPDFs lists the package's fixture PDFs and, when ../shared is present,
// the corpus's.
func fixtureAndCorpusPDFs() []string {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	if dir, ok := corpustest.Path(); ok {
		m, _ := filepath.Glob(filepath.Join(dir, "files", "*.pdf"))
		files = append(files, m...)
	}
	return files
}
