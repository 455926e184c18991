// Command trainmodel trains the signal model on the labelled bullets and writes its
// weights (go generate in internal/signals), or reports its quality by
// cross-validation over whole résumés (-cv N).
//
// It learns from ../shared/bullets/real-dev.tsv (real bullets, beside the repository)
// and the project's testdata/bullets sets except held-out 6; without ../shared it says
// so and stops, leaving the committed weights as they are.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/resumecheck/resumecheck/internal/signals"
)

func main() {
	out := flag.String("out", "", "write the weights to this file")
	cv := flag.Int("cv", 0, "cross-validate with this many folds of whole repositories instead of writing weights")
	opt := signals.DefaultTrainOptions
	flag.Float64Var(&opt.OwnWeight, "own-weight", opt.OwnWeight, "weight of the project's own bullets against real ones")
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data")
	flag.Float64Var(&opt.Rate, "rate", opt.Rate, "AdaGrad rate")
	flag.Float64Var(&opt.L2, "l2", opt.L2, "L2 penalty")
	flag.IntVar(&opt.MinCount, "min-count", opt.MinCount, "bullets a word feature must occur in")
	flag.Float64Var(&opt.PosScale, "pos-scale", opt.PosScale, "weight of positive examples")
	flag.Float64Var(&opt.Dropout, "dropout", opt.Dropout, "chance a word feature is hidden from a training step")
	flag.IntVar(&opt.Bag, "bag", opt.Bag, "models averaged, each over its own shuffled order")
	flag.IntVar(&opt.TuneFolds, "tune-folds", opt.TuneFolds, "inner folds that pick each signal's threshold (0: none)")
	flag.Float64Var(&opt.TuneShrink, "tune-shrink", opt.TuneShrink, "scale of the thresholds found")
	decide := flag.String("decide", strings.Join(opt.Decides, ","), "comma-separated signals the model decides (empty: every fuzzy one)")
	eval := flag.String("eval", "", "print the P/R/F1 of the shipped analyser (rules, definitions and committed model) on this labelled file, and stop")
	weights := flag.String("weights", "", "with -eval, use the model in this weights file instead of the committed one")
	misses := flag.Bool("misses", false, "with -cv or -eval, print the misses")
	flag.Parse()
	if *eval != "" {
		if err := evalFile(*eval, *weights, *misses); err != nil {
			fmt.Fprintln(os.Stderr, "trainmodel:", err)
			os.Exit(1)
		}
		return
	}
	opt.Decides = nil
	if *decide != "" {
		opt.Decides = strings.Split(*decide, ",")
	}
	if err := run(*out, *cv, opt, *misses); err != nil {
		fmt.Fprintln(os.Stderr, "trainmodel:", err)
		os.Exit(1)
	}
}

func run(out string, folds int, opt signals.TrainOptions, misses bool) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	real := signals.RealDevPath(root)
	if _, err := os.Stat(real); err != nil {
		return fmt.Errorf("%s is absent: the model is trained on it, so nothing was generated (the committed weights stay)", real)
	}
	ownFiles, err := signals.OwnSets(root)
	if err != nil {
		return err
	}
	a, err := signals.Default()
	if err != nil {
		return err
	}
	if folds > 0 {
		test, err := signals.ReadExamples(real, 1)
		if err != nil {
			return err
		}
		always, err := signals.ReadSets(ownFiles, opt.OwnWeight)
		if err != nil {
			return err
		}
		r, m, miss := a.CrossValidate(test, always, folds, opt)
		fmt.Print(signals.FormatTallies("rules", r))
		fmt.Print(signals.FormatTallies(fmt.Sprintf("model cv%d", folds), m))
		if misses {
			fmt.Println(strings.Join(miss, "\n"))
		}
		return nil
	}
	m, err := a.Train(real, ownFiles, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return err
	}
	if out == "" {
		_, err = os.Stdout.Write(buf.Bytes())
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = up
	}
}

// evalFile scores the analyser as shipped on one labelled file.
func evalFile(path, weights string, misses bool) error {
	a, err := signals.Default()
	if err != nil {
		return err
	}
	analyze := a.Analyze
	if weights != "" {
		src, err := os.ReadFile(weights)
		if err != nil {
			return err
		}
		m, err := signals.ParseModel(string(src))
		if err != nil {
			return err
		}
		analyze = func(text string) signals.Signals { return a.AnalyzeWith(m, text) }
	}
	exs, err := signals.ReadExamples(path, 1)
	if err != nil {
		return err
	}
	t := map[string]signals.Tally{}
	var miss []string
	for _, e := range exs {
		got := analyze(e.Text)
		for _, n := range signals.Names {
			c := t[n]
			c.Add(got.Get(n), e.Want[n])
			t[n] = c
			if got.Get(n) != e.Want[n] {
				kind := "FN"
				if got.Get(n) {
					kind = "FP"
				}
				miss = append(miss, fmt.Sprintf("%s %-13s %s", kind, n, e.Text))
			}
		}
	}
	fmt.Print(signals.FormatTallies(filepath.Base(path), t))
	if misses {
		fmt.Println(strings.Join(miss, "\n"))
	}
	return nil
}
