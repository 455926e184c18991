package nlp

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestMain points the table cache at a directory of its own, so that tests never
// read or write the cache of the user running them.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "nlp-cache-*")
	if err != nil {
		panic(err)
	}
	os.Setenv(cacheEnv, dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var (
	testTableOnce sync.Once
	testTableData []byte
	testTableErr  error
)

// testTable is a table built straight from prose's assets, without any cache.
func testTable(t testing.TB) []byte {
	testTableOnce.Do(func() {
		var in [][]byte
		if in, testTableErr = tableInputs(); testTableErr == nil {
			testTableData, testTableErr = buildTable(in)
		}
	})
	if testTableErr != nil {
		t.Fatal(testTableErr)
	}
	return testTableData
}

func testKey(t testing.TB) string {
	key, _, err := tableKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

var cacheProbe = []string{
	"Led a team of 8 engineers and cut deploy time from 2 hours to 15 minutes.",
	"Drove the migration to Kubernetes; mentored three juniors into mid-level roles.",
}

// sameTags fails unless a and b tag the probe sentences identically.
func sameTags(t *testing.T, a, b *perceptron) {
	t.Helper()
	for _, s := range cacheProbe {
		words := strings.Fields(s)
		ta, tb := a.tag(words), b.tag(words)
		if strings.Join(ta, " ") != strings.Join(tb, " ") {
			t.Fatalf("%q: tags %v and %v differ", s, ta, tb)
		}
	}
}

func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	tmps, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(tmps) > 0 {
		t.Errorf("temporary files left behind: %v", tmps)
	}
}

func TestTableKey(t *testing.T) {
	key := testKey(t)
	t.Logf("key %q → %s", key, filepath.Base(cachePath("", key)))
	if !strings.HasPrefix(key, strings.TrimSpace(tableFormat)+" ") || !strings.Contains(key, proseModule) {
		t.Fatalf("key %q does not name the table format and prose", key)
	}
	if again := testKey(t); again != key {
		t.Fatalf("key changed between calls: %q, %q", key, again)
	}
}

func TestCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	built, src, err := loadTagger(dir)
	if err != nil || src != fromBuild {
		t.Fatalf("first load: source %v, err %v; want a build", src, err)
	}
	path := cachePath(dir, testKey(t))
	table, err := readCache(path, testKey(t))
	if err != nil {
		t.Fatalf("cache file after first load: %v", err)
	}
	// The build is deterministic: the cached table is byte for byte an independent build.
	if !bytes.Equal(table, testTable(t)) {
		t.Fatal("cached table differs from a fresh build of the same assets")
	}
	cached, src, err := loadTagger(dir)
	if err != nil || src != fromCache {
		t.Fatalf("second load: source %v, err %v; want the cache", src, err)
	}
	sameTags(t, built, cached)
	noTempFiles(t, dir)
}

