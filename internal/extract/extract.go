// Package extract reads a résumé file of any supported format into the document model:
// it enforces the size limits, sniffs the format from the content, runs the format's
// reader behind a panic boundary and a deadline, and turns every failure into a
// one-line *Error that names the file and says what to do.
package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/extract/docx"
	"github.com/resumecheck/resumecheck/internal/extract/jsonresume"
	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/extract/pdf"
	"github.com/resumecheck/resumecheck/internal/extract/text"
	"github.com/resumecheck/resumecheck/internal/prefault"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Options tune extraction. Zero values take the defaults.
type Options struct {
	PDFEngine string    // auto (default) | builtin | pdftotext
	MaxSize   int64     // bytes; default DefaultMaxSize
	MaxPages  int       // default DefaultMaxPages
	Now       time.Time // what "Present" means; zero = time.Now()
}

// Defaults.
const (
	DefaultMaxSize  = 25 << 20
	DefaultMaxPages = 20
)

func (o Options) withDefaults() Options {
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	return o
}

// File reads the résumé at path, opened read-only; "-" reads standard input.
func File(ctx context.Context, path string, opts Options) (*resume.Document, error) {
	opts = opts.withDefaults()
	if path == "-" {
		data, err := readLimited(os.Stdin, opts.MaxSize)
		if err != nil {
			return nil, newError(path, ErrUnreadable, err, "cannot be read ("+err.Error()+")", "")
		}
		return Bytes(ctx, path, data, opts)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, openError(path, err)
	}
	if fi.IsDir() {
		return nil, newError(path, ErrIsDir, nil, "is a directory", formatsHint+", or the files inside it one by one")
	}
	if fi.Mode().IsRegular() && fi.Size() > opts.MaxSize {
		return nil, tooLarge(path, fi.Size(), opts.MaxSize)
	}
	f, err := os.Open(path) // read-only: inputs are never modified
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	// Read through a limit: special files and files growing while read can exceed
	// what Stat said.
	data, err := readLimitedSized(f, opts.MaxSize, fi.Size())
	if err != nil {
		var te *tooLargeErr
		if errors.As(err, &te) {
			return nil, tooLarge(path, te.n, opts.MaxSize)
		}
		return nil, newError(path, ErrUnreadable, err, "cannot be read ("+shortErr(err)+")", "check the file and try again")
	}
	return Bytes(ctx, path, data, opts)
}

// readLimitedSized is readLimited for a file whose size is known: the buffer is made
// that size once (with room to see the end, or that the file grew) instead of growing
// from 512 bytes by doubling.
func readLimitedSized(r io.Reader, limit, size int64) ([]byte, error) {
	if size <= 0 || size > limit {
		return readLimited(r, limit)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, &tooLargeErr{int64(buf.Len())}
	}
	return buf.Bytes(), nil
}

type tooLargeErr struct{ n int64 }

func (e *tooLargeErr) Error() string { return fmt.Sprintf("more than %d bytes", e.n) }

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &tooLargeErr{int64(len(data))}
	}
	return data, nil
}

func openError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return newError(path, ErrNotFound, err, "no such file", "check the path and the file name")
	case errors.Is(err, fs.ErrPermission):
		return newError(path, ErrUnreadable, err, "cannot be read (permission denied)", "check the file's permissions")
	}
	return newError(path, ErrUnreadable, err, "cannot be read ("+shortErr(err)+")", "check the path")
}

// shortErr drops the path that os errors repeat.
func shortErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func tooLarge(path string, size, limit int64) error {
	what := fmt.Sprintf("is %s, over the %s limit", mb(size), mb(limit))
	if size > limit && size == limit+1 {
		what = fmt.Sprintf("is over the %s limit", mb(limit))
	}
	return newError(path, ErrTooLarge, nil, what, "pass a smaller file or raise --max-size")
}

func mb(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Bytes reads a résumé held in memory; name is used for messages and the extension
// hint ("-" stands for standard input).
func Bytes(ctx context.Context, name string, data []byte, opts Options) (*resume.Document, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	opts = opts.withDefaults()
	if len(data) == 0 {
		return nil, newError(name, ErrEmpty, nil, "the file is empty", formatsHint)
	}
	if int64(len(data)) > opts.MaxSize {
		return nil, tooLarge(name, int64(len(data)), opts.MaxSize)
	}
	format, err := Sniff(name, data)
	if err != nil {
		return nil, err
	}
	if ctx.Done() == nil {
		return run(ctx, name, format, data, opts)
	}
	if ctx.Err() != nil {
		return nil, timeoutError(name, ctx)
	}
	// The readers cannot all be interrupted, so a reader that overruns the deadline is
	// left to finish in the background while the caller moves on to the next file.
	type result struct {
		doc *resume.Document
		err error
	}
	ch := make(chan result, 1)
	go func() {
		prefault.Stack()
		doc, err := run(ctx, name, format, data, opts)
		ch <- result{doc, err}
	}()
	select {
	case r := <-ch:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, timeoutError(name, ctx)
	}
}

func timeoutError(name string, ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return newError(name, ErrTimeout, ctx.Err(), "reading took too long and was stopped",
			"the file may be damaged or built to stall parsers; re-export it, or raise --timeout")
	}
	return newError(name, ErrTimeout, ctx.Err(), "reading was cancelled", "")
}

