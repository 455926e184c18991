package layout

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// The words layout recognises, kept here in one place: section headings, job titles
// and organisation names. They are structural cues, not content judgements (those
// live in the rule pack's lexicons).

// sectionKeywords maps a heading word to the kind of section it names. A heading is
// recognised when all its words are keywords or sectionModifiers and at least one is
// a keyword; when several kinds appear, kindPriority decides ("Volunteer Experience"
// is volunteering, "Skills Summary" is skills, "Career Summary" is a summary).
var sectionKeywords = map[string]resume.SectionKind{
	// summary
	"summary": resume.KindSummary, "profile": resume.KindSummary, "about": resume.KindSummary,
	"objective": resume.KindSummary, "objectives": resume.KindSummary, "overview": resume.KindSummary,
	"introduction": resume.KindSummary, "highlights": resume.KindSummary, "statement": resume.KindSummary,
	"bio": resume.KindSummary, "biography": resume.KindSummary,
	// experience
	"experience": resume.KindExperience, "experiences": resume.KindExperience,
	"employment": resume.KindExperience, "career": resume.KindExperience,
	"positions": resume.KindExperience, "internships": resume.KindExperience,
	"internship": resume.KindExperience, "work": resume.KindExperience,
	"research": resume.KindExperience, "appointments": resume.KindExperience,
	"companies": resume.KindExperience, "employers": resume.KindExperience,
	// education
	"education": resume.KindEducation, "academic": resume.KindEducation, "academics": resume.KindEducation,
	"degrees": resume.KindEducation, "coursework": resume.KindEducation, "courses": resume.KindEducation,
	"schooling": resume.KindEducation, "training": resume.KindEducation, "studies": resume.KindEducation,
	// skills
	"skills": resume.KindSkills, "skill": resume.KindSkills, "technologies": resume.KindSkills,
	"tools": resume.KindSkills, "languages": resume.KindSkills, "competencies": resume.KindSkills,
	"expertise": resume.KindSkills, "proficiencies": resume.KindSkills, "stack": resume.KindSkills,
	"strengths": resume.KindSkills, "toolbox": resume.KindSkills,
	// projects
	"projects": resume.KindProjects, "project": resume.KindProjects, "portfolio": resume.KindProjects,
	"contributions": resume.KindProjects, "source": resume.KindProjects,
	// leadership and volunteering
	"leadership": resume.KindLeadership, "volunteering": resume.KindLeadership,
	"volunteer": resume.KindLeadership, "activities": resume.KindLeadership,
	"involvement": resume.KindLeadership, "extracurricular": resume.KindLeadership,
	"extracurriculars": resume.KindLeadership, "community": resume.KindLeadership,
	"service": resume.KindLeadership, "affiliations": resume.KindLeadership,
	"organizations": resume.KindLeadership, "organisations": resume.KindLeadership,
	"memberships": resume.KindLeadership, "activity": resume.KindLeadership,
	// certifications
	"certifications": resume.KindCertifications, "certification": resume.KindCertifications,
	"certificates": resume.KindCertifications, "licenses": resume.KindCertifications,
	"licences": resume.KindCertifications, "accreditations": resume.KindCertifications,
	// publications
	"publications": resume.KindPublications, "papers": resume.KindPublications,
	"talks": resume.KindPublications, "presentations": resume.KindPublications,
	"patents": resume.KindPublications, "speaking": resume.KindPublications,
	"writing": resume.KindPublications, "conferences": resume.KindPublications,
	"presentation": resume.KindPublications, "publication": resume.KindPublications,
	// awards
	"awards": resume.KindAwards, "award": resume.KindAwards, "honors": resume.KindAwards,
	"honours": resume.KindAwards, "achievements": resume.KindAwards,
	"accomplishments": resume.KindAwards, "recognition": resume.KindAwards,
	"scholarships": resume.KindAwards, "distinctions": resume.KindAwards,
	// other
	"interests": resume.KindOther, "hobbies": resume.KindOther, "references": resume.KindOther,
	"links": resume.KindOther, "contact": resume.KindOther, "miscellaneous": resume.KindOther,
	"misc": resume.KindOther, "information": resume.KindOther, "details": resume.KindOther,
}

// kindPriority orders kinds when a heading names several.
var kindPriority = []resume.SectionKind{
	resume.KindLeadership, resume.KindProjects, resume.KindEducation, resume.KindCertifications,
	resume.KindPublications, resume.KindAwards, resume.KindSkills, resume.KindSummary,
	resume.KindExperience, resume.KindOther,
}

