package advise

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// The examples' signals are also kept on disk, in the cache directory of the tagger
// table (nlp.CacheDir), for the next run of the same build: a one-file run otherwise
// analyses all six again, 1.5 ms of CPU of each run. The file is named and keyed by
// the binary's Go build ID, which changes with any change to the code or the data
// compiled into it, so a file never serves another build; a binary whose build ID
// cannot be read (not Linux) keeps none. It holds the signals of built-in example
// texts only, never anything of a résumé. It is written whole to a temporary file and
// renamed into place, so a reader sees a whole file or none.

// exampleFile is what the file holds.
type exampleFile struct {
	Build    string                     `json:"build"`
	Examples map[string]signals.Signals `json:"examples"`
}

var (
	// exampleBuild is this binary's build ID, or "" when it cannot be read.
	exampleBuild = sync.OnceValue(readBuildID)
	// exampleWrites tracks a write of the file in progress (WaitExampleCache).
	exampleWrites sync.WaitGroup
)

// exampleCachePath is the file for build under dir.
func exampleCachePath(dir, build string) string {
	sum := sha256.Sum256([]byte("resumecheck examples 1\n" + build))
	return filepath.Join(dir, "examples-"+hex.EncodeToString(sum[:8])+".json")
}

// loadExampleCache returns the examples' signals kept for this build, if there is a
// whole file for it holding every example.
func loadExampleCache(dir, build string, texts []string) (map[string]signals.Signals, bool) {
	data, err := os.ReadFile(exampleCachePath(dir, build))
	if err != nil {
		return nil, false
	}
	var c exampleFile
	if json.Unmarshal(data, &c) != nil || c.Build != build {
		return nil, false
	}
	for _, t := range texts {
		if _, ok := c.Examples[t]; !ok {
			return nil, false
		}
	}
	return c.Examples, true
}

// saveExampleCache writes the examples' signals for build under dir; a failure leaves
// no file behind and is not an error (the next run analyses them again).
func saveExampleCache(dir, build string, m map[string]signals.Signals) {
	data, err := json.Marshal(exampleFile{Build: build, Examples: m})
	if err != nil || os.MkdirAll(dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(dir, "examples-*.tmp")
	if err != nil {
		return
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	path := exampleCachePath(dir, build)
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return
	}
	pruneExampleCaches(dir, filepath.Base(path), time.Now())
}

// pruneExampleCaches removes the examples' files of other builds (and temporary files
// left by a process that died while writing) that are more than an hour old: each
// build writes its own, and an older binary still in use rewrites its file when it is
// gone.
func pruneExampleCaches(dir, keep string, now time.Time) {
	nlp.PruneCache(dir, keep, func(name string) bool {
		return strings.HasPrefix(name, "examples-") && (strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".tmp"))
	}, now)
}

// WaitExampleCache waits for WarmExamplesAsync to end: a process that is about to exit
// calls it, so that a cache it was writing is written (its temporary file is renamed or
// removed either way).
func WaitExampleCache() { exampleWrites.Wait() }

// buildIDFrom finds the Go build ID note ("Go\x00\x00", type 4) in the first bytes of
// an ELF executable: the linker puts it at the start of the text.
func buildIDFrom(data []byte) string {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("Go\x00\x00"))
		if k < 0 {
			return ""
		}
		at := i + k
		i = at + 1
		if at < 12 {
			continue
		}
		namesz := binary.LittleEndian.Uint32(data[at-12:])
		descsz := binary.LittleEndian.Uint32(data[at-8:])
		typ := binary.LittleEndian.Uint32(data[at-4:])
		end := at + 4 + int(descsz)
		if namesz != 4 || typ != 4 || descsz == 0 || descsz > 256 || end > len(data) {
			continue
		}
		return string(data[at+4 : end])
	}
}
