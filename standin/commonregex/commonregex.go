// Package commonregex is resumecheck's own stand-in for github.com/mingrammer/commonregex
// v1.0.1, put in its place by the go.work file at the root of the repository, so in
// every build made from a checkout (go build, go test, scripts/bench.sh, .ci/run). A
// `go install ...@version` ignores go.work and links the upstream package, which gives
// the same answers (see below) and costs the start-up time this one saves.
//
// Why: prose/v2's tagger, and ours in internal/nlp, use two expressions of that
// package, and only to ask whether a word holds a web address or an e-mail address
// (MatchString). The package compiles all 29 of its expressions when it is
// initialised, whether or not a program uses them: about 1.2 ms of CPU in every
// process, on the critical path of a one-file run twice over (its parent and its
// worker both start the same binary). Here only the two are compiled (0.03 ms).
//
// What is kept: for every string s, LinkRegex.MatchString(s) and
// EmailRegex.MatchString(s) answer as upstream v1.0.1 does. Where a match starts and
// ends can differ (a shorter match is enough to answer the question), so FindString
// and the other methods are not stand-ins, and nothing here should use them. How the
// two expressions were reduced is told beside each; internal/nlp's tests hold the
// answers to upstream's on cases taken from both sides of each rule, and the
// reduction was checked against upstream on 218,857 corpus lines and words and
// 9 million random strings with no difference (commit message).
//
// The fix offered upstream, after which this module can go:
// docs/upstream/prose-commonregex-init.md.
package commonregex

import "regexp"

// Parts of LinkRegex.
const (
	// linkRun is a run of characters that are neither space nor bracket.
	linkRun = `[^\s()<>]+`
	// linkGroup is a bracketed group: runs and singly nested bracketed runs.
	linkGroup = `\((?:` + linkRun + `|\(` + linkRun + `\))*\)`
	// linkEnd is a last character that is not punctuation a sentence would put
	// after an address.
	linkEnd = `[^\s!()\[\]{};:'".,<>?]`
)

// LinkRegex matches a string that holds a web address, as upstream's LinkRegex does.
//
// Upstream's expression is: an optional scheme, a host (a run of lower-case letters,
// digits, dots and hyphens, or "www"), a dot, then one or more runs or bracketed
// groups, then a bracketed group or an end character. Any string it matches also
// holds a match without the scheme and with only the host's last character (which
// upstream's expression also accepts), and the converse is plain; so for
// MatchString the host can be one such character and the scheme can go.
var LinkRegex = regexp.MustCompile(`[a-z0-9.\-]\.(?:` + linkRun + `|` + linkGroup + `)+(?:` + linkGroup + `|` + linkEnd + `)`)

// EmailRegex matches a string that holds an e-mail address, as upstream's EmailRegex
// does (case-insensitively).
//
// Upstream's expression is: one or more characters allowed before the at sign, the
// at sign, one or more domain labels each followed by a dot, then a last label (a
// label starts and ends with a letter or digit and may hold hyphens). Any string it
// matches also holds: one allowed character, the at sign, the first label, its dot,
// and the first character of the next label, which is a letter or a digit; that
// shorter form is itself a match of upstream's expression.
var EmailRegex = regexp.MustCompile(`(?i)[a-z0-9!#$%&'*+/=?^_{|.}~-]@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z0-9]`)
