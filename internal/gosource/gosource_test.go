package gosource

import (
	"go/parser"
	"testing"
)

// The literals are Go expressions of the values given.
func TestLiterals(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Strings("[]string", []string{"a", `b"c`, "é"}), `[]string{"a", "b\"c", "é"}`},
		{Strings("wordSet", nil), "wordSet{}"},
		{Ints("[]int32", []int32{0, -3, 7}), "[]int32{0, -3, 7}"},
		{Ints("[]uint16", []uint16{65535}), "[]uint16{65535}"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
		if _, err := parser.ParseExpr(c.got); err != nil {
			t.Errorf("%s: %v", c.got, err)
		}
	}
}

// Formatted formats what the source gives, and passes its error on.
func TestFormatted(t *testing.T) {
	got, err := Formatted(func() ([]byte, error) { return []byte("package p\nvar x   =  1\n"), nil })
	if err != nil || string(got) != "package p\n\nvar x = 1\n" {
		t.Errorf("%q, %v", got, err)
	}
	if _, err := Formatted(func() ([]byte, error) { return []byte("package p\nvar = \n"), nil }); err == nil {
		t.Error("source that does not parse was formatted")
	}
}
