package check

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// resumeExts are the extensions a directory walk picks up. Explicitly named files are
// checked whatever their name: content decides their format.
var resumeExts = map[string]bool{".pdf": true, ".docx": true, ".md": true, ".markdown": true, ".txt": true, ".json": true}

// notResumes are file names in a repository that are never résumés.
var notResumes = []string{"readme", "changelog", "license", "licence", "contributing", "code_of_conduct", "security", "package", "package-lock", "tsconfig", "composer", "renovate", ".resumecheck"}

// Expand turns the command line's files, directories (walked recursively) and globs into
// a sorted list of files. Paths that match nothing are returned as errors; the other
// files are still checked.
func Expand(args []string) ([]string, []error) {
	var files []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err == nil && st.IsDir():
			found, werr := walk(arg)
			if werr != nil {
				errs = append(errs, werr)
			}
			if len(found) == 0 && werr == nil {
				errs = append(errs, fmt.Errorf("%s: no résumé files (.pdf, .docx, .md, .txt, .json) in this directory", arg))
			}
			for _, f := range found {
				add(f)
			}
		case err == nil:
			add(arg)
		case strings.ContainsAny(arg, "*?["):
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				errs = append(errs, fmt.Errorf("%s: bad pattern: %v", arg, gerr))
				continue
			}
			if len(matches) == 0 {
				errs = append(errs, fmt.Errorf("%s: no file matches this pattern", arg))
			}
			sort.Strings(matches)
			for _, m := range matches {
				if st, err := os.Stat(m); err == nil && st.IsDir() {
					found, _ := walk(m)
					for _, f := range found {
						add(f)
					}
					continue
				}
				if candidate(filepath.Base(m)) {
					add(m)
				}
			}
		case errors.Is(err, fs.ErrNotExist):
			errs = append(errs, fmt.Errorf("%s: no such file or directory; check the path", arg))
		default:
			errs = append(errs, fmt.Errorf("%s: cannot read: %v", arg, unwrapPathError(err)))
		}
	}
	return files, errs
}

func walk(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: cannot read: %v", p, unwrapPathError(err))
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && candidate(name) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// candidate reports whether a file found by a walk or a glob may be a résumé: a known
// extension, not hidden, and not one of the files every repository has (README, ...).
// Files named on the command line are always checked.
func candidate(name string) bool {
	if !resumeExts[strings.ToLower(filepath.Ext(name))] || strings.HasPrefix(name, ".") {
		return false
	}
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	for _, n := range notResumes {
		if base == n {
			return false
		}
	}
	return true
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadLimited reads r up to max bytes (0 = 25 MB) and refuses more.
func ReadLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		max = 25 << 20
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("larger than %d MB; pass a smaller file or raise --max-size", max>>20)
	}
	return data, nil
}
