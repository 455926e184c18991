package rules

import (
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	rulepack "github.com/resumecheck/resumecheck/rules"
)

// kindRE is the expression kindLine replaced.
var kindRE = regexp.MustCompile(`(?m)^kind:[ \t]*("[a-z_]+"|'[a-z_]+'|[a-z_]+)[ \t]*(?:#.*)?\r?$`)

func kindByRE(data []byte) (string, bool) {
	m := kindRE.FindSubmatch(data)
	if m == nil {
		return "", false
	}
	return strings.Trim(string(m[1]), `"'`), true
}

// TestKindLineMatchesRegexp: kindLine finds what the expression found, on every
// built-in rule file, on lines made to sit at its edges, and on random mixes of them.
func TestKindLineMatchesRegexp(t *testing.T) {
	var texts []string
	err := fs.WalkDir(rulepack.Pack, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		data, err := fs.ReadFile(rulepack.Pack, path)
		texts = append(texts, string(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) == 0 {
		t.Fatal("no rule file")
	}
	lines := []string{
		"kind: presence", "kind:presence", "kind:\tpresence", "kind: \"presence\"", "kind: 'presence'",
		"kind: \"presence'", "kind: 'presence\"", "kind: \"\"", "kind: ''", "kind: ", "kind:", "kind",
		"kind: presence # a comment", "kind: presence#c", "kind: presence\r", "kind: presence \r", "kind: presence\r ",
		"kind: presence x", "kind: Presence", "kind: pre-sence", "kind: pre_sence", " kind: presence", "Kind: presence",
		"kind: \"pre sence\"", "kind: \"presence\" # c", "kind: \"presence\"x", "kind: presence\t\t", "kind: presence \t#",
		"kind: é", "kind: presence\u00a0", "id: x", "# kind: presence", "", "\r", "kind: \"presence", "kind: 'a'\r",
	}
	for _, l := range lines {
		texts = append(texts, l, l+"\n", "id: x\n"+l+"\nkind: other\n")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for j := 0; j < 1+r.IntN(4); j++ {
			b.WriteString(lines[r.IntN(len(lines))])
			b.WriteString("\n")
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		gotK, gotOK := kindLine([]byte(text))
		wantK, wantOK := kindByRE([]byte(text))
		if gotK != wantK || gotOK != wantOK {
			t.Fatalf("%q: kindLine %q %v, expression %q %v", text, gotK, gotOK, wantK, wantOK)
		}
	}
}
