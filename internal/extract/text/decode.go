// Package text reads plain-text and Markdown résumés into styled lines: it decodes the
// bytes (UTF-8, UTF-16, Windows-1252), marks headings, bullets and wrapped lines, and
// strips inline Markdown.
package text

import (
	"bytes"
	"errors"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Errors a caller can tell apart with errors.Is.
var (
	// ErrBinary: the bytes are not text in any encoding we read.
	ErrBinary = errors.New("binary data, not text")
	// ErrEmpty: nothing but white space.
	ErrEmpty = errors.New("no text")
)

// Encoding names what Decode found.
type Encoding string

// Encodings Decode recognises.
const (
	UTF8    Encoding = "utf-8"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
	CP1252  Encoding = "windows-1252"
)

// Decode turns bytes into a string: UTF-8 (a BOM is dropped), UTF-16 with a BOM or
// with the zero bytes that ASCII text in UTF-16 shows, and otherwise Windows-1252 (a
// superset of Latin-1 in the printable range), which never fails, so binary data is
// told apart by its control characters and high-byte share.
func Decode(data []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return checked(decodeUTF16(data[2:], false), UTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return checked(decodeUTF16(data[2:], true), UTF16BE)
	default:
		if be, ok := looksUTF16(data); ok {
			return checked(decodeUTF16(data, be), map[bool]Encoding{false: UTF16LE, true: UTF16BE}[be])
		}
	}
	if utf8.Valid(data) {
		return checked(string(data), UTF8)
	}
	// Invalid UTF-8: real Latin-1 or Windows-1252 text has a few accented letters among
	// ASCII; random bytes have about half their bytes high.
	high := 0
	for _, b := range data {
		if b >= 0x80 {
			high++
		}
	}
	if high*100 > len(data)*30 {
		return "", "", ErrBinary
	}
	out, utf8Seqs := decode1252(data)
	if utf8Seqs > 0 {
		// UTF-8 with a few stray bytes (a paste from another file, a cut character).
		return checked(out, UTF8)
	}
	return checked(out, CP1252)
}

// looksUTF16 spots BOM-less UTF-16: mostly ASCII text has a zero in every other byte.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return false, true
	case even*10 >= half*7 && odd*10 < half:
		return true, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps 0x80–0x9F; the rest of the byte range is Latin-1. Undefined bytes map
// to U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// decode1252 decodes invalid UTF-8 byte by byte as Windows-1252, except that valid
// multi-byte UTF-8 sequences stay what they are: a UTF-8 file with one stray byte keeps
// its é and —, and Windows-1252 text almost never holds such a sequence (it would read
// as "Ã©"). It also returns how many such sequences it kept.
func decode1252(data []byte) (string, int) {
	r := make([]rune, 0, len(data))
	seqs := 0
	for i := 0; i < len(data); {
		b := data[i]
		if b >= 0x80 {
			if c, size := utf8.DecodeRune(data[i:]); size > 1 {
				r = append(r, c)
				seqs++
				i += size
				continue
			}
		}
		switch {
		case b >= 0x80 && b < 0xA0:
			r = append(r, cp1252[b-0x80])
		default:
			r = append(r, rune(b))
		}
		i++
	}
	return string(r), seqs
}

// checked refuses what decoded but is not text: NUL bytes, many control characters or
// replacement characters, or nothing visible at all.
func checked(s string, enc Encoding) (string, Encoding, error) {
	var total, bad, visible int
	for _, c := range s {
		total++
		switch {
		case c == 0:
			return "", "", ErrBinary
		case c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v':
		case c == utf8.RuneError || (unicode.IsControl(c)):
			bad++
		case c >= 0xE000 && c <= 0xF8FF: // private use: icon fonts; harmless
			visible++
		case !unicode.IsSpace(c):
			visible++
		}
	}
	if visible == 0 {
		return "", "", ErrEmpty
	}
	if bad*100 > total {
		return "", "", ErrBinary
	}
	return s, enc, nil
}
