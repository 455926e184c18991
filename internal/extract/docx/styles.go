package docx

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// styleDef is one w:style as written, before basedOn inheritance.
type styleDef struct {
	name, typ, basedOn string
	numID, ilvl        *int
	outline            *int // w:outlineLvl, 0-based; 9 means body text
	bold, italic       *bool
	size               float64 // points; 0 = not set
}

// paraStyle is a paragraph style with inheritance resolved.
type paraStyle struct {
	name         string
	numID, ilvl  int // numID 0 = no list
	outline      int // -1 = none
	bold, italic bool
	size         float64
}

// styles holds what styles.xml and numbering.xml say.
type styles struct {
	defs        map[string]*styleDef
	defaultPara string // styleId of the default paragraph style
	defSize     float64
	defBold     bool
	resolved    map[string]paraStyle

	nums      map[int]string            // numId → abstractNumId
	abstract  map[string]map[int]string // abstractNumId → ilvl → numFmt
	styleLink map[string]string         // abstractNumId → w:numStyleLink styleId
}

func newStyles() *styles {
	return &styles{
		defs:      map[string]*styleDef{},
		resolved:  map[string]paraStyle{},
		nums:      map[int]string{},
		abstract:  map[string]map[int]string{},
		styleLink: map[string]string{},
	}
}

func atoiPtr(s string) *int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return nil
	}
	return &n
}

func boolPtr(b bool) *bool { return &b }

// halfPoints reads a w:sz value (half-points) as points.
func halfPoints(s string) float64 {
	n, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || n <= 0 || n > 3200 {
		return 0
	}
	return n / 2
}

func has(parents []string, name string) bool {
	for _, p := range parents {
		if p == name {
			return true
		}
	}
	return false
}

func parent(parents []string) string {
	if len(parents) == 0 {
		return ""
	}
	return parents[len(parents)-1]
}

func (st *styles) parseStyles(data []byte) error {
	var cur *styleDef
	return scanXML(data, func(d *decoder, se startElement, parents []string) error {
		if !se.w() {
			return nil
		}
		if se.local == "latentStyles" { // hundreds of built-in style stubs with no formatting
			return d.skip()
		}
		if se.local == "style" {
			id := se.attr("styleId")
			cur = &styleDef{typ: se.attr("type")}
			if _, dup := st.defs[id]; !dup {
				st.defs[id] = cur
			}
			if cur.typ == "paragraph" && onOffAttr(se.attr("default")) {
				st.defaultPara = id
			}
			return nil
		}
		if has(parents, "docDefaults") {
			if has(parents, "rPrDefault") {
				switch se.local {
				case "sz":
					st.defSize = halfPoints(se.attr("val"))
				case "b":
					st.defBold = onOff(se)
				}
			}
			return nil
		}
		if cur == nil || !has(parents, "style") {
			return nil
		}
		// Formatting-change records hold the old formatting: not what is shown.
		if se.local == "pPrChange" || se.local == "rPrChange" {
			return d.skip()
		}
		switch se.local {
		case "name":
			cur.name = se.attr("val")
		case "basedOn":
			cur.basedOn = se.attr("val")
		case "numId":
			if has(parents, "numPr") {
				cur.numID = atoiPtr(se.attr("val"))
			}
		case "ilvl":
			if has(parents, "numPr") {
				cur.ilvl = atoiPtr(se.attr("val"))
			}
		case "outlineLvl":
			if has(parents, "pPr") {
				cur.outline = atoiPtr(se.attr("val"))
			}
		case "b":
			if parent(parents) == "rPr" {
				cur.bold = boolPtr(onOff(se))
			}
		case "i":
			if parent(parents) == "rPr" {
				cur.italic = boolPtr(onOff(se))
			}
		case "sz":
			if parent(parents) == "rPr" {
				cur.size = halfPoints(se.attr("val"))
			}
		}
		return nil
	})
}

// onOffAttr reads an on/off attribute value (w:default="1").
func onOffAttr(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "on":
		return true
	}
	return false
}

