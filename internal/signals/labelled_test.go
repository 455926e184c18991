package signals

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// codes maps the one-letter codes of testdata/bullets to signal names.
var codes = map[rune]string{
	'q': Quantified, 'i': FirstPerson, 't': TeamFraming, 'x': CrossTeam, 'h': Technical,
	'p': People, 'm': PM, 'c': Communication, 'w': WeakOpener, 'v': Passive,
}

type labelled struct {
	line int
	text string
	want map[string]bool
}

func readLabelled(t testing.TB, name string) []labelled {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "bullets", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s:%d: want codes<TAB>text", path, n)
		}
		l := labelled{line: n, text: text, want: map[string]bool{}}
		if c != "-" {
			for _, r := range c {
				name, ok := codes[r]
				if !ok {
					t.Fatalf("%s:%d: unknown code %q", path, n, r)
				}
				l.want[name] = true
			}
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type score struct{ tp, fp, fn, tn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluate scores every signal on a labelled file, logs the table and the misses.
func evaluate(t *testing.T, name string) map[string]score {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	scores := map[string]score{}
	var misses []string
	for _, l := range readLabelled(t, name) {
		got := a.Analyze(l.text)
		for _, sig := range Names {
			g, w := got.Get(sig), l.want[sig]
			s := scores[sig]
			switch {
			case g && w:
				s.tp++
			case g && !w:
				s.fp++
				misses = append(misses, fmt.Sprintf("FP %-13s %s:%d %s", sig, name, l.line, l.text))
			case !g && w:
				s.fn++
				misses = append(misses, fmt.Sprintf("FN %-13s %s:%d %s", sig, name, l.line, l.text))
			default:
				s.tn++
			}
			scores[sig] = s
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-14s %5s %5s %5s %4s %4s %4s\n", name, "P", "R", "F1", "TP", "FP", "FN")
	for _, sig := range Names {
		s := scores[sig]
		fmt.Fprintf(&b, "%-14s %5.3f %5.3f %5.3f %4d %4d %4d\n", sig, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
	}
	t.Log(b.String())
	if testing.Verbose() {
		t.Log("misses:\n" + strings.Join(misses, "\n"))
	}
	return scores
}

// Floors are set just under what the analyzer reached on each file when it was
// committed; a change that lowers quality below them fails. The held-out file was not
// used to tune the analyzer, so its floors are what we honestly reach, not the aim
// (F1 0.9 everywhere, 0.95 on quantified, first_person and weak_opener).
//
// Every file was relabelled to the one definition of the signals (docs/rules.md;
// mostly team framing: "Led the rewrite" or "our pipeline" name no people, a tool used
// by 40 engineers enables them) and every floor reset to just under the unchanged
// analyzer's F1 on the new labels (rounded down to two decimals, 0.99 for 1.000).
// After issue 11's points 1 and 2 (negotiating is communication, a thing used by other
// teams is team framing; 13 bullets of these sets relabelled c) communication stayed at
// or above its floors, and the team_framing floors, left far under the scores by the
// rounds since the relabelling, were raised the same way to just under today's F1
// (dev 0.986, heldout 0.902, heldout2 0.971, heldout3 0.939, heldout4 0.947).
var devFloors = map[string]float64{
	Quantified: 0.99, FirstPerson: 0.99, TeamFraming: 0.98, CrossTeam: 0.98, Technical: 0.99,
	People: 0.99, PM: 0.98, Communication: 0.99, WeakOpener: 0.99, Passive: 0.99,
}

// Team framing 0.90 -> 0.93 (heldout) and 0.93 -> 0.95 (heldout3) when being mentored
// and helping senior people stopped counting (0.902 -> 0.939, 0.939 -> 0.954).
// Heldout 0.93 -> 0.95 when a group that reviewed or requested the writer's work
// stopped counting as one enabled by it (0.939 -> 0.958).
var heldOutFloors = map[string]float64{
	Quantified: 0.99, FirstPerson: 0.99, TeamFraming: 0.95, CrossTeam: 0.95, Technical: 0.99,
	People: 0.99, PM: 0.99, Communication: 0.99, WeakOpener: 0.99, Passive: 0.99,
}

// heldOut2Floors hold the second held-out file, written after tuning on the other two
// had ended; its misses have since been read and fixed where the fix was general, so
// it is no longer a fair test.
var heldOut2Floors = map[string]float64{
	Quantified: 0.99, FirstPerson: 0.99, TeamFraming: 0.97, CrossTeam: 0.96, Technical: 0.98,
	People: 0.99, PM: 0.99, Communication: 0.99, WeakOpener: 0.99, Passive: 0.99,
}

// heldOut3Floors hold the third held-out file, written before the third round of
// vocabulary and rule changes and never read while making them: the most honest
// estimate of quality on new bullets.
var heldOut3Floors = map[string]float64{
	Quantified: 0.97, FirstPerson: 0.99, TeamFraming: 0.95, CrossTeam: 0.99, Technical: 0.98,
	People: 0.97, PM: 0.95, Communication: 0.99, WeakOpener: 0.99, Passive: 0.99,
}

func checkFloors(t *testing.T, scores map[string]score, floors map[string]float64) {
	for _, sig := range Names {
		if f1 := scores[sig].f1(); f1 < floors[sig] {
			t.Errorf("%s: F1 %.3f below floor %.2f", sig, f1, floors[sig])
		}
	}
}

func TestLabelledDev(t *testing.T) {
	checkFloors(t, evaluate(t, "dev.tsv"), devFloors)
}

func TestLabelledHeldOut(t *testing.T) {
	checkFloors(t, evaluate(t, "heldout.tsv"), heldOutFloors)
}

func TestLabelledHeldOut2(t *testing.T) {
	checkFloors(t, evaluate(t, "heldout2.tsv"), heldOut2Floors)
}

func TestLabelledHeldOut3(t *testing.T) {
	checkFloors(t, evaluate(t, "heldout3.tsv"), heldOut3Floors)
}

// heldOut4Floors hold the fourth held-out file, written (and committed) before the
// fourth round of changes, which learned communication vocabulary from new dev
// bullets only; it was not read while making them. Raised after issue 11's rules for
// teams served or led (team_framing 0.947 -> 0.974, cross_team 0.868 -> 0.906).
// Communication 0.95 -> 0.96 with the business-review rule (0.956 -> 0.967).
var heldOut4Floors = map[string]float64{
	Quantified: 0.99, FirstPerson: 0.99, TeamFraming: 0.97, CrossTeam: 0.90, Technical: 0.96,
	People: 0.96, PM: 0.97, Communication: 0.96, WeakOpener: 0.99, Passive: 0.99,
}

func TestLabelledHeldOut4(t *testing.T) {
	checkFloors(t, evaluate(t, "heldout4.tsv"), heldOut4Floors)
}
