// Package limit holds the bounds on what the readers build from one file, whatever its
// format. The size limits (--max-size, --max-pages) bound the bytes read; these bound
// what is built from them, so that a small crafted file (one line of 20 MB, a million
// list items, a JSON Resume with 250,000 jobs) is refused at once with a one-line
// reason, not after using gigabytes or minutes. Each is far above what any résumé
// needs. The PDF reader's own bounds (glyphs, operands, fonts, CMaps) are in
// internal/extract/pdf/limits.go.
package limit

import "fmt"

const (
	// MaxLineBytes bounds one line of a Markdown or plain-text file.
	MaxLineBytes = 16 << 10
	// MaxLines bounds the lines of one document (text lines, DOCX paragraphs, PDF lines).
	MaxLines = 20_000
	// MaxBullets bounds the bullets of one document.
	MaxBullets = 2_000
	// MaxBulletWords bounds the words of one bullet, which the tagger reads one by one.
	MaxBulletWords = 1_000
	// MaxJSONString bounds one string of a JSON Resume.
	MaxJSONString = 64 << 10
	// MaxJSONEntries bounds the entries of one JSON array or object (work, highlights).
	MaxJSONEntries = 1_000
)

// Error is a refusal: What says which limit, as the end of "FILE: ...".
type Error struct{ What string }

func (e *Error) Error() string { return e.What }

// Exceeded makes an Error.
func Exceeded(format string, args ...any) *Error {
	return &Error{What: fmt.Sprintf(format, args...)}
}
