package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/corpustest"
	"io"
	"os"
	"path/filepath"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// readAll reads a stream reader to its end, a panic counting as an error (as admit's
// callers see it).
func readAll(open func() io.ReadCloser) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	rc := open()
	defer rc.Close()
	return io.ReadAll(rc)
}

// sameAsLibrary checks that walker.open reads every content and ToUnicode stream of
// the file in data as the library's own reader does (bytes and error), and returns
// how many it inflated itself.
func sameAsLibrary(t *testing.T, name string, data []byte) (fast int) {
	t.Helper()
	r, file, err := openReaderData(name, data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	pages, err := collectPages(r, 0)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	w := newWalker(context.Background())
	defer w.release()
	if plainFile(r) {
		w.file = file
	}
	var streams []lpdf.Value
	for _, p := range pages {
		c := p.V.Key("Contents")
		if c.Kind() == lpdf.Array {
			for i := 0; i < c.Len(); i++ {
				streams = append(streams, c.Index(i))
			}
		} else {
			streams = append(streams, c)
		}
		fonts := inherited(p, "Resources").Key("Font")
		for _, k := range fonts.Keys() {
			streams = append(streams, fonts.Key(k).Key("ToUnicode"))
		}
	}
	for i, s := range streams {
		if _, ok := w.flateBody(s); ok {
			fast++
		}
		got, gerr := readAll(func() io.ReadCloser { return w.open(s) })
		want, werr := readAll(s.Reader)
		if !bytes.Equal(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("%s: stream %d: read %d bytes (%v), the library %d bytes (%v)", name, i, len(got), gerr, len(want), werr)
		}
	}
	return fast
}

// TestOpenReadsAsLibrary: the walker's own inflating reads the corpus's and the
// fixtures' streams as the library does, and damaged streams (cut short, a bad zlib
// header, a wrong checksum, a Length past the end) fail the same way.
func TestOpenReadsAsLibrary(t *testing.T) {
	files := fixtureAndCorpusPDFs()
	fast := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := openReaderData(f, data); err != nil {
			continue // encrypted or unreadable fixtures
		}
		fast += sameAsLibrary(t, filepath.Base(f), data)
	}
	t.Logf("%d streams inflated by the walker's reader", fast)
	// The fixtures alone hold fewer flate streams than the corpus does.
	floor := 50
	if _, ok := corpustest.Path(); !ok {
		floor = 10
	}
	if fast < floor {
		t.Errorf("only %d streams inflated by the walker's reader", fast)
	}

	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte("BT /F1 10 Tf 72 700 Td (Led a team of five) Tj ET"))
	zw.Close()
	good := z.Bytes()
	badSum := append([]byte(nil), good...)
	badSum[len(badSum)-1] ^= 0xff
	for name, c := range map[string]struct {
		body   []byte
		length string
	}{
		"good":        {good, ""},
		"cut short":   {good[:len(good)/2], ""},
		"bad header":  {append([]byte{0x00, 0x00}, good[2:]...), ""},
		"bad sum":     {badSum, ""},
		"long Length": {good, fmt.Sprint(len(good) + 10000)},
		"zero Length": {good, "0"},
	} {
		length := c.length
		if length == "" {
			length = fmt.Sprint(len(c.body))
		}
		data := buildPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
			"<< /Filter /FlateDecode /Length "+length+" >>\nstream\n"+string(c.body)+"\nendstream",
		)
		if n := sameAsLibrary(t, name, data); n != 1 && length != "0" {
			t.Errorf("%s: the walker's reader did not read the stream", name)
		}
	}
}
