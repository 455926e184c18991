package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// indentSeeds are JSON texts whose indenting has a case of its own: empty and nested
// containers, strings holding brackets, commas, colons, quotes and backslashes, scalars
// at the top, whitespace between tokens and after the value.
var indentSeeds = []string{
	`{}`, `[]`, `{}` + "\n", `[[],{},[{}]]`, `{"a":{}}`, `{"a":[]}`, `{"a":[1,2,{"b":null}],"c":"d"}`,
	`"x"`, `1`, `true`, `null`, `-1.5e3` + "\n", `"\"{[,:]}\\"`, `{"k\"ey":"va\\\\l\"ue","e":"\u00e9\u202e"}`,
	` { "a" : [ 1 , 2 ] , "b" : { } } ` + "\n\t ", `[ ]`, `{"a":"b"}` + "\r\n",
	`{"text":"Led a team of 5 engineers; cut p95 latency from 800 ms to 200 ms (4×)","n":[0,1e-7]}`,
}

func indentWant(t testing.TB, src []byte) []byte {
	var want bytes.Buffer
	if err := json.Indent(&want, src, "", "  "); err != nil {
		t.Fatalf("json.Indent(%q): %v", src, err)
	}
	return want.Bytes()
}

// TestAppendIndentedAgreesWithIndent holds appendIndented to json.Indent on the seeds,
// on 5,000 generated values (compact as an Encoder writes them, and as re-indented text),
// and on what every writer test's report encodes to.
func TestAppendIndentedAgreesWithIndent(t *testing.T) {
	check := func(src []byte) {
		t.Helper()
		if got, want := appendIndented(nil, src), indentWant(t, src); !bytes.Equal(got, want) {
			t.Fatalf("appendIndented(%q)\n got %q\nwant %q", src, got, want)
		}
	}
	for _, s := range indentSeeds {
		check([]byte(s))
	}
	rng := rand.New(rand.NewPCG(15, 2026))
	for range 5000 {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(randomValue(rng, 0)); err != nil {
			t.Fatal(err)
		}
		check(buf.Bytes())
		check(indentWant(t, buf.Bytes()))
	}
	for _, b := range []*Batch{Single(fixtureReport(normalText)), Single(fixtureReport(payloadText)), fixtureBatch(), Single(&Report{File: "empty.txt"})} {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(b); err != nil {
			t.Fatal(err)
		}
		check(buf.Bytes())
	}
}

// TestJSONWriterAsEncoder checks that the JSON writer prints what an indenting Encoder
// printed before it had an indenter of its own, for one report (scored and not) and for
// a batch.
func TestJSONWriterAsEncoder(t *testing.T) {
	unscored := fixtureReport(normalText)
	unscored.Status = StatusTemplate
	for name, b := range map[string]*Batch{
		"single": Single(fixtureReport(normalText)), "unscored": Single(unscored),
		"payload": Single(fixtureReport(payloadText)), "batch": fixtureBatch(),
		"bare": Single(&Report{File: "empty.txt", Track: "ic"}),
	} {
		var got, want bytes.Buffer
		if err := (&JSONWriter{}).Write(&got, b); err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		// What Write printed before: the document through an indenting Encoder (a
		// report through its MarshalJSON).
		var v any
		if r, nb := (&JSONWriter{}).document(b); r != nil {
			v = r
		} else {
			v = nb
		}
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: JSONWriter and an indenting Encoder differ:\n%s\n---\n%s", name, got.Bytes(), want.Bytes())
		}
	}
}

func randomValue(rng *rand.Rand, depth int) any {
	k := rng.IntN(8)
	if depth > 4 {
		k = rng.IntN(4)
	}
	switch k {
	case 0:
		return randomString(rng)
	case 1:
		return rng.NormFloat64() * 1e3
	case 2:
		return rng.IntN(2) == 0
	case 3:
		return nil
	case 4, 5:
		m := map[string]any{}
		for range rng.IntN(4) {
			m[randomString(rng)] = randomValue(rng, depth+1)
		}
		return m
	default:
		s := make([]any, rng.IntN(4))
		for i := range s {
			s[i] = randomValue(rng, depth+1)
		}
		return s
	}
}

var stringPieces = []string{"a", "team", " ", `"`, `\`, "{", "}", "[", "]", ",", ":", "\n", "\t", "é", "\u202e", "\x00", "<", "&", "\\u0041", "ü"}

func randomString(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(6) {
		b.WriteString(stringPieces[rng.IntN(len(stringPieces))])
	}
	return b.String()
}

// FuzzAppendIndented holds appendIndented to json.Indent on any valid JSON.
func FuzzAppendIndented(f *testing.F) {
	for _, s := range indentSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !json.Valid(src) {
			return
		}
		if got, want := appendIndented(nil, src), indentWant(t, src); !bytes.Equal(got, want) {
			t.Fatalf("appendIndented(%q)\n got %q\nwant %q", src, got, want)
		}
	})
}
