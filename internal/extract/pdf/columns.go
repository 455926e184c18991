package pdf

import (
	"math"
	"sort"
)

// run is a stretch of glyphs drawn one after another on one baseline without a
// jump back or a wide gap. Column detection and line building work on runs.
type run struct {
	gs     []glyph
	x0, x1 float64
	y      float64
	size   float64
}

func (r *run) center() float64 { return (r.x0 + r.x1) / 2 }

// makeRuns cuts the page's glyphs (in content-stream order) into runs. A run's glyphs
// are a stretch of gs itself (capped, so an append to one run never writes into the
// next), not a copy.
func makeRuns(gs []glyph) []*run {
	var out []*run
	var cur *run
	start := 0
	for i, g := range gs {
		end := g.x + g.w
		if cur != nil {
			em := math.Max(cur.size, g.size)
			jump := math.Abs(g.y-cur.y) > math.Max(0.35*em, 1)
			back := g.x < cur.x1-0.5*em
			gap := g.x-cur.x1 > 2*em
			if jump || back || gap {
				out = append(out, cur)
				cur = nil
			}
		}
		if cur == nil {
			cur = &run{x0: g.x, x1: end, y: g.y, size: g.size}
			start = i
		}
		cur.gs = gs[start : i+1 : i+1]
		if end > cur.x1 {
			cur.x1 = end
		}
		if g.x < cur.x0 {
			cur.x0 = g.x
		}
		if g.size > cur.size {
			cur.size = g.size
		}
	}
	if cur != nil {
		out = append(out, cur)
	}
	// Runs of spaces only carry no text and would block gutters.
	kept := out[:0]
	for _, r := range out {
		if !blankRun(r) {
			kept = append(kept, r)
		}
	}
	return kept
}

func blankRun(r *run) bool {
	for _, g := range r.gs {
		if !isSpaceText(g.text) {
			return false
		}
	}
	return true
}

// trimRunExtent recomputes a run's x extent from its non-space glyphs, so trailing
// spaces do not reach into a gutter.
func trimRunExtent(r *run) {
	first := true
	for _, g := range r.gs {
		if isSpaceText(g.text) {
			continue
		}
		if first || g.x < r.x0 {
			r.x0 = g.x
		}
		if first || g.x+g.w > r.x1 {
			r.x1 = g.x + g.w
		}
		first = false
	}
}

// corridor is a vertical band of white space between two columns, valid for
// baselines strictly between bottom and top.
type corridor struct {
	top, bottom float64
	mid         float64
}

// splitColumns orders a page's runs into regions read one after another: the text
// above a two-column stretch, its left column, its right column, then the text below
// (which may hold columns of its own). Runs that sit side by side are never mixed.
func splitColumns(runs []*run, depth int) [][]*run {
	if depth > 2 || len(runs) < 8 {
		return [][]*run{runs}
	}
	c, ok := findCorridor(runs)
	if !ok {
		return [][]*run{runs}
	}
	var header, left, right, footer []*run
	for _, r := range runs {
		switch {
		case r.y >= c.top:
			header = append(header, r)
		case r.y <= c.bottom:
			footer = append(footer, r)
		case r.center() < c.mid:
			left = append(left, r)
		default:
			right = append(right, r)
		}
	}
	var out [][]*run
	if len(header) > 0 {
		out = append(out, splitColumns(header, depth+1)...)
	}
	out = append(out, left, right)
	if len(footer) > 0 {
		out = append(out, splitColumns(footer, depth+1)...)
	}
	return out
}

type stripBest struct {
	score       int
	top, bottom float64
}

// findCorridor looks for the best white-space corridor: for every 1-pt vertical strip
// in the middle 70% of the text box, the runs crossing the strip cut the page into
// vertical intervals free of crossings; an interval scores by the rows it has on its
// poorer side. Adjacent strips sharing their best interval form a candidate gutter,
// which must be wide enough and separate two real columns rather than a date rail or
// a label/value table (those share baselines with the text beside them).
func findCorridor(runs []*run) (corridor, bool) {
	minX, maxX := math.Inf(1), math.Inf(-1)
	sizes := make([]float64, 0, len(runs))
	for _, r := range runs {
		minX = math.Min(minX, r.x0)
		maxX = math.Max(maxX, r.x1)
		sizes = append(sizes, r.size)
	}
	width := maxX - minX
	if width < 100 {
		return corridor{}, false
	}
	sort.Float64s(sizes)
	em := sizes[len(sizes)/2]

	byY := append([]*run(nil), runs...)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].y > byY[j].y })

	lo, hi := minX+0.15*width, minX+0.85*width
	n := min(max(int(hi-lo)+1, 0), 2048) // one strip per point of a page's width, capped
	xs := make([]float64, 0, n)
	for sx := lo; sx < hi; sx++ {
		xs = append(xs, sx)
	}
	// A strip whose runs all lie on the same side of it as of the strip before (left,
	// crossing, right) has the same best interval: only the strips where some run's
	// side changes are scored (about one in ten on a corpus page).
	changes := sideChanges(byY, xs)
	strips := make([]stripBest, 0, n)
	for k, sx := range xs {
		if k > 0 && !changes[k] {
			strips = append(strips, strips[k-1])
			continue
		}
		strips = append(strips, bestInterval(byY, sx, sx+1))
	}

	best := corridor{}
	bestScore, bestWidth := 0, 0.0
	for i := 0; i < len(strips); {
		j := i
		for j+1 < len(strips) && strips[j+1] == strips[i] {
			j++
		}
		s := strips[i]
		gx0, gx1 := xs[i], xs[j]+1
		i = j + 1
		if s.score < 4 || gx1-gx0 < math.Max(8, em) {
			continue
		}
		c, score, ok := checkCorridor(byY, s, gx0, gx1, minX, maxX)
		if !ok {
			continue
		}
		if score > bestScore || score == bestScore && gx1-gx0 > bestWidth {
			best, bestScore, bestWidth = c, score, gx1-gx0
		}
	}
	return best, bestScore > 0
}