func TestCacheRejectsDamagedFile(t *testing.T) {
	key, table := testKey(t), testTable(t)
	good := encodeCache(key, table)
	if got, err := parseCache(good, key); err != nil || !bytes.Equal(got, table) {
		t.Fatalf("a good cache file does not parse back: %v", err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	headerLen := len(good) - len(table) - len(cacheEnd)
	zeroEnd := bytes.Clone(good)
	clear(zeroEnd[len(zeroEnd)-4096:])
	damaged := map[string][]byte{
		"empty":             {},
		"magic only":        []byte(cacheMagic),
		"wrong magic":       flip(0),
		"truncated header":  good[:headerLen-3],
		"truncated to half": good[:len(good)/2],
		"one byte short":    good[:len(good)-1],
		"trailing byte":     append(bytes.Clone(good), 0),
		"flipped end":       flip(len(good) - 2),
		"zeroed end":        zeroEnd,
		"flipped length":    flip(headerLen - 8),
		"foreign key":       encodeCache("RCTAG1 someone else's prose", table),
		"flipped in key":    flip(len(cacheMagic) + 3),
		// the layout before the end marker (a CRC-32C after the length)
		"older layout": append(append([]byte("RCTAGCACHE\n"), good[len(cacheMagic):headerLen]...), append(make([]byte, 4), table...)...),
	}
	for name, data := range damaged {
		if _, err := parseCache(data, key); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}

	// Through the loader: a damaged file is rebuilt and replaced. The last case is
	// a whole file around a cut table, which only loadPerceptron can refuse.
	for _, name := range []string{"truncated to half", "zeroed end", "whole file, bad table"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := cachePath(dir, key)
			data := damaged[name]
			if name == "whole file, bad table" {
				data = encodeCache(key, table[:len(table)-2000])
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, src, err := loadTagger(dir); err != nil || src != fromBuild {
				t.Fatalf("source %v, err %v; want a rebuild", src, err)
			}
			if got, err := readCache(path, key); err != nil || !bytes.Equal(got, table) {
				t.Fatalf("damaged file was not replaced by a good one: %v", err)
			}
		})
	}
}

func TestCacheDisabled(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	t.Setenv(cacheEnv, "off")
	if d, ok := cacheDir(); ok {
		t.Fatalf("cache on (%q) with %s=off", d, cacheEnv)
	}
	if m := New(); m.p == nil {
		t.Fatal("no table-driven tagger with the cache off")
	}
	var files []string
	filepath.WalkDir(home, func(path string, d fs.DirEntry, err error) error {
		if path != home {
			files = append(files, path)
		}
		return nil
	})
	if len(files) > 0 {
		t.Fatalf("cache off, yet files were written: %v", files)
	}
}

func TestCacheDirFromEnvironment(t *testing.T) {
	t.Setenv(cacheEnv, "/some/where")
	if d, ok := cacheDir(); !ok || d != "/some/where" {
		t.Errorf("%s=/some/where: got %q, %v", cacheEnv, d, ok)
	}
	t.Setenv(cacheEnv, "")
	t.Setenv("XDG_CACHE_HOME", "/xdg")
	base, err := os.UserCacheDir()
	if err != nil {
		t.Skip("no user cache directory here:", err)
	}
	if d, ok := cacheDir(); !ok || d != filepath.Join(base, "resumecheck") {
		t.Errorf("default: got %q, %v; want %q", d, ok, filepath.Join(base, "resumecheck"))
	}
}

// Two goroutines (standing in for two processes started at once) find no cache and
// both build and write it; the file left behind must be whole.
func TestCacheConcurrentBuild(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, errs[i] = loadTagger(dir)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	key := testKey(t)
	if got, err := readCache(cachePath(dir, key), key); err != nil || !bytes.Equal(got, testTable(t)) {
		t.Fatalf("cache after concurrent builds: %v", err)
	}
	noTempFiles(t, dir)
}

// Writers racing each other never expose a partial file to a reader.
func TestCacheConcurrentWriteRead(t *testing.T) {
	dir := t.TempDir()
	key, table := testKey(t), testTable(t)
	path := cachePath(dir, key)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				if err := writeCache(path, key, table); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	reads := 0
	for {
		select {
		case <-done:
			if _, err := readCache(path, key); err != nil {
				t.Fatal(err)
			}
			t.Logf("%d reads during the writes", reads)
			noTempFiles(t, dir)
			return
		default:
		}
		if _, err := readCache(path, key); err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("read during writes: %v", err)
		}
		reads++
	}
}

func TestCacheUnwritable(t *testing.T) {
	base := t.TempDir()
	blocker := filepath.Join(base, "file")
	if err := os.WriteFile(blocker, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	dirs := []string{filepath.Join(blocker, "cache")} // below a regular file: fails even for root
	if os.Geteuid() != 0 {
		ro := filepath.Join(base, "readonly")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, ro)
	}
	for _, dir := range dirs {
		p, src, err := loadTagger(dir)
		if err != nil || p == nil || src != fromBuild {
			t.Fatalf("%s: source %v, err %v; want an in-memory build", dir, src, err)
		}
		if _, err := os.Stat(cachePath(dir, testKey(t))); err == nil {
			t.Errorf("%s: a cache file appeared", dir)
		}
		t.Setenv(cacheEnv, dir)
		if m := New(); m.p == nil {
			t.Errorf("%s: New fell back to prose instead of building the table", dir)
		}
	}
}

