package extract

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/extract/jsonresume"
	"github.com/resumecheck/resumecheck/internal/extract/text"
	"github.com/resumecheck/resumecheck/internal/resume"
)

var (
	magicPDF  = []byte("%PDF-")
	magicZip  = []byte("PK\x03\x04")
	magicZip0 = []byte("PK\x05\x06") // an empty archive
	magicCFB  = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	utf8BOM   = []byte{0xEF, 0xBB, 0xBF}
)

// textExts are extensions that promise text; a %PDF- marker deep inside such a file is
// more likely quoted than a PDF behind junk.
var textExts = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".text": true, ".json": true}

// Sniff tells the format of data from its content (magic bytes, archive members, JSON
// keys, text statistics), using the name's extension only to break ties. Content that
// is no résumé format, or that contradicts its extension in a way that means the wrong
// file was passed (text named .pdf, a plain ZIP named .docx, binary junk named .md),
// gives an *Error saying so.
func Sniff(name string, data []byte) (resume.Format, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if !utf8.ValidString(ext) || strings.IndexFunc(ext, unicode.IsControl) >= 0 || len(ext) > 12 {
		ext = "" // not an extension worth quoting in a message
	}
	fail := func(class error, msg, hint string) (resume.Format, error) {
		return "", newError(name, class, nil, msg, hint)
	}
	if len(data) == 0 {
		return fail(ErrEmpty, "the file is empty", formatsHint)
	}
	head := data[:min(len(data), 1024)]
	if i := bytes.Index(head, magicPDF); i == 0 || (i > 0 && !textExts[ext]) {
		return resume.FormatPDF, nil
	}
	switch {
	case bytes.HasPrefix(data, magicZip) || bytes.HasPrefix(data, magicZip0):
		return sniffZip(name, ext, data)
	case bytes.HasPrefix(data, magicCFB):
		return fail(ErrFormat, "is a legacy Word .doc or a password-protected Office file, which cannot be read",
			"save it as .docx without a password, or as PDF")
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return fail(ErrFormat, "is an RTF document, which is not supported", "save it as .docx or PDF")
	case isImage(data):
		return fail(ErrFormat, "is an image, not a document with text", "pass the PDF or DOCX the image was made from")
	}

	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		// UTF-16 text (Windows editors): look at the decoded characters.
		if s, _, err := text.Decode(data); err == nil {
			trimmed = []byte(strings.TrimSpace(s))
		}
	}
	lower := strings.ToLower(string(trimmed[:min(len(trimmed), 64)]))
	switch {
	case strings.HasPrefix(lower, "version https://git-lfs.github.com/spec/"):
		return fail(ErrFormat, "is a Git LFS pointer, not the document itself", "run 'git lfs pull' to fetch the real file")
	case strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html"):
		return fail(ErrFormat, "is an HTML page, not a résumé file", "print it to PDF from the browser, or "+formatsHint)
	}
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		if f, err, ok := sniffJSON(name, ext, trimmed); ok {
			return f, err
		}
	}

	s, _, err := text.Decode(data)
	switch {
	case errors.Is(err, text.ErrEmpty):
		return fail(ErrEmpty, "holds only white space", formatsHint)
	case err != nil:
		msg := "holds binary data, not text"
		if ext != "" && !textExts[ext] {
			msg = "is named " + ext + " but holds unrecognised binary data"
		}
		return fail(ErrBinary, msg, formatsHint)
	}
	switch ext {
	case ".pdf":
		return fail(ErrFormat, "is named .pdf but holds plain text, not a PDF",
			"rename it to .txt or .md if the text is the résumé, or pass the real PDF")
	case ".docx", ".doc", ".docm", ".odt":
		return fail(ErrFormat, "is named "+ext+" but holds plain text, not a Word document",
			"rename it to .txt or .md if the text is the résumé, or pass the real document")
	}
	return text.Detect(name, s), nil
}

var wordExts = map[string]bool{".docx": true, ".docm": true, ".dotx": true}

