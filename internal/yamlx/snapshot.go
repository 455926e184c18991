package yamlx

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"
)

// The built-in YAML files (rule pack, lexicons, vocabularies, scoring data) are decoded
// at build time: snapshot.bin holds, for each of them, the value Decode gives, in a
// compact binary form keyed by the fingerprint of the YAML bytes (their length and
// CRC-32) and the Go type decoded into. Decode looks there first, so a run pays for reading those values, not for
// parsing their YAML (most of a fresh process's start-up). The YAML stays the one
// source a person edits: a file whose bytes changed has no entry and is parsed as
// before, and TestSnapshotCurrent (internal/yamlx/snapgen) fails until
// `go generate ./internal/yamlx` rewrites snapshot.bin. Files a user gives (--rules,
// config) are parsed: they have no entry.
//
//go:generate go run ../scope/vocabgen -o ../scope/vocab_gen.go
//go:generate go run ../lexicon/lexgen -o ../lexicon/lexicon_table_gen.go
//go:generate go run ./snapgen -o snapshot.bin
//go:generate go run ../lexicon/litgen -o ../lexicon/literals_gen.go
//go:generate go run ../lexicon/ixgen -o ../lexicon/index_table_gen.go
//go:generate go run ../signals/vocabgen -o ../signals/vocab_table_gen.go
//go:embed snapshot.bin
var snapshotBin string

const snapshotMagic = "resumecheck yaml snapshot 2\n"

// Fingerprint tells the YAML bytes a snapshot entry was made from: their length
// (u64) and CRC-32 (IEEE), little-endian. It only has to tell an edited built-in file
// from the one the snapshot was made of, and a CRC-32 catches every edit of a few
// bytes and all but one in 4 billion others, of a file that also kept its length
// (TestSnapshotCurrent compares the whole snapshot besides). It used to be a SHA-256:
// hashing every built-in file at start-up was 8% of a worker's instructions; the CRC
// runs about 20 times faster.
type Fingerprint [12]byte

// GoString is f as a Go expression, for the generators that key Go data by the file
// it was made from (fmt's %#v).
func (f Fingerprint) GoString() string {
	var b strings.Builder
	b.WriteString("yamlx.Fingerprint{")
	for i, c := range f {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%#02x", c)
	}
	b.WriteString("}")
	return b.String()
}

// FingerprintOf fingerprints data.
func FingerprintOf(data []byte) (f Fingerprint) {
	binary.LittleEndian.PutUint64(f[:8], uint64(len(data)))
	binary.LittleEndian.PutUint32(f[8:], crc32.ChecksumIEEE(data))
	return f
}

type snapKey struct {
	sum Fingerprint
	typ string
}

var snap struct {
	once    sync.Once
	entries map[snapKey][]byte
	// off is set while a snapshot is being recorded: Decode then always parses.
	off bool
	// record, when set, is called after every successful Decode into a zero value.
	record func(file string, data []byte, v any)
	mu     sync.Mutex
}

// Record calls fn after each successful Decode into a zero value (what a snapshot
// entry is made of), and makes Decode parse every file meanwhile. It returns the
// function that stops recording. For the snapshot generator and its test.
func Record(fn func(file string, data []byte, v any)) (stop func()) {
	snap.mu.Lock()
	snap.off, snap.record = true, fn
	snap.mu.Unlock()
	return func() {
		snap.mu.Lock()
		snap.off, snap.record = false, nil
		snap.mu.Unlock()
	}
}

func recording() (bool, func(string, []byte, any)) {
	snap.mu.Lock()
	defer snap.mu.Unlock()
	return snap.off, snap.record
}

// typeKey names a Go type the way snapshot entries are keyed.
func typeKey(t reflect.Type) string {
	if t.Name() != "" && t.PkgPath() != "" {
		return t.PkgPath() + "." + t.Name()
	}
	return t.String()
}

