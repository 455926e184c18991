package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// The library looks an object up in a compressed object stream by inflating the whole
// stream and lexing its index again, at every lookup: a LaTeX résumé keeps its fonts,
// pages and resources in such streams, and reading it inflated the same streams
// thousands of times (a third of the time spent on it). unpackObjectStreams decodes each
// object stream once, before the library sees the file, and appends the objects they
// hold as plain objects with a cross-reference stream pointing at them, as an
// incremental update would: the library then reads each object from plain bytes. The
// values it builds are the same, byte for byte, so the output does not change.
//
// The fix offered to the library itself (a per-Reader cache of decoded object streams)
// is docs/upstream/ledongthuc-pdf-object-streams.md; this can go once a release has it.
//
// Only the common case is rewritten: the file's cross-reference sections are all
// streams (a chain of them through /Prev), the file is not encrypted, and each object is the one
// object at its place in the stream. Anything else, or anything unexpected, returns
// data unchanged and the library reads it as before.

// unpack is unpackObjectStreams; tests compare against reading the file as it is.
var unpack = unpackObjectStreams

// unpackObjectStreams returns data with the objects of its object streams appended as
// plain objects, or data itself when it does not apply.
func unpackObjectStreams(data []byte) (out []byte) {
	defer func() {
		if recover() != nil {
			out = data
		}
	}()
	tail := data[max(0, len(data)-100):]
	k := bytes.LastIndex(tail, []byte("startxref"))
	if k < 0 {
		return data
	}
	l := &lexer{b: data, i: len(data) - len(tail) + k + len("startxref")}
	xoff, ok := l.integer()
	if !ok || xoff <= 0 || xoff >= int64(len(data)) {
		return data
	}
	hdr, _, ok := streamObject(data, int(xoff))
	if !ok {
		return data
	}
	size, err := strconv.ParseInt(hdr["Size"], 10, 64)
	if err != nil || size <= 0 || size > objectLimit(len(data)) {
		return data
	}
	// The sections from the last one back through /Prev: a number's first row wins.
	entries := map[int64]xrefEntry{}
	seen := map[int64]bool{}
	for at := xoff; ; {
		if seen[at] || len(seen) > maxXrefSections || at <= 0 || at >= int64(len(data)) {
			return data
		}
		seen[at] = true
		h, body, ok := streamObject(data, int(at))
		if !ok || h["Type"] != "/XRef" || h["Encrypt"] != "" {
			return data
		}
		n, err := strconv.ParseInt(h["Size"], 10, 64)
		if err != nil || n <= 0 || n > size {
			return data
		}
		raw, ok := inflate(h, body, maxStreamBytes)
		if !ok || !xrefEntries(entries, h, raw, n) {
			return data
		}
		if h["Prev"] == "" {
			break
		}
		if at, err = strconv.ParseInt(h["Prev"], 10, 64); err != nil {
			return data
		}
	}

	// The objects each object stream holds, by the cross-reference data.
	held := map[int64][]int64{}
	for id, e := range entries {
		if e.kind == 2 {
			held[e.a] = append(held[e.a], id)
		}
	}
	if len(held) == 0 {
		return data
	}
	streams := make([]int64, 0, len(held))
	for s := range held {
		streams = append(streams, s)
	}
	slices.Sort(streams)

	var app bytes.Buffer
	base := int64(len(data))
	app.WriteString("\n")
	moved := map[int64]int64{} // object number → offset of its plain copy
	decoded := 0
	for _, s := range streams {
		e, ok := entries[s]
		if !ok || e.kind != 1 || e.a <= 0 || e.a >= base {
			continue
		}
		shdr, sbody, ok := streamObject(data, int(e.a))
		if !ok || shdr["Type"] != "/ObjStm" || shdr["Extends"] != "" {
			continue
		}
		n, err1 := strconv.Atoi(shdr["N"])
		first, err2 := strconv.Atoi(shdr["First"])
		if err1 != nil || err2 != nil || n <= 0 || first <= 0 {
			continue
		}
		dec, ok := inflate(shdr, sbody, maxStreamBytes)
		if !ok || first > len(dec) {
			continue
		}
		if decoded += len(dec); decoded > maxDecodedBytes {
			return data
		}
		// The stream's index: n pairs of object number and offset after /First.
		il := &lexer{b: dec[:first]}
		ids := make([]int64, 0, n)
		offs := make([]int, 0, n)
		for i := 0; i < n; i++ {
			id, ok1 := il.integer()
			off, ok2 := il.integer()
			if !ok1 || !ok2 || off < 0 || int64(first)+off > int64(len(dec)) {
				break
			}
			ids = append(ids, id)
			offs = append(offs, first+int(off))
		}
		ends := slices.Clone(offs)
		slices.Sort(ends)
		for _, id := range held[s] {
			// The library takes the first entry of the index with that number.
			i := slices.Index(ids, id)
			if i < 0 {
				continue
			}
			start := offs[i]
			end := len(dec)
			if j, _ := slices.BinarySearch(ends, start+1); j < len(ends) {
				end = ends[j]
			}
			obj := dec[start:end]
			if !oneObject(obj) {
				continue
			}
			moved[id] = base + int64(app.Len())
			fmt.Fprintf(&app, "%d 0 obj\n", id)
			app.Write(obj)
			app.WriteString("\nendobj\n")
		}
	}
	if len(moved) == 0 {
		return data
	}

	// A cross-reference stream for the moved objects, its /Prev the file's own.
	ids := make([]int64, 0, len(moved))
	for id := range moved {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var rows []byte
	var index bytes.Buffer
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			j++
		}
		fmt.Fprintf(&index, " %d %d", ids[i], j-i)
		for _, id := range ids[i:j] {
			o := moved[id]
			if o >= 1<<32 {
				return data
			}
			rows = append(rows, 1, byte(o>>24), byte(o>>16), byte(o>>8), byte(o), 0)
		}
		i = j
	}
	self := max(size, ids[len(ids)-1]+1)
	xrefAt := base + int64(app.Len())
	fmt.Fprintf(&app, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Index [%s ] /Prev %d /Length %d", self, self+1, index.String(), xoff, len(rows))
	for _, key := range []string{"Root", "Info", "ID"} {
		if v := hdr[key]; v != "" {
			fmt.Fprintf(&app, " /%s %s", key, v)
		}
	}
	app.WriteString(" >>\nstream\n")
	app.Write(rows)
	fmt.Fprintf(&app, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefAt)

	out = make([]byte, 0, len(data)+app.Len())
	out = append(out, data...)
	return append(out, app.Bytes()...)
}

