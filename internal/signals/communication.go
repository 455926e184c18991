package signals

// Communication: presenting, writing, reporting, persuading.

import (
	"strings"
	"unicode"
)

var (
	dashes = set("-", "–", "—", "\u00ad", "‐", "‑", "−") // soft and non-breaking hyphens come from PDFs
)

func (a *Analyzer) communication(b *bullet) []Span {
	var out []Span
	for _, sp := range merge(a.find("communication", b), b.phr[phComm]) {
		i := b.tokenAt(sp.Start)
		lw := strings.ToLower(b.span(sp))
		if lw == "speaker" && (b.word(i-1) == "native" || b.word(i-1) == "fluent") {
			continue // "native speaker": a language level
		}
		if lw == "taught" && (b.word(i+1) == "myself" || b.word(i+1) == "himself" || b.word(i+1) == "herself") {
			continue
		}
		if lw == "present" && (dashes[b.word(i-1)] || b.v.dateDash.has(b.word(i-1)) && isYear(b.word(i-2))) {
			continue // "2015 - Present": a date range
		}
		if lw == "spoke" && b.word(i-1) == "and" && b.word(i-2) == "hub" || lw == "spoke" && sp.Start > 0 && b.runes[sp.Start-1] == '-' {
			continue // "hub and spoke": a network topology
		}
		if (lw == "talk" || lw == "talks") && strings.HasPrefix(b.toks[i].Tag, "VB") && b.word(i+1) == "to" && !b.near(i, i, 0, 3, b.v.audienceOfTalk) {
			continue // "the client talks to two services"
		}
		if (lw == "talk" || lw == "talks") && (sp.End < len(b.runes) && b.runes[sp.End] == '-' && gluedAfter(b, sp) == "to" ||
			(b.word(i+2) == "each" || b.word(i+2) == "one") && b.word(i+1) == "to" && !talkers(b, i)) {
			continue // "a talk-to-device handler", "the services talk to each other"
		}
		if (lw == "talk" || lw == "talked" || lw == "talking") && strings.HasPrefix(b.toks[i].Tag, "VB") && (b.word(i+1) == "about" || b.word(i+1) == "through" || b.word(i+1) == "over") && b.near(i, i+1, 0, 2, b.v.personalThings) {
			continue // "met each report to talk about their goals": a conversation, not a talk
		}
		if strings.HasPrefix(lw, "communicat") && (b.word(i+1) == "between" || b.word(i+1) == "among") && b.near(i, i+1, 0, 5, b.v.machineParts) {
			continue // "communication between the services"
		}
		if strings.HasPrefix(lw, "document") && (b.toks[i].Tag == "NNS" || b.toks[i].Tag == "NN") && i > 0 && (b.toks[i-1].Tag == "CD" || b.v.quantityWord(b.word(i-1)) || b.v.dataDocs.has(b.word(i-1))) {
			continue // "1 billion documents", "JSON documents": data, not writing
		}
		if (lw == "spec" || lw == "specs" || lw == "specification" || lw == "specifications") && !specProduced(b, i) {
			continue // "according to customer specifications": a spec followed, not written
		}
		if strings.HasPrefix(lw, "playbook") && b.near(i, i, 3, 3, b.v.configTools) {
			continue // "Ansible playbooks": configuration code
		}
		if lw == "shared" || strings.HasPrefix(lw, "shared ") {
			if b.v.determiners.has(b.word(i - 1)) {
				continue // "the shared roadmap": an adjective, not sharing
			}
		}
		if strings.HasPrefix(lw, "communicat") && (b.v.machineTalk.has(b.word(i-1)) || b.v.machineTalk.has(hyphenPrefix(b, sp))) {
			continue // "cellular communication", "inter-service communication": signals between machines
		}
		if strings.HasPrefix(lw, "communicat") && a.withMachine(b, b.tokenAt(sp.End-1)+1) {
			continue // "a driver to communicate with a sensor": machines talking
		}
		if strings.HasPrefix(lw, "communicat") && b.v.techChannel.has(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "communication protocols": a system property
		}
		if strings.HasPrefix(lw, "present") && b.word(b.tokenAt(sp.End-1)+1) == "with" || hyphenPrefix(b, sp) == "self" {
			continue // "was presented with an award", "self-taught"
		}
		if made := strings.Fields(lw); len(made) > 2 && (strings.HasPrefix(made[0], "creat") || strings.HasPrefix(made[0], "produc")) && namedToolWithin(b, i+1, b.tokenAt(sp.End-1)) {
			continue // "created Power BI reports": a tool's output, not a document written for people
		}
		if lw == "speaking" && hyphenPrefix(b, sp) != "" {
			continue // "Spanish-speaking customers": a language, not a talk
		}
		if lw == "guide" && strings.HasPrefix(b.toks[i].Tag, "VB") || (lw == "influenced" || lw == "educated") && (b.word(i+1) == "by" || b.word(i+1) == "at" || b.word(i+1) == "in") {
			continue // "to guide the team", "influenced by", "educated at Oxford"
		}
		if strings.HasPrefix(b.toks[i].Tag, "NN") && (b.v.readingVerbs.has(b.word(i-1)) || b.v.readingVerbs.has(b.word(i-2)) && (b.toks[i-1].Tag == "JJ" || b.v.determiners.has(b.word(i-1)))) {
			continue // "read internal documentation", "an app for watching talks": taking in, not writing or talking
		}
		if strings.HasPrefix(lw, "report") && (strings.HasPrefix(b.toks[i].Tag, "VB") || i == b.first) && reportingLine(b, i+1) {
			continue // "Report to the CEO and sit on the exec team": a reporting line (SIGNALS.md)
		}
		if t := b.toks[i].Tag; i > 0 && (t == "VBZ" || t == "VBP") && (b.v.machineNouns.has(b.low[i-1]) || b.v.softwareArtifacts.has(b.low[i-1]) || b.v.machineParts.has(b.low[i-1])) {
			continue // "the service notifies users", "devices communicate over MQTT": a system part speaks
		}
		if strings.HasPrefix(lw, "present") && b.v.machineObjects.has(b.word(b.tokenAt(sp.End-1)+1)) && !b.near(i, i, 0, 6, b.v.parties) {
			continue // "endpoints to present data to the frontend": a system showing data, no one told
		}
		if (lw == "rfc" || lw == "rfcs") && isNumberish(b.word(i+1)) {
			continue // "an RFC 5322 parser", "RFC 7519 tokens": a standard's number, not a proposal written
		}
		if (lw == "knowledge sharing" || lw == "knowledge-sharing") && fosteredPractice(b, i, b.tokenAt(sp.End-1)) {
			continue // "fostering knowledge sharing and mentoring juniors": a team practice grown, not a talk given
		}
		if a.softwarePurpose(b, i) {
			continue // "a portal for the branch staff to post notices": what the software does
		}
		if a.commThing(b, sp, i, lw) || a.softwareComm(b, sp, i, lw) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// specProduced reports a spec word at token i that the writer produces: a producing
// verb or "into" within the six tokens before it ("wrote the technical specs",
// "translated customer requests into clear specs").
func specProduced(b *bullet, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if b.v.specProducers.has(b.low[k]) {
			return true
		}
	}
	return false
}

// talkers reports people as the subject of "talk" at token i: "the teams (to) talk".
func talkers(b *bullet, i int) bool {
	k := i - 1
	if b.word(k) == "to" {
		k--
	}
	return b.v.personWord(b.word(k)) || b.v.peopleGroups.has(b.word(k)) || b.word(k) == "teams" || b.word(k) == "team"
}

// personWord reports a word naming people: "engineers who", not "a map that".
func (v *vocab) personWord(w string) bool {
	return v.peopleNouns.has(w) || v.audience.has(w) || w == "i" || w == "who" || w == "someone" || w == "anyone" || w == "everyone"
}

// commThing reports a communication word that names part of a system or its data
// rather than someone communicating.
func (a *Analyzer) commThing(b *bullet, sp Span, i int, lw string) bool {
	j := b.tokenAt(sp.End - 1)
	if b.v.commNouns.has(lw) {
		next := b.word(j + 1)
		if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
			// "conference-room", "document-store": the word glued after decides
			k := sp.End + 1
			for k < len(b.runes) && unicode.IsLetter(b.runes[k]) {
				k++
			}
			next = strings.ToLower(string(b.runes[sp.End+1 : k]))
		}
		if b.v.machineNouns.has(next) || next != "" && a.lex["technical"].Has(next) && !a.lex["communication"].Has(next) {
			return true // "the document storage service", "the presentation layer"
		}
		if after := b.word(j + 2); j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") && (b.v.machineNouns.has(after) || b.v.softwareArtifacts.has(after)) {
			return true // "a document management system", "the newsletter subscription feature": a kind of software
		}
		// the object of a verb that handles data: "stored articles", "parsed specification files"
		k := i - 1
		for k >= 0 && k >= i-3 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD" || b.toks[k].Tag == "NN" || b.toks[k].Tag == "NNP") && !b.v.machineVerbs.has(b.low[k]) {
			k--
		}
		if b.v.machineVerbs.has(b.word(k)) {
			return true
		}
	}
	// a clause about a thing: "a map that presents live readings", "a bot that posts
	// deploy summaries"
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if rel := b.low[k]; rel == "that" || rel == "which" {
			if !b.v.personWord(b.low[k-1]) && strings.HasPrefix(b.toks[k-1].Tag, "NN") {
				return true
			}
			break
		}
		if t := b.toks[k].Tag; !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "VB") || t == "JJ" || t == "DT") {
			break
		}
	}
	if strings.HasPrefix(lw, "publish") && b.word(j+1) == "by" && i > 0 && (b.v.softwareArtifacts.has(b.low[i-1]) || b.v.machineObjects.has(b.low[i-1])) {
		return true // "every app published by the vendor": a thing released by someone, not writing
	}
	if strings.HasPrefix(lw, "publish") {
		// "published Docker images", "published order events to Kafka": build and stream artefacts
		tech, words := false, false
		for k := j + 1; k < len(b.toks) && k <= j+4; k++ {
			w := b.low[k]
			if b.toks[k].Tag == "IN" || b.toks[k].Tag == "TO" || !hasWordRune(w) {
				break
			}
			if a.lex["communication"].Has(w) || b.v.writtenThings.has(w) {
				words = true
			}
			if b.v.machineObjects.has(w) || a.lex["technical"].Has(w) {
				tech = true
			}
		}
		if tech && !words {
			return true
		}
	}
	return false
}

