package advise

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/signals"
)

// TestBuildIDFrom reads a Go build ID note out of the bytes around it, and nothing out
// of bytes that only look like one.
func TestBuildIDFrom(t *testing.T) {
	note := func(namesz, typ uint32, name, desc string) []byte {
		var b []byte
		b = binary.LittleEndian.AppendUint32(b, namesz)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(desc)))
		b = binary.LittleEndian.AppendUint32(b, typ)
		return append(append(b, name...), desc...)
	}
	id := "abc/def/ghi/jkl"
	data := append([]byte("\x7fELF padding Go\x00\x00 not a note "), note(4, 1, "Go\x00\x00", "other note")...)
	data = append(data, note(4, 4, "Go\x00\x00", id)...)
	if got := buildIDFrom(data); got != id {
		t.Errorf("buildIDFrom = %q, want %q", got, id)
	}
	if got := buildIDFrom(data[:len(data)-3]); got != "" {
		t.Errorf("a cut note gave %q", got)
	}
	if runtime.GOOS == "linux" {
		if b := readBuildID(); strings.Count(b, "/") < 1 {
			t.Errorf("readBuildID = %q, want this test binary's Go build ID", b)
		}
	}
}

// TestExampleCacheFile: the file for a build gives back what was saved, and nothing
// for another build, a cut file, or a file that lacks an example.
func TestExampleCacheFile(t *testing.T) {
	sa, err := signals.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := exampleTexts()
	m := map[string]signals.Signals{}
	for _, text := range texts {
		m[text], _ = sa.AnalyzeTokens(text)
	}
	dir := t.TempDir()
	saveExampleCache(dir, "build-1", m)
	got, ok := loadExampleCache(dir, "build-1", texts)
	if !ok {
		t.Fatal("the saved file was not read back")
	}
	for _, text := range texts {
		a, _ := json.Marshal(m[text])
		b, _ := json.Marshal(got[text])
		if string(a) != string(b) {
			t.Errorf("%q: read back %s, saved %s", text, b, a)
		}
	}
	if _, ok := loadExampleCache(dir, "build-2", texts); ok {
		t.Error("another build's file was read")
	}
	if _, ok := loadExampleCache(dir, "build-1", append(texts, "an example the file does not hold")); ok {
		t.Error("a file lacking an example was read")
	}
	path := exampleCachePath(dir, "build-1")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := loadExampleCache(dir, "build-1", texts); ok {
		t.Error("a cut file was read")
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("%d files in the cache directory, want 1 (no temporary file left)", len(left))
	}
}

// TestPruneExampleCaches removes other builds' files over an hour old, and nothing
// else.
func TestPruneExampleCaches(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old := now.Add(-2 * time.Hour)
	files := map[string]time.Time{
		"examples-keep.json": old, // this build's
		"examples-old.json":  old,
		"examples-new.json":  now,
		"examples-dead.tmp":  old,
		"tagger-0123.bin":    old, // the tagger's, not ours
		"examples-notes.txt": old,
	}
	for name, mt := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mt, mt); err != nil {
			t.Fatal(err)
		}
	}
	pruneExampleCaches(dir, "examples-keep.json", now)
	for name := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		gone := name == "examples-old.json" || name == "examples-dead.tmp"
		if gone != (err != nil) {
			t.Errorf("%s: removed %v, want %v", name, err != nil, gone)
		}
	}
}

// TestWarmExamplesCache: the built-in analyser's examples are written to the cache by
// a first WarmExamples and read from it by the next, which does not analyse them.
func TestWarmExamplesCache(t *testing.T) {
	if readBuildID() == "" {
		t.Skip("no build ID here: no cache is kept")
	}
	sa, err := signals.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Setenv("RESUMECHECK_CACHE_DIR", dir)
	forget := func() {
		exampleMu.Lock()
		clear(exampleCache)
		exampleMu.Unlock()
	}
	forget()
	t.Cleanup(forget)
	WarmExamplesAsync(sa)
	WaitExampleCache()
	texts := exampleTexts()
	m, ok := loadExampleCache(dir, exampleBuild(), texts)
	if !ok {
		t.Fatal("WarmExamples wrote no cache")
	}
	// A cache that says otherwise than the analyser is what the next run believes.
	s := m[texts[0]]
	s.ActionVerb = "from-the-cache"
	m[texts[0]] = s
	saveExampleCache(dir, exampleBuild(), m)
	forget()
	WarmExamples(sa)
	if got := example(sa, texts[0]).get(sa, texts[0]); got.ActionVerb != "from-the-cache" {
		t.Errorf("after a warm-up from the cache, action verb %q: the examples were analysed again", got.ActionVerb)
	}
	// Another analyser never reads nor writes it.
	if d, b := exampleCacheFor(nil); d != "" || b != "" {
		t.Error("a cache is kept for an analyser that is not the built-in one")
	}
}
