package pdf

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
)

// parseCMapLibrary is how parseCMap read a ToUnicode CMap before it used the content
// tokenizer: through the library's Interpret, the stream decoded again, the font
// dictionary as the prologue's dictionary. It stays here as the reference.
func parseCMapLibrary(strm, scratch lpdf.Value) (m *cmap) {
	m = &cmap{chars: make(map[int]string)}
	defer func() {
		if r := recover(); r != nil {
			_ = r // keep the mappings read so far
		}
	}()
	count := 0
	mappings := 0
	stop := func(err error) {
		m.err = err
		panic(err)
	}
	// add counts one mapping and checks its destination.
	add := func(dstLen int) {
		if mappings++; mappings > maxCMapMappings {
			stop(limit.Exceeded("has more than %d mappings in one ToUnicode CMap, which no résumé needs", maxCMapMappings))
		}
		if dstLen > maxCMapDestination {
			stop(limit.Exceeded("has a ToUnicode CMap that maps one code to more than %d bytes of text, which no résumé needs", maxCMapDestination))
		}
	}
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(scratch)
		case "defineresource":
			stk.Pop()
			v := stk.Pop()
			stk.Pop()
			stk.Push(v)
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			count = int(stk.Pop().Int64())
		case "endcodespacerange":
			for i := 0; i < count && stk.Len() >= 2; i++ {
				hi, lo := stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					m.space[len(lo)-1] = append(m.space[len(lo)-1], [2]string{lo, hi})
				}
			}
			count = 0
		case "endbfchar":
			for i := 0; i < count && stk.Len() >= 2; i++ {
				dst, src := stk.Pop().RawString(), stk.Pop().RawString()
				add(len(dst))
				if len(src) >= 1 && len(src) <= 4 {
					m.chars[codeOf(src)<<3|len(src)] = utf16BE(dst)
				}
			}
			count = 0
		case "endbfrange":
			for i := 0; i < count && stk.Len() >= 3; i++ {
				dst, hi, lo := stk.Pop(), stk.Pop().RawString(), stk.Pop().RawString()
				if len(lo) < 1 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{lo: codeOf(lo), hi: codeOf(hi), n: len(lo)}
				if dst.Kind() == lpdf.Array {
					for j := 0; j < dst.Len(); j++ {
						d := dst.Index(j).RawString()
						add(len(d))
						r.arr = append(r.arr, utf16BE(d))
					}
				} else {
					r.dst = dst.RawString()
					add(len(r.dst))
				}
				m.ranges = append(m.ranges, r)
			}
			count = 0
		}
	})
	return m
}

// TestCMapAsTheLibraryReadIt: every ToUnicode CMap of the fonts on the pages of our
// fixtures and of the corpus PDFs (when ../shared is present) reads the same through
// the content tokenizer as through the library's Interpret.
func TestCMapAsTheLibraryReadIt(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.pdf"))
	more, _ := filepath.Glob("../../../testdata/resumes/*.pdf")
	files = append(files, more...)
	if dir, ok := corpustest.Path(); ok {
		m, _ := filepath.Glob(filepath.Join(dir, "files", "*.pdf"))
		files = append(files, m...)
	}
	sort.Strings(files)
	cmaps := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := openReader(name, data)
		if err != nil {
			continue // encrypted fixtures and the like: not what this test reads
		}
		pages, err := collectPages(r, 0)
		if err != nil {
			continue
		}
		seen := map[string]bool{}
		for _, p := range pages {
			fonts := inherited(p, "Resources").Key("Font")
			for _, k := range fonts.Keys() {
				fv := fonts.Key(k)
				tu := fv.Key("ToUnicode")
				if tu.Kind() != lpdf.Stream || seen[fv.String()] {
					continue
				}
				seen[fv.String()] = true
				rc := tu.Reader()
				raw, err := io.ReadAll(rc)
				rc.Close()
				if err != nil {
					continue
				}
				got, want := parseCMap(raw), parseCMapLibrary(tu, fv)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: font %s: the tokenizer reads %d chars, %d ranges; the library %d chars, %d ranges", filepath.Base(name), k, len(got.chars), len(got.ranges), len(want.chars), len(want.ranges))
				}
				cmaps++
			}
		}
	}
	if cmaps < 5 {
		t.Fatalf("only %d CMaps read: the test reads too little", cmaps)
	}
	t.Logf("%d CMaps compared", cmaps)
}
