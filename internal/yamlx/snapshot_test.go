package yamlx

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

type snapInner struct {
	Words []string       `yaml:"words"`
	Score float64        `yaml:"score"`
	Next  *snapInner     `yaml:"next"`
	Count map[string]int `yaml:"count"`
}

type (
	snapWords []string
	snapKind  string
)

type snapOuter struct {
	Tags   snapWords            `yaml:"tags"`
	Kinds  []snapKind           `yaml:"kinds"`
	Name   string               `yaml:"name"`
	On     bool                 `yaml:"on"`
	N      int                  `yaml:"n"`
	U      uint8                `yaml:"u"`
	Empty  []string             `yaml:"empty"`
	Nil    []string             `yaml:"nil"`
	Inner  snapInner            `yaml:"inner"`
	ByName map[string]snapInner `yaml:"by_name"`
	Pair   [2]string            `yaml:"pair"`
	hidden int
}

func TestSnapshotRoundTrip(t *testing.T) {
	data := []byte(`name: "x: y"
tags: [t1, t2]
kinds: [k1]
on: true
n: -42
u: 200
empty: []
inner: {words: [a, "", ünï], score: 0.25, next: {words: [b]}, count: {a: 1, b: -2}}
by_name: {z: {score: 1}, a: {words: [c]}}
pair: [p, q]
`)
	var want snapOuter
	if err := Decode("t.yaml", data, &want); err != nil {
		t.Fatal(err)
	}
	e, err := NewSnapshotEntry("t.yaml", data, &want)
	if err != nil {
		t.Fatal(err)
	}
	var got snapOuter
	if err := DecodeEntry(e, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	if got.Nil != nil || got.Empty == nil {
		t.Errorf("nil and empty slices must stay apart: nil %v, empty %v", got.Nil, got.Empty)
	}
	// Maps are written in key order: the same value always gives the same bytes.
	for i := 0; i < 20; i++ {
		again, _ := NewSnapshotEntry("t.yaml", data, &want)
		if string(again.Value) != string(e.Value) {
			t.Fatal("the same value gave other bytes")
		}
	}
	// A cut value is an error, never a panic.
	for n := 0; n < len(e.Value); n++ {
		cut := e
		cut.Value = e.Value[:n]
		var v snapOuter
		if err := DecodeEntry(cut, &v); err == nil {
			t.Fatalf("a value cut at %d of %d bytes decoded", n, len(e.Value))
		}
	}
}

func TestSnapshotRefuses(t *testing.T) {
	v := snapOuter{hidden: 1}
	if _, err := NewSnapshotEntry("t.yaml", nil, &v); err == nil || !strings.Contains(err.Error(), "unexported") {
		t.Errorf("a set unexported field: err = %v", err)
	}
	var w struct{ V any }
	w.V = 1
	if _, err := NewSnapshotEntry("t.yaml", nil, &w); err == nil {
		t.Error("an interface was snapshotted")
	}
}

// useSnapshot makes Decode read entries instead of the embedded snapshot.
func useSnapshot(t *testing.T, entries []SnapshotEntry) {
	old := snapshotBin
	snapshotBin = string(WriteSnapshot(entries))
	snap.once = sync.Once{}
	t.Cleanup(func() {
		snapshotBin = old
		snap.once = sync.Once{}
	})
}

func TestDecodeReadsSnapshot(t *testing.T) {
	data := []byte("name: from yaml\n")
	// An entry whose value is not what the YAML says shows which one Decode read.
	e, err := NewSnapshotEntry("t.yaml", data, &snapOuter{Name: "from snapshot"})
	if err != nil {
		t.Fatal(err)
	}
	useSnapshot(t, []SnapshotEntry{e})
	var v snapOuter
	if err := Decode("t.yaml", data, &v); err != nil || v.Name != "from snapshot" {
		t.Errorf("known bytes: %q, %v; want the snapshot's value", v.Name, err)
	}
	// Other bytes (an edited file), another type, or a value that is not zero: parsed.
	var edited snapOuter
	if err := Decode("t.yaml", []byte("name: edited\n"), &edited); err != nil || edited.Name != "edited" {
		t.Errorf("edited bytes: %q, %v", edited.Name, err)
	}
	var other struct {
		Name string `yaml:"name"`
	}
	if err := Decode("t.yaml", data, &other); err != nil || other.Name != "from yaml" {
		t.Errorf("another type: %q, %v", other.Name, err)
	}
	set := snapOuter{N: 1}
	if err := Decode("t.yaml", data, &set); err != nil || set.Name != "from yaml" || set.N != 1 {
		t.Errorf("a value already set: %+v, %v", set, err)
	}
	// While recording, every file is parsed and reported.
	var seen []string
	stop := Record(func(file string, _ []byte, v any) { seen = append(seen, file+" "+v.(*snapOuter).Name) })
	var rec snapOuter
	err = Decode("t.yaml", data, &rec)
	stop()
	if err != nil || rec.Name != "from yaml" || len(seen) != 1 || seen[0] != "t.yaml from yaml" {
		t.Errorf("recording: %q, %v, seen %q", rec.Name, err, seen)
	}
}

func TestDamagedSnapshotIsParsed(t *testing.T) {
	data := []byte("name: from yaml\n")
	e, _ := NewSnapshotEntry("t.yaml", data, &snapOuter{Name: "from snapshot"})
	e.Value = e.Value[:len(e.Value)-1]
	useSnapshot(t, []SnapshotEntry{e})
	var v snapOuter
	if err := Decode("t.yaml", data, &v); err != nil || v.Name != "from yaml" {
		t.Errorf("damaged entry: %q, %v; want the YAML's value", v.Name, err)
	}
	if _, err := ParseSnapshot([]byte("something else")); err == nil {
		t.Error("a file that is not a snapshot was read")
	}
}
