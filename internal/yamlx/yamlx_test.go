package yamlx

import (
	"errors"
	"strings"
	"testing"
)

type rule struct {
	ID    string `yaml:"id"`
	Level string `yaml:"level"`
}

func TestDecodeReportsPlace(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "id: x\nbogus: 1\n", "r.yaml:2:1: unknown field \"bogus\""},
		{"wrong type", "id: [1, 2]\n", "r.yaml:1:"},
		{"syntax", "id: [\n", "r.yaml:1:"},
		// a key that holds a line break (found by fuzzing) stays on one line, escaped
		{"key with a line break", "!00 0\n\n00\nid: x", `r.yaml:1:1: unknown field "0\n00 id"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r rule
			err := Decode("r.yaml", []byte(tt.src), &r)
			var ye *Error
			if !errors.As(err, &ye) {
				t.Fatalf("got %v, want *Error", err)
			}
			got := err.Error()
			if len(got) < len(tt.want) || got[:len(tt.want)] != tt.want {
				t.Errorf("got %q, want prefix %q", got, tt.want)
			}
			if strings.ContainsAny(got, "\n\r") {
				t.Errorf("error is not one line: %q", got)
			}
		})
	}
}

func TestAt(t *testing.T) {
	src := []byte("id: x\nlevel: loud\n")
	e := At("r.yaml", src, "$.level", "level must be one of %s", "suggestion, warning, error")
	if e.Line != 2 || e.Column != 8 {
		t.Fatalf("got %d:%d, want 2:8", e.Line, e.Column)
	}
	if e.Error() != "r.yaml:2:8: level must be one of suggestion, warning, error" {
		t.Fatalf("got %q", e.Error())
	}
}
