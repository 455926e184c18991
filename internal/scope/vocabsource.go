package scope

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/resumecheck/resumecheck/internal/gosource"
	"github.com/resumecheck/resumecheck/internal/yamlx"
	rulepack "github.com/resumecheck/resumecheck/rules"
)

// VocabSource returns the Go source of vocab_gen.go: the built-in vocabulary
// (rules/scope/scope.yaml) compiled by ParseVocab, as Go data that Builtin uses in
// place while the file is the one it was made from (its fingerprint). For cmd vocabgen
// (go generate ./internal/yamlx); the source is not formatted.
func VocabSource() ([]byte, error) {
	data, err := yamlx.ReadFile(rulepack.Scope, "scope/scope.yaml")
	if err != nil {
		return nil, err
	}
	v, err := ParseVocab("rules/scope/scope.yaml", data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	gosource.Header(&b, "./internal/yamlx", "internal/scope/vocabgen", "scope", "github.com/resumecheck/resumecheck/internal/yamlx")
	b.WriteString("// generatedVocabSum is the fingerprint of the rules/scope/scope.yaml generatedVocab was compiled from.\n")
	fmt.Fprintf(&b, "var generatedVocabSum = %#v\n\n", yamlx.FingerprintOf(data))
	b.WriteString("// generatedVocab is ParseVocab of that file.\n")
	b.WriteString("var generatedVocab = &Vocab{\n\tpatterns: []*pattern{\n")
	for _, p := range v.patterns {
		writePattern(&b, p)
	}
	b.WriteString("\t},\n")
	if v.stop != nil {
		fmt.Fprintf(&b, "\tstop: %s,\n", gosource.Strings("wordSet", v.stop))
	}
	b.WriteString("\tfirst: firstIndex{\n")
	if v.first.words != nil {
		fmt.Fprintf(&b, "\t\twords: %s,\n", gosource.Strings("wordSet", v.first.words))
	}
	if v.first.from != nil {
		fmt.Fprintf(&b, "\t\tfrom: %s,\n", gosource.Ints("[]int32", v.first.from))
	}
	if v.first.refs != nil {
		b.WriteString("\t\trefs: []seqRef{")
		for i, r := range v.first.refs {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "{%d, %d}", r.pat, r.seq)
		}
		b.WriteString("},\n")
	}
	b.WriteString("\t},\n}\n")
	return b.Bytes(), nil
}

func writePattern(b *bytes.Buffer, p *pattern) {
	fmt.Fprintf(b, "\t\t// %s\n\t\t{", p.src)
	if p.seqs != nil {
		b.WriteString("seqs: [][]element{")
		for _, seq := range p.seqs {
			b.WriteString("{")
			for _, e := range seq {
				writeElement(b, &e)
				b.WriteString(", ")
			}
			b.WriteString("}, ")
		}
		b.WriteString("}, ")
	}
	if p.set != nil {
		b.WriteString("set: []dimExpr{")
		for _, d := range p.set {
			fmt.Fprintf(b, "{%s, %s}, ", strconv.Quote(d.dim), strconv.Quote(d.expr))
		}
		b.WriteString("}, ")
	}
	if p.before != nil {
		fmt.Fprintf(b, "before: %s, ", gosource.Strings("wordSet", p.before))
	}
	if p.start {
		b.WriteString("start: true, ")
	}
	fmt.Fprintf(b, "src: %s", strconv.Quote(p.src))
	if p.others != nil {
		fmt.Fprintf(b, ", others: %s", gosource.Ints("[]int", p.others))
	}
	b.WriteString("},\n")
}

func writeElement(b *bytes.Buffer, e *element) {
	fmt.Fprintf(b, "{kind: %d", e.kind)
	if e.one != "" {
		fmt.Fprintf(b, ", one: %s", strconv.Quote(e.one))
	}
	if e.exact != nil {
		fmt.Fprintf(b, ", exact: %s", gosource.Strings("wordSet", e.exact))
	}
	if e.prefixes != nil {
		fmt.Fprintf(b, ", prefixes: %s", gosource.Strings("[]string", e.prefixes))
	}
	if e.optional {
		b.WriteString(", optional: true")
	}
	if e.max != 0 {
		fmt.Fprintf(b, ", max: %d", e.max)
	}
	b.WriteString("}")
}
