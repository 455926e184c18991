// Command snapgen writes internal/yamlx/snapshot.bin: the values the built-in YAML
// files (rule pack, lexicons, vocabularies, scoring data) decode to, so that a run reads
// them instead of parsing YAML. Run it with `go generate ./internal/yamlx` after editing
// any of those files; TestSnapshotCurrent fails until then.
//
// It records every YAML file decoded while a checker with the built-in rules (no config)
// checks the example résumés of testdata/resumes: every file a run reads.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

func main() {
	out := flag.String("o", "snapshot.bin", "file to write")
	root := flag.String("root", "", "repository root (default: found from the working directory)")
	flag.Parse()
	dir := *root
	if dir == "" {
		var ok bool
		if dir, ok = findRoot(); !ok {
			fmt.Fprintln(os.Stderr, "snapgen: cannot find the repository root (go.mod); pass -root")
			os.Exit(2)
		}
	}
	entries, err := collect(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "snapgen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, yamlx.WriteSnapshot(entries), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "snapgen:", err)
		os.Exit(1)
	}
	fmt.Printf("snapgen: %d YAML values written to %s\n", len(entries), *out)
}

func findRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", false
		}
		dir = up
	}
}

// collect records the YAML values a check of the example résumés decodes. It must run
// in a fresh process: what a package loads once (behind a sync.Once) is only decoded,
// and so only recorded, the first time.
func collect(root string) ([]yamlx.SnapshotEntry, error) {
	var mu sync.Mutex
	var entries []yamlx.SnapshotEntry
	var firstErr error
	stop := yamlx.Record(func(file string, data []byte, v any) {
		e, err := yamlx.NewSnapshotEntry(file, data, v)
		if err == nil {
			// What the snapshot gives back must be what YAML gave: a field the
			// encoding cannot carry would change what a run reads.
			back := reflect.New(reflect.TypeOf(v).Elem())
			if err = yamlx.DecodeEntry(e, back.Interface()); err == nil && !reflect.DeepEqual(back.Interface(), v) {
				err = fmt.Errorf("%s: the snapshot does not give back the value the YAML decodes to (%T)", file, v)
			}
		}
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return
		}
		entries = append(entries, e)
	})
	defer stop()
	c, err := check.New(check.Options{NoConfig: true, MinScore: -1, Jobs: 1})
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(root, "testdata", "resumes", "*"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no example résumés in testdata/resumes", root)
	}
	checked := 0
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		// A file the tool refuses (an HTML page) still loads what a run loads first.
		if res := c.File(context.Background(), f); res.Err == nil {
			checked++
		}
	}
	if checked == 0 {
		return nil, fmt.Errorf("%s: no example résumé of testdata/resumes could be checked", root)
	}
	mu.Lock()
	defer mu.Unlock()
	return entries, firstErr
}