// writingVerbs open a communication phrase whose object may be code.
var writingVerbs = set("authored", "co-authored", "wrote", "write", "writes", "writing")

// softwareComm reports a communication word that belongs to software being built:
// code written ("authored the SDK libraries", "writing scripts for the game"), a document kind naming a product
// ("a documentation platform", "the knowledge-base app"), or the subject of a
// tool ("tools for release notes").
func (a *Analyzer) softwareComm(b *bullet, sp Span, i int, lw string) bool {
	j := b.tokenAt(sp.End - 1)
	if writingVerbs[b.low[i]] {
		for k := i + 1; k < len(b.low) && k <= j+5; k++ {
			w, tag := b.low[k], b.toks[k].Tag
			if a.lex["communication"].Has(w) || b.v.writtenThings.has(w) {
				return false
			}
			if b.v.softwareArtifacts.has(w) && !(k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN")) {
				return true // the head of the object: "wrote the SDK libraries", not "the status page updates"
			}
			if !(tag == "JJ" || tag == "CD" || strings.HasPrefix(tag, "NN") || b.v.determiners.has(w) || w == "and" || w == ",") {
				return false
			}
		}
		return false
	}
	next := b.word(j + 1)
	if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
		next = gluedAfter(b, sp)
	}
	if b.v.softwareArtifacts.has(next) && next != "page" && next != "pages" && next != "screen" && next != "screens" {
		return true // "a documentation platform", "the knowledge-base app"
	}
	// "tools for architecture review and documentation", "an API for the release notes, help
	// guides and FAQs": what a tool is for, or the content it serves
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		if b.low[k] == "for" {
			return b.v.softwareArtifacts.has(b.low[k-1]) || b.v.machineNouns.has(b.low[k-1])
		}
		if t := b.toks[k].Tag; !(strings.HasPrefix(t, "NN") || t == "JJ" || t == "CC" || t == "DT" || b.low[k] == ",") {
			return false
		}
	}
	return false
}

