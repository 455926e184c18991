package yamlx

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/resumecheck/resumecheck/rules"
)

// ReadFile gives every embedded built-in file the bytes fs.ReadFile gives, without
// copying them, and reads other file systems and missing files as fs.ReadFile does.
func TestReadFileEmbedded(t *testing.T) {
	n := 0
	for _, fsys := range []fs.FS{rules.Pack, rules.Lexicons, rules.Scope, rules.Vocabulary, rules.Layout, rules.Reading} {
		err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			want, err := fs.ReadFile(fsys, name)
			if err != nil {
				return err
			}
			got, err := ReadFile(fsys, name)
			if err != nil {
				return err
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: ReadFile differs from fs.ReadFile", name)
			}
			if len(got) > 0 && &got[0] == &want[0] {
				t.Errorf("%s: fs.ReadFile shares ReadFile's bytes", name)
			}
			// Not copied: a second read gives the same bytes.
			again, _ := ReadFile(fsys, name)
			if len(got) > 0 && &again[0] != &got[0] {
				t.Errorf("%s: ReadFile copied the embedded bytes", name)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 30 {
		t.Fatalf("only %d embedded files read", n)
	}
	if _, err := ReadFile(rules.Lexicons, "lexicons/missing.yaml"); err == nil {
		t.Error("a missing embedded file read without error")
	}
	if _, err := ReadFile(rules.Lexicons, "lexicons"); err == nil {
		t.Error("an embedded directory read as a file")
	}
	dir := t.TempDir()
	if _, err := ReadFile(os.DirFS(dir), "none.yaml"); err == nil {
		t.Error("a missing file on disk read without error")
	}
}