// xrefEntry is one row of a cross-reference stream: kind 1 (a at byte offset, b the
// generation) or 2 (in object stream a, at index b).
type xrefEntry struct {
	kind int
	a, b int64
}

// xrefEntries adds the rows of a cross-reference stream to out, as the library reads
// them (the first row for a number wins, over all sections).
func xrefEntries(out map[int64]xrefEntry, hdr map[string]string, raw []byte, size int64) bool {
	w := (&lexer{b: []byte(hdr["W"])}).intArray()
	if len(w) != 3 {
		return false
	}
	total := 0
	for _, x := range w {
		if x < 0 || x > maxXrefFieldWidth {
			return false
		}
		total += int(x)
	}
	index := []int64{0, size}
	if s := hdr["Index"]; s != "" {
		index = (&lexer{b: []byte(s)}).intArray()
		if len(index)%2 != 0 {
			return false
		}
	}
	field := func(b []byte) int64 {
		x := int64(0)
		for _, c := range b {
			x = x<<8 | int64(c)
		}
		return x
	}
	for ; len(index) >= 2; index = index[2:] {
		start, n := index[0], index[1]
		if start < 0 || n < 0 || n > int64(len(raw)) {
			return false
		}
		for i := int64(0); i < n; i++ {
			if len(raw) < total {
				return false
			}
			row := raw[:total]
			raw = raw[total:]
			kind := int64(1)
			if w[0] > 0 {
				kind = field(row[:w[0]])
			}
			x := start + i
			if _, seen := out[x]; seen {
				continue
			}
			if kind != 1 && kind != 2 {
				// the library leaves a row of type 0 (free) or of an unknown type as not
				// found; type 0 marks the number as taken, which stops later rows too
				if kind == 0 {
					out[x] = xrefEntry{kind: 0}
				}
				continue
			}
			out[x] = xrefEntry{kind: int(kind), a: field(row[w[0] : w[0]+w[1]]), b: field(row[w[0]+w[1] : total])}
		}
	}
	return true
}

