package signals

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// vocabTable is the analyser's vocabulary in one read-only table: every word a list or
// a phrase names, the sets each word is in, and the phrases indexed by the words their
// first slot takes. For the built-in lexicons it is Go data written at build time
// (vocab_table_gen.go, `go generate ./internal/yamlx`), which a process reads in place:
// building some 240 word sets and parsing 130 phrases at start-up was the largest
// step of a fresh worker's wait for its analyser. Other lexicons get the same table
// built at run time (buildVocabTable), the one the generator writes down.
type vocabTable struct {
	// words holds the words one after another: word i is words[ends[i-1]:ends[i]]
	// (from 0 for i = 0).
	words string
	ends  []uint32
	// slots is an open-addressing index of the words by wordHash: word id + 1, 0 for
	// an empty slot; its length is a power of two.
	slots []uint16
	// word i is in the sets in[inAt[i]:inAt[i+1]], in increasing order. Set i <
	// len(lists) is the named list lists[i]; the others are the words written in a
	// phrase slot.
	inAt []uint32
	in   []uint16
	// lists are the named lists, sorted.
	lists []string
	// phrases are every kind's phrases, kind by kind, each kind's in the order of its
	// specs; phrase p's slots are slotsOf[phrases[p].from:phrases[p].to].
	phrases []tablePhrase
	slotsOf []slot
	// word i starts the phrases first[firstAt[i]:firstAt[i+1]], in phrase order.
	firstAt []uint32
	first   []uint16
	// sum is vocabSum of the lists and phrase specs the table was built from.
	sum uint64
}

type tablePhrase struct {
	kind     uint8
	from, to uint16
}

// A wordSet is one set of a vocabTable; its zero value is empty.
type wordSet struct {
	t  *vocabTable
	id uint16
}

// has reports whether w is in the set.
func (s wordSet) has(w string) bool {
	if s.t == nil {
		return false
	}
	i := s.t.lookup(w)
	return i >= 0 && s.t.inSet(i, s.id)
}

// wordHash is FNV-1a (32 bits) over the bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

func (t *vocabTable) word(i int) string {
	from := uint32(0)
	if i > 0 {
		from = t.ends[i-1]
	}
	return t.words[from:t.ends[i]]
}

// lookup returns the id of word w, or -1.
func (t *vocabTable) lookup(w string) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for j := wordHash(w) & mask; ; j = (j + 1) & mask {
		v := t.slots[j]
		if v == 0 {
			return -1
		}
		if t.word(int(v-1)) == w {
			return int(v - 1)
		}
	}
}

// inSet reports whether word i is in set id.
func (t *vocabTable) inSet(i int, id uint16) bool {
	for _, s := range t.in[t.inAt[i]:t.inAt[i+1]] {
		if s >= id {
			return s == id
		}
	}
	return false
}

// inAny reports whether word i is in one of the sets ids.
func (t *vocabTable) inAny(i int, ids []uint16) bool {
	for _, id := range ids {
		if t.inSet(i, id) {
			return true
		}
	}
	return false
}

// list returns the named list's set, and whether there is one.
func (t *vocabTable) list(name string) (wordSet, bool) {
	i, ok := slices.BinarySearch(t.lists, name)
	if !ok {
		return wordSet{}, false
	}
	return wordSet{t, uint16(i)}, true
}

// startingWith returns the phrases (indexes into phrases) whose first slot takes word i.
func (t *vocabTable) startingWith(i int) []uint16 {
	return t.first[t.firstAt[i]:t.firstAt[i+1]]
}

// vocabSum fingerprints what a vocabTable is built from (FNV-1a, 64 bits): the named
// lists in name order with their words, then each kind's phrase specs.
func vocabSum(lists map[string][]string, specs [phKinds][]string) uint64 {
	h := uint64(14695981039346656037)
	add := func(s string, end byte) {
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		h ^= uint64(end)
		h *= 1099511628211
	}
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		add(n, 1)
		for _, w := range lists[n] {
			add(w, 2)
		}
	}
	for _, ks := range specs {
		for _, spec := range ks {
			add(spec, 3)
		}
		add("", 4)
	}
	return h
}

// tableBuilder collects the words and sets of a vocabTable.
type tableBuilder struct {
	ids   map[string]int    // word → id
	words []string          // by id
	in    [][]uint16        // sets of each word
	sets  map[string]uint16 // a slot's own words (joined) → set id
	named map[string]uint16 // list name → set id
	byID  [][]string        // the words of each set
}

