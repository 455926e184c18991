// Package docx reads the text of a Word (.docx, Office Open XML) résumé into styled
// lines, using only archive/zip and streaming encoding/xml, with hard caps on what the
// archive may make it inflate.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Limits caps what one archive may cost. A zero field takes its default.
type Limits struct {
	// MaxEntries is the most entries the archive may list (default 5,000; a real
	// résumé has 10–100).
	MaxEntries int
	// MaxPartSize is the most bytes one part we read may inflate to (default 20 MiB).
	MaxPartSize int64
	// MaxTotal is the most bytes all entries together may declare, and the most we
	// inflate in total (default 100 MiB).
	MaxTotal int64
}

// Default limits.
const (
	DefaultMaxEntries  = 5000
	DefaultMaxPartSize = 20 << 20
	DefaultMaxTotal    = 100 << 20
)

func (l Limits) withDefaults() Limits {
	if l.MaxEntries <= 0 {
		l.MaxEntries = DefaultMaxEntries
	}
	if l.MaxPartSize <= 0 {
		l.MaxPartSize = DefaultMaxPartSize
	}
	if l.MaxTotal <= 0 {
		l.MaxTotal = DefaultMaxTotal
	}
	return l
}

// Result is what a DOCX yields: its lines in reading order (page-header lines first,
// then the body, then footer lines), the page count Word last saved (often stale), and
// the application that wrote it.
type Result struct {
	Lines    []layout.Line
	Pages    int
	Producer string
	// Saved is docProps/core.xml's dcterms:modified (else dcterms:created), if readable.
	Saved *resume.Date
}

// Errors a caller can tell apart with errors.Is.
var (
	// ErrNotZip: the data is not a readable ZIP archive (truncated or not a DOCX).
	ErrNotZip = errors.New("not a readable ZIP archive")
	// ErrNotWord: a ZIP archive with no Word document inside.
	ErrNotWord = errors.New("ZIP archive without a Word document (no word/document.xml)")
	// ErrTooLarge: the archive would inflate past a limit (a zip bomb, or absurdly big).
	ErrTooLarge = errors.New("archive inflates past the size limits (zip bomb?)")
	// ErrCorrupt: a part could not be inflated or parsed.
	ErrCorrupt = errors.New("damaged document")
	// ErrInternal: the reader panicked; the file is reported, not the process killed.
	ErrInternal = errors.New("internal error reading DOCX")
)

// Extract reads the DOCX in data. name is used in error messages only. A panic inside
// the reader is turned into an error naming the file.
func Extract(name string, data []byte, lim Limits) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: %w: %v", name, ErrInternal, r)
		}
	}()
	pk, err := openPackage(data, lim.withDefaults())
	if err != nil {
		return nil, err
	}
	return pk.extract()
}

// pkg is an opened archive with its part index and read budget.
type pkg struct {
	files  map[string]*zip.File // by lower-cased part name
	lim    Limits
	budget int64 // bytes we may still inflate
}

func openPackage(data []byte, lim Limits) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNotZip, err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, fmt.Errorf("%w: %d entries, limit %d", ErrTooLarge, len(zr.File), lim.MaxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), lim: lim, budget: lim.MaxTotal}
	var declared uint64
	for _, f := range zr.File {
		declared += f.UncompressedSize64
		if declared > uint64(lim.MaxTotal) {
			return nil, fmt.Errorf("%w: entries declare more than %d bytes", ErrTooLarge, lim.MaxTotal)
		}
		key := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		if _, dup := p.files[key]; !dup {
			p.files[key] = f
		}
	}
	return p, nil
}

// has reports whether the part exists.
func (p *pkg) has(name string) bool {
	_, ok := p.files[strings.ToLower(name)]
	return ok
}

