package rewrite

import (
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Rewrite applies the fixes to one bullet and returns the rewritten text and the actions
// that changed it, in the order applied. The result is the same whatever the order of
// fixes. A fix is skipped when its fixer does not apply or when its result would break a
// promise of the tool: no digit outside brackets that the original lacks, and no word of
// the original lost other than pronouns, duty phrases and auxiliaries (so every
// technical term survives).
func Rewrite(text string, fixes []Fix) (after string, actions []string) {
	// A fixer bug on odd text must cost a suggestion, never the report.
	defer func() {
		if r := recover(); r != nil {
			after, actions = strings.TrimSpace(text), nil
		}
	}()
	orig := strings.TrimSpace(collapseSpace(text))
	cur := orig
	if orig == "" {
		return "", nil
	}
	seen := map[string]bool{}
	for _, f := range sortedFixes(fixes) {
		key := fixKey(f)
		if seen[key] {
			continue
		}
		seen[key] = true
		fx, ok := fixers[f.Action]
		if !ok {
			continue
		}
		next, ok := fx(cur, f.Params)
		next = strings.TrimSpace(collapseSpace(next))
		if !ok || next == cur || next == "" {
			continue
		}
		var allowed []string
		if f.Action == ActionReplaceWord {
			allowed = words(f.Params["from"])
		}
		if !safeRewrite(orig, next, allowed) {
			continue
		}
		cur = next
		actions = append(actions, f.Action)
	}
	// A duty opener can uncover a pronoun ("My duties included leading my team"):
	// a requested pronoun fix gets a second look at the end.
	if seen[fixKey(Fix{Action: ActionDropPronoun})] {
		if next, ok := dropPronoun(cur, nil); ok && safeRewrite(orig, next, nil) {
			if !hasString(actions, ActionDropPronoun) {
				actions = append(actions, ActionDropPronoun)
			}
			cur = strings.TrimSpace(collapseSpace(next))
		}
	}
	if !worthOffering(orig, cur, seen[fixKey(Fix{Action: ActionDropPronoun})]) {
		return orig, nil
	}
	return cur, actions
}

// worthOffering reports whether a rewrite is one a coach would hand over: not one that
// leaves the weak opener it was asked to fix ("Involved in ..." after dropping
// "Actively"), nor one that removed the first person only in part ("Worked as ...,
// where I contributed").
func worthOffering(orig, cur string, pronounAsked bool) bool {
	if cur == orig {
		return true
	}
	if isOpener(afterLabel(cur)) {
		return false
	}
	if pronounAsked && FirstPersonLeft(cur) {
		return false
	}
	return true
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedFixes(fixes []Fix) []Fix {
	rank := map[string]int{}
	for i, a := range actionOrder {
		rank[a] = i
	}
	out := append([]Fix(nil), fixes...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, ok := rank[out[i].Action]
		if !ok {
			ri = len(actionOrder)
		}
		rj, ok := rank[out[j].Action]
		if !ok {
			rj = len(actionOrder)
		}
		if ri != rj {
			return ri < rj
		}
		return fixKey(out[i]) < fixKey(out[j])
	})
	return out
}

func fixKey(f Fix) string {
	keys := make([]string, 0, len(f.Params))
	for k := range f.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(f.Action)
	for _, k := range keys {
		b.WriteString("\x00" + k + "=" + f.Params[k])
	}
	return b.String()
}

func isHSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// collapseSpace turns every run of horizontal white space into one space (newlines
// stay). It runs on every fixer's output, so text that needs no change is returned as
// it is, without allocating.
func collapseSpace(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && isHSpace(c) || c == ' ' && i+1 < len(s) && isHSpace(s[i+1]) {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if !isHSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteByte(' ')
		for i < len(s) && isHSpace(s[i]) {
			i++
		}
	}
	return b.String()
}

// ---- safety ----

// removable are the words a fixer may take out: pronouns, duty phrases, auxiliaries,
// and the small words they come with.
var removable = setOf(`primary general main key daily i me my myself i'm i've was were is am are be been being has have had
responsible for in charge of tasked charged with duties duty included include includes role
roles responsibilities job task asked to involved participated worked work working on helped
help helps helping assisted assist assisting aided took part by the a an which that it them also
got and of out basis`)

// setOf returns the set of the words of s, made at its first use: every process of
// the CLI runs every package's init, and the parent rewrites nothing.
func setOf(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	})
}

// words splits text into lower-case words with surrounding punctuation trimmed.
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(trimPunct(f))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool {
		return unicode.IsPunct(r) && r != '%' && r != '#' && r != '+' && r != '$' || unicode.IsSymbol(r) && r != '$' && r != '+'
	})
}

// outsideBrackets returns s without its [bracketed] placeholders.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func digitCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if unicode.IsDigit(r) {
			m[r]++
		}
	}
	return m
}

// NewDigits returns the digits that after has outside brackets beyond those of before.
func NewDigits(before, after string) []rune {
	b := digitCounts(before)
	var out []rune
	a := digitCounts(outsideBrackets(after))
	keys := make([]rune, 0, len(a))
	for r := range a {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		if a[r] > b[r] {
			out = append(out, r)
		}
	}
	return out
}

// LostWords returns the words of before that after no longer has in any form, ignoring
// the words fixers are allowed to remove.
func LostWords(before, after string) []string {
	return lostWords(before, after, nil)
}

func lostWords(before, after string, allowed []string) []string {
	have := map[string]bool{}
	l := verbs()
	for _, w := range words(after) {
		have[w] = true
		if b := l.baseOf(w); b != "" {
			have["\x00"+b] = true
		}
	}
	ok := map[string]bool{}
	for _, w := range allowed {
		ok[w] = true
	}
	var lost []string
	for _, w := range words(before) {
		if have[w] || removable()[w] || ok[w] {
			continue
		}
		if b := l.baseOf(w); b != "" && have["\x00"+b] {
			continue
		}
		// An action noun turned into its verb ("the development of X" -> "Developed
		// X") keeps the word's meaning: it is not lost.
		if v, ok := nouns().nominal[w]; ok && have["\x00"+v.base] {
			continue
		}
		lost = append(lost, w)
	}
	return lost
}

func safeRewrite(orig, next string, allowed []string) bool {
	return len(NewDigits(orig, next)) == 0 && len(lostWords(orig, next, allowed)) == 0
}

// ---- helpers on word sequences ----

// firstWord splits s into its first word and the rest.
func firstWord(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeft(s[i+1:], " ")
}

// hasPrefixWords reports whether s starts with the words of p (case-insensitive) and
// returns the rest.
func hasPrefixWords(s, p string) (string, bool) {
	rest := s
	for want := range strings.FieldsSeq(p) {
		w, r := firstWord(rest)
		if !strings.EqualFold(w, want) {
			return s, false
		}
		rest = r
	}
	return rest, true
}
