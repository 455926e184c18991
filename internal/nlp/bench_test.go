package nlp

import (
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// BenchmarkModelLoad is what a fresh process pays before its first tag.
func BenchmarkModelLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if New() == nil {
			b.Fatal("no model")
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
