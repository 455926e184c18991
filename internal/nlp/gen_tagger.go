//go:build ignore

// gen_tagger converts prose's averaged-perceptron weights (a gob of nested maps that
// takes ~150 ms to decode) into tagger.bin, a sorted table that the tagger searches
// in place, so loading costs nothing. Run with `go generate ./internal/nlp`.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

func decode(name string, v any) {
	b, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		log.Fatal(err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		log.Fatal(err)
	}
}

func main() {
	var weights map[string]map[string]float64
	var tags map[string]string
	var classes []string
	decode("weights.gob", &weights)
	decode("tags.gob", &tags)
	decode("classes.gob", &classes)
	sort.Strings(classes)
	classIdx := map[string]int{}
	for i, c := range classes {
		classIdx[c] = i
	}
	// featureTypes must list the types in the order nlp's tagger numbers them.
	types := []string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
		"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word"}
	type feat struct {
		typ   int
		value string
		ws    map[string]float64
	}
	var feats []feat
	for key, ws := range weights {
		t := -1
		val := ""
		for i, ty := range types {
			if key == ty {
				t = i
				break
			}
			if strings.HasPrefix(key, ty+" ") && (t < 0 || len(ty) > len(types[t])) {
				t, val = i, key[len(ty)+1:]
			}
		}
		if t < 0 {
			log.Fatalf("unknown feature %q", key)
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
	le := binary.LittleEndian
	u8 := func(v int) { out.WriteByte(byte(v)) }
	u32 := func(v int) { out.Write(le.AppendUint32(nil, uint32(v))) }
	str8 := func(s string) { u8(len(s)); out.WriteString(s) }
	out.WriteString("RCTAG1\n")
	u8(len(classes))
	for _, c := range classes {
		str8(c)
	}
	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	u32(len(words))
	for _, w := range words {
		str8(w)
		u8(classIdx[tags[w]])
	}
	u8(len(types))
	start := 0
	for t, ty := range types {
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
	for i, f := range feats {
		offsets[i] = records.Len()
		if len(f.value) > math.MaxUint16 {
			log.Fatalf("feature value too long: %q", f.value)
		}
		records.Write(le.AppendUint16(nil, uint16(len(f.value))))
		records.WriteString(f.value)
		cs := make([]string, 0, len(f.ws))
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
	u32(len(feats))
	for _, o := range offsets {
		u32(o)
	}
	out.Write(records.Bytes())
	if err := os.WriteFile("tagger.bin", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("tagger.bin: %d classes, %d tag-map words, %d features, %d bytes\n", len(classes), len(words), len(feats), out.Len())
}
