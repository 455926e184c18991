package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// WordprocessingML namespaces: the transitional one every producer writes, and the
// strict one Word can save.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// maxDepth bounds element nesting; real documents stay under 40.
const maxDepth = 2000

var errTooDeep = errors.New("elements nested too deeply")

// startElement is a start tag reduced to what the readers look at.
type startElement struct {
	space, local string
	attrs        []xml.Attr
}

// attr returns the value of the attribute with this local name, whatever its prefix.
func (s startElement) attr(local string) string {
	for _, a := range s.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// w reports whether the element is in the WordprocessingML namespace. An element with
// an undeclared prefix keeps the prefix as its space; "w" is accepted for those.
func (s startElement) w() bool {
	return s.space == nsW || s.space == nsWStrict || s.space == "w"
}

// decoder wraps encoding/xml's streaming decoder and tracks the element depth.
type decoder struct {
	*xml.Decoder
	depth int
}

// next returns the next token, keeping depth.
func (d *decoder) next() (xml.Token, error) {
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		if d.depth++; d.depth > maxDepth {
			return nil, errTooDeep
		}
	case xml.EndElement:
		d.depth--
	}
	return tok, nil
}

// skip consumes the rest of the current element.
func (d *decoder) skip() error {
	end := d.depth - 1
	for d.depth > end {
		if _, err := d.next(); err != nil {
			return err
		}
	}
	return nil
}

func newDecoder(data []byte) *decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	// Parts are UTF-8 in practice; accept any declared charset name rather than fail
	// on a label, and read the bytes as they are.
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	return &decoder{Decoder: d}
}

// text reads the character data up to the end of the current element.
func (d *decoder) text() string {
	var b strings.Builder
	end := d.depth - 1
	for d.depth > end {
		tok, err := d.next()
		if err != nil {
			break
		}
		if t, ok := tok.(xml.CharData); ok {
			b.Write(t)
		}
	}
	return b.String()
}

// scanXML calls fn for every start element in document order, with the local names of
// its ancestors (outermost first). fn may consume the element (d.skip, d.text).
func scanXML(data []byte, fn func(d *decoder, se startElement, parents []string) error) error {
	d := newDecoder(data)
	var stack []string
	for {
		tok, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(d, startElement{t.Name.Space, t.Name.Local, t.Attr}, stack); err != nil {
				return err
			}
			if d.depth > len(stack) { // not consumed by fn
				stack = append(stack, t.Name.Local)
			}
		case xml.EndElement:
		}
		if d.depth < len(stack) {
			stack = stack[:d.depth]
		}
	}
}

// onOff reads a WordprocessingML toggle (w:b, w:i): present without a value means on.
func onOff(se startElement) bool {
	switch strings.ToLower(se.attr("val")) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
