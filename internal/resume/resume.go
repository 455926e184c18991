// Package resume holds the document model that every stage of resumecheck shares:
// extractors produce a Document, analysis and scoring read it, reports print it.
//
// The JSON shape of these types is part of the public output (`resumecheck extract
// --format json` and the "document" key of every JSON report); change it only with a
// schema_version bump.
package resume

import (
	"bytes"
	"encoding/json"
)

// Format names the kind of input a Document was read from.
type Format string

// Input formats.
const (
	FormatPDF        Format = "pdf"
	FormatDOCX       Format = "docx"
	FormatMarkdown   Format = "markdown"
	FormatText       Format = "text"
	FormatJSONResume Format = "jsonresume"
)

// Document is one résumé as the tool understood it.
type Document struct {
	Source     SourceInfo `json:"source"`
	Contact    Contact    `json:"contact"`
	Sections   []Section  `json:"sections"`
	Experience Experience `json:"experience"`
	// Warnings are things the extractor wants the user to know (fallback engine used,
	// pages with no text, ...). They are not findings about the résumé's content.
	Warnings []string `json:"warnings,omitempty"`
}

// SourceInfo says where a Document came from.
type SourceInfo struct {
	File     string `json:"file"`
	Format   Format `json:"format"`
	Pages    int    `json:"pages,omitempty"`
	Producer string `json:"producer,omitempty"`
	// Engine is the text engine used for PDFs: "builtin" or "pdftotext".
	Engine string `json:"engine,omitempty"`
	// Saved is the month the file says it was last saved (PDF ModDate, else
	// CreationDate; DOCX dcterms:modified, else dcterms:created), when readable.
	// Experience reads "Present" as this month when it is plausible (after every
	// role's start, not after today), so an old résumé does not grow with time.
	Saved *Date `json:"saved,omitempty"`
}

// Contact is the contact block, kept apart from the body so reports can redact it.
type Contact struct {
	Name     string   `json:"name,omitempty"`
	Emails   []string `json:"emails,omitempty"`
	Phones   []string `json:"phones,omitempty"`
	Links    []string `json:"links,omitempty"`
	Location string   `json:"location,omitempty"`
	// Lines are the other header lines (headline, address) in reading order.
	Lines []string `json:"lines,omitempty"`
}

// Pos is where a heading, role or bullet came from. Which fields are set depends on the
// format: Page and Line for PDF (line is 1-based within the page), Paragraph for DOCX
// (1-based over the body), Line and Column for Markdown/text (1-based in the file), Path
// for JSON Resume (a JSON pointer such as "/work/0/highlights/2").
type Pos struct {
	Page      int    `json:"page,omitempty"`
	Line      int    `json:"line,omitempty"`
	Column    int    `json:"column,omitempty"`
	Paragraph int    `json:"paragraph,omitempty"`
	Path      string `json:"path,omitempty"`
}

// SectionKind is the normalised kind of a section, whatever its heading says.
type SectionKind string

// Section kinds.
const (
	KindSummary        SectionKind = "summary"
	KindExperience     SectionKind = "experience"
	KindEducation      SectionKind = "education"
	KindSkills         SectionKind = "skills"
	KindProjects       SectionKind = "projects"
	KindLeadership     SectionKind = "leadership" // leadership and volunteering
	KindCertifications SectionKind = "certifications"
	KindPublications   SectionKind = "publications"
	KindAwards         SectionKind = "awards"
	KindOther          SectionKind = "other"
)

// RoleBearing reports whether sections of this kind hold roles (dated entries with
// bullets) rather than free text.
func (k SectionKind) RoleBearing() bool {
	return k == KindExperience || k == KindLeadership || k == KindProjects
}

// OwnLinesPlaced reports whether the section's own lines (Text and Bullets, not its
// roles') are placed where a reader would look for them: false for an unheaded block
// (no heading was found above it) and for lines of a section of roles that belong to
// no job. `resumecheck extract` marks such lines, and the read confidence counts them.
func (s Section) OwnLinesPlaced() bool {
	// A projects section's entries are its own lines (see FlattenRoles).
	return s.Heading != "" && (s.Kind == KindProjects || !s.Kind.RoleBearing())
}

