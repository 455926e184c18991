package lexicon

import (
	"strings"
)

// decodePlain reads a lexicon file written in the plain layout the built-in files
// use: top-level "name: word", "description: >" with one indented paragraph,
// "terms:"/"patterns:"/"phrases:" followed by "  - item" lines (plain or
// single-quoted), and "lists:" followed by "  name:" lines each followed by
// "    - item" lines, with comment and blank lines between them. It exists because
// the YAML library spends ~6 ms of every fresh process on the built-in lexicons.
// Anything outside that layout returns ok false, and the caller decodes the file
// with the YAML library.
func decodePlain(data []byte) (l Lexicon, ok bool) {
	text := string(data)
	if strings.ContainsAny(text, "\r\t") || !strings.HasSuffix(text, "\n") {
		return Lexicon{}, false
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	seen := map[string]bool{}
	var list *[]string
	inLists, listName := false, "" // inside "lists:", and the list being read
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if line[0] == ' ' && inLists { // "  name:" starts a list, "    - word" adds to it
			if name, ok := strings.CutSuffix(strings.TrimPrefix(line, "  "), ":"); ok && line[2] != ' ' && isName(name) {
				if _, dup := l.Lists[name]; dup {
					return Lexicon{}, false
				}
				l.Lists[name] = nil
				listName = name
				continue
			}
			item, found := strings.CutPrefix(line, "    - ")
			if listName == "" || !found {
				return Lexicon{}, false
			}
			v, ok := plainScalar(item)
			if !ok {
				return Lexicon{}, false
			}
			l.Lists[listName] = append(l.Lists[listName], v)
			continue
		}
		if line[0] == ' ' { // a list item of the current key
			item, found := strings.CutPrefix(line, "  - ")
			if list == nil || !found {
				return Lexicon{}, false
			}
			v, ok := plainScalar(item)
			if !ok {
				return Lexicon{}, false
			}
			*list = append(*list, v)
			continue
		}
		key, value, found := strings.Cut(line, ":")
		if !found || seen[key] || value != "" && value[0] != ' ' {
			return Lexicon{}, false
		}
		seen[key] = true
		value = strings.TrimSpace(value)
		list, inLists = nil, false
		switch {
		case key == "lists" && value == "":
			inLists, listName = true, ""
			l.Lists = map[string][]string{}
		case key == "phrases" && value == "":
			list = &l.Phrases
		case key == "terms" && value == "":
			list = &l.Terms
		case key == "patterns" && value == "":
			list = &l.Patterns
		case key == "description" && value == ">":
			// a folded paragraph: its lines, at one indent, join with spaces and
			// end with one newline
			var words []string
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "  ") {
				i++
				body := lines[i][2:]
				if body == "" || body[0] == ' ' || body != strings.TrimRight(body, " ") {
					return Lexicon{}, false
				}
				words = append(words, body)
			}
			if len(words) == 0 {
				return Lexicon{}, false
			}
			l.Description = strings.Join(words, " ") + "\n"
		case key == "name" || key == "description":
			v, ok := plainScalar(value)
			if !ok {
				return Lexicon{}, false
			}
			if key == "name" {
				l.Name = v
			} else {
				l.Description = v
			}
		default:
			return Lexicon{}, false
		}
	}
	return l, true
}

// plainScalar reads one scalar: single-quoted (” is a quote), or plain text that
// YAML could not read as anything but a string.
func plainScalar(s string) (string, bool) {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return "", false
	}
	if s[0] == '\'' {
		if len(s) < 2 || s[len(s)-1] != '\'' {
			return "", false
		}
		body := s[1 : len(s)-1]
		if strings.Contains(strings.ReplaceAll(body, "''", ""), "'") {
			return "", false
		}
		return strings.ReplaceAll(body, "''", "'"), true
	}
	// indicators that start something other than plain text, and text YAML reads as
	// a number, a boolean or null
	// (".net" is text; ".inf" and ".nan" are numbers)
	dotWord := s[0] == '.' && len(s) > 1 && 'a' <= s[1] && s[1] <= 'z' && s != ".inf" && s != ".nan"
	if !dotWord && strings.ContainsRune("-?:,[]{}#&*!|>\"%@`.+~0123456789", rune(s[0])) ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return "", false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n", ".inf", ".nan":
		return "", false
	}
	return s, true
}
