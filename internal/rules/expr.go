package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/signals"
)

// cond is a compiled condition over one bullet's signals, such as
// "technical and not people" or "words < 8". The grammar is small on purpose:
//
//	expr    = and { "or" and }
//	and     = unary { "and" unary }
//	unary   = "not" unary | "(" expr ")" | name | "words" cmp number
//	cmp     = "<" | "<=" | ">" | ">=" | "==" | "!="
//
// name is a signal name (signals.Names) or action_verb (the bullet opens with a strong
// verb).
type cond interface {
	eval(s *signals.Signals) bool
	// positive appends the signal names that count as evidence when the condition
	// holds: those not under a "not".
	positive(dst []string) []string
}

type condAnd []cond
type condOr []cond
type condNot struct{ c cond }
type condSignal string
type condWords struct {
	op string
	n  int
}

func (c condAnd) eval(s *signals.Signals) bool {
	for _, x := range c {
		if !x.eval(s) {
			return false
		}
	}
	return true
}

func (c condAnd) positive(dst []string) []string {
	for _, x := range c {
		dst = x.positive(dst)
	}
	return dst
}

func (c condOr) eval(s *signals.Signals) bool {
	for _, x := range c {
		if x.eval(s) {
			return true
		}
	}
	return false
}

func (c condOr) positive(dst []string) []string {
	for _, x := range c {
		dst = x.positive(dst)
	}
	return dst
}

func (c condNot) eval(s *signals.Signals) bool      { return !c.c.eval(s) }
func (c condNot) positive(dst []string) []string    { return dst }
func (c condSignal) positive(dst []string) []string { return append(dst, string(c)) }

func (c condSignal) eval(s *signals.Signals) bool {
	if c == "action_verb" {
		return s.ActionVerb != ""
	}
	return s.Get(string(c))
}

func (c condWords) eval(s *signals.Signals) bool {
	w := s.Words
	switch c.op {
	case "<":
		return w < c.n
	case "<=":
		return w <= c.n
	case ">":
		return w > c.n
	case ">=":
		return w >= c.n
	case "==":
		return w == c.n
	case "!=":
		return w != c.n
	}
	return false
}

func (c condWords) positive(dst []string) []string { return dst }

// parseCond compiles a condition; the error says what was expected where.
func parseCond(src string) (cond, error) {
	toks, err := lexCond(src)
	if err != nil {
		return nil, err
	}
	p := &condParser{toks: toks}
	c, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		return nil, fmt.Errorf("condition %q: unexpected %q", src, p.toks[p.i])
	}
	return c, nil
}

func lexCond(src string) ([]string, error) {
	var toks []string
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(' || r == ')':
			toks = append(toks, string(r))
			i++
		case strings.ContainsRune("<>=!", r):
			j := i + 1
			if j < len(rs) && rs[j] == '=' {
				j++
			}
			op := string(rs[i:j])
			if op == "=" || op == "!" {
				return nil, fmt.Errorf("condition %q: %q is not an operator (use ==, !=, <, <=, >, >=)", src, op)
			}
			toks = append(toks, op)
			i = j
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (rs[j] == '_' || unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		default:
			return nil, fmt.Errorf("condition %q: unexpected character %q", src, r)
		}
	}
	if len(toks) == 0 {
		return nil, fmt.Errorf("condition is empty")
	}
	return toks, nil
}

type condParser struct {
	toks []string
	i    int
}

func (p *condParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *condParser) or() (cond, error) {
	cs, err := p.chain("or", p.and)
	if err != nil || len(cs) == 1 {
		return first(cs), err
	}
	return condOr(cs), nil
}

func (p *condParser) and() (cond, error) {
	cs, err := p.chain("and", p.unary)
	if err != nil || len(cs) == 1 {
		return first(cs), err
	}
	return condAnd(cs), nil
}

// chain parses next, then again after each op ("a and b and c").
func (p *condParser) chain(op string, next func() (cond, error)) ([]cond, error) {
	var out []cond
	for {
		c, err := next()
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		if p.peek() != op {
			return out, nil
		}
		p.i++
	}
}

func first(cs []cond) cond {
	if len(cs) == 0 {
		return nil
	}
	return cs[0]
}

func (p *condParser) unary() (cond, error) {
	t := p.peek()
	p.i++
	switch {
	case t == "":
		return nil, fmt.Errorf("condition ends early: expected a signal name")
	case t == "not":
		c, err := p.unary()
		if err != nil {
			return nil, err
		}
		return condNot{c}, nil
	case t == "(":
		c, err := p.or()
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, fmt.Errorf("condition: missing \")\"")
		}
		p.i++
		return c, nil
	case t == "words":
		op := p.peek()
		switch op {
		case "<", "<=", ">", ">=", "==", "!=":
		default:
			return nil, fmt.Errorf("condition: \"words\" must be compared with a number (words < 8)")
		}
		p.i++
		n, err := strconv.Atoi(p.peek())
		if err != nil {
			return nil, fmt.Errorf("condition: expected a whole number after \"words %s\", got %q", op, p.peek())
		}
		p.i++
		return condWords{op: op, n: n}, nil
	case t == "action_verb":
		return condSignal(t), nil
	}
	for _, n := range signals.Names {
		if n == t {
			return condSignal(t), nil
		}
	}
	return nil, fmt.Errorf("unknown signal %q; signals are %s, action_verb and words", t, strings.Join(signals.Names, ", "))
}