// MarshalJSON writes the section with "unplaced": true when it holds lines of its
// own that lie in no section or role (see OwnLinesPlaced), the lines `resumecheck
// extract` marks "?" in its text output. The flag is derived, never read back.
func (s Section) MarshalJSON() ([]byte, error) {
	type plain Section
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// the caller's encoder escapes HTML or not as it was told; escaping here would
	// decide for it
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		plain
		Unplaced bool `json:"unplaced,omitempty"`
	}{plain(s), !s.OwnLinesPlaced() && len(s.Text)+len(s.Bullets) > 0})
	return bytes.TrimRight(buf.Bytes(), "\n"), err
}

// Section is a headed part of the résumé.
type Section struct {
	Heading string      `json:"heading"`
	Kind    SectionKind `json:"kind"`
	Pos     Pos         `json:"pos"`
	// Roles are the dated entries of an experience-like section.
	Roles []Role `json:"roles,omitempty"`
	// Bullets are bullets that belong to the section but to no role.
	Bullets []Bullet `json:"bullets,omitempty"`
	// Text is the section's non-bullet lines (a summary paragraph, a skills list).
	Text []Line `json:"text,omitempty"`
}

// Role is one position (or project, or volunteer post) with its bullets.
type Role struct {
	Title        string   `json:"title,omitempty"`
	Organisation string   `json:"organisation,omitempty"`
	Location     string   `json:"location,omitempty"`
	Start        *Date    `json:"start,omitempty"`
	End          *Date    `json:"end,omitempty"`
	Current      bool     `json:"current,omitempty"`
	DatesText    string   `json:"dates_text,omitempty"`
	Pos          Pos      `json:"pos"`
	Bullets      []Bullet `json:"bullets,omitempty"`
	// Text holds the role's non-bullet description lines, if any.
	Text []Line `json:"text,omitempty"`
}

// Bullet is one bullet point, with any wrapped continuation lines joined.
type Bullet struct {
	Text string `json:"text"`
	Pos  Pos    `json:"pos"`
}

// Line is a line of non-bullet text with its origin.
type Line struct {
	Text string `json:"text"`
	Pos  Pos    `json:"pos"`
}

// Date is a calendar month. Month is 0 when only the year is known.
type Date struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
}

// Experience summarises the dated roles of experience sections.
type Experience struct {
	// Months is the union of all experience-role intervals (overlaps merged, not summed).
	Months int `json:"months"`
	// LeadMonths is the union of intervals of roles whose title says lead or manager.
	LeadMonths int `json:"lead_months"`
	// Years is Months/12 rounded to one decimal.
	Years float64 `json:"years"`
	// LeadYears is LeadMonths/12 rounded to one decimal.
	LeadYears float64 `json:"lead_years"`
	// Gaps are breaks of six months or more between consecutive roles.
	Gaps []Gap `json:"gaps,omitempty"`
	// Undated counts experience roles with no readable dates.
	Undated int `json:"undated,omitempty"`
	// EndBeforeStart lists the experience roles whose end date comes before their
	// start ("Mar 2022 – Jan 2020"), as a slip in typing leaves them; each counts
	// as its start month only. Bullet is -1 in every Ref.
	EndBeforeStart []Ref `json:"end_before_start,omitempty"`
}

// Gap is a break between roles.
type Gap struct {
	From   Date `json:"from"`
	To     Date `json:"to"`
	Months int  `json:"months"`
}

// Ref points at a section, a role within it, and a bullet within that role. Role is -1
// for section-level bullets; Bullet is -1 when the ref names a role or a section.
type Ref struct {
	Section int `json:"section"`
	Role    int `json:"role"`
	Bullet  int `json:"bullet"`
}