// read inflates one part through a limited reader. A missing part gives nil, nil.
func (p *pkg) read(name string) ([]byte, error) {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return nil, nil
	}
	limit := min(p.lim.MaxPartSize, p.budget)
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%w: %s declares %d bytes", ErrTooLarge, f.Name, f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, f.Name, err)
	}
	defer rc.Close()
	// Size the buffer from the header only up to a small bound: the header may lie.
	buf := bytes.NewBuffer(make([]byte, 0, min(f.UncompressedSize64, 1<<20)))
	n, err := io.Copy(buf, io.LimitReader(rc, limit+1))
	p.budget -= n
	if n > limit {
		return nil, fmt.Errorf("%w: %s inflates past %d bytes", ErrTooLarge, f.Name, limit)
	}
	if err != nil {
		// archive/zip stops a part that inflates past the size its header declares
		// with ErrFormat: a header that lies about its size is a bomb's trick.
		if errors.Is(err, zip.ErrFormat) && uint64(n) >= f.UncompressedSize64 {
			return nil, fmt.Errorf("%w: %s inflates past the %d bytes its header declares", ErrTooLarge, f.Name, f.UncompressedSize64)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, f.Name, err)
	}
	return buf.Bytes(), nil
}

// rel is one relationship of a part.
type rel struct {
	ID, Type, Target string
	External         bool
}

// readRels reads the relationships of a part (its _rels/<name>.rels), resolving
// internal targets to part names.
func (p *pkg) readRels(part string) (map[string]rel, error) {
	dir, file := path.Split(part)
	data, err := p.read(dir + "_rels/" + file + ".rels")
	if err != nil || data == nil {
		return nil, err
	}
	rels := map[string]rel{}
	err = scanXML(data, func(d *decoder, se startElement, _ []string) error {
		if se.local != "Relationship" {
			return nil
		}
		r := rel{ID: se.attr("Id"), Type: se.attr("Type"), Target: se.attr("Target")}
		r.External = strings.EqualFold(se.attr("TargetMode"), "External")
		if !r.External {
			if strings.HasPrefix(r.Target, "/") {
				r.Target = strings.TrimPrefix(r.Target, "/")
			} else {
				r.Target = path.Clean(dir + r.Target)
			}
		}
		rels[r.ID] = r
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, part, err)
	}
	return rels, nil
}

// relOfType finds the first relationship (in Id order, for determinism) whose type ends
// with suffix.
func relOfType(rels map[string]rel, suffix string) (rel, bool) {
	ids := make([]string, 0, len(rels))
	for id := range rels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if strings.HasSuffix(rels[id].Type, suffix) {
			return rels[id], true
		}
	}
	return rel{}, false
}

// mainPart finds the main document part from the package relationships, falling back
// to the usual name.
func (p *pkg) mainPart() (string, error) {
	rels, err := p.readRels("")
	if err != nil {
		return "", err
	}
	if r, ok := relOfType(rels, "/officeDocument"); ok && p.has(r.Target) {
		return r.Target, nil
	}
	if p.has("word/document.xml") {
		return "word/document.xml", nil
	}
	return "", ErrNotWord
}

func (p *pkg) extract() (*Result, error) {
	main, err := p.mainPart()
	if err != nil {
		return nil, err
	}
	rels, err := p.readRels(main)
	if err != nil {
		return nil, err
	}
	dir := path.Dir(main) + "/"
	partOr := func(suffix, fallback string) string {
		if r, ok := relOfType(rels, suffix); ok {
			return r.Target
		}
		return dir + fallback
	}
	st := newStyles()
	if data, err := p.read(partOr("/styles", "styles.xml")); err != nil {
		return nil, err
	} else if data != nil {
		if err := st.parseStyles(data); err != nil {
			return nil, fmt.Errorf("%w: styles: %v", ErrCorrupt, err)
		}
	}
	if data, err := p.read(partOr("/numbering", "numbering.xml")); err != nil {
		return nil, err
	} else if data != nil {
		if err := st.parseNumbering(data); err != nil {
			return nil, fmt.Errorf("%w: numbering: %v", ErrCorrupt, err)
		}
	}

	data, err := p.read(main)
	if err != nil {
		return nil, err
	}
	body := newReader(st, rels, "")
	if err := body.parse(data); err != nil {
		var le *limit.Error
		if errors.As(err, &le) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, main, err)
	}

	res := &Result{}
	header, footer, err := p.headersFooters(st, rels, body.headerRefs, body.footerRefs)
	if err != nil {
		return nil, err
	}
	res.Lines = append(res.Lines, header...)
	res.Lines = append(res.Lines, body.lines...)
	res.Lines = append(res.Lines, footer...)
	setBodySize(res.Lines)

	res.Pages, res.Producer = p.appProps()
	res.Saved = p.savedDate()
	if res.Pages <= 0 {
		res.Pages = body.pageBreaks + 1
	}
	return res, nil
}

