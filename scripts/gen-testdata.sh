#!/usr/bin/env bash
# gen-testdata.sh regenerates every generated file in testdata/resumes from its
# hand-written source, using real document producers so that the extractors meet the
# PDFs and DOCX files people actually send:
#
#   junior-ic.md      -> junior-ic.pdf      pandoc -> LaTeX -> pdflatex
#   eng-manager.md    -> eng-manager.pdf    pandoc -> LaTeX -> pdflatex
#   eng-manager.md    -> eng-manager.docx   pandoc
#   mid-ic.md         -> mid-ic.docx        pandoc
#   director.html     -> director.pdf       LibreOffice Writer (HTML import, PDF export)
#   director.html     -> director.docx      LibreOffice Writer (HTML import, DOCX export)
#   team-lead.html    -> team-lead.pdf      LibreOffice Writer (HTML tables: dates right-aligned)
#   team-lead.html    -> team-lead.docx     LibreOffice Writer (the same tables as DOCX tables)
#   badly-written.md  -> badly-written.pdf  pandoc DOCX, then LibreOffice PDF export
#   two-column.html   -> two-column.pdf     Chromium headless print
#   ../status/template.md -> template.pdf   pandoc -> LaTeX -> pdflatex (status fixtures)
#   ../status/prose.md    -> prose.pdf      pandoc -> LaTeX -> pdflatex
#   ../layout/employer-headings-{a,b,c}.md -> .pdf (pandoc -> LaTeX -> pdflatex), .docx (pandoc)
#
# Needs: pandoc, pdflatex (texlive-latex-base, -latex-recommended, -fonts-recommended),
# soffice (libreoffice-writer), chromium, faketime. Optional: pdftotext (checks the PDFs
# have text).
#
# Every output carries the same fixed "saved" date, 2025-03-03 09:00 UTC: pandoc and
# pdflatex read it from SOURCE_DATE_EPOCH, LibreOffice and Chromium from a frozen clock
# (faketime). The extractor reads that date (it bounds what "Present" means), so a
# re-run must not move it, or the goldens in testdata/golden/extract would change.
#
# Usage: scripts/gen-testdata.sh            (from anywhere inside the repository)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dir="$repo/testdata/resumes"

missing=()
for tool in pandoc pdflatex soffice chromium faketime; do
	command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
	echo "gen-testdata.sh: missing tool(s): ${missing[*]}" >&2
	echo "  install with: apt-get install pandoc texlive-latex-base texlive-latex-recommended texlive-fonts-recommended libreoffice-writer chromium faketime" >&2
	exit 1
fi

# The fixed saved date (see above), for each way the tools take it.
export SOURCE_DATE_EPOCH=1740992400 # 2025-03-03T09:00:00Z
export FORCE_SOURCE_DATE=1
export TZ=UTC
frozen=(faketime -f '2025-03-03 09:00:00')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# LibreOffice refuses to start twice on one profile; a private profile also keeps the
# user's settings out of the output.
soffice_convert() { # soffice_convert FILTER SRC OUTDIR
	"${frozen[@]}" soffice -env:UserInstallation="file://$work/lo-profile" --headless --norestore \
		--convert-to "$1" --outdir "$3" "$2" >"$work/soffice.log" 2>&1 ||
		{ cat "$work/soffice.log" >&2; return 1; }
}

# pandoc runs pdflatex in a fresh temp dir whose name feeds the PDF /ID, so the ID is
# switched off to keep the file byte-stable.
# pandoc's LaTeX route: narrow margins, 10pt, no page numbers on the junior résumé
# (one page) but the default page-numbered style on the manager's (two pages).
latex_pdf() { # latex_pdf SRC OUT [extra pandoc args]
	local src=$1 out=$2
	shift 2
	pandoc "$src" --from markdown --pdf-engine=pdflatex \
		-V geometry:margin=0.75in -V fontsize=10pt -V colorlinks=true \
		-V header-includes='\pdftrailerid{}' "$@" -o "$out"
}

cd "$dir"

echo "pandoc+pdflatex: junior-ic.pdf eng-manager.pdf"
latex_pdf junior-ic.md junior-ic.pdf -V pagestyle=empty
latex_pdf eng-manager.md eng-manager.pdf

echo "pandoc+pdflatex: status/template.pdf status/prose.pdf"
for f in template prose; do
	latex_pdf "../status/$f.md" "../status/$f.pdf" -V pagestyle=empty
done

echo "pandoc: eng-manager.docx mid-ic.docx"
pandoc eng-manager.md --from markdown -o eng-manager.docx
pandoc mid-ic.md --from markdown -o mid-ic.docx

echo "pandoc+pdflatex, pandoc: testdata/layout employer-headings-{a,b,c}.{pdf,docx}"
# résumés whose employers are their headings (no "Experience" heading), for layout
layout_fixtures=(employer-headings-a employer-headings-b employer-headings-c)
(
	cd "$repo/testdata/layout"
	for f in "${layout_fixtures[@]}"; do
		latex_pdf "$f.md" "$f.pdf" -V pagestyle=empty
		pandoc "$f.md" --from markdown -o "$f.docx"
	done
)

echo "LibreOffice: director.pdf director.docx team-lead.pdf team-lead.docx badly-written.pdf"
# HTML opens in Writer/Web by default; --infilter makes it a Writer text document so
# the normal Writer PDF and DOCX exports apply.
soffice_lo() { # soffice_lo FILTER SRC
	"${frozen[@]}" soffice -env:UserInstallation="file://$work/lo-profile" --headless --norestore \
		--infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$dir" "$2" >"$work/soffice.log" 2>&1 ||
		{ cat "$work/soffice.log" >&2; return 1; }
}
soffice_lo pdf:writer_pdf_Export director.html
soffice_lo 'docx:MS Word 2007 XML' director.html
soffice_lo pdf:writer_pdf_Export team-lead.html
soffice_lo 'docx:MS Word 2007 XML' team-lead.html
pandoc badly-written.md --from markdown -o "$work/badly-written.docx"
soffice_convert pdf:writer_pdf_Export "$work/badly-written.docx" "$dir"

echo "Chromium: two-column.pdf"
"${frozen[@]}" chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	--disable-component-update --disable-sync --user-data-dir="$work/chromium" \
	--print-to-pdf="$dir/two-column.pdf" --no-pdf-header-footer "file://$dir/two-column.html" \
	>"$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; exit 1; }

for f in junior-ic.pdf eng-manager.pdf eng-manager.docx mid-ic.docx director.pdf director.docx \
	team-lead.pdf team-lead.docx badly-written.pdf two-column.pdf; do
	[[ -s $f ]] || { echo "gen-testdata.sh: $f was not produced" >&2; exit 1; }
done
for f in "${layout_fixtures[@]}"; do
	for ext in pdf docx; do
		[[ -s $repo/testdata/layout/$f.$ext ]] || { echo "gen-testdata.sh: testdata/layout/$f.$ext was not produced" >&2; exit 1; }
	done
done
if command -v pdftotext >/dev/null 2>&1; then
	for f in *.pdf; do
		words=$(pdftotext -q "$f" - | wc -w)
		((words > 100)) || { echo "gen-testdata.sh: $f has only $words words of text" >&2; exit 1; }
	done
fi
echo "done: $(ls "$dir" | wc -l) files in testdata/resumes"