func loadSnapshot() {
	snap.entries = map[snapKey][]byte{}
	if len(snapshotBin) == 0 {
		return
	}
	entries, err := ParseSnapshot(unsafe.Slice(unsafe.StringData(snapshotBin), len(snapshotBin)))
	if err != nil {
		return // an unreadable snapshot only costs speed: every file is parsed
	}
	for _, e := range entries {
		snap.entries[snapKey{e.Sum, e.Type}] = e.Value
	}
}

// fromSnapshot fills *v from the snapshot entry for data, if there is one and *v is
// still the zero value; it reports whether it did.
func fromSnapshot(data []byte, v any) bool {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || !rv.Elem().IsZero() {
		return false
	}
	snap.once.Do(loadSnapshot)
	if len(snap.entries) == 0 {
		return false
	}
	payload, ok := snap.entries[snapKey{FingerprintOf(data), typeKey(rv.Elem().Type())}]
	if !ok {
		return false
	}
	d := decoder{b: payload}
	if err := d.value(rv.Elem()); err != nil || len(d.b) != 0 {
		rv.Elem().SetZero()
		return false
	}
	return true
}

// SnapshotEntry is one decoded file in a snapshot.
type SnapshotEntry struct {
	File  string // where it came from, for people reading the generator's output
	Sum   Fingerprint
	Type  string
	Value []byte // the value, encoded by EncodeValue
}

// NewSnapshotEntry encodes the value v (a pointer) that data decodes to.
func NewSnapshotEntry(file string, data []byte, v any) (SnapshotEntry, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return SnapshotEntry{}, fmt.Errorf("%s: need a non-nil pointer, not %T", file, v)
	}
	var e encoder
	if err := e.value(rv.Elem()); err != nil {
		return SnapshotEntry{}, fmt.Errorf("%s: %v", file, err)
	}
	return SnapshotEntry{File: file, Sum: FingerprintOf(data), Type: typeKey(rv.Elem().Type()), Value: e.b}, nil
}

// DecodeEntry decodes an entry's value into v (a pointer to a zero value of its type).
func DecodeEntry(e SnapshotEntry, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || typeKey(rv.Elem().Type()) != e.Type {
		return fmt.Errorf("%s: cannot decode a %s into %T", e.File, e.Type, v)
	}
	d := decoder{b: e.Value}
	if err := d.value(rv.Elem()); err != nil {
		return fmt.Errorf("%s: %v", e.File, err)
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%s: %d bytes left after the value", e.File, len(d.b))
	}
	return nil
}

// WriteSnapshot encodes entries (sorted by file, type and sum, duplicates dropped) in
// the form ParseSnapshot reads.
func WriteSnapshot(entries []SnapshotEntry) []byte {
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return bytes.Compare(a.Sum[:], b.Sum[:]) < 0
	})
	var e encoder
	e.b = append(e.b, snapshotMagic...)
	var kept []SnapshotEntry
	for i, x := range entries {
		if i > 0 && x.Sum == entries[i-1].Sum && x.Type == entries[i-1].Type {
			continue
		}
		kept = append(kept, x)
	}
	e.uint(uint64(len(kept)))
	for _, x := range kept {
		e.string(x.File)
		e.string(x.Type)
		e.b = append(e.b, x.Sum[:]...)
		e.uint(uint64(len(x.Value)))
		e.b = append(e.b, x.Value...)
	}
	return e.b
}