// sectionModifiers may appear in a heading next to a keyword without changing it.
var sectionModifiers = map[string]bool{
	"professional": true, "relevant": true, "technical": true, "selected": true, "select": true,
	"other": true, "additional": true, "key": true, "core": true, "related": true, "industry": true,
	"recent": true, "previous": true, "prior": true, "and": true, "of": true, "the": true, "my": true,
	"on": true, "campus": true, "personal": true, "computer": true, "programming": true,
	"software": true, "engineering": true, "history": true, "background": true, "notable": true,
	"major": true, "open": true, "source": true, "side": true, "teaching": true, "military": true,
	"me": true, "areas": true, "freelance": true, "consulting": true, "in": true, "a": true,
	"qualifications": true, "honors": true, "certificates": true, "volunteer": true, "leadership": true,
	"achievements": true, "awards": true, "skills": true, "academic": true, "career": true,
	"work": true, "professional's": true, "technology": true, "summary": true, "publications": true,
	"projects": true, "education": true, "experience": true, "list": true, "hands": true,
	"tech": true, "development": true, "language": true, "spoken": true, "soft": true,
	"hard": true, "interpersonal": true, "employment": true, "positions": true, "held": true,
	"extra": true, "curricular": true, "school": true, "university": true, "college": true,
	"graduate": true, "undergraduate": true, "postgraduate": true, "honours": true,
	"scientific": true, "research": true, "selected-publications": true, "community": true,
	"involvement": true, "for": true, "with": true, "at": true, "external": true, "internal": true,
	"licenses": true, "courses": true, "online": true, "trainings": true, "continuing": true,
	"international": true, "domestic": true, "national": true, "regional": true, "local": true,
	"contributions": true, "open-source": true, "post": true, "invited": true, "keynote": true,
}

// headingWords splits a candidate heading into lower-case words, dropping punctuation
// ("Honors/Awards", "Skills & Tools:", "E X P E R I E N C E" is not handled here).
func headingWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

// sectionKind says whether text reads as a section heading and of which kind. It does
// not look at typography: the caller decides whether a line is short and standalone.
func sectionKind(text string) (resume.SectionKind, bool) {
	words := headingWords(text)
	if len(words) == 0 || len(words) > 5 {
		return "", false
	}
	found := map[resume.SectionKind]bool{}
	for _, w := range words {
		if k, ok := sectionKeywords[w]; ok {
			found[k] = true
			continue
		}
		if !sectionModifiers[w] {
			return "", false
		}
	}
	// "Work" or "Research" alone is a heading too; but "Career Highlights"-style pairs
	// resolve by priority below.
	for _, k := range kindPriority {
		if found[k] {
			return k, true
		}
	}
	return "", false
}

// titleWords mark a job title (matched as whole lower-case words).
var titleWords = map[string]int{
	"engineer": 2, "developer": 2, "programmer": 2, "manager": 2, "lead": 2, "leader": 2,
	"director": 2, "head": 1, "vp": 2, "president": 2, "cto": 2, "ceo": 2, "cfo": 2, "coo": 2,
	"cio": 2, "cpo": 2, "chief": 2, "officer": 1, "founder": 2, "cofounder": 2, "intern": 2,
	"internship": 2, "architect": 2, "scientist": 2, "researcher": 2, "consultant": 2,
	"analyst": 2, "designer": 2, "administrator": 2, "specialist": 2, "associate": 1,
	"assistant": 2, "fellow": 1, "sre": 2, "owner": 1, "principal": 1, "staff": 1,
	"senior": 1, "sr": 1, "junior": 1, "jr": 1, "member": 1, "coordinator": 2, "supervisor": 2,
	"technician": 2, "tester": 2, "sdet": 2, "qa": 1, "contractor": 2, "freelancer": 2,
	"freelance": 1, "advisor": 2, "adviser": 2, "mentor": 2, "instructor": 2, "teacher": 2,
	"professor": 2, "lecturer": 2, "tutor": 2, "ta": 1, "volunteer": 2, "coach": 2,
	"representative": 2, "executive": 1, "strategist": 2, "evangelist": 2, "advocate": 1,
	"maintainer": 2, "contributor": 2, "co-op": 2, "coop": 2, "apprentice": 2, "trainee": 2,
	"editor": 2, "writer": 1, "secretary": 2, "treasurer": 2, "chair": 2, "chairman": 2,
	"captain": 2, "organizer": 2, "organiser": 2, "ambassador": 2, "partner": 1,
	"swe": 2, "sde": 2, "programmer/analyst": 2, "postdoc": 2, "postdoctoral": 2,
	"candidate": 1, "student": 1, "clerk": 2, "master": 1,
}