// sideChanges marks each strip [xs[k], xs[k]+1) (xs ascending) on which some run lies
// on another side than on the strip before: bestInterval sees a run as crossing the
// strip when r.x0 < sx+1 && r.x1 > sx, else left of it when r.x1 <= sx, else right.
// Each of the two tests changes once as sx grows (from false to true, and from true to
// false), so a run changes side only at the first strip where either has changed.
func sideChanges(byY []*run, xs []float64) []bool {
	changes := make([]bool, len(xs)+1)
	for _, r := range byY {
		changes[sort.Search(len(xs), func(k int) bool { return r.x0 < xs[k]+1 })] = true
		changes[sort.Search(len(xs), func(k int) bool { return !(r.x1 > xs[k]) })] = true
	}
	return changes[:len(xs)]
}

// bestInterval scores the crossing-free intervals at the strip [sx0, sx1).
func bestInterval(byY []*run, sx0, sx1 float64) stripBest {
	best := stripBest{}
	top := math.Inf(1)
	nl, nr := 0, 0
	lastL, lastR := math.NaN(), math.NaN()
	finish := func(bottom float64) {
		s := min(nl, nr)
		if s > best.score || s == best.score && s > 0 && top-bottom > best.top-best.bottom {
			best = stripBest{score: s, top: top, bottom: bottom}
		}
	}
	for _, r := range byY {
		if r.x0 < sx1 && r.x1 > sx0 { // crosses: closes the interval above it
			finish(r.y)
			top = r.y
			nl, nr = 0, 0
			lastL, lastR = math.NaN(), math.NaN()
			continue
		}
		if r.y >= top-0.5 { // on the crossing run's own baseline: outside
			continue
		}
		if r.x1 <= sx0 {
			if !(math.Abs(r.y-lastL) <= 0.5) {
				nl++
				lastL = r.y
			}
		} else {
			if !(math.Abs(r.y-lastR) <= 0.5) {
				nr++
				lastR = r.y
			}
		}
	}
	finish(math.Inf(-1))
	return best
}

func checkCorridor(byY []*run, s stripBest, gx0, gx1, minX, maxX float64) (corridor, int, bool) {
	mid := (gx0 + gx1) / 2
	var leftYs, rightYs []float64
	gl, gr := math.Inf(-1), math.Inf(1)
	lmin, rmax := math.Inf(1), math.Inf(-1)
	for _, r := range byY {
		if r.y >= s.top-0.5 || r.y <= s.bottom+0.5 {
			continue
		}
		if r.center() < mid {
			leftYs = appendRow(leftYs, r.y)
			gl = math.Max(gl, r.x1)
			lmin = math.Min(lmin, r.x0)
		} else {
			rightYs = appendRow(rightYs, r.y)
			gr = math.Min(gr, r.x0)
			rmax = math.Max(rmax, r.x1)
		}
	}
	nl, nr := len(leftYs), len(rightYs)
	if nl < 4 || nr < 4 || gr <= gl {
		return corridor{}, 0, false
	}
	if float64(min(nl, nr))/float64(max(nl, nr)) < 0.5 {
		return corridor{}, 0, false
	}
	width := maxX - minX
	lw, rw := gl-lmin, rmax-gr
	narrow := math.Min(lw, rw)
	if narrow < 0.2*width {
		return corridor{}, 0, false
	}
	if narrow < 0.4*width {
		fewer, other := leftYs, rightYs
		if nr < nl {
			fewer, other = rightYs, leftYs
		}
		shared := 0
		for _, y := range fewer {
			for _, o := range other {
				if math.Abs(o-y) <= 0.5 {
					shared++
					break
				}
			}
		}
		if float64(shared) > 0.35*float64(len(fewer)) {
			return corridor{}, 0, false
		}
	}
	return corridor{top: s.top - 0.5, bottom: s.bottom + 0.5, mid: (gl + gr) / 2}, min(nl, nr), true
}

// appendRow adds y unless the previous row (input is sorted by y) is the same baseline.
func appendRow(ys []float64, y float64) []float64 {
	if n := len(ys); n > 0 && math.Abs(ys[n-1]-y) <= 0.5 {
		return ys
	}
	return append(ys, y)
}