func (st *styles) parseNumbering(data []byte) error {
	var abs string
	var absLvl *int
	var numID *int
	return scanXML(data, func(d *decoder, se startElement, parents []string) error {
		if !se.w() {
			return nil
		}
		switch se.local {
		case "abstractNum":
			abs, absLvl = se.attr("abstractNumId"), nil
			if st.abstract[abs] == nil {
				st.abstract[abs] = map[int]string{}
			}
		case "num":
			numID = atoiPtr(se.attr("numId"))
		case "abstractNumId":
			if numID != nil && parent(parents) == "num" {
				st.nums[*numID] = se.attr("val")
			}
		case "lvl":
			if parent(parents) == "abstractNum" {
				absLvl = atoiPtr(se.attr("ilvl"))
			}
		case "numFmt":
			if parent(parents) == "lvl" && has(parents, "abstractNum") && absLvl != nil {
				st.abstract[abs][*absLvl] = se.attr("val")
			}
		case "numStyleLink":
			if parent(parents) == "abstractNum" {
				st.styleLink[abs] = se.attr("val")
			}
		}
		return nil
	})
}

// para resolves a paragraph style by id, following basedOn (cycle-safe).
func (st *styles) para(id string) paraStyle {
	if id == "" {
		id = st.defaultPara
	}
	if ps, ok := st.resolved[id]; ok {
		return ps
	}
	ps := paraStyle{outline: -1, size: st.defSize, bold: st.defBold}
	var chain []*styleDef
	seen := map[string]bool{}
	for cur := id; cur != "" && !seen[cur] && len(chain) < 32; {
		seen[cur] = true
		def, ok := st.defs[cur]
		if !ok {
			break
		}
		chain = append(chain, def)
		cur = def.basedOn
	}
	if len(chain) > 0 {
		ps.name = displayName(chain[0].name)
	}
	// Apply from the root of the chain down so nearer styles win.
	for i := len(chain) - 1; i >= 0; i-- {
		def := chain[i]
		if def.numID != nil {
			ps.numID = *def.numID
		}
		if def.ilvl != nil {
			ps.ilvl = *def.ilvl
		}
		if def.outline != nil {
			ps.outline = *def.outline
		}
		if def.bold != nil {
			ps.bold = *def.bold
		}
		if def.italic != nil {
			ps.italic = *def.italic
		}
		if def.size > 0 {
			ps.size = def.size
		}
	}
	st.resolved[id] = ps
	return ps
}

// char resolves a character style's bold, italic and size (zero when unset).
func (st *styles) char(id string) (bold, italic *bool, size float64) {
	seen := map[string]bool{}
	var chain []*styleDef
	for cur := id; cur != "" && !seen[cur] && len(chain) < 32; {
		seen[cur] = true
		def, ok := st.defs[cur]
		if !ok {
			break
		}
		chain = append(chain, def)
		cur = def.basedOn
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if chain[i].bold != nil {
			bold = chain[i].bold
		}
		if chain[i].italic != nil {
			italic = chain[i].italic
		}
		if chain[i].size > 0 {
			size = chain[i].size
		}
	}
	return bold, italic, size
}

// listFormat says what list a paragraph with this numId and level is in: "" for none,
// otherwise the numFmt ("bullet", "decimal", ...).
func (st *styles) listFormat(numID, ilvl int) string {
	if numID <= 0 {
		return ""
	}
	abs, ok := st.nums[numID]
	if !ok {
		// A numId with no definition still makes Word draw a list marker only if it
		// resolves; treat it as a bullet list, the common case in résumés.
		return "bullet"
	}
	// An abstract numbering that only links to a numbering style takes its levels from
	// the list that style names.
	for hops := 0; hops < 4; hops++ {
		link := st.styleLink[abs]
		if link == "" {
			break
		}
		def, ok := st.defs[link]
		if !ok || def.numID == nil {
			break
		}
		next, ok := st.nums[*def.numID]
		if !ok || next == abs {
			break
		}
		abs = next
	}
	lv := st.abstract[abs]
	if f, ok := lv[ilvl]; ok && f != "" {
		return f
	}
	return "bullet"
}

var headingName = lazyregexp.New(`(?i)^heading\s*([1-9])$`)

// headingLevel reads the heading level a style name or outline level gives (0 = none).
func headingLevel(ps paraStyle) int {
	if m := headingName.FindStringSubmatch(ps.name); m != nil {
		return int(m[1][0] - '0')
	}
	if strings.EqualFold(ps.name, "Title") {
		return 1
	}
	if ps.outline >= 0 && ps.outline < 9 {
		return ps.outline + 1
	}
	return 0
}

// displayName shows built-in style names the way Word's UI does ("heading 1" is
// stored, "Heading 1" is shown).
func displayName(name string) string {
	if name == "" || strings.ToLower(name) != name {
		return name
	}
	r := []rune(name)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
