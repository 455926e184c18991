package resume

import "strings"

// FlattenRoles turns the entries read from a section that holds no jobs (projects)
// into plain lines: each entry's header (title, organisation, place, dates) becomes a
// text line, its bullets the section's bullets and its description the section's text,
// in document order. A dated project is laid out like a job but is not one: the roles
// of a document are its jobs.
func (s *Section) FlattenRoles() {
	if len(s.Roles) == 0 {
		return
	}
	for _, r := range s.Roles {
		var head []string
		for _, p := range []string{r.Title, r.Organisation, r.Location, r.DatesText} {
			if p != "" {
				head = append(head, p)
			}
		}
		if len(head) > 0 {
			s.Text = append(s.Text, Line{Text: strings.Join(head, " · "), Pos: r.Pos})
		}
		s.Text = append(s.Text, r.Text...)
		s.Bullets = append(s.Bullets, r.Bullets...)
	}
	s.Roles = nil
}