// headersFooters reads the header and footer parts the section properties refer to,
// in order of first reference, and drops lines repeated across them (first-page and
// default headers often say the same thing).
func (p *pkg) headersFooters(st *styles, rels map[string]rel, hdr, ftr []string) (header, footer []layout.Line, err error) {
	seen := map[string]bool{}
	read := func(ids []string) ([]layout.Line, error) {
		var out []layout.Line
		done := map[string]bool{}
		for _, id := range ids {
			r, ok := rels[id]
			if !ok || r.External || done[r.Target] {
				continue
			}
			done[r.Target] = true
			data, err := p.read(r.Target)
			if err != nil {
				return nil, err
			}
			if data == nil {
				continue
			}
			hr := newReader(st, rels, r.Target)
			if err := hr.parse(data); err != nil {
				var le *limit.Error
				if errors.As(err, &le) {
					return nil, err
				}
				return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, r.Target, err)
			}
			for _, l := range hr.lines {
				if seen[l.Text] {
					continue
				}
				seen[l.Text] = true
				out = append(out, l)
			}
		}
		return out, nil
	}
	if header, err = read(hdr); err != nil {
		return nil, nil, err
	}
	if footer, err = read(ftr); err != nil {
		return nil, nil, err
	}
	return header, footer, nil
}

// appProps reads the page count and application from docProps/app.xml; problems there
// are not worth failing the file for.
func (p *pkg) appProps() (pages int, producer string) {
	data, err := p.read("docProps/app.xml")
	if err != nil || data == nil {
		return 0, ""
	}
	var app, ver string
	_ = scanXML(data, func(d *decoder, se startElement, _ []string) error {
		switch se.local {
		case "Pages":
			fmt.Sscan(d.text(), &pages)
		case "Application":
			app = d.text()
		case "AppVersion":
			ver = d.text()
		}
		return nil
	})
	producer = strings.TrimSpace(app)
	// Some writers put the version in the application name already.
	if ver = strings.TrimSpace(ver); producer != "" && ver != "" && !strings.ContainsAny(producer[len(producer)-1:], "0123456789") {
		producer += " " + ver
	}
	return pages, producer
}

// savedDate reads when the document was last saved (else created) from
// docProps/core.xml; like appProps, a problem there costs only the date.
func (p *pkg) savedDate() *resume.Date {
	data, err := p.read("docProps/core.xml")
	if err != nil || data == nil {
		return nil
	}
	var modified, created *resume.Date
	_ = scanXML(data, func(d *decoder, se startElement, _ []string) error {
		switch se.local {
		case "modified":
			modified, _ = resume.DocumentDate(d.text())
		case "created":
			created, _ = resume.DocumentDate(d.text())
		}
		return nil
	})
	if modified != nil {
		return modified
	}
	return created
}

// setBodySize sets BodySize on every line to the size most characters are set in.
func setBodySize(lines []layout.Line) {
	weight := map[float64]int{}
	for _, l := range lines {
		if l.Size > 0 {
			weight[l.Size] += len([]rune(l.Text))
		}
	}
	var body float64
	best := 0
	for size, w := range weight {
		if w > best || (w == best && size < body) {
			body, best = size, w
		}
	}
	if body == 0 {
		return
	}
	for i := range lines {
		lines[i].BodySize = body
	}
}