// ParseSnapshot reads what WriteSnapshot wrote. Values are not copied out of b.
func ParseSnapshot(b []byte) ([]SnapshotEntry, error) {
	if !bytes.HasPrefix(b, []byte(snapshotMagic)) {
		return nil, errors.New("not a snapshot")
	}
	d := decoder{b: b[len(snapshotMagic):]}
	n, err := d.uint()
	if err != nil || n > uint64(len(d.b)) {
		return nil, errSnapshot
	}
	out := make([]SnapshotEntry, 0, n)
	for i := uint64(0); i < n; i++ {
		var x SnapshotEntry
		if x.File, err = d.string(); err != nil {
			return nil, err
		}
		if x.Type, err = d.string(); err != nil {
			return nil, err
		}
		if len(d.b) < len(x.Sum) {
			return nil, errSnapshot
		}
		copy(x.Sum[:], d.b)
		d.b = d.b[len(x.Sum):]
		if x.Value, err = d.bytes(); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	if len(d.b) != 0 {
		return nil, errSnapshot
	}
	return out, nil
}

var errSnapshot = errors.New("snapshot cut short or damaged")

// The value encoding follows the Go type: booleans one byte, integers varints, floats
// their 8 IEEE bytes, strings and slices a length then their content, a nil slice, map
// or pointer a 0 where a set one has a 1, maps their entries in the order of their
// encoded keys (so the same value always gives the same bytes), structs their exported
// fields in order. Unexported fields are not written: one that is set refuses the
// value, as does an interface or any other kind YAML does not decode into.

type encoder struct{ b []byte }

func (e *encoder) uint(u uint64) { e.b = binary.AppendUvarint(e.b, u) }

func (e *encoder) string(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *encoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.b = append(e.b, 1)
		} else {
			e.b = append(e.b, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.b = binary.AppendVarint(e.b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.Float()))
	case reflect.String:
		e.string(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			e.b = append(e.b, 0)
			return nil
		}
		e.b = append(e.b, 1)
		return e.value(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			e.b = append(e.b, 0)
			return nil
		}
		e.b = append(e.b, 1)
		fallthrough
	case reflect.Array:
		e.uint(uint64(v.Len()))
		for i := 0; i < v.Len(); i++ {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			e.b = append(e.b, 0)
			return nil
		}
		e.b = append(e.b, 1)
		type kv struct{ k, v []byte }
		var items []kv
		it := v.MapRange()
		for it.Next() {
			var ke, ve encoder
			if err := ke.value(it.Key()); err != nil {
				return err
			}
			if err := ve.value(it.Value()); err != nil {
				return err
			}
			items = append(items, kv{ke.b, ve.b})
		}
		sort.Slice(items, func(i, j int) bool { return bytes.Compare(items[i].k, items[j].k) < 0 })
		e.uint(uint64(len(items)))
		for _, x := range items {
			e.b = append(e.b, x.k...)
			e.b = append(e.b, x.v...)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				if !v.Field(i).IsZero() {
					return fmt.Errorf("%s.%s: an unexported field is set", typeKey(t), f.Name)
				}
				continue
			}
			if err := e.value(v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("%s: a %s cannot be snapshotted", typeKey(v.Type()), v.Kind())
	}
	return nil
}

type decoder struct{ b []byte }

func (d *decoder) uint() (uint64, error) {
	if len(d.b) > 0 && d.b[0] < 0x80 {
		// One byte: most lengths and counts (binary.Uvarint is not inlined).
		u := uint64(d.b[0])
		d.b = d.b[1:]
		return u, nil
	}
	u, n := binary.Uvarint(d.b)
	if n <= 0 {
		return 0, errSnapshot
	}
	d.b = d.b[n:]
	return u, nil
}

func (d *decoder) bytes() ([]byte, error) {
	n, err := d.uint()
	if err != nil || n > uint64(len(d.b)) {
		return nil, errSnapshot
	}
	b := d.b[:n:n]
	d.b = d.b[n:]
	return b, nil
}

// string shares the snapshot's bytes, which nothing writes to (they are embedded in
// the binary's read-only data).
func (d *decoder) string() (string, error) {
	n, err := d.uint()
	if err != nil || n > uint64(len(d.b)) {
		return "", errSnapshot
	}
	if n == 0 {
		return "", nil
	}
	s := unsafe.String(&d.b[0], int(n))
	d.b = d.b[n:]
	return s, nil
}

func (d *decoder) flag() (bool, error) {
	if len(d.b) == 0 || d.b[0] > 1 {
		return false, errSnapshot
	}
	set := d.b[0] == 1
	d.b = d.b[1:]
	return set, nil
}

// length reads a count of values that each take at least one byte.
func (d *decoder) length() (int, error) {
	n, err := d.uint()
	if err != nil || n > uint64(len(d.b)) {
		return 0, errSnapshot
	}
	return int(n), nil
}

var (
	stringType      = reflect.TypeFor[string]()
	stringListsType = reflect.TypeFor[map[string][]string]()
)

// stringList reads a []string as value does (a nil flag, a length, the strings).
func (d *decoder) stringList(l *[]string) error {
	set, err := d.flag()
	if err != nil || !set {
		return err
	}
	n, err := d.length()
	if err != nil {
		return err
	}
	ss := make([]string, n)
	for i := range ss {
		if ss[i], err = d.string(); err != nil {
			return err
		}
	}
	*l = ss
	return nil
}

// fieldCache holds, by struct type, the indexes of its exported fields (the fields
// a snapshot holds): asking reflect for every field of every struct decoded was a
// tenth of the decoding.
var fieldCache sync.Map // reflect.Type -> []int

func exportedFields(t reflect.Type) []int {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]int)
	}
	var f []int
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).IsExported() {
			f = append(f, i)
		}
	}
	fieldCache.Store(t, f)
	return f
}

