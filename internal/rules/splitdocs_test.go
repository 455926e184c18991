package rules

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	rulefiles "github.com/resumecheck/resumecheck/rules"
)

// splitDocsByLines is splitDocs as it was written first, line strings joined per
// document: the reference the byte-slicing one must agree with.
func splitDocsByLines(data []byte) []yamlDoc {
	lines := strings.SplitAfter(string(data), "\n")
	var out []yamlDoc
	start := 0
	flush := func(end int) {
		blank := true
		for _, l := range lines[start:end] {
			t := strings.TrimSpace(l)
			if t != "" && !strings.HasPrefix(t, "#") {
				blank = false
				break
			}
		}
		if !blank {
			out = append(out, yamlDoc{data: []byte(strings.Join(lines[start:end], "")), offset: start})
		}
	}
	for i, l := range lines {
		if strings.TrimRight(l, " \t\r\n") == "---" {
			flush(i)
			start = i + 1
		}
	}
	flush(len(lines))
	return out
}

func TestSplitDocsAgreesWithLineSplitting(t *testing.T) {
	inputs := []string{"", "\n", "---", "---\n", "a: 1", "a: 1\n---\nb: 2\n", "# only\n---\n\n  \n---\nc: 3",
		"x: 1\r\n--- \r\ny: 2\r\n", "---\n---\n", "a: 1\n  ---\nb: 2", "a\n# c\n---\t\n# d\n\n", "\u00a0\n---\nz: 1\n"}
	err := fs.WalkDir(rulefiles.Pack, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			b, _ := fs.ReadFile(rulefiles.Pack, path)
			inputs = append(inputs, string(b))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		got, want := splitDocs([]byte(in)), splitDocsByLines([]byte(in))
		if len(got) != len(want) {
			t.Errorf("%.40q: %d documents, want %d", in, len(got), len(want))
			continue
		}
		for i := range got {
			if !bytes.Equal(got[i].data, want[i].data) || got[i].offset != want[i].offset {
				t.Errorf("%.40q: document %d = (%q, %d), want (%q, %d)", in, i, got[i].data, got[i].offset, want[i].data, want[i].offset)
			}
		}
	}
}
