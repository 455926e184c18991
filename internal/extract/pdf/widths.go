package pdf

import "unicode"

// estimateWidth guesses a glyph's advance in ems when the font gives none (the 14
// standard fonts, broken CID fonts). The classes follow the shape of a typical
// proportional sans face; being off by 10% only shifts where a space is inferred a
// little, while no estimate at all would glue every word.
func estimateWidth(s string) float64 {
	total := 0.0
	for _, r := range s {
		total += runeWidth(r)
	}
	return total
}

func runeWidth(r rune) float64 {
	switch r {
	case ' ', '\u00a0':
		return 0.28
	case 'i', 'j', 'l', '.', ',', ';', ':', '\'', '!', '|', '`':
		return 0.24
	case 'f', 't', 'r', 'I', '(', ')', '[', ']', '/', '-', '"':
		return 0.33
	case 'm', 'M', 'W':
		return 0.85
	case 'w':
		return 0.72
	case '@', '%':
		return 0.9
	}
	switch {
	case r >= '0' && r <= '9':
		return 0.556
	case unicode.IsUpper(r):
		return 0.68
	case unicode.IsLower(r):
		return 0.52
	case r >= 0x2E80: // CJK and other wide scripts
		return 1
	}
	return 0.58
}
