package nlp

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
)

// The tagger table is built from prose's weights at run time (~0.3 s) and kept on
// disk so that a fresh process, which is what one résumé check is, pays that once
// per machine and otherwise only reads a file. Only the table goes to disk: it is a
// function of prose's weights and our layout, never of any résumé.
//
// A cache file is
//
//	cacheMagic
//	u16 key length, key    (the full key, so a file for another key is refused)
//	u64 table length
//	table
//	cacheEnd
//
// little-endian. Anything that does not match exactly is ignored and rebuilt. There
// is no checksum over the table: a check reads only the pages of the table its words
// need, and a pass over all 3.5 MB (and the page faults of mapping every page in)
// cost a one-file run more than the rest of reading the cache. The file is only ever
// written whole, synced, and renamed into place (writeCache), so what can go wrong
// is a file cut short or another build's file, which the length, the end marker and
// the key catch; loadPerceptron still checks the table's own structure.

const (
	cacheMagic = "RCTAGCACHE2\n"
	// cacheEnd follows the table: a file whose end was lost (cut, or left as zeros by
	// a crash) does not end with it.
	cacheEnd = "\nRCTAGEND\n"
	// cacheEnv names the cache directory, or turns the cache off with "off".
	cacheEnv    = "RESUMECHECK_CACHE_DIR"
	proseModule = "github.com/jdkato/prose/v2"
)

var (
	// readBuildInfo is debug.ReadBuildInfo, replaceable in tests: a test binary
	// records no dependencies, a release binary does.
	readBuildInfo = debug.ReadBuildInfo
	errCacheStale = errors.New("nlp: cached tagger table is corrupt, truncated or for another build")
)

// tableSource says where loadTagger got its table, for tests and benchmarks.
type tableSource int

const (
	fromBuild tableSource = iota
	fromCache
)

// CacheDir is the directory of what a run keeps on disk for the next (the tagger
// table here, the advice examples' signals in internal/advise) and whether that is on:
// see cacheDir.
func CacheDir() (string, bool) { return cacheDir() }

// cacheDir returns the directory for the table cache and whether caching is on:
// $RESUMECHECK_CACHE_DIR if set ("off" disables it), else resumecheck/ under the
// user's cache directory. No cache directory at all (no $HOME) means no cache.
func cacheDir() (string, bool) {
	if d := os.Getenv(cacheEnv); d != "" {
		if d == "off" {
			return "", false
		}
		return d, true
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", false
	}
	return filepath.Join(d, "resumecheck"), true
}

// tableKey names the table that this binary's prose and our table layout produce.
// The module version is known in any normal build; when it is not (a build without
// module information, a replace by a local directory) the key hashes prose's asset
// bytes instead, and those bytes are returned so the caller need not inflate them
// twice.
func tableKey() (key string, inputs [][]byte, err error) {
	format := strings.TrimSuffix(tableFormat, "\n")
	if v := proseVersion(); v != "" {
		return format + " " + v, nil, nil
	}
	inputs, err = tableInputs()
	if err != nil {
		return "", nil, err
	}
	h := sha256.New()
	for _, b := range inputs {
		h.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(b))))
		h.Write(b)
	}
	return format + " " + proseModule + " sha256:" + hex.EncodeToString(h.Sum(nil)), inputs, nil
}

// proseVersion is prose's module path, version and go.sum hash as linked into this
// binary (following a replace), or "" when the build does not record them.
func proseVersion() string {
	bi, ok := readBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range bi.Deps {
		if d.Path != proseModule {
			continue
		}
		if d.Replace != nil {
			d = d.Replace
		}
		if d.Version == "" || d.Version == "(devel)" {
			return ""
		}
		return strings.TrimSpace(d.Path + "@" + d.Version + " " + d.Sum)
	}
	return ""
}

// cachePath is where the table for key lives under dir. The file name carries a
// short hash of the file's layout and the key (so binaries that write different
// layouts, an older and a newer one alternating, never replace each other's file);
// the header carries the key itself.
func cachePath(dir, key string) string {
	sum := sha256.Sum256([]byte(cacheMagic + key))
	return filepath.Join(dir, "tagger-"+hex.EncodeToString(sum[:8])+".bin")
}

