package nlp

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"math"
	"sort"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// tableFormat names the layout buildTable writes and loadPerceptron reads. Change it
// whenever either changes: it is part of the magic and of the disk cache's key, so a
// table in an older layout is never read as the new one.
const tableFormat = "RCTAG4\n"

// featureTypes lists prose's feature-name prefixes in the order the table stores
// them; the f* constants in tagger.go index this list.
var featureTypes = [nFeatureTypes]string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag",
	"i tag+i-2 tag", "i word", "i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word",
	"i+1 word", "i+1 suffix", "i+2 word"}

// proseAssets are the files of prose's averaged-perceptron tagger the table is built
// from, in the order tableInputs returns them.
var proseAssets = []string{"weights.gob", "tags.gob", "classes.gob"}

// tableInputs returns the raw bytes of prose's tagger assets. prose stores them
// gzipped inside its package and inflates them on each call.
func tableInputs() ([][]byte, error) {
	out := make([][]byte, len(proseAssets))
	for i, name := range proseAssets {
		b, err := prose.Asset("model/AveragedPerceptron/" + name)
		if err != nil {
			return nil, fmt.Errorf("nlp: prose's tagger weights: %w", err)
		}
		out[i] = b
	}
	return out, nil
}

// buildTable converts prose's averaged-perceptron weights (gobs of nested maps that
// take ~150 ms to decode) into one sorted table that perceptron searches in place,
// so that loading a built table costs next to nothing. The layout:
//
//	magic (tableFormat)
//	classes:  u8 count, then str8 each, sorted
//	tag map:  u32 count, u32 byte length of the entries, a u32 offset into the
//	          entries per word, then (str8 word, u8 class) each, sorted by word
//	types:    u8 count, then (str8 name, u32 first feature, u32 feature count) each
//	features: u32 count, then a u32 offset into records per feature
//	index:    u32 slot count (a power of two), then per slot a u32: 0 for an
//	          empty slot, else 1 + the record offset of a feature; a feature
//	          (type, value) sits at the first slot from featureHash(type, value)
//	          on, wrapping, that holds it or is empty
//	records:  per feature, sorted by (value, type): u8 type, u16 len + value,
//	          u8 n, then n × (u8 class, f64 weight) sorted by class name
//
// str8 is a u8 length and the bytes; integers are little-endian. The tagger looks
// a feature up in the index, not by binary search: a fresh process touches two
// places of the table per feature, not thirty, and on this kind of machine every
// page first touched costs a fault. Records are in value order, so that the features
// of one word (itself, the word before, after, two before, two after) sit together:
// a word's five lookups touch one page of records, not five.
func buildTable(inputs [][]byte) ([]byte, error) {
	var weights map[string]map[string]float64
	var tags map[string]string
	var classes []string
	for i, v := range []any{&weights, &tags, &classes} {
		if err := gob.NewDecoder(bytes.NewReader(inputs[i])).Decode(v); err != nil {
			return nil, fmt.Errorf("nlp: decoding prose's %s: %w", proseAssets[i], err)
		}
	}
	if len(classes) > math.MaxUint8 {
		return nil, fmt.Errorf("nlp: prose's tagger has %d classes; the table holds at most 255", len(classes))
	}
	sort.Strings(classes)
	classIdx := make(map[string]int, len(classes))
	for i, c := range classes {
		classIdx[c] = i
	}
	type feat struct {
		typ   int
		value string
		ws    map[string]float64
	}
	feats := make([]feat, 0, len(weights))
	for key, ws := range weights {
		// The longest type name that prefixes the key wins: "i-1 tag+i word x" is
		// not an "i-1 tag" feature.
		t, val := -1, ""
		for i, ty := range featureTypes {
			if key == ty {
				t, val = i, ""
				break
			}
			if strings.HasPrefix(key, ty+" ") && (t < 0 || len(ty) > len(featureTypes[t])) {
				t, val = i, key[len(ty)+1:]
			}
		}
		if t < 0 {
			return nil, fmt.Errorf("nlp: prose's tagger has an unknown feature %q", key)
		}
		if len(val) > math.MaxUint16 || len(ws) > math.MaxUint8 {
			return nil, fmt.Errorf("nlp: prose's tagger feature %q does not fit the table", key)
		}
		for c := range ws {
			if _, ok := classIdx[c]; !ok {
				return nil, fmt.Errorf("nlp: prose's tagger feature %q weighs unknown class %q", key, c)
			}
		}
		feats = append(feats, feat{t, val, ws})
	}
	sort.Slice(feats, func(i, j int) bool {
		if feats[i].typ != feats[j].typ {
			return feats[i].typ < feats[j].typ
		}
		return feats[i].value < feats[j].value
	})

	var out bytes.Buffer
	out.Grow(4 << 20)
	le := binary.LittleEndian
	u8 := func(v int) { out.WriteByte(byte(v)) }
	u32 := func(v int) { out.Write(le.AppendUint32(nil, uint32(v))) }
	str8 := func(s string) { u8(len(s)); out.WriteString(s) }
	out.WriteString(tableFormat)
	u8(len(classes))
	for _, c := range classes {
		str8(c)
	}
	words := make([]string, 0, len(tags))
	for w, c := range tags {
		if _, ok := classIdx[c]; !ok || len(w) > math.MaxUint8 {
			return nil, fmt.Errorf("nlp: prose's tag map entry %q → %q does not fit the table", w, c)
		}
		words = append(words, w)
	}
	sort.Strings(words)
	u32(len(words))
	size := 0
	for _, w := range words {
		size += 2 + len(w)
	}
	u32(size)
	off := 0
	for _, w := range words {
		u32(off)
		off += 2 + len(w)
	}
	for _, w := range words {
		str8(w)
		u8(classIdx[tags[w]])
	}
	u8(len(featureTypes))
	start := 0
	for t, ty := range featureTypes {
		n := 0
		for _, f := range feats {
			if f.typ == t {
				n++
			}
		}
		str8(ty)
		u32(start)
		u32(n)
		start += n
	}
	var records bytes.Buffer
	offsets := make([]int, len(feats))
	cs := make([]string, 0, len(classes))
	place := make([]int, len(feats))
	for i := range place {
		place[i] = i
	}
	sort.SliceStable(place, func(a, b int) bool { return feats[place[a]].value < feats[place[b]].value })
	for _, i := range place {
		f := feats[i]
		offsets[i] = records.Len()
		records.WriteByte(byte(f.typ))
		records.Write(le.AppendUint16(nil, uint16(len(f.value))))
		records.WriteString(f.value)
		cs = cs[:0]
		for c := range f.ws {
			cs = append(cs, c)
		}
		sort.Strings(cs)
		records.WriteByte(byte(len(cs)))
		for _, c := range cs {
			records.WriteByte(byte(classIdx[c]))
			records.Write(le.AppendUint64(nil, math.Float64bits(f.ws[c])))
		}
	}
	if records.Len() >= math.MaxUint32 {
		return nil, fmt.Errorf("nlp: prose's tagger weights (%d bytes) do not fit the table", records.Len())
	}
	u32(len(feats))
	for _, o := range offsets {
		u32(o)
	}
	slots := indexSlots(len(feats))
	index := make([]uint32, slots)
	for i, f := range feats {
		j := featureHash(f.typ, f.value) & uint64(slots-1)
		for index[j] != 0 {
			j = (j + 1) & uint64(slots-1)
		}
		index[j] = uint32(offsets[i]) + 1
	}
	u32(slots)
	for _, v := range index {
		u32(int(v))
	}
	out.Write(records.Bytes())
	return out.Bytes(), nil
}

// indexSlots is the slot count of the feature index for n features: a power of two
// at least twice n, so a probe run stays short.
func indexSlots(n int) int {
	slots := 1
	for slots < 2*n {
		slots <<= 1
	}
	return slots
}

// featureHash is FNV-1a over the feature's type (one byte) and value.
func featureHash(typ int, value string) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(byte(typ))
	h *= 1099511628211
	for i := 0; i < len(value); i++ {
		h ^= uint64(value[i])
		h *= 1099511628211
	}
	return h
}
