// Package score turns an analysis (signals and findings per bullet) into what the user
// came for: a 0–100 score per EM-readiness area with the facts behind it, an overall
// score, a track (ic, tech-lead, em-ready), a concrete rewrite per weak bullet, the top
// changes ranked by how much they raise the score, role-level advice and interview
// questions to prepare for.
//
// Rewrites are data carried by rules (rules.Fix) and applied by the small set of fixers
// in fix.go; nothing here invents a number, a name or a technology.
package score
