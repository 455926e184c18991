package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Diff compares two versions of a résumé: what a coach and a client look at after a
// revision.
type Diff struct {
	SchemaVersion string      `json:"schema_version"`
	Old           string      `json:"old"`
	New           string      `json:"new"`
	OldScore      int         `json:"old_score"`
	NewScore      int         `json:"new_score"`
	Delta         int         `json:"delta"`
	OldTrack      string      `json:"old_track"`
	NewTrack      string      `json:"new_track"`
	Areas         []AreaDelta `json:"areas"`
	// Improved and Worse are bullets present in both versions (matched by wording) whose
	// findings went down or up.
	Improved []BulletChange `json:"improved"`
	Worse    []BulletChange `json:"worse"`
	Added    []string       `json:"added"`
	Removed  []string       `json:"removed"`
	// Fixed and Introduced are findings present in only one version.
	Fixed      []FindingChange `json:"fixed"`
	Introduced []FindingChange `json:"introduced"`
}

// AreaDelta is an area's score before and after.
type AreaDelta struct {
	Name  string `json:"name"`
	Old   int    `json:"old"`
	New   int    `json:"new"`
	Delta int    `json:"delta"`
}

// BulletChange is a bullet before and after, with the rules it stopped or started firing.
type BulletChange struct {
	Before     string   `json:"before"`
	After      string   `json:"after"`
	Fixed      []string `json:"fixed,omitempty"`
	Introduced []string `json:"introduced,omitempty"`
}

// FindingChange is a finding of one version only.
type FindingChange struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// Compare computes the Diff from old to new.
func Compare(old, new *Report) *Diff {
	d := &Diff{
		SchemaVersion: SchemaVersion, Old: old.File, New: new.File,
		OldScore: old.OverallScore, NewScore: new.OverallScore, Delta: new.OverallScore - old.OverallScore,
		OldTrack: old.Track, NewTrack: new.Track,
		Improved: []BulletChange{}, Worse: []BulletChange{}, Added: []string{}, Removed: []string{},
		Fixed: []FindingChange{}, Introduced: []FindingChange{},
	}
	names := map[string]bool{}
	for n := range old.Areas {
		names[n] = true
	}
	for n := range new.Areas {
		names[n] = true
	}
	for _, a := range new.AreaDetails {
		if names[a.Name] {
			d.Areas = append(d.Areas, AreaDelta{a.Name, old.Areas[a.Name], new.Areas[a.Name], new.Areas[a.Name] - old.Areas[a.Name]})
			delete(names, a.Name)
		}
	}
	for _, n := range sortedNames(names) {
		d.Areas = append(d.Areas, AreaDelta{n, old.Areas[n], new.Areas[n], new.Areas[n] - old.Areas[n]})
	}

	pairs, added, removed := matchBullets(old.Bullets, new.Bullets)
	for _, p := range pairs {
		ob, nb := old.Bullets[p[0]], new.Bullets[p[1]]
		fixed, introduced := setDiff(ob.Findings, nb.Findings)
		c := BulletChange{Before: ob.Text, After: nb.Text, Fixed: fixed, Introduced: introduced}
		switch {
		case len(nb.Findings) < len(ob.Findings):
			d.Improved = append(d.Improved, c)
		case len(nb.Findings) > len(ob.Findings):
			d.Worse = append(d.Worse, c)
		}
	}
	for _, i := range added {
		d.Added = append(d.Added, new.Bullets[i].Text)
	}
	for _, i := range removed {
		d.Removed = append(d.Removed, old.Bullets[i].Text)
	}

	// Findings are told apart by rule and the text they point at: the bullet, matched
	// across versions, or the message for role and document findings.
	oldKey, newKey := map[string]FindingChange{}, map[string]FindingChange{}
	bulletOf := func(r *Report, ref int) string { return r.Bullets[ref].Text }
	pairOf := map[string]string{}
	for _, p := range pairs {
		pairOf[bulletOf(old, p[0])] = bulletOf(new, p[1])
	}
	for _, f := range old.Findings {
		k := f.RuleID + "\x00" + f.Message
		if t := findingBullet(old, f.Ref.Section, f.Ref.Role, f.Ref.Bullet); t != "" {
			if nt, ok := pairOf[t]; ok {
				t = nt
			}
			k = f.RuleID + "\x00" + t
		}
		oldKey[k] = FindingChange{f.RuleID, f.Message}
	}
	for _, f := range new.Findings {
		k := f.RuleID + "\x00" + f.Message
		if t := findingBullet(new, f.Ref.Section, f.Ref.Role, f.Ref.Bullet); t != "" {
			k = f.RuleID + "\x00" + t
		}
		newKey[k] = FindingChange{f.RuleID, f.Message}
	}
	for _, k := range sortedNames(keysOf(oldKey)) {
		if _, ok := newKey[k]; !ok {
			d.Fixed = append(d.Fixed, oldKey[k])
		}
	}
	for _, k := range sortedNames(keysOf(newKey)) {
		if _, ok := oldKey[k]; !ok {
			d.Introduced = append(d.Introduced, newKey[k])
		}
	}
	return d
}

