package rules

import "embed"

// Layout holds layout/*.yaml: the words the layout step reads a résumé's structure by
// (section headings, job titles, organisations, places, page furniture).
//
//go:embed layout/*.yaml
var Layout embed.FS
