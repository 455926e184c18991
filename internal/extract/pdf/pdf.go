// Package pdf reads a PDF résumé into styled lines in reading order: lines rebuilt
// from glyph positions, two-column pages read column by column, repeated page headers
// and footers dropped, unreadable text layers detected (with pdftotext as a fallback).
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Options tune Extract.
type Options struct {
	// Engine is "auto" (the default when empty: builtin, falling back to pdftotext for
	// an unreadable text layer), "builtin" (never runs another program) or "pdftotext".
	Engine string
	// MaxPages refuses documents with more pages; 0 means no limit.
	MaxPages int
}

// Result is what Extract read from one PDF.
type Result struct {
	Lines    []layout.Line // in reading order
	Pages    int
	Producer string // from the Info dictionary (Producer, else Creator), if any
	Engine   string // "builtin" or "pdftotext"
	Warnings []string
	// Saved is the Info dictionary's ModDate (else CreationDate), if readable.
	Saved *resume.Date
}

var (
	// ErrEncrypted is returned (wrapped, naming the file) for PDFs that need a password.
	ErrEncrypted = errors.New("the PDF is encrypted")
	// ErrNoText is returned (wrapped, naming the file) when the text layer is missing or
	// unreadable and no fallback engine could read it.
	ErrNoText = errors.New("no readable text layer")
)

// NoTextError is ErrNoText with the reason the text layer was judged unreadable
// ("the pages look like images: a scan?", "almost no text in the text layer", ...).
type NoTextError struct {
	File, Reason string
}

func (e *NoTextError) Error() string {
	return fmt.Sprintf("%s: %v (%s); export the PDF again from the original document, or pass a DOCX", e.File, ErrNoText, e.Reason)
}

func (e *NoTextError) Unwrap() error { return ErrNoText }

// Engine names.
const (
	EngineAuto      = "auto"
	EngineBuiltin   = "builtin"
	EnginePdftotext = "pdftotext"
)

// Extract reads the PDF in data; name is used in errors and warnings only.
func Extract(ctx context.Context, name string, data []byte, opts Options) (res *Result, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	defer func() {
		if r := recover(); r != nil {
			res = nil
			err = fmt.Errorf("%s: the PDF could not be read (%s); re-export it from the original document or pass a DOCX", name, oneLine(fmt.Sprint(r)))
		}
	}()
	engine := opts.Engine
	if engine == "" {
		engine = EngineAuto
	}
	switch engine {
	case EnginePdftotext:
		return extractPdftotext(ctx, name, data, opts, nil, false)
	case EngineAuto, EngineBuiltin:
	default:
		return nil, fmt.Errorf("%s: unknown PDF engine %q; use auto, builtin or pdftotext", name, engine)
	}

	res, err = extractBuiltin(ctx, name, data, opts)
	if err != nil {
		if engine == EngineAuto && errors.Is(err, errOpen) && pdftotextAvailable() {
			alt, aerr := extractPdftotext(ctx, name, data, opts, []string{"the built-in reader could not open the file; used pdftotext"}, true)
			if aerr == nil {
				if _, bad := unreadable(alt); !bad {
					return alt, nil
				}
			}
		}
		return nil, err
	}
	if why, bad := unreadable(res); bad {
		if engine == EngineAuto && pdftotextAvailable() {
			alt, aerr := extractPdftotext(ctx, name, data, opts, []string{"text layer unreadable (" + why + "); used pdftotext"}, false)
			if aerr == nil {
				if _, stillBad := unreadable(alt); !stillBad {
					return alt, nil
				}
			}
		}
		return nil, &NoTextError{File: name, Reason: why}
	}
	cleanReplacement(res)
	return res, nil
}

// oneLine makes a library message fit in a one-line error: malformed input tends to
// end up quoted in it, newlines and all.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}

// errOpen marks failures to open the file at all (as opposed to encrypted files or
// limits), for which pdftotext may still succeed.
var errOpen = errors.New("cannot open PDF")

