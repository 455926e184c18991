package rules

import "embed"

// Reading holds reading/*.yaml: what decides whether a résumé was read well enough to
// be scored (thresholds, job-like words) and the signs of an unfilled template.
//
//go:embed reading/*.yaml
var Reading embed.FS
