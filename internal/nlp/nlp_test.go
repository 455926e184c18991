package nlp

import (
	"strings"
	"sync"
	"testing"
)

func TestTagOffsets(t *testing.T) {
	text := "Cut p99 latency from 450 ms to 38 ms, saving €300k — we shipped it in Q3."
	toks := Shared().Tag(text)
	if len(toks) < 10 {
		t.Fatalf("got %d tokens, want at least 10", len(toks))
	}
	runes := []rune(text)
	for _, tk := range toks {
		if tk.End <= tk.Start {
			t.Errorf("token %q has empty span %d..%d", tk.Text, tk.Start, tk.End)
			continue
		}
		if got := string(runes[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("span %d..%d is %q, token is %q", tk.Start, tk.End, got, tk.Text)
		}
		if tk.Tag == "" {
			t.Errorf("token %q has no tag", tk.Text)
		}
	}
}

func TestTagPOS(t *testing.T) {
	toks := Shared().Tag("The service was migrated to Kubernetes by the team.")
	tags := map[string]string{}
	for _, tk := range toks {
		tags[tk.Text] = tk.Tag
	}
	if tags["was"] != "VBD" {
		t.Errorf("was: got %q, want VBD", tags["was"])
	}
	if tags["migrated"] != "VBN" {
		t.Errorf("migrated: got %q, want VBN", tags["migrated"])
	}
	if !strings.HasPrefix(tags["service"], "NN") {
		t.Errorf("service: got %q, want a noun", tags["service"])
	}
}

func TestTagEmpty(t *testing.T) {
	if got := Shared().Tag("   "); got != nil {
		t.Fatalf("got %v for blank input", got)
	}
}

// The fallback (full prose model) must tag the same as the tagger-only model.
func TestTaggerOnlyMatchesFull(t *testing.T) {
	text := "Led a team of 8 engineers and mentored two interns while the API was rewritten."
	a := Shared().Tag(text)
	full := &Model{m: fullModel()}
	b := full.Tag(text)
	if len(a) != len(b) {
		t.Fatalf("token counts differ: %d vs %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("token %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}

func TestConcurrentTag(t *testing.T) {
	m := Shared()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if len(m.Tag("Built a data pipeline in Go handling 2M events a day.")) == 0 {
					t.Error("no tokens")
					return
				}
			}
		}()
	}
	wg.Wait()
}