func (b *tableBuilder) word(w string) int {
	if i, ok := b.ids[w]; ok {
		return i
	}
	i := len(b.words)
	b.ids[w] = i
	b.words = append(b.words, w)
	b.in = append(b.in, nil)
	return i
}

func (b *tableBuilder) add(w string, set uint16) {
	i := b.word(w)
	if n := len(b.in[i]); n == 0 || b.in[i][n-1] != set {
		b.in[i] = append(b.in[i], set)
	}
}

// ownSet returns the set of a slot's own words, shared by slots with the same words.
func (b *tableBuilder) ownSet(words []string) (uint16, error) {
	key := strings.Join(words, "\x00")
	if id, ok := b.sets[key]; ok {
		return id, nil
	}
	if len(b.byID) >= 1<<16-1 {
		return 0, fmt.Errorf("more than %d word sets", 1<<16-2)
	}
	id := uint16(len(b.byID))
	b.byID = append(b.byID, words)
	b.sets[key] = id
	for _, w := range words {
		b.add(w, id)
	}
	return id, nil
}

// buildVocabTable builds the table of lists (by name) and the phrase specs of every
// kind. An error names the kind of the spec it is about (its index).
func buildVocabTable(lists map[string][]string, specs [phKinds][]string) (*vocabTable, int, error) {
	b := &tableBuilder{ids: map[string]int{}, sets: map[string]uint16{}, named: map[string]uint16{}}
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	slices.Sort(names)
	if len(names) >= 1<<16-1 {
		return nil, 0, fmt.Errorf("more than %d word lists", 1<<16-2)
	}
	for i, n := range names {
		b.named[n] = uint16(i)
		b.byID = append(b.byID, lists[n])
		for _, w := range lists[n] {
			b.add(w, uint16(i))
		}
	}
	t := &vocabTable{lists: names, sum: vocabSum(lists, specs)}
	var starts [][]uint16 // by word id: the phrases it starts
	for kind, ks := range specs {
		for _, spec := range ks {
			slots, err := b.parsePhrase(spec)
			if err != nil {
				return nil, kind, err
			}
			if len(t.phrases) == 1<<16-1 || len(t.slotsOf)+len(slots) > 1<<16-1 {
				return nil, kind, fmt.Errorf("too many phrases")
			}
			p := uint16(len(t.phrases))
			t.phrases = append(t.phrases, tablePhrase{kind: uint8(kind), from: uint16(len(t.slotsOf)), to: uint16(len(t.slotsOf) + len(slots))})
			t.slotsOf = append(t.slotsOf, slots...)
			for _, id := range slots[0].sets {
				for _, w := range b.byID[id] {
					i := b.word(w)
					for len(starts) <= i {
						starts = append(starts, nil)
					}
					// a word the first slot takes twice (written and in a list) is
					// indexed once
					if n := len(starts[i]); n == 0 || starts[i][n-1] != p {
						starts[i] = append(starts[i], p)
					}
				}
			}
		}
	}
	if len(b.words) >= 1<<16-1 {
		return nil, 0, fmt.Errorf("more than %d words", 1<<16-2)
	}
	var sb strings.Builder
	for _, w := range b.words {
		sb.WriteString(w)
		t.ends = append(t.ends, uint32(sb.Len()))
	}
	t.words = sb.String()
	t.slots = make([]uint16, 1<<bits.Len(uint(2*len(b.words))))
	mask := uint32(len(t.slots) - 1)
	for i, w := range b.words {
		j := wordHash(w) & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = uint16(i + 1)
	}
	t.inAt = make([]uint32, 0, len(b.words)+1)
	t.firstAt = make([]uint32, 0, len(b.words)+1)
	for i := range b.words {
		t.inAt = append(t.inAt, uint32(len(t.in)))
		s := slices.Clone(b.in[i])
		slices.Sort(s)
		t.in = append(t.in, slices.Compact(s)...)
		t.firstAt = append(t.firstAt, uint32(len(t.first)))
		if i < len(starts) {
			t.first = append(t.first, starts[i]...)
		}
	}
	t.inAt = append(t.inAt, uint32(len(t.in)))
	t.firstAt = append(t.firstAt, uint32(len(t.first)))
	return t, 0, nil
}
