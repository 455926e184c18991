package rules

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// --- repetition ----------------------------------------------------------------

// repetitionSpec finds what a résumé repeats across bullets, one finding per bullet:
//
//	check: filler_tails  a trailing "-ing" clause (", ensuring alignment") whose verb
//	                     ends at least min bullets (the verbs listed in fillers count
//	                     together): a habit, not evidence
//	check: duplicates    a bullet that repeats another almost word for word (a profile
//	                     that copies experience bullets); the later copy is flagged.
//	                     similarity is the share of shared words over both (default 0.8)
type repetitionSpec struct {
	Rule       `yaml:",inline"`
	Check      string   `yaml:"check"`
	Min        *int     `yaml:"min"`
	Similarity *float64 `yaml:"similarity"`
	// Except are "-ing" words that open a clause without being a filler verb
	// ("including", "following").
	Except []string `yaml:"except"`
	// Fillers are "-ing" verbs that say impact without showing any ("ensuring",
	// "driving"): their tails count together toward min.
	Fillers []string `yaml:"fillers"`
}

func (p *repetitionSpec) compile(src *source) (checker, error) {
	switch p.Check {
	case "filler_tails":
		if p.Min == nil || *p.Min < 2 {
			return nil, src.errAt("$.min", "filler_tails needs min of at least 2 (bullets sharing a tail)")
		}
	case "duplicates":
		if p.Similarity == nil {
			v := 0.8
			p.Similarity = &v
		}
		if *p.Similarity <= 0 || *p.Similarity > 1 {
			return nil, src.errAt("$.similarity", "similarity is a share from 0 (excluded) to 1")
		}
	default:
		return nil, src.errAt("$.check", "check must be filler_tails or duplicates")
	}
	return p, nil
}

func (p *repetitionSpec) scope() Scope { return ScopeBullet }

func (p *repetitionSpec) doc(c *docCtx) []hit {
	if p.Check == "filler_tails" {
		return p.fillerTails(c)
	}
	return p.duplicates(c)
}

// trailingClause returns the rune span of a bullet's trailing participle clause and
// its verb: from the first comma, dash or semicolon (after the bullet's first four
// words) that an "-ing" word opens, perhaps after an adverb, "while" or "and", to the
// end. ", ensuring delivery, while maintaining quality, scalability and speed" is one
// tail even though commas follow it. A bullet that opens with a gerund lists gerunds
// ("Mentoring juniors, setting conventions, and promoting ..."): no tail.
func trailingClause(text string) (signals.Span, string, bool) {
	runes := []rune(text)
	if w := strings.Fields(text); len(w) > 0 && strings.HasSuffix(strings.ToLower(strings.TrimFunc(w[0], unicode.IsPunct)), "ing") {
		return signals.Span{}, "", false
	}
	words := 0
	for cut := 0; cut < len(runes); cut++ {
		if unicode.IsSpace(runes[cut]) {
			words++
		}
		if words < 4 || !(runes[cut] == ',' || runes[cut] == '—' || runes[cut] == '–' || runes[cut] == ';') {
			continue
		}
		if sp, verb, ok := participleAt(runes, cut); ok {
			return sp, verb, true
		}
	}
	return signals.Span{}, "", false
}

// participleAt reports whether the clause after runes[cut] opens with an "-ing" word
// (within its first three words, past adverbs and joining words) and returns the span
// from the clause's start to the end of the bullet.
func participleAt(runes []rune, cut int) (signals.Span, string, bool) {
	rest := string(runes[cut+1:])
	for k, w := range strings.Fields(rest) {
		if k >= 3 {
			break
		}
		lw := strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))
		if strings.HasSuffix(lw, "ly") || lw == "thereby" || lw == "thus" || lw == "while" || lw == "and" {
			continue
		}
		if len(lw) > 4 && strings.HasSuffix(lw, "ing") {
			start := cut + 1
			for start < len(runes) && unicode.IsSpace(runes[start]) {
				start++
			}
			end := len(runes)
			for end > start && (unicode.IsSpace(runes[end-1]) || runes[end-1] == '.') {
				end--
			}
			return signals.Span{Start: start, End: end}, lw, true
		}
		break
	}
	return signals.Span{}, "", false
}

