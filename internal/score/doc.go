// Package score turns an analysis (signals and findings per bullet) into scores: a
// 0–100 score per EM-readiness area with the facts behind it, an overall score, the
// level and a track (ic, tech-lead, em-ready). The advice (rewrites, top changes, role
// advice, interview questions) is planned by internal/advise, which re-scores changes
// through the Model that Score returns (view.go).
//
// How scores are made (model.go, areas.go):
//   - Bullets count once: repeated bullets (same words, any case or punctuation) are
//     dropped, so padding a résumé with copies cannot raise a score.
//   - Recent roles weigh more: the latest experience role counts fully, each older one
//     0.7 of the one before (floor 0.2); projects, volunteering and summary bullets count
//     like an old role; education, skills and awards lines are not evidence of work.
//     Within a role each bullet weighs 1/sqrt(n), so a long role counts more than a
//     short one but not in proportion.
//   - Most areas blend a weighted share of bullets showing a signal (against a target a
//     hiring manager would call good: half the bullets quantified, a third framed
//     through a team, a quarter cross-team...) with whether the latest roles show it at
//     all. Shares are shrunk by one bullet's weight, so a handful of bullets is weaker
//     evidence than many. Experience reads years and lead-titled years; style is the
//     mean quality of the bullets' wording.
//   - The overall score is the weighted mean of the areas (weights.yaml; a config
//     replaces the weights it names).
//
// scoretest holds the keyword analyser and the test résumés both packages' tests use.
package score
