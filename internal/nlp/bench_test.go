package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// BenchmarkModelLoadCold is the first run on a machine (or any run with the cache
// off): build the tagger table from prose's assets. As in a release binary, prose's
// version is known, so no time goes into hashing the assets for the key.
func BenchmarkModelLoadCold(b *testing.B) {
	withProseVersion(b, "v2.0.0", nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, src, err := loadTagger(""); err != nil || src != fromBuild {
			b.Fatal(src, err)
		}
	}
}

// BenchmarkModelLoadWarm is every later run: read the table from the disk cache.
// The build info is made to name prose's version, as a release binary's does (a
// test binary records none, which would time the unversioned path below).
func BenchmarkModelLoadWarm(b *testing.B) {
	benchWarmLoad(b, "v2.0.0")
}

// BenchmarkModelLoadWarmUnversioned is a warm load in a build that does not record
// prose's version: the key then hashes prose's inflated assets.
func BenchmarkModelLoadWarmUnversioned(b *testing.B) {
	benchWarmLoad(b, "")
}

// benchWarmLoad fills a cache directory once, then times loads that read it.
func benchWarmLoad(b *testing.B, proseVersion string) {
	withProseVersion(b, proseVersion, nil)
	dir := b.TempDir()
	if _, _, err := loadTagger(dir); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, src, err := loadTagger(dir); err != nil || src != fromCache {
			b.Fatal(src, err)
		}
	}
}

// BenchmarkCacheRead is the part of a warm load spent reading and checking the file.
func BenchmarkCacheRead(b *testing.B) {
	dir := b.TempDir()
	key := testKey(b)
	if err := writeCache(cachePath(dir, key), key, testTable(b)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readCache(cachePath(dir, key), key); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkModelLoadProse is prose's own ModelFromData, the cost before our change.
func BenchmarkModelLoadProse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if prose.ModelFromData("en") == nil {
			b.Fatal("no model")
		}
	}
}

func BenchmarkTagProse(b *testing.B) {
	m := newProse()
	b.ReportAllocs()
	for b.Loop() {
		m.Tag("Reduced p99 latency of the checkout API from 450 ms to 38 ms by moving sessions to Redis.")
	}
}

func BenchmarkTag(b *testing.B) {
	m := Shared()
	b.ReportAllocs()
	for b.Loop() {
		m.Tag("Reduced p99 latency of the checkout API from 450 ms to 38 ms by moving sessions to Redis.")
	}
}

// BenchmarkTagBullets tags the labelled bullets (testdata/bullets/dev.tsv), varied
// text as the analyser meets it, with the cached tagger.
func BenchmarkTagBullets(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bullets", "dev.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	m := Shared()
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			m.Tag(l)
		}
	}
}

// BenchmarkTagRewrites tags a bullet and three rewrites of it, as scoring does for
// each rewrite candidate: the window cache finds the unchanged words' tags.
func BenchmarkTagRewrites(b *testing.B) {
	m := Shared()
	texts := []string{
		"Responsible for the migration of the billing service to Kubernetes with the platform team.",
		"Led the migration of the billing service to Kubernetes with the platform team.",
		"Led the migration of the billing service to Kubernetes with the platform team, cutting costs by [N]%.",
		"We led the migration of the billing service to Kubernetes with the platform team.",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			m.Tag(t)
		}
	}
}
