package rules

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/signals"
)

// --- repetition ----------------------------------------------------------------

// repetitionSpec finds what a résumé repeats across bullets, one finding per bullet:
//
//	check: filler_tails  a trailing "-ing" clause (", ensuring alignment") whose verb
//	                     ends at least min bullets: a habit, not evidence
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

// trailingClause returns the rune span of a bullet's trailing participle clause (after
// its last comma or dash, an "-ing" word perhaps after an adverb) and that verb.
func trailingClause(text string) (signals.Span, string, bool) {
	runes := []rune(text)
	cut := -1
	for i := len(runes) - 1; i >= 0; i-- {
		if runes[i] == ',' || runes[i] == '—' || runes[i] == '–' || runes[i] == ';' {
			cut = i
			break
		}
	}
	if cut < 0 {
		return signals.Span{}, "", false
	}
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
	except := map[string]bool{}
	for _, w := range p.Except {
		except[strings.ToLower(w)] = true
	}
	for _, i := range c.inScope {
		if sp, verb, ok := trailingClause(c.bullets[i].Text); ok && !except[verb] {
			if strings.IndexFunc(string([]rune(c.bullets[i].Text)[sp.Start:sp.End]), unicode.IsDigit) >= 0 {
				continue // a tail with a figure says what changed
			}
			tails = append(tails, tail{i, sp, verb})
			per[verb]++
		}
	}
	var out []hit
	for _, t := range tails {
		if per[t.verb] < *p.Min {
			continue
		}
		b := &c.bullets[t.i]
		sp := t.sp
		out = append(out, hit{ref: b.Ref, pos: b.Pos, span: &sp, data: MessageData{
			Evidence: string([]rune(b.Text)[sp.Start:sp.End]), Count: per[t.verb], Value: t.verb,
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
	var out []hit
	for j := 0; j < n; j++ {
		if len(sets[j]) < 6 {
			continue // short lines ("Python", "Team lead") repeat for good reasons
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