func (d *decoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		set, err := d.flag()
		if err != nil {
			return err
		}
		v.SetBool(set)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, n := binary.Varint(d.b)
		if n <= 0 {
			return errSnapshot
		}
		d.b = d.b[n:]
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u, err := d.uint()
		if err != nil {
			return err
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		if len(d.b) < 8 {
			return errSnapshot
		}
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(d.b)))
		d.b = d.b[8:]
	case reflect.String:
		s, err := d.string()
		if err != nil {
			return err
		}
		v.SetString(s)
	case reflect.Pointer:
		set, err := d.flag()
		if err != nil || !set {
			return err
		}
		p := reflect.New(v.Type().Elem())
		if err := d.value(p.Elem()); err != nil {
			return err
		}
		v.Set(p)
	case reflect.Slice:
		set, err := d.flag()
		if err != nil || !set {
			return err
		}
		n, err := d.length()
		if err != nil {
			return err
		}
		if v.Type().Elem() == stringType {
			// A list of strings (most of the built-in YAML: terms, words, patterns)
			// is read without a reflect call per element.
			ss := make([]string, n)
			for i := range ss {
				if ss[i], err = d.string(); err != nil {
					return err
				}
			}
			if sv := reflect.ValueOf(ss); v.Type() == sv.Type() {
				v.Set(sv)
			} else {
				v.Set(sv.Convert(v.Type()))
			}
			return nil
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			if err := d.value(s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Array:
		n, err := d.length()
		if err != nil || n != v.Len() {
			return errSnapshot
		}
		for i := 0; i < n; i++ {
			if err := d.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		set, err := d.flag()
		if err != nil || !set {
			return err
		}
		n, err := d.length()
		if err != nil {
			return err
		}
		t := v.Type()
		if t == stringListsType {
			// The lists of a lexicon, the classes of the scope vocabulary: made
			// without a reflect call per entry.
			m := make(map[string][]string, n)
			for i := 0; i < n; i++ {
				k, err := d.string()
				if err != nil {
					return err
				}
				var l []string
				if err := d.stringList(&l); err != nil {
					return err
				}
				m[k] = l
			}
			v.Set(reflect.ValueOf(m))
			return nil
		}
		m := reflect.MakeMapWithSize(t, n)
		k, e := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
		for i := 0; i < n; i++ {
			k.SetZero()
			e.SetZero()
			if err := d.value(k); err != nil {
				return err
			}
			if err := d.value(e); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for _, i := range exportedFields(v.Type()) {
			if err := d.value(v.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("a %s cannot be read from a snapshot", v.Kind())
	}
	return nil
}