// namedToolWithin reports a capitalised word (a tool or product name, "Power BI",
// "Looker") among tokens i..j.
func namedToolWithin(b *bullet, i, j int) bool {
	for k := i; k < j && k < len(b.toks); k++ {
		if capitalised(b.toks[k].Text) {
			return true
		}
	}
	return false
}

// reportingLine reports a "report (directly) to" at token k whose person is followed by nothing
// said about what is reported or how often: "Report to the CEO and sit on the executive
// team", not "Reported to the board every quarter on delivery".
func reportingLine(b *bullet, k int) bool {
	if b.word(k) == "directly" {
		k++
	}
	if b.word(k) != "to" {
		return false
	}
	for k++; k < len(b.toks); k++ {
		switch b.low[k] {
		case "on", "about", "weekly", "monthly", "quarterly", "daily", "fortnightly", "every", "each", "regularly", "with", "through", "via", "in":
			if b.low[k] == "in" && k+1 < len(b.toks) && b.toks[k+1].Tag == "NNP" {
				k++
				continue // "in London": where the person sits
			}
			return false // what is reported, how or how often
		}
		// (a capitalised word is part of the person's title whatever its tag: "the VP
		// of Engineering", where "Engineering" may be tagged a verb)
		if !(b.v.determiners.has(b.low[k]) || b.low[k] == "of" || strings.HasPrefix(b.toks[k].Tag, "NN") || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "POS" || capitalised(b.toks[k].Text)) {
			break
		}
	}
	return true
}