func findingBullet(r *Report, section, role, bullet int) string {
	if bullet < 0 {
		return ""
	}
	for _, b := range r.Bullets {
		if b.Ref.Section == section && b.Ref.Role == role && b.Ref.Bullet == bullet {
			return b.Text
		}
	}
	return ""
}

// matchBullets pairs bullets of two versions: identical text first, then the most
// similar wording (at least half of the shorter one's content words), greedily.
func matchBullets(old, new []Bullet) (pairs [][2]int, added, removed []int) {
	usedOld, usedNew := map[int]bool{}, map[int]bool{}
	for i, ob := range old {
		for j, nb := range new {
			if !usedNew[j] && ob.Text == nb.Text {
				pairs = append(pairs, [2]int{i, j})
				usedOld[i], usedNew[j] = true, true
				break
			}
		}
	}
	type cand struct {
		i, j int
		sim  float64
	}
	var cands []cand
	for i, ob := range old {
		if usedOld[i] {
			continue
		}
		for j, nb := range new {
			if usedNew[j] {
				continue
			}
			if s := similarity(ob.Text, nb.Text); s >= 0.5 {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].sim > cands[b].sim })
	for _, c := range cands {
		if !usedOld[c.i] && !usedNew[c.j] {
			pairs = append(pairs, [2]int{c.i, c.j})
			usedOld[c.i], usedNew[c.j] = true, true
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a][1] < pairs[b][1] })
	for j := range new {
		if !usedNew[j] {
			added = append(added, j)
		}
	}
	for i := range old {
		if !usedOld[i] {
			removed = append(removed, i)
		}
	}
	return pairs, added, removed
}