func (p *repetitionSpec) fillerTails(c *docCtx) []hit {
	type tail struct {
		i    int
		sp   signals.Span
		verb string
	}
	var tails []tail
	per := map[string]int{}
	except, filler := map[string]bool{}, map[string]bool{}
	for _, w := range p.Except {
		except[strings.ToLower(w)] = true
	}
	for _, w := range p.Fillers {
		filler[strings.ToLower(w)] = true
	}
	// The filler verbs count as one habit: ", ensuring X" on two bullets and ", driving
	// Y" on a third is the same template tail three times.
	key := func(verb string) string {
		if filler[verb] {
			return "\x00filler"
		}
		return verb
	}
	for _, i := range c.inScope {
		if sp, verb, ok := trailingClause(c.bullets[i].Text); ok && !except[verb] {
			if strings.IndexFunc(string([]rune(c.bullets[i].Text)[sp.Start:sp.End]), unicode.IsDigit) >= 0 {
				continue // a tail with a figure says what changed
			}
			tails = append(tails, tail{i, sp, verb})
			per[key(verb)]++
		}
	}
	var out []hit
	for _, t := range tails {
		n := per[key(t.verb)]
		if n < *p.Min {
			continue
		}
		b := &c.bullets[t.i]
		sp := t.sp
		out = append(out, hit{ref: b.Ref, pos: b.Pos, span: &sp, data: MessageData{
			Evidence: string([]rune(b.Text)[sp.Start:sp.End]), Count: n, Value: t.verb,
		}})
	}
	return out
}

// wordSet is the set of a text's lower-case words of three letters or more.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 {
			out[w] = true
		}
	}
	return out
}

// maxCompared bounds the bullets compared pairwise (each pair costs a set overlap).
const maxCompared = 400

func (p *repetitionSpec) duplicates(c *docCtx) []hit {
	n := min(len(c.bullets), maxCompared)
	sets := make([]map[string]bool, n)
	for i := 0; i < n; i++ {
		sets[i] = wordSet(c.bullets[i].Text)
	}
	profile := profileSentences(c.doc)
	var out []hit
	for j := 0; j < n; j++ {
		if len(sets[j]) < 6 {
			continue // short lines ("Python", "Team lead") repeat for good reasons
		}
		// A profile paragraph that copies the bullet: its sentences are not bullets, so
		// they are compared on their own.
		copied := false
		for _, ps := range profile {
			if similar(ps.words, sets[j], *p.Similarity) {
				b := &c.bullets[j]
				out = append(out, hit{ref: b.Ref, pos: b.Pos, data: MessageData{Evidence: ps.where, Role: ps.where}})
				copied = true
				break
			}
		}
		if copied {
			continue
		}
		for i := 0; i < j; i++ {
			if len(sets[i]) < 6 || !similar(sets[i], sets[j], *p.Similarity) {
				continue
			}
			b, first := &c.bullets[j], &c.bullets[i]
			where := "another bullet"
			if r := c.roleOf[i]; r != nil {
				where = roleName(r.role)
			} else if first.Ref.Section >= 0 && first.Ref.Section < len(c.doc.Sections) {
				if h := strings.TrimSpace(c.doc.Sections[first.Ref.Section].Heading); h != "" {
					where = h
				}
			}
			out = append(out, hit{ref: b.Ref, pos: b.Pos, data: MessageData{Evidence: where, Role: where}})
			break
		}
	}
	return out
}

// profileSentence is one sentence of a summary or profile paragraph.
type profileSentence struct {
	words map[string]bool
	where string
}

// profileSentences returns the sentences (six words or more) of the text lines of the
// summary sections: a profile written as a paragraph that repeats experience bullets.
func profileSentences(doc *resume.Document) []profileSentence {
	if doc == nil {
		return nil
	}
	var out []profileSentence
	for _, sec := range doc.Sections {
		if sec.Kind != resume.KindSummary {
			continue
		}
		where := strings.TrimSpace(sec.Heading)
		if where == "" {
			where = "your summary"
		}
		var para strings.Builder
		for _, l := range sec.Text {
			para.WriteString(l.Text)
			para.WriteByte(' ')
		}
		for _, sent := range splitSentences(para.String()) {
			if ws := wordSet(sent); len(ws) >= 6 {
				out = append(out, profileSentence{words: ws, where: where})
			}
		}
	}
	return out
}

// splitSentences cuts text after ". ", "! " or "? " followed by a capital letter.
func splitSentences(text string) []string {
	var out []string
	runes := []rune(text)
	start := 0
	for i := 0; i+2 < len(runes); i++ {
		if (runes[i] == '.' || runes[i] == '!' || runes[i] == '?') && unicode.IsSpace(runes[i+1]) && unicode.IsUpper(runes[i+2]) {
			out = append(out, string(runes[start:i+1]))
			start = i + 2
		}
	}
	return append(out, string(runes[start:]))
}

// similar reports whether two word sets share at least share of all their words.
func similar(a, b map[string]bool, share float64) bool {
	common := 0
	for w := range a {
		if b[w] {
			common++
		}
	}
	union := len(a) + len(b) - common
	return union > 0 && float64(common) >= share*float64(union)
}