func sniffZip(name, ext string, data []byte) (resume.Format, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if wordExts[ext] {
			// Let the DOCX reader say it is damaged: it knows the details.
			return resume.FormatDOCX, nil
		}
		return "", newError(name, ErrDamaged, err, "is a damaged or truncated ZIP archive", formatsHint)
	}
	var odt, xl, ppt bool
	for _, f := range zr.File {
		n := strings.ToLower(f.Name)
		switch {
		case n == "word/document.xml":
			return resume.FormatDOCX, nil
		case n == "mimetype" || strings.HasPrefix(n, "content.xml"):
			odt = true
		case strings.HasPrefix(n, "xl/"):
			xl = true
		case strings.HasPrefix(n, "ppt/"):
			ppt = true
		}
	}
	// A main part under another name (rare) is found through the package
	// relationships by the DOCX reader.
	for _, f := range zr.File {
		if n := strings.ToLower(f.Name); strings.HasPrefix(n, "word/") && strings.HasSuffix(n, ".xml") {
			return resume.FormatDOCX, nil
		}
	}
	switch {
	case odt:
		return "", newError(name, ErrFormat, nil, "is an OpenDocument file, which is not supported", "save it as .docx or PDF")
	case xl:
		return "", newError(name, ErrFormat, nil, "is an Excel workbook, not a résumé document", formatsHint)
	case ppt:
		return "", newError(name, ErrFormat, nil, "is a PowerPoint presentation, not a résumé document", formatsHint)
	}
	msg := "is a ZIP archive, not a Word document (no word/document.xml inside)"
	if wordExts[ext] {
		msg = "is named " + ext + " but is a plain ZIP archive, not a Word document (no word/document.xml inside)"
	}
	return "", newError(name, ErrFormat, nil, msg, "open the résumé in Word or LibreOffice and save it as .docx, or pass a PDF")
}

func isImage(data []byte) bool {
	for _, m := range [][]byte{
		[]byte("\x89PNG\r\n\x1a\n"), {0xFF, 0xD8, 0xFF}, []byte("GIF87a"), []byte("GIF89a"),
		[]byte("II*\x00"), []byte("MM\x00*"), []byte("BM"),
	} {
		if bytes.HasPrefix(data, m) {
			return !bytes.Equal(m, []byte("BM")) || len(data) > 26 && bytes.IndexByte(data[:26], 0) >= 0
		}
	}
	return len(data) > 12 && bytes.Equal(data[:4], []byte("RIFF")) && bytes.Equal(data[8:12], []byte("WEBP"))
}

// sniffJSON decides about data that starts like JSON. ok is false when it should be
// read as text after all (a text file that happens to start with a brace).
func sniffJSON(name, ext string, data []byte) (f resume.Format, err error, ok bool) {
	var top map[string]json.RawMessage
	if json.Valid(data) {
		if json.Unmarshal(data, &top) != nil {
			return "", newError(name, ErrFormat, jsonresume.ErrNotObject,
				"is JSON but not a JSON Resume (the top level is not an object)", "pass a JSON Resume (jsonresume.org schema), or a PDF, DOCX, Markdown or plain-text file"), true
		}
		for _, k := range jsonresume.Keys {
			if _, has := top[k]; has {
				return resume.FormatJSONResume, nil, true
			}
		}
		return "", newError(name, ErrFormat, jsonresume.ErrNotResume,
			"is JSON but not a JSON Resume (no basics, work or education keys)", "pass a JSON Resume (jsonresume.org schema), or a PDF, DOCX, Markdown or plain-text file"), true
	}
	// Malformed JSON that was meant to be a JSON Resume goes to its reader, which
	// reports the line and column of the fault.
	head := string(data[:min(len(data), 4096)])
	if ext == ".json" || strings.Contains(head, `"basics"`) || strings.Contains(head, `"work"`) {
		return resume.FormatJSONResume, nil, true
	}
	return "", nil, false
}