// similarity is how much of the shorter bullet's content words the other one keeps
// (the overlap coefficient): a revision usually keeps the subject of a bullet and adds
// a result, so the shorter side is the better yardstick. Two shared words at least.
func similarity(a, b string) float64 {
	wa, wb := wordSet(a), wordSet(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	if inter < 2 {
		return 0
	}
	return float64(inter) / float64(min(len(wa), len(wb)))
}

// stopWords carry no subject and would pair unrelated bullets.
var stopWords = map[string]bool{"a": true, "an": true, "and": true, "the": true, "of": true, "for": true, "to": true, "in": true, "on": true, "with": true, "by": true, "at": true, "from": true, "as": true, "i": true, "we": true, "my": true, "our": true, "was": true, "were": true, "is": true, "are": true}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

func setDiff(old, new []string) (gone, came []string) {
	o, n := map[string]bool{}, map[string]bool{}
	for _, s := range old {
		o[s] = true
	}
	for _, s := range new {
		n[s] = true
	}
	for _, s := range old {
		if !n[s] {
			gone = append(gone, s)
		}
	}
	for _, s := range new {
		if !o[s] {
			came = append(came, s)
		}
	}
	return gone, came
}

func keysOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedNames(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// WriteDiff prints a Diff as "text", "markdown" or "json".
func WriteDiff(w io.Writer, d *Diff, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	case "markdown":
		return writeDiffMarkdown(w, d)
	case "text", "":
		return writeDiffText(w, d)
	}
	return fmt.Errorf("unknown diff format %q: use text, markdown or json", format)
}

func signed(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}

func writeDiffText(w io.Writer, d *Diff) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s → %s\n", d.Old, d.New)
	fmt.Fprintf(&b, "overall: %d → %d (%s)", d.OldScore, d.NewScore, signed(d.Delta))
	if d.OldTrack != d.NewTrack {
		fmt.Fprintf(&b, "; track: %s → %s", d.OldTrack, d.NewTrack)
	} else {
		fmt.Fprintf(&b, "; track: %s", d.NewTrack)
	}
	b.WriteString("\n\nareas:\n")
	for _, a := range d.Areas {
		fmt.Fprintf(&b, "  %-14s %3d → %3d (%s)\n", a.Name, a.Old, a.New, signed(a.Delta))
	}
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d):\n", title, len(items))
		for _, it := range items {
			fmt.Fprintf(&b, "  %s\n", it)
		}
	}
	changes := func(cs []BulletChange) []string {
		var out []string
		for _, c := range cs {
			s := fmt.Sprintf("- %s\n    + %s", c.Before, c.After)
			if len(c.Fixed) > 0 {
				s += "\n    fixed: " + strings.Join(c.Fixed, ", ")
			}
			if len(c.Introduced) > 0 {
				s += "\n    new: " + strings.Join(c.Introduced, ", ")
			}
			out = append(out, s)
		}
		return out
	}
	findings := func(fs []FindingChange) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule+": "+f.Message)
		}
		return out
	}
	section("bullets improved", changes(d.Improved))
	section("bullets worse", changes(d.Worse))
	section("bullets added", d.Added)
	section("bullets removed", d.Removed)
	section("findings fixed", findings(d.Fixed))
	section("findings introduced", findings(d.Introduced))
	_, err := io.WriteString(w, b.String())
	return err
}

func writeDiffMarkdown(w io.Writer, d *Diff) error {
	var b strings.Builder
	esc := func(s string) string {
		return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
	}
	fmt.Fprintf(&b, "## resumecheck: `%s` → `%s`\n\n", esc(d.Old), esc(d.New))
	fmt.Fprintf(&b, "**Overall %d → %d (%s)**, track %s → %s\n\n", d.OldScore, d.NewScore, signed(d.Delta), d.OldTrack, d.NewTrack)
	b.WriteString("| area | before | after | change |\n|---|---:|---:|---:|\n")
	for _, a := range d.Areas {
		fmt.Fprintf(&b, "| %s | %d | %d | %s |\n", a.Name, a.Old, a.New, signed(a.Delta))
	}
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n### %s (%d)\n\n", title, len(items))
		for _, it := range items {
			fmt.Fprintf(&b, "- %s\n", it)
		}
	}
	var improved, worse, fixed, introduced []string
	for _, c := range d.Improved {
		improved = append(improved, fmt.Sprintf("~~%s~~ → %s", esc(c.Before), esc(c.After)))
	}
	for _, c := range d.Worse {
		worse = append(worse, fmt.Sprintf("%s → %s (%s)", esc(c.Before), esc(c.After), strings.Join(c.Introduced, ", ")))
	}
	for _, f := range d.Fixed {
		fixed = append(fixed, fmt.Sprintf("`%s` %s", f.Rule, esc(f.Message)))
	}
	for _, f := range d.Introduced {
		introduced = append(introduced, fmt.Sprintf("`%s` %s", f.Rule, esc(f.Message)))
	}
	list("Bullets improved", improved)
	list("Bullets worse", worse)
	list("Findings fixed", fixed)
	list("Findings introduced", introduced)
	_, err := io.WriteString(w, b.String())
	return err
}