func openReader(name string, data []byte) (*lpdf.Reader, error) {
	r, _, err := openReaderData(name, data)
	return r, err
}

// openReaderData is openReader that also returns the bytes the library reads (the
// file, rewritten by unpack).
func openReaderData(name string, data []byte) (*lpdf.Reader, []byte, error) {
	i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if i < 0 {
		return nil, nil, fmt.Errorf("%s: not a PDF file (no %%PDF header); check the file type", name)
	}
	data = data[i:]
	// The library accepts only PDF 1.0–1.7 headers and looks for %%EOF in the last
	// 100 bytes; PDF 2.0 files and files with trailing junk are otherwise readable.
	if bytes.HasPrefix(data, []byte("%PDF-2.")) || bytes.HasPrefix(data, []byte("%PDF-1.")) && len(data) > 8 && (data[8] != '\n' && data[8] != '\r') {
		data = append([]byte(nil), data...)
		if bytes.HasPrefix(data, []byte("%PDF-2.")) {
			copy(data[5:8], "1.7")
		}
		if len(data) > 8 && data[8] != '\n' && data[8] != '\r' {
			data[8] = '\n'
		}
	}
	if j := bytes.LastIndex(data, []byte("%%EOF")); j >= 0 && len(data)-(j+5) > 64 {
		data = data[:j+5]
	}
	if err := checkStructure(data); err != nil {
		return nil, nil, fmt.Errorf("%s: %w (%s); the file is damaged: re-export it or pass a DOCX", name, errOpen, err)
	}
	orig := data
	data = unpack(data)
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && len(data) != len(orig) {
		// our appended section should never be what the library refuses; read the file as it is
		data = orig
		r, err = lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	}
	if err != nil {
		if bytes.Contains(data, []byte("/Encrypt")) {
			return nil, nil, fmt.Errorf("%s: %w; remove the password (print or export to a new PDF) or pass a DOCX", name, ErrEncrypted)
		}
		return nil, nil, fmt.Errorf("%s: %w (%s); the file may be truncated or damaged: re-export it or pass a DOCX", name, errOpen, oneLine(err.Error()))
	}
	return r, data, nil
}

func extractBuiltin(ctx context.Context, name string, data []byte, opts Options) (*Result, error) {
	r, file, err := openReaderData(name, data)
	if err != nil {
		return nil, err
	}
	pages, err := collectPages(r, opts.MaxPages)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	n := len(pages)
	if n == 0 {
		return nil, fmt.Errorf("%s: %w (no pages found); the file may be damaged: re-export it", name, errOpen)
	}
	if opts.MaxPages > 0 && n > opts.MaxPages {
		return nil, fmt.Errorf("%s: more pages than the limit of %d; raise the page limit or pass a shorter document", name, opts.MaxPages)
	}
	res := &Result{Pages: n, Engine: EngineBuiltin, Producer: producer(r), Saved: savedDate(r)}
	w := newWalker(ctx)
	defer w.release()
	if plainFile(r) {
		w.file = file
	}
	var all []pline
	var boxes []pageBox
	for i, p := range pages {
		i++
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("%s: stopped reading: %w", name, err)
		}
		gs, err := w.page(p)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%s: stopped reading: %w", name, ctx.Err())
			}
			var le *limit.Error
			if errors.As(err, &le) {
				return nil, fmt.Errorf("%s: %w", name, le)
			}
			if errors.Is(err, errTooComplex) || errors.Is(err, errTooLarge) {
				return nil, fmt.Errorf("%s: %v; export the PDF again from the original document or pass a DOCX", name, err)
			}
			res.Warnings = append(res.Warnings, fmt.Sprintf("page %d: content only partly readable (%s)", i, oneLine(err.Error())))
		}
		boxes = append(boxes, mediaBox(p))
		all = append(all, w.pageLines(gs, i)...)
	}
	res.Lines = finish(all, boxes, autoHyphenates(r))
	return res, nil
}

