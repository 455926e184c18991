package yamlx

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Limits for YAML that users write (configs found beside any résumé, rule directories):
// a few hundred bytes of anchors and aliases can expand to billions of values
// ("billion laughs"), which the decoder would build in memory.
const (
	// MaxFileBytes is the largest YAML file a user may give (configs, rules, lexicons).
	MaxFileBytes = 1 << 20
	// MaxExpandedValues is how many values a file may hold once every alias is
	// replaced by what it names; a config holds tens.
	MaxExpandedValues = 100_000
)

// checkLimits refuses data that is too large or whose aliases expand past
// MaxExpandedValues, naming the place of the alias that crosses the limit.
func checkLimits(file string, data []byte) error {
	if len(data) > MaxFileBytes {
		return &Error{File: file, Msg: fmt.Sprintf("larger than %d KB, which no YAML file of this tool needs", MaxFileBytes>>10)}
	}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil // the decoder reports it with its place
	}
	c := &expansion{anchors: map[string]int{}}
	for _, doc := range f.Docs {
		if doc != nil && doc.Body != nil {
			c.size(doc.Body)
		}
		if c.err != nil {
			return &Error{File: file, Line: c.line, Column: c.col, Msg: c.err.Error()}
		}
	}
	return nil
}

type expansion struct {
	anchors   map[string]int
	total     int
	err       error
	line, col int
}

// size is how many values n stands for once its aliases are expanded, saturated just
// past the limit.
func (c *expansion) size(n ast.Node) int {
	if c.err != nil || n == nil {
		return 0
	}
	s := 1
	switch n := n.(type) {
	case *ast.AliasNode:
		s = 1
		if n.Value != nil {
			if a, ok := c.anchors[n.Value.String()]; ok {
				s = a
			}
		}
		c.total += s
		if c.total > MaxExpandedValues {
			c.err = fmt.Errorf("its aliases expand to more than %d values, which no file of this tool needs; write the values out", MaxExpandedValues)
			if tk := n.GetToken(); tk != nil && tk.Position != nil {
				c.line, c.col = tk.Position.Line, tk.Position.Column
			}
		}
		return s
	case *ast.AnchorNode:
		s = c.size(n.Value)
		if n.Name != nil {
			c.anchors[n.Name.String()] = s
		}
		return s
	case *ast.TagNode:
		return c.size(n.Value)
	case *ast.MappingNode:
		for _, v := range n.Values {
			s += c.size(v)
		}
	case *ast.MappingValueNode:
		s = c.size(n.Key) + c.size(n.Value)
	case *ast.MappingKeyNode:
		s = c.size(n.Value)
	case *ast.SequenceNode:
		for _, v := range n.Values {
			s += c.size(v)
		}
	default:
		c.total++
	}
	if s > MaxExpandedValues {
		s = MaxExpandedValues + 1
	}
	return s
}
