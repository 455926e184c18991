package lexicon

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/resumecheck/resumecheck/internal/gosource"
	"github.com/resumecheck/resumecheck/internal/yamlx"
	"github.com/resumecheck/resumecheck/rules"
)

// builtinIndex is the term index of a built-in lexicon file as Go data
// (index_table_gen.go, written by go generate ./internal/yamlx): a fresh worker's
// lexicons then find their terms without building an index each (a fifth of a
// megabyte of fresh heap, every page of it a page fault, before its first file).
// sum is the fingerprint of the file it was made from: a file edited since (the
// snapshot does not know it either) gets its index built at its first search.
type builtinIndex struct {
	sum yamlx.Fingerprint
	ix  *termIndex
}

// useBuiltinIndex gives l the index made at build time from the file of that
// fingerprint, if there is one.
func (l *Lexicon) useBuiltinIndex(sum yamlx.Fingerprint) {
	for i := range builtinIndexes {
		if builtinIndexes[i].sum == sum {
			atomic.StorePointer(&l.ix, unsafe.Pointer(builtinIndexes[i].ix))
			return
		}
	}
}

// IndexTableSource returns the Go source of index_table_gen.go: the term index of
// every built-in lexicon file, by the file's fingerprint, as newTermIndex builds it.
// For cmd ixgen (go generate ./internal/yamlx); the source is not formatted.
func IndexTableSource() ([]byte, error) {
	files, err := builtinFiles()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	gosource.Header(&b, "./internal/yamlx", "internal/lexicon/ixgen", "lexicon", "github.com/resumecheck/resumecheck/internal/yamlx")
	b.WriteString("// builtinIndexes are the term indexes of the built-in lexicon files that have terms, in file order.\n")
	b.WriteString("var builtinIndexes = []builtinIndex{\n")
	for _, f := range files {
		name, data := f.name, f.data
		var l Lexicon
		if err := yamlx.Decode(name, data, &l); err != nil {
			return nil, err
		}
		if len(l.Terms) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\t// %s\n\t{sum: %#v, ix: ", name, yamlx.FingerprintOf(data))
		writeIndex(&b, newTermIndex(l.Terms))
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

func writeIndex(b *bytes.Buffer, ix *termIndex) {
	b.WriteString("&termIndex{\n\t\tterms: []term{")
	for i, t := range ix.terms {
		if i%4 == 0 {
			b.WriteString("\n\t\t\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "{%s, %t, %t, %t},", strconv.Quote(t.text), t.prefix, t.wordStart, t.wordEnd)
	}
	b.WriteString("\n\t\t},\n")
	if ix.byStart1 != nil {
		b.WriteString("\t\tbyStart1: &[256][]int{")
		for c, at := range ix.byStart1 {
			if len(at) > 0 {
				fmt.Fprintf(b, "%d: %s, ", c, gosource.Ints("", at))
			}
		}
		b.WriteString("},\n")
	}
	if ix.keys2 != nil {
		fmt.Fprintf(b, "\t\tkeys2: %s,\n", gosource.Ints("[]uint16", ix.keys2))
	}
	if ix.from2 != nil {
		fmt.Fprintf(b, "\t\tfrom2: %s,\n", gosource.Ints("[]int32", ix.from2))
	}
	if ix.at2 != nil {
		fmt.Fprintf(b, "\t\tat2: %s,\n", gosource.Ints("[]int", ix.at2))
	}
	if ix.has2 != nil {
		b.WriteString("\t\thas2: &[64]uint64{")
		for i, w := range ix.has2 {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "%#x", w)
		}
		b.WriteString("},\n")
	}
	if ix.anywhere != nil {
		fmt.Fprintf(b, "\t\tanywhere: %s,\n", gosource.Ints("[]int", ix.anywhere))
	}
	b.WriteString("\t}")
}

// builtinFile is one built-in lexicon file, for the generators.
type builtinFile struct {
	name string // its name in rules/lexicons
	data []byte
}

// builtinFiles are the built-in lexicon files, in name order.
func builtinFiles() ([]builtinFile, error) {
	entries, err := fs.ReadDir(rules.Lexicons, "lexicons")
	if err != nil {
		return nil, err
	}
	var out []builtinFile
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		data, err := yamlx.ReadFile(rules.Lexicons, path.Join("lexicons", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, builtinFile{e.Name(), data})
	}
	return out, nil
}