// withProseVersion makes the build info say what a release binary's says: prose at
// version v (after replace, if given). It is restored when tb ends.
func withProseVersion(tb testing.TB, v string, replace *debug.Module) {
	saved := readBuildInfo
	tb.Cleanup(func() { readBuildInfo = saved })
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Deps: []*debug.Module{
			{Path: "example.com/other", Version: "v1.0.0"},
			{Path: proseModule, Version: v, Sum: "h1:abc=", Replace: replace},
		}}, true
	}
}

func TestTableKeyFollowsProseVersion(t *testing.T) {
	withProseVersion(t, "v2.0.0", nil)
	k1, in, err := tableKey()
	if err != nil || in != nil {
		t.Fatalf("versioned key: %v, inputs read: %v", err, in != nil)
	}
	withProseVersion(t, "v2.0.1", nil)
	k2, _, _ := tableKey()
	withProseVersion(t, "v2.0.0", &debug.Module{Path: "example.com/prose-fork", Version: "v0.1.0", Sum: "h1:def="})
	k3, _, _ := tableKey()
	withProseVersion(t, "v2.0.0", &debug.Module{Path: "../prose"}) // a local directory: no version
	k4, in, err := tableKey()
	if err != nil || in == nil {
		t.Fatalf("unversioned key must hash the assets: %v", err)
	}
	keys := []string{k1, k2, k3, k4}
	t.Log(keys)
	for i := range keys {
		for j := range i {
			if keys[i] == keys[j] || cachePath("", keys[i]) == cachePath("", keys[j]) {
				t.Errorf("keys %d and %d collide: %q", j, i, keys[i])
			}
		}
	}
	if !strings.Contains(k1, "@v2.0.0") || !strings.Contains(k3, "prose-fork@v0.1.0") || !strings.Contains(k4, "sha256:") {
		t.Errorf("keys do not say what they cover: %q", keys)
	}
}

// TestCacheWritePrunesOldTables: writing a table removes other builds' tables and
// interrupted writes once they are older than staleAfter, and nothing else: not a
// recent table of another build (a binary run alternately with this one), not files
// whose names only look like ours, not directories.
func TestCacheWritePrunesOldTables(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * staleAfter)
	put := func(name string, age time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, age, age); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gone := []string{
		put("tagger-0123456789abcdef.bin", old),
		put("tagger-1234567.tmp", old),
	}
	kept := []string{
		put("tagger-fedcba9876543210.bin", time.Now()), // another build, written just now
		put("tagger-7654321.tmp", time.Now()),          // another process writing now
		put("tagger-0123456789ABCDEF.bin", old),        // not a name cachePath makes
		put("tagger-0123456789abcde.bin", old),
		put("tagger-notes.tmp", old),
		put("tagger-0123456789abcdef.bin.bak", old),
		put("other-0123456789abcdef.bin", old),
	}
	sub := filepath.Join(dir, "tagger-00112233445566aa.bin")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(sub, old, old)
	kept = append(kept, sub)

	key := testKey(t)
	path := cachePath(dir, key)
	if err := writeCache(path, key, testTable(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := readCache(path, key); err != nil {
		t.Fatalf("the table just written: %v", err)
	}
	for _, p := range gone {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s still there after a new table was written (err %v)", filepath.Base(p), err)
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(p), err)
		}
	}
	// Our own file, rewritten long after it was first made, is never pruned.
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	pruneCache(dir, filepath.Base(path), time.Now())
	if _, err := readCache(path, key); err != nil {
		t.Fatalf("pruning removed or damaged the table it keeps: %v", err)
	}
	// An unreadable directory is not an error.
	pruneCache(filepath.Join(dir, "missing"), "", time.Now())
}
