package rules

import "embed"

// Pack holds the built-in rule files, one small pack per area.
//
//go:embed *.yaml
var Pack embed.FS
