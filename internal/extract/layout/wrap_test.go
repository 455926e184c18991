package layout

import (
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestWrappedTextLines holds which text lines of sections without roles are joined as
// one wrapped paragraph and which stay apart.
func TestWrappedTextLines(t *testing.T) {
	tests := []struct {
		name   string
		format resume.Format
		lines  []Line
		want   []string // the text lines of the last section
	}{
		{
			name:   "PDF skills list cut inside a two-word term",
			format: resume.FormatPDF,
			lines: pdf("# Skills",
				"Team player, hard worker, synergy, out-of-the-box thinking, Microsoft",
				"Office, Java, SQL, cloud, agile, scrum, DevOps, AI, blockchain, big data"),
			want: []string{"Team player, hard worker, synergy, out-of-the-box thinking, Microsoft Office, Java, SQL, cloud, agile, scrum, DevOps, AI, blockchain, big data"},
		},
		{
			name:   "PDF education entry whose year wrapped after a comma",
			format: resume.FormatPDF,
			lines: pdf("# Education",
				"Bachelor of Science, Information Systems — Springfield State (fictional),",
				"2009"),
			want: []string{"Bachelor of Science, Information Systems — Springfield State (fictional), 2009"},
		},
		{
			name:   "PDF publication wrapped after a joining word",
			format: resume.FormatPDF,
			lines: pdf("# Publications",
				"A. Writer and B. Coauthor. Scheduling builds across a fleet of shared runners with",
				"bounded queues. Workshop on Build Systems, 2021.",
				"C. Writer. A second, shorter paper. Journal of Examples, 2019."),
			want: []string{
				"A. Writer and B. Coauthor. Scheduling builds across a fleet of shared runners with bounded queues. Workshop on Build Systems, 2021.",
				"C. Writer. A second, shorter paper. Journal of Examples, 2019.",
			},
		},
		{
			name:   "Markdown paragraph hard-wrapped after a comma",
			format: resume.FormatMarkdown,
			lines: md("## Certifications",
				"AWS Certified Solutions Architect, Certified Kubernetes Administrator,",
				"HashiCorp Terraform Associate"),
			want: []string{"AWS Certified Solutions Architect, Certified Kubernetes Administrator, HashiCorp Terraform Associate"},
		},
		{
			name:   "PDF summary of two sentences on two lines stays two lines",
			format: resume.FormatPDF,
			lines: pdf("# Summary",
				"Engineering manager with eight years of building platform teams of five to twelve.",
				"Known for calm incident handling and for growing engineers into tech leads."),
			want: []string{
				"Engineering manager with eight years of building platform teams of five to twelve.",
				"Known for calm incident handling and for growing engineers into tech leads.",
			},
		},
		{
			name:   "PDF labelled skill lines are separate lists even after a comma",
			format: resume.FormatPDF,
			lines: pdf("# Skills",
				"Languages: Go, Python, Rust, TypeScript, Java, Kotlin, SQL, Bash, C, C++, Lua,",
				"Tools: Docker, Terraform, Kubernetes, Helm"),
			want: []string{
				"Languages: Go, Python, Rust, TypeScript, Java, Kotlin, SQL, Bash, C, C++, Lua,",
				"Tools: Docker, Terraform, Kubernetes, Helm",
			},
		},
		{
			name:   "PDF label-then-list rows: the next row's first term is not a cut term",
			format: resume.FormatPDF,
			lines: pdf("# Skills",
				"Platform GCP, Podman, Nomad, Consul, Ansible, Pulumi, Buildkite, Argo CD, Tekton",
				"Back-end Fastify, Flask, Rails, gRPC"),
			want: []string{
				"Platform GCP, Podman, Nomad, Consul, Ansible, Pulumi, Buildkite, Argo CD, Tekton",
				"Back-end Fastify, Flask, Rails, gRPC",
			},
		},
		{
			name:   "PDF short line broken early on purpose, though it ends with a comma",
			format: resume.FormatPDF,
			lines: pdf("# Skills",
				"Go, Python, Java,",
				"Docker, Kubernetes, Terraform, Helm, Prometheus, Grafana"),
			want: []string{"Go, Python, Java,", "Docker, Kubernetes, Terraform, Helm, Prometheus, Grafana"},
		},
		{
			name:   "PDF separate education entries",
			format: resume.FormatPDF,
			lines: pdf("# Education",
				"BSc Computer Science, University of Springfield, with honours",
				"MSc Data Science, Shelbyville Institute of Technology, 2015"),
			want: []string{
				"BSc Computer Science, University of Springfield, with honours",
				"MSc Data Science, Shelbyville Institute of Technology, 2015",
			},
		},
		{
			// (a long DOCX paragraph that stops mid-sentence is still joined to the
			// next: a document typed with hard line breaks)
			name:   "DOCX paragraphs are whole lines already",
			format: resume.FormatDOCX,
			lines: docx("H1 Education",
				"Bachelor of Science, Information Systems, Springfield State,",
				"2009"),
			want: []string{"Bachelor of Science, Information Systems, Springfield State,", "2009"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Build(tt.lines, Options{Source: resume.SourceInfo{Format: tt.format}, Now: now})
			if len(doc.Sections) == 0 {
				t.Fatalf("no sections")
			}
			s := doc.Sections[len(doc.Sections)-1]
			var got []string
			for _, l := range s.Text {
				got = append(got, l.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("section %q text lines:\n got %q\nwant %q", s.Heading, got, tt.want)
			}
		})
	}
}