// run dispatches to the format's reader behind a panic boundary.
func run(ctx context.Context, name string, format resume.Format, data []byte, opts Options) (doc *resume.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc = nil
			err = newError(name, ErrInternal, fmt.Errorf("panic: %v", r),
				fmt.Sprintf("internal error while reading the %s (%v)", format, r),
				"please report it, with the file if you can share it")
		}
	}()
	now := resume.Date{Year: opts.Now.Year(), Month: int(opts.Now.Month())}
	src := resume.SourceInfo{File: name, Format: format}
	display := displayName(name)
	switch format {
	case resume.FormatPDF:
		res, err := pdf.Extract(ctx, display, data, pdf.Options{Engine: opts.PDFEngine, MaxPages: opts.MaxPages})
		if err == nil {
			err = checkLines(res.Lines)
		}
		if err != nil {
			if le := limitError(name, err); le != nil {
				return nil, le
			}
			return nil, pdfError(ctx, name, err, opts.MaxPages)
		}
		src.Pages, src.Producer, src.Engine, src.Saved = res.Pages, res.Producer, res.Engine, res.Saved
		doc = layout.Build(res.Lines, layout.Options{Source: src, Now: now})
		doc.Warnings = append(doc.Warnings, res.Warnings...)
	case resume.FormatDOCX:
		res, err := docx.Extract(display, data, docx.Limits{})
		if err == nil {
			err = checkLines(res.Lines)
		}
		if err != nil {
			if le := limitError(name, err); le != nil {
				return nil, le
			}
			return nil, docxError(name, err)
		}
		src.Pages, src.Producer, src.Saved = res.Pages, res.Producer, res.Saved
		doc = layout.Build(res.Lines, layout.Options{Source: src, Now: now})
	case resume.FormatMarkdown, resume.FormatText:
		lines, f, err := text.Extract(name, data)
		if err == nil {
			err = checkLines(lines)
		}
		if err != nil {
			if le := limitError(name, err); le != nil {
				return nil, le
			}
			return nil, textError(name, err)
		}
		src.Format = f
		doc = layout.Build(lines, layout.Options{Source: src, Now: now})
	case resume.FormatJSONResume:
		doc, err = jsonresume.Extract(name, data, now)
		if err != nil {
			if le := limitError(name, err); le != nil {
				return nil, le
			}
			return nil, jsonError(name, err)
		}
		doc.Source = src
	default:
		return nil, newError(name, ErrFormat, nil, "has an unsupported format "+string(format), formatsHint)
	}
	if err := checkDocument(doc); err != nil {
		return nil, limitError(name, err)
	}
	if w := extensionWarning(name, format); w != "" {
		doc.Warnings = append(doc.Warnings, w)
	}
	return doc, nil
}

// checkLines refuses more lines than a résumé has, before they are put together.
func checkLines[L any](lines []L) error {
	if len(lines) > limit.MaxLines {
		return limit.Exceeded("has more than %d lines, which no résumé needs", limit.MaxLines)
	}
	return nil
}

// checkDocument refuses more bullets, or longer ones, than a résumé has, before the
// analysis tags every word.
func checkDocument(doc *resume.Document) error {
	if _, _, n := doc.Counts(); n > limit.MaxBullets {
		return limit.Exceeded("has more than %d bullets, which no résumé needs", limit.MaxBullets)
	}
	check := func(bs []resume.Bullet) error {
		for _, b := range bs {
			if words(b.Text) > limit.MaxBulletWords {
				return limit.Exceeded("has a bullet of more than %d words (%s), which no résumé needs", limit.MaxBulletWords, b.Pos)
			}
		}
		return nil
	}
	for _, s := range doc.Sections {
		if err := check(s.Bullets); err != nil {
			return err
		}
		for _, r := range s.Roles {
			if err := check(r.Bullets); err != nil {
				return err
			}
		}
	}
	return nil
}

// words counts the words of s, stopping past the limit.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			if n > limit.MaxBulletWords {
				return n
			}
		}
		in = true
	}
	return n
}

// limitError is a refusal by one of the bounds on what is built from a file, or nil.
func limitError(name string, err error) error {
	var le *limit.Error
	if errors.As(err, &le) {
		return newError(name, ErrTooLarge, err, le.What, "check that it is a résumé, or export it again")
	}
	return nil
}

