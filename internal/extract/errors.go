package extract

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Error is why one input could not be read, said in one line that names the file and
// what the user can do:
//
//	cv.pdf: no text layer (scanned image?); export the PDF from the original document or pass a DOCX
//
// Err wraps the class (ErrNotFound, ErrZipBomb, ...) and, when there is one, the
// underlying cause, so callers can test both with errors.Is.
type Error struct {
	File string // the name as given; "-" is shown as "standard input"
	Msg  string // what happened
	Hint string // what to do; may be empty
	Err  error
}

func (e *Error) Error() string {
	s := displayName(e.File) + ": " + e.Msg
	if e.Hint != "" {
		s += "; " + e.Hint
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// displayName is the file name as messages show it: standard input by that name, and a
// name holding control characters (a newline would break the one-line message) quoted.
func displayName(name string) string {
	if name == "-" || name == "" {
		return "standard input"
	}
	if strings.IndexFunc(name, unicode.IsControl) >= 0 {
		return strconv.Quote(name)
	}
	return name
}

// Classes of input errors, for errors.Is on an *Error.
var (
	ErrNotFound   = errors.New("file not found")
	ErrIsDir      = errors.New("is a directory")
	ErrUnreadable = errors.New("file cannot be read")
	ErrEmpty      = errors.New("empty file")
	ErrTooLarge   = errors.New("file too large")
	ErrFormat     = errors.New("not a supported résumé format") // wrong or misleading type
	ErrDamaged    = errors.New("damaged or truncated file")
	ErrEncrypted  = errors.New("encrypted document")
	ErrNoText     = errors.New("no readable text layer")
	ErrZipBomb    = errors.New("archive inflates past the limits")
	ErrBinary     = errors.New("binary data where text was expected")
	ErrMalformed  = errors.New("malformed JSON Resume")
	ErrTimeout    = errors.New("reading took too long")
	ErrInternal   = errors.New("internal error")
)

// newError builds an Error of a class, wrapping cause too when given.
func newError(file string, class error, cause error, msg, hint string) *Error {
	err := class
	if cause != nil {
		err = fmt.Errorf("%w: %w", class, cause)
	}
	return &Error{File: file, Msg: msg, Hint: hint, Err: err}
}

const formatsHint = "pass a PDF, DOCX, Markdown, plain-text or JSON Resume file"
