package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/resume"
)

func pdftotextAvailable() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// extractPdftotext runs poppler's pdftotext on the data (on its standard input, which
// it reads whole) and turns its reading-order output into lines.
// Only text is known: no sizes, no bold, no geometry.
//
// unopenable says the built-in reader has already failed to open the file, so it is
// not opened again for the page count and the producer.
func extractPdftotext(ctx context.Context, name string, data []byte, opts Options, warnings []string, unopenable bool) (*Result, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("%s: pdftotext is not on PATH; install poppler-utils or use the builtin PDF engine", name)
	}
	res := &Result{Engine: EnginePdftotext, Warnings: warnings}
	pages := 0
	if unopenable {
		// nothing to learn from the built-in reader
	} else if r, err := openReader(name, data); err == nil {
		func() {
			defer func() { _ = recover() }() // the page count is only a hint here
			ps, _ := collectPages(r, 0)
			pages = len(ps)
			res.Producer, res.Saved = producer(r), savedDate(r)
		}()
	} else if errors.Is(err, ErrEncrypted) {
		return nil, err
	}
	if opts.MaxPages > 0 && pages > opts.MaxPages {
		return nil, fmt.Errorf("%s: %d pages, more than the limit of %d; raise the page limit or pass a shorter document", name, pages, opts.MaxPages)
	}

	// The PDF goes in on standard input: no copy of a private résumé is ever written
	// to a temporary folder, where a stopped check could leave it.
	args := []string{"-enc", "UTF-8"}
	if opts.MaxPages > 0 {
		args = append(args, "-l", fmt.Sprint(opts.MaxPages))
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(data)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: stopped reading: %w", name, ctx.Err())
		}
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(strings.ToLower(msg), "incorrect password") || strings.Contains(msg, "encrypt") {
			return nil, fmt.Errorf("%s: %w; remove the password (print or export to a new PDF) or pass a DOCX", name, ErrEncrypted)
		}
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return nil, fmt.Errorf("%s: pdftotext failed (%v: %s); the file may be damaged: re-export it or pass a DOCX", name, err, msg)
	}
	chunks := strings.Split(string(out), "\f")
	if len(chunks) > 1 && strings.TrimSpace(chunks[len(chunks)-1]) == "" {
		chunks = chunks[:len(chunks)-1]
	}
	if pages == 0 {
		pages = len(chunks)
	}
	res.Pages = pages
	for pi, chunk := range chunks {
		n := 0
		for _, raw := range strings.Split(chunk, "\n") {
			text := strings.Join(strings.Fields(expandLigatures(raw)), " ")
			if text == "" {
				continue
			}
			n++
			l := layout.Line{Text: text, Pos: resume.Pos{Page: pi + 1, Line: n}, PageStart: n == 1 && pi > 0}
			if _, rest, ok := splitBullet(text); ok {
				l.Bullet, l.Text = true, rest
			} else if rest, ok := splitNumbered(text); ok {
				l.Bullet, l.Numbered, l.Text = true, true, rest
			}
			res.Lines = append(res.Lines, l)
		}
	}
	return res, nil // whether the text is readable is the caller's call
}