// extensionWarning notes a file whose extension names another readable format than
// its content: it is read by its content, and the user may want to rename it.
func extensionWarning(name string, format resume.Format) string {
	ext := strings.ToLower(filepath.Ext(name))
	var claims []resume.Format
	switch ext {
	case ".pdf":
		claims = []resume.Format{resume.FormatPDF}
	case ".docx":
		claims = []resume.Format{resume.FormatDOCX}
	case ".json":
		claims = []resume.Format{resume.FormatJSONResume}
	case ".md", ".markdown", ".txt", ".text":
		// Markdown and plain text are the same family; JSON in a .txt is fine too.
		claims = []resume.Format{resume.FormatMarkdown, resume.FormatText, resume.FormatJSONResume}
	default:
		return ""
	}
	for _, c := range claims {
		if c == format {
			return ""
		}
	}
	return fmt.Sprintf("named %s but its content is %s; read as %s", ext, format, format)
}

func pdfError(ctx context.Context, name string, err error, maxPages int) error {
	if ctx.Err() != nil {
		return timeoutError(name, ctx)
	}
	switch {
	case errors.Is(err, pdf.ErrEncrypted):
		return newError(name, ErrEncrypted, err, "the PDF is encrypted (password-protected)",
			"save an unprotected copy (print or export to a new PDF) or pass a DOCX")
	case errors.Is(err, pdf.ErrNoText):
		what := "no text layer (scanned image?)"
		var nt *pdf.NoTextError
		if errors.As(err, &nt) && !strings.Contains(nt.Reason, "image") {
			// Some text, but too little or unreadable: say which rather than "scan".
			what = "no readable text: " + nt.Reason
		}
		return newError(name, ErrNoText, err, what, "export the PDF from the original document or pass a DOCX")
	}
	// The PDF reader's messages already say what to do; drop the file name it starts
	// with, which Error adds back.
	msg := strings.TrimPrefix(err.Error(), displayName(name)+": ")
	if strings.Contains(msg, "than the limit of") && strings.Contains(msg, "page") {
		// The page limit has no error value of its own; its message says so.
		return newError(name, ErrTooLarge, err, fmt.Sprintf("has more pages than the limit of %d", maxPages),
			"pass a shorter document or raise --max-pages")
	}
	return newError(name, ErrDamaged, err, msg, "")
}

func docxError(name string, err error) error {
	switch {
	case errors.Is(err, docx.ErrTooLarge):
		return newError(name, ErrZipBomb, err, "refused: the archive would inflate past safe limits (zip bomb?)",
			"re-save the résumé from Word or LibreOffice, or pass a PDF")
	case errors.Is(err, docx.ErrNotWord):
		return newError(name, ErrFormat, err, "is a ZIP archive, not a Word document (no word/document.xml inside)",
			"open the résumé in Word or LibreOffice and save it as .docx, or pass a PDF")
	case errors.Is(err, docx.ErrInternal):
		return newError(name, ErrInternal, err, "internal error while reading the DOCX",
			"please report it, with the file if you can share it")
	}
	return newError(name, ErrDamaged, err, "damaged or truncated DOCX ("+docxCause(err)+")",
		"re-save it from Word or LibreOffice, or pass a PDF")
}

// docxCause shortens the DOCX reader's error to its detail.
func docxCause(err error) string {
	s := err.Error()
	for _, p := range []string{docx.ErrCorrupt.Error() + ": ", docx.ErrNotZip.Error() + " "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Trim(s, "()")
}

func textError(name string, err error) error {
	switch {
	case errors.Is(err, text.ErrBinary):
		return newError(name, ErrBinary, err, "holds binary data, not text", formatsHint)
	case errors.Is(err, text.ErrEmpty):
		return newError(name, ErrEmpty, err, "holds no text", formatsHint)
	}
	return newError(name, ErrInternal, err, strings.TrimPrefix(err.Error(), name+": "), "please report it, with the file if you can share it")
}

func jsonError(name string, err error) error {
	var se *jsonresume.SyntaxError
	switch {
	case errors.As(err, &se):
		return newError(name, ErrMalformed, err,
			fmt.Sprintf("malformed JSON at line %d, column %d: %s", se.Line, se.Column, se.Msg),
			"fix the JSON there ('jq . "+filepath.Base(displayName(name))+"' shows the spot)")
	case errors.Is(err, jsonresume.ErrNotObject), errors.Is(err, jsonresume.ErrNotResume):
		return newError(name, ErrFormat, err, "is JSON but not a JSON Resume ("+err.Error()+")",
			"pass a JSON Resume (jsonresume.org schema), or a PDF, DOCX, Markdown or plain-text file")
	}
	return newError(name, ErrInternal, err, strings.TrimPrefix(err.Error(), name+": "), "please report it, with the file if you can share it")
}
