package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

var updateOutputs = flag.Bool("update-outputs", false, "rewrite testdata/outputs.sha256 from the current binary")

// outputsFile holds, for every file of ../shared/corpus, the SHA-256 of the file and the
// SHA-256 of `resumecheck --no-config --format json FILE` run on it with a fixed date:
// hashes only, no text. A change that alters the output on purpose regenerates it
// (go test ./cmd/resumecheck -run TestOutputHashes -update-outputs) in the same commit
// and says why; a change meant to be output-neutral (speed, refactoring) must leave it
// as it is.
const outputsFile = "../../testdata/outputs.sha256"

// outputsEpoch dates every report of the test: 2026-01-01 UTC.
const outputsEpoch = "1767225600"

func TestOutputHashes(t *testing.T) {
	corpus := corpustest.Dir(t)
	files, err := filepath.Glob(filepath.Join(corpus, "files", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files under %s", corpus)
	}
	sort.Strings(files)
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOURCE_DATE_EPOCH", outputsEpoch)
	t.Setenv("NO_COLOR", "1")
	t.Setenv("HOME", t.TempDir())

	got := map[string]string{} // input hash -> output hash
	names := map[string]string{}
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// The path as given appears in the report: relative to this package, it is the
		// same in every clone that has ../shared beside it.
		rel, err := filepath.Rel(wd, f)
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		// Files the tool declines (templates, unread) exit 2 and still write their JSON:
		// that output is held too.
		run(context.Background(), []string{"resumecheck", "--no-config", "--format", "json", "-j", "1", rel}, strings.NewReader(""), &stdout, &stderr)
		if stdout.Len() == 0 {
			t.Errorf("%s: no JSON output: %s", filepath.Base(f), stderr.String())
			continue
		}
		ih, oh := sha256.Sum256(in), sha256.Sum256(stdout.Bytes())
		got[hex.EncodeToString(ih[:])] = hex.EncodeToString(oh[:])
		names[hex.EncodeToString(ih[:])] = filepath.Base(f)
	}

	if *updateOutputs {
		var b strings.Builder
		b.WriteString("# SHA-256 of each corpus file, then of `resumecheck --no-config --format json FILE`\n")
		b.WriteString("# with SOURCE_DATE_EPOCH=" + outputsEpoch + ". Regenerate on purpose only:\n")
		b.WriteString("#   go test ./cmd/resumecheck -run TestOutputHashes -update-outputs\n")
		keys := make([]string, 0, len(got))
		for k := range got {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s %s\n", k, got[k])
		}
		if err := os.WriteFile(outputsFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}

	want := readOutputHashes(t)
	changed := 0
	for k, oh := range got {
		w, ok := want[k]
		switch {
		case !ok:
			t.Errorf("%s: not in %s (a new corpus file?): regenerate it with -update-outputs", names[k], outputsFile)
		case w != oh:
			changed++
			t.Errorf("%s: --format json output changed", names[k])
		}
	}
	if changed > 0 {
		t.Logf("%d of %d outputs changed. If on purpose, regenerate in the same commit: go test ./cmd/resumecheck -run TestOutputHashes -update-outputs", changed, len(got))
	}
}

func readOutputHashes(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(outputsFile)
	if err != nil {
		t.Fatalf("%v: generate it with go test ./cmd/resumecheck -run TestOutputHashes -update-outputs", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		in, out, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("%s: bad line %q", outputsFile, line)
		}
		m[in] = out
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}