// loadTagger returns the tagger, from the cache in dir when a valid table for this
// build is there, else built from prose's assets and then written to dir. dir ""
// means no cache. A cache that cannot be read or written is not an error: the table
// is built in memory instead.
func loadTagger(dir string) (*perceptron, tableSource, error) {
	key, inputs, err := tableKey()
	if err != nil {
		return nil, fromBuild, err
	}
	var path string
	if dir != "" {
		path = cachePath(dir, key)
		if table, err := readCache(path, key); err == nil {
			// The header, length and end marker matched, so this is the table we
			// wrote; loadPerceptron's checks still stand between us and a file that
			// only pretends to be.
			if p, err := loadPerceptron(table); err == nil {
				return p, fromCache, nil
			}
		}
	}
	if inputs == nil {
		if inputs, err = tableInputs(); err != nil {
			return nil, fromBuild, err
		}
	}
	table, err := buildTable(inputs)
	if err != nil {
		return nil, fromBuild, err
	}
	p, err := loadPerceptron(table)
	if err != nil {
		return nil, fromBuild, err
	}
	if path != "" {
		_ = writeCache(path, key, table) // best effort: next run builds again
	}
	return p, fromBuild, nil
}

// readCache returns the table stored at path if the file is whole (its length and
// end marker) and carries key. The returned slice points into the file's bytes (mapped,
// where the system can).
func readCache(path, key string) ([]byte, error) {
	data, err := readTableFile(path)
	if err != nil {
		return nil, err
	}
	return parseCache(data, key)
}

func parseCache(data []byte, key string) ([]byte, error) {
	le := binary.LittleEndian
	if !bytes.HasPrefix(data, []byte(cacheMagic)) {
		return nil, errCacheStale
	}
	rest := data[len(cacheMagic):]
	if len(rest) < 2 {
		return nil, errCacheStale
	}
	n := int(le.Uint16(rest))
	rest = rest[2:]
	if len(rest) < n+8 || string(rest[:n]) != key {
		return nil, errCacheStale
	}
	rest = rest[n:]
	size := le.Uint64(rest)
	rest = rest[8:]
	if uint64(len(rest)) != size+uint64(len(cacheEnd)) || !bytes.HasSuffix(rest, []byte(cacheEnd)) {
		return nil, errCacheStale
	}
	return rest[:size], nil
}

// encodeCache lays out a cache file holding table under key.
func encodeCache(key string, table []byte) []byte {
	le := binary.LittleEndian
	out := make([]byte, 0, len(cacheMagic)+2+len(key)+8+len(table)+len(cacheEnd))
	out = append(out, cacheMagic...)
	out = le.AppendUint16(out, uint16(len(key)))
	out = append(out, key...)
	out = le.AppendUint64(out, uint64(len(table)))
	out = append(out, table...)
	return append(out, cacheEnd...)
}

// writeCache stores table at path atomically: it writes a temporary file in the
// same directory and renames it over path, so a reader (another process checking a
// résumé at the same moment) sees the old file, the new one, or none, never half.
// The file is synced before the rename, so a crash leaves a stray temporary file at
// worst, never a renamed file whose blocks were not written yet.
func writeCache(path, key string, table []byte) (err error) {
	if len(key) > 0xffff {
		return fmt.Errorf("nlp: cache key too long")
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "tagger-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(encodeCache(key, table)); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	pruneCache(dir, filepath.Base(path), time.Now())
	return nil
}

// staleAfter is how old another build's table (or a temporary file) must be before
// writing a new table removes it. Each build writes its table once; without pruning,
// every upgrade would leave 3.5 MB behind in the user's cache directory for good. The
// grace keeps two builds run alternately (an old and a new binary in a benchmark)
// from deleting each other's table on every run: the older one's file goes the first
// time the newer one writes, and after that neither writes again.
const staleAfter = time.Hour

// pruneCache removes from dir the tagger tables of other builds and the temporary
// files of interrupted writes, when they are older than staleAfter. Only names that
// cachePath and writeCache make are touched, and nothing that fails here fails the run.
func pruneCache(dir, keep string, now time.Time) { PruneCache(dir, keep, isCacheFileName, now) }

// PruneCache removes the regular files of dir that ours says are of one kind of
// cache file, other than keep, once they are older than staleAfter (an hour): the
// files of other builds and of interrupted writes. internal/advise prunes its own
// cache files with it.
func PruneCache(dir, keep string, ours func(name string) bool, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if name == keep || !e.Type().IsRegular() || !ours(name) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleAfter {
			continue
		}
		_ = os.Remove(filepath.Join(dir, name))
	}
}

// isCacheFileName reports whether name is one cachePath ("tagger-" and 16 hex digits,
// ".bin") or writeCache's os.CreateTemp ("tagger-" and digits, ".tmp") makes.
func isCacheFileName(name string) bool {
	rest, ok := strings.CutPrefix(name, "tagger-")
	if !ok {
		return false
	}
	if mid, ok := strings.CutSuffix(rest, ".bin"); ok {
		return len(mid) == 16 && strings.Trim(mid, "0123456789abcdef") == ""
	}
	if mid, ok := strings.CutSuffix(rest, ".tmp"); ok {
		return mid != "" && strings.Trim(mid, "0123456789") == ""
	}
	return false
}
