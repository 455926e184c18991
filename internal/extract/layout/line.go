// Package layout turns the styled lines that every extractor produces into the résumé
// document model: contact block, sections, roles with dates, and bullets.
package layout

import "github.com/resumecheck/resumecheck/internal/resume"

// Line is one visual line (PDF), paragraph (DOCX) or source line (text) with the style
// hints its extractor could read. Extractors fill what they know and leave the rest zero.
type Line struct {
	// Text is the line's text. Where the source separates parts of one line by a wide
	// gap or a tab (a title left and its dates right, a table's cells), the parts are
	// joined by a single tab character so layout can split them.
	Text string
	Pos  resume.Pos

	// Heading is set when the format itself marks a heading (Markdown '#', DOCX Heading
	// styles, a PDF line in a clearly larger or bold font). Level 1 is the top level.
	Heading      bool
	HeadingLevel int
	// Bullet is set when the line starts a list item; the marker is already stripped
	// from Text. ListLevel is 0 for the outer list.
	Bullet    bool
	ListLevel int
	// Numbered is set for ordered-list items.
	Numbered bool
	// Continuation is set when the extractor knows the line continues the previous
	// line's paragraph or bullet (a wrapped line).
	Continuation bool

	// Typography, where known (PDF, DOCX): font size in points, bold, italic, and the
	// body font size of the document for comparison.
	Size     float64
	BodySize float64
	Bold     bool
	Italic   bool
	// Style is the DOCX paragraph style name, if any.
	Style string
	// Page break before this line (PDF, DOCX explicit break).
	PageStart bool
}