// streamObject reads the stream object "N G obj << ... >> stream ... endstream" at off:
// its dictionary's top-level entries as raw text and its raw (still encoded) bytes.
func streamObject(data []byte, off int) (map[string]string, []byte, bool) {
	l := &lexer{b: data, i: off}
	if _, ok := l.integer(); !ok {
		return nil, nil, false
	}
	if _, ok := l.integer(); !ok {
		return nil, nil, false
	}
	if l.word() != "obj" {
		return nil, nil, false
	}
	hdr, ok := dictEntries(l)
	if !ok || l.word() != "stream" {
		return nil, nil, false
	}
	// The data starts after the end of line that follows the keyword.
	if l.i < len(data) && data[l.i] == '\r' {
		l.i++
	}
	if l.i < len(data) && data[l.i] == '\n' {
		l.i++
	}
	n, err := strconv.Atoi(hdr["Length"]) // an indirect /Length is not followed
	if err != nil || n < 0 || l.i+n > len(data) {
		return nil, nil, false
	}
	return hdr, data[l.i : l.i+n], true
}

// dictEntries reads the dictionary at l.i and returns its top-level entries, each
// value as its raw text.
func dictEntries(l *lexer) (map[string]string, bool) {
	if l.word() != "<<" {
		return nil, false
	}
	out := map[string]string{}
	for {
		l.skip()
		if l.i >= len(l.b) {
			return nil, false
		}
		k := l.word()
		if k == ">>" {
			return out, true
		}
		if len(k) < 2 || k[0] != '/' {
			return nil, false
		}
		l.skip()
		start := l.i
		if !skipObject(l) {
			return nil, false
		}
		out[k[1:]] = string(l.b[start:l.i])
	}
}

// skipObject passes one object at l.i: a dictionary or array with all it holds, a
// reference "12 0 R", or one token.
func skipObject(l *lexer) bool {
	w := l.word()
	switch w {
	case "", ">>", "]", "{", "}", ")", ">":
		return false
	case "<<", "[":
		for depth := 1; depth > 0; {
			switch l.word() {
			case "":
				return false
			case "<<", "[":
				if depth++; depth > 64 {
					return false
				}
			case ">>", "]":
				depth--
			}
		}
		return true
	}
	if isNumber(w) {
		save := l.i
		if _, ok := l.integer(); ok && l.word() == "R" {
			return true
		}
		l.i = save
	}
	return true
}

// oneObject tells whether b holds exactly one object (and white space), so that
// writing it between "obj" and "endobj" reads back as the same value.
func oneObject(b []byte) bool {
	l := &lexer{b: b}
	if !skipObject(l) {
		return false
	}
	l.skip()
	return l.i >= len(b)
}

// inflate decodes a stream's bytes as the library would for the filters it supports
// here: none, or FlateDecode without or with the PNG Up predictor. At most limit bytes.
func inflate(hdr map[string]string, body []byte, limit int) ([]byte, bool) {
	switch hdr["Filter"] {
	case "":
		if hdr["DecodeParms"] != "" {
			return nil, false
		}
		return body, len(body) <= limit
	case "/FlateDecode", "[/FlateDecode]", "[ /FlateDecode ]":
	default:
		return nil, false
	}
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, false
	}
	raw, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if err != nil || len(raw) > limit {
		return nil, false
	}
	parms := hdr["DecodeParms"]
	if parms == "" {
		return raw, true
	}
	pl := &lexer{b: []byte(parms)}
	p, ok := dictEntries(pl)
	if !ok {
		return nil, false
	}
	if p["Predictor"] == "" {
		return raw, true
	}
	if p["Predictor"] != "12" {
		return nil, false
	}
	cols, err := strconv.Atoi(p["Columns"])
	if err != nil || cols <= 0 || cols > maxColumns {
		return nil, false
	}
	// PNG Up: each row is a filter byte (2) and cols bytes added to the row above;
	// an incomplete last row is dropped, as the library's reader drops it.
	row := make([]byte, cols)
	out := make([]byte, 0, len(raw))
	for ; len(raw) >= cols+1; raw = raw[cols+1:] {
		if raw[0] != 2 {
			return nil, false
		}
		for i := range row {
			row[i] += raw[1+i]
		}
		out = append(out, row...)
	}
	return out, true
}