// softwarePurpose reports token i inside an infinitive of purpose ("to V ...", up to
// four tokens before i) whose verb governs a thing built: the object of the verb before
// "to" is software or a system part, so the communicating is what the thing does:
// "Made an intranet page for the branch staff to post announcements to clients", "Wrote
// a helpdesk bot using Rasa to reply to customer emails". Presenting verbs stay
// the writer's own act: "Built a prototype to demo to investors".
func (a *Analyzer) softwarePurpose(b *bullet, i int) bool {
	to := -1
	for k := i; k >= 0 && k >= i-4; k-- {
		if b.low[k] == "to" && k+1 < len(b.toks) && (strings.HasPrefix(b.toks[k+1].Tag, "VB") || b.toks[k+1].Tag == "RB") {
			to = k
			break
		}
		if b.v.clauseBreaks.has(b.low[k]) || b.low[k] == "," {
			return false
		}
	}
	if to < 0 {
		return false
	}
	v := to + 1
	if b.toks[v].Tag == "RB" {
		v++ // "to automatically respond"
	}
	if b.v.presentingVerbs.has(b.word(v)) {
		return false
	}
	// back from "to" to the verb that governs the object: nouns, adjectives, numbers,
	// determiners and the prepositions of a noun phrase ("for the branch staff", "using Rasa")
	k := to - 1
	for ; k >= 0; k-- {
		w, t := b.low[k], b.toks[k].Tag
		if b.v.clauseBreaks.has(w) || w == "," || t == "CC" || t == "WDT" || t == "WP" {
			return false
		}
		if strings.HasPrefix(t, "VB") && w != "using" && !(t == "VBG" && k+1 < to && strings.HasPrefix(b.toks[k+1].Tag, "NN")) {
			break
		}
	}
	// the object: the noun phrase right after the verb, up to its first preposition
	head := ""
	for m := k + 1; m < to; m++ {
		t := b.toks[m].Tag
		if t == "IN" || t == "TO" || b.low[m] == "using" {
			break
		}
		if strings.HasPrefix(t, "NN") {
			head = b.low[m]
		}
	}
	return b.v.softwareArtifacts.has(head) || b.v.machineNouns.has(head)
}

// withMachine reports "with" at token k followed by a noun phrase that names a system
// part and no person or party: "with a sensor", "with the payment gateway".
func (a *Analyzer) withMachine(b *bullet, k int) bool {
	if b.word(k) != "with" {
		return false
	}
	machine := false
	for m := k + 1; m < len(b.toks) && m <= k+5; m++ {
		w, tag := b.low[m], b.toks[m].Tag
		if b.v.personWord(w) || a.lex["functions"].Has(w) || b.v.peopleGroups.has(w) {
			return false
		}
		switch {
		case strings.HasPrefix(tag, "NN"):
			if a.lex["technical"].Has(w) || b.v.machineParts.has(w) || b.v.softwareArtifacts.has(w) {
				machine = true
			}
		case b.v.determiners.has(w) || tag == "JJ" || tag == "CD" || tag == "PRP$":
			if machine {
				return true
			}
		default:
			return machine
		}
	}
	return machine
}

// fosteredPractice reports a practice named at tokens i..j (knowledge sharing) that the
// bullet grows among others rather than an event where someone speaks: a fostering verb
// or "culture of" up to three tokens before it, and no talk event after it.
func fosteredPractice(b *bullet, i, j int) bool {
	if b.v.talkEvents.has(b.word(j + 1)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := b.low[k]
		if w == "culture" || w == "cultures" {
			return true
		}
		for _, st := range b.v.fosteringStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
		if b.v.clauseBreaks.has(w) || w == "," {
			return false
		}
	}
	return false
}
