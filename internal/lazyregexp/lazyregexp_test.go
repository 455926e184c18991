package lazyregexp

import (
	"strings"
	"testing"
)

func TestCompiledAtFirstUse(t *testing.T) {
	r := New(`(\d+)-(\d+)`)
	if r.rx != nil {
		t.Fatal("compiled before its first use")
	}
	if got := r.FindStringSubmatch("pages 3-14"); len(got) != 3 || got[2] != "14" {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	if r.rx == nil || r.Regexp() != r.rx {
		t.Error("not kept once compiled")
	}
	if got := r.ReplaceAllString("1-2 and 3-4", "$2-$1"); got != "2-1 and 4-3" {
		t.Errorf("ReplaceAllString = %q", got)
	}
}

func TestBadExpression(t *testing.T) {
	bad := New(`(unclosed`)
	n, err := CompileAll()
	if err == nil || !strings.Contains(err.Error(), "missing closing )") || n < 1 {
		t.Errorf("CompileAll = %d, %v; want the bad expression's error", n, err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic at its first use")
		}
	}()
	bad.MatchString("x")
}

func TestPrepare(t *testing.T) {
	r := New(`a+b`)
	Prepare(r)
	if r.rx == nil {
		t.Fatal("Prepare left the expression uncompiled")
	}
	rx := r.rx
	if r.Regexp() != rx || !r.MatchString("aab") {
		t.Error("after Prepare, Regexp compiled again or does not match")
	}
}