// orgWords mark an organisation name.
var orgWords = map[string]int{
	"inc": 2, "corp": 2, "corporation": 2, "llc": 2, "ltd": 2, "limited": 2, "gmbh": 2,
	"plc": 2, "ag": 1, "co": 1, "company": 2, "university": 2, "college": 2, "institute": 2,
	"school": 2, "academy": 2, "labs": 2, "lab": 1, "laboratory": 2, "laboratories": 2,
	"technologies": 2, "technology": 1, "systems": 1, "group": 1, "bank": 2,
	"foundation": 2, "agency": 2, "studio": 1, "studios": 2, "solutions": 2,
	"consulting": 1, "partners": 2, "ventures": 2, "capital": 1, "holdings": 2,
	"hospital": 2, "association": 2, "society": 2, "club": 1, "center": 1, "centre": 1,
	"department": 1, "government": 2, "ministry": 2, "organization": 1, "organisation": 1,
	"software": 1, "networks": 1, "media": 1, "games": 1, "market": 1, "pay": 1, "ai": 1,
	"research": 1, "products": 1, "services": 1, "industries": 2, "enterprises": 2,
	"international": 1, "global": 1, "digital": 1, "health": 1, "financial": 1,
}

// wordScore sums the lexicon weights of the words in s.
func wordScore(s string, lex map[string]int) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '/'
	}) {
		w = strings.Trim(w, "-/")
		n += lex[w]
		// "Co-Founder", "Software-Engineer": score the parts too.
		if strings.ContainsAny(w, "-/") && lex[w] == 0 {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
				n += lex[p]
			}
		}
	}
	return n
}

// usStates are two-letter codes that end a "City, ST" location.
var usStates = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN
		MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB NSW`) {
		usStates[s] = true
	}
}

// placeWords are countries and other words that end a location ("Seoul, Korea",
// "London, UK", "Remote").
var placeWords = map[string]bool{
	"usa": true, "us": true, "u.s.": true, "u.s.a.": true, "u.s": true, "u.s.a": true, "uk": true, "united kingdom": true,
	"united states": true, "india": true, "germany": true, "canada": true, "singapore": true,
	"korea": true, "s.korea": true, "south korea": true, "republic of korea": true, "japan": true,
	"china": true, "france": true, "netherlands": true, "the netherlands": true, "spain": true,
	"türkiye": true, "turkey": true, "australia": true, "ireland": true, "israel": true,
	"brazil": true, "sweden": true, "switzerland": true, "poland": true, "italy": true,
	"portugal": true, "mexico": true, "argentina": true, "denmark": true, "norway": true,
	"finland": true, "austria": true, "belgium": true, "czechia": true, "czech republic": true,
	"romania": true, "ukraine": true, "hong kong": true, "taiwan": true, "vietnam": true,
	"indonesia": true, "philippines": true, "malaysia": true, "thailand": true, "nigeria": true,
	"kenya": true, "egypt": true, "uae": true, "pakistan": true, "bangladesh": true,
	"new zealand": true, "south africa": true, "remote": true, "hybrid": true, "on-site": true,
	"onsite": true, "worldwide": true, "europe": true, "emea": true, "apac": true,
	"london": true, "paris": true, "berlin": true, "tokyo": true, "seoul": true, "sydney": true,
	"toronto": true, "bangalore": true, "bengaluru": true, "mumbai": true, "dublin": true,
	"amsterdam": true, "munich": true, "zurich": true, "stockholm": true, "madrid": true,
}

// danglingWords cannot end a header line; a line ending in one was wrapped mid-sentence.
var danglingWords = map[string]bool{
	"and": true, "or": true, "to": true, "for": true, "the": true, "of": true, "with": true,
	"in": true, "on": true, "a": true, "an": true, "by": true, "from": true, "into": true,
	"that": true, "which": true, "as": true, "across": true, "using": true, "via": true,
}

// markerRunes start a list item when an extractor left the marker in the text.
var markerRunes = map[rune]bool{
	'•': true, '●': true, '∗': true, '▪': true, '■': true, '◦': true, '‣': true, '➢': true,
	'➤': true, '►': true, '▶': true, '✓': true, '✔': true, '❖': true, '○': true, '◆': true,
	'*': true, '⁃': true, '∙': true,
}