// collectPages walks the page tree itself rather than through Reader.Page, which
// loops forever on a tree whose Kids point back up; depth and node count are capped
// (2,000 nodes is far beyond any résumé),
// and the walk stops once more than maxPages pages (if maxPages > 0) were found; more
// than maxPageTreeEntries kids in all is refused.
func collectPages(r *lpdf.Reader, maxPages int) ([]lpdf.Page, error) {
	var out []lpdf.Page
	onPath := map[string]bool{} // Pages nodes between the root and the current node
	visits, entries := 0, 0
	var err error
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		visits++
		if err != nil || depth > 16 || visits > 2000 || maxPages > 0 && len(out) > maxPages {
			return
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Pages" || v.Key("Type").Name() != "Page" && kids.Kind() == lpdf.Array {
			// The library parses a node's Kids again at every visit (and printing the
			// node below prints them): a node of a million kids reached from many
			// places would be read for minutes.
			if entries += kids.Len(); entries > maxPageTreeEntries {
				err = limit.Exceeded("has a page tree of more than %d entries, which no résumé needs", maxPageTreeEntries)
				return
			}
			// A node that is its own ancestor (Kids pointing back up) is skipped; its
			// printed form names its kids and parent, so it identifies the node. A page
			// listed twice is counted twice, as viewers show it twice.
			key := v.String()
			if onPath[key] {
				return
			}
			onPath[key] = true
			// Index reads the kid's object: stop before it once the walk is over.
			for i := 0; i < kids.Len() && err == nil && visits < 2000 && (maxPages <= 0 || len(out) <= maxPages); i++ {
				walk(kids.Index(i), depth+1)
			}
			delete(onPath, key)
			return
		}
		if v.Kind() == lpdf.Dict {
			out = append(out, lpdf.Page{V: v})
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out, err
}

// inherited looks a page attribute up through its Parent chain, bounded: the
// library's own lookup follows a cyclic chain forever.
func inherited(p lpdf.Page, key string) lpdf.Value {
	v := p.V
	for depth := 0; depth < 32 && !v.IsNull(); depth++ {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

func producer(r *lpdf.Reader) (s string) {
	defer func() {
		if recover() != nil {
			s = "" // a damaged Info dictionary costs only the producer name
		}
	}()
	info := r.Trailer().Key("Info")
	for _, k := range []string{"Producer", "Creator"} {
		if s := strings.TrimSpace(info.Key(k).Text()); s != "" {
			return s
		}
	}
	return ""
}

// savedDate reads the Info dictionary's ModDate, else its CreationDate.
func savedDate(r *lpdf.Reader) (d *resume.Date) {
	defer func() {
		if recover() != nil {
			d = nil // a damaged Info dictionary costs only the date
		}
	}()
	info := r.Trailer().Key("Info")
	for _, k := range []string{"ModDate", "CreationDate"} {
		if d, ok := resume.DocumentDate(info.Key(k).Text()); ok {
			return d
		}
	}
	return nil
}

// autoHyphenates tells whether the producer hyphenates words by itself (TeX engines,
// Typst). Word processors and browsers do not by default, so a hyphen at a line end in
// their output is almost always part of the word ("on-" + "call").
func autoHyphenates(r *lpdf.Reader) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	info := r.Trailer().Key("Info")
	s := strings.ToLower(info.Key("Producer").Text() + " " + info.Key("Creator").Text())
	for _, k := range []string{"tex", "xdvipdfmx", "dvipdf", "typst", "context"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// pageBox is the vertical extent of a page, for header and footer zones.
type pageBox struct{ bottom, top float64 }

func mediaBox(p lpdf.Page) (box pageBox) {
	defer func() {
		if recover() != nil {
			box = pageBox{0, 792}
		}
	}()
	b := inherited(p, "MediaBox")
	if b.Len() != 4 {
		return pageBox{0, 792}
	}
	y0, y1 := b.Index(1).Float64(), b.Index(3).Float64()
	if y1 < y0 {
		y0, y1 = y1, y0
	}
	if y1-y0 < 1 {
		return pageBox{0, 792}
	}
	return pageBox{y0, y1}
}
