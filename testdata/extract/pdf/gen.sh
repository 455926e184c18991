#!/bin/sh
# Regenerates the PDF fixtures in this directory from the sources in src/, with real
# producers: Chromium (HTML print), pandoc + pdfTeX, LibreOffice, mutool. The texts are
# written by the project. Each PDF gets <name>.ref.txt, poppler's pdftotext output at
# generation time, which the tests use as an independent reference for word recall.
#
# Needs: chromium, pandoc, pdflatex (texlive with fancyhdr), soffice, mutool, pdftoppm,
# pdftotext. Run from anywhere: sh testdata/extract/pdf/gen.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$here/src
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

chrome() { # html pdf
	chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chrome" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# Chromium (Skia/PDF): one column with wrapped bullets, a hyphen at a line end,
# ligature characters in the text, dates pushed to the right margin.
chrome "$src/onecol.html" "$here/chromium-onecol.pdf"
# Chromium: sidebar + main column.
chrome "$src/twocol.html" "$here/chromium-twocol.pdf"

# pandoc + pdfTeX: several pages with a running header and page-numbered footer.
pandoc "$src/paged.md" -o "$here/pdftex-paged.pdf" --pdf-engine=pdflatex

# LibreOffice Writer: the same Markdown through DOCX, as Word users produce it.
pandoc "$src/paged.md" -o "$tmp/writer-paged.docx"
(cd "$tmp" && soffice --headless --convert-to pdf writer-paged.docx >/dev/null 2>&1)
cp "$tmp/writer-paged.pdf" "$here/writer-paged.pdf"

# pdfTeX with T1 encoding and no cm-super: bitmap Type 3 fonts.
(cd "$tmp" && pdflatex -interaction=nonstopmode "$src/bitmapfont.tex" >/dev/null 2>&1)
cp "$tmp/bitmapfont.pdf" "$here/pdftex-type3.pdf"

# pdfTeX hyphenating long words in a narrow column.
(cd "$tmp" && pdflatex -interaction=nonstopmode "$src/hyphen.tex" >/dev/null 2>&1)
cp "$tmp/hyphen.pdf" "$here/pdftex-hyphen.pdf"

# Encrypted copies of the one-column résumé: AES-256 with a user password, and RC4-128.
mutool clean -E aes-256 -U secret -O owner "$here/chromium-onecol.pdf" "$here/encrypted-aes256.pdf"
mutool clean -E rc4-128 -U secret -O owner "$here/chromium-onecol.pdf" "$here/encrypted-rc4.pdf"

# A text layer that decodes to garbage: the one-column résumé with its ToUnicode maps
# disabled (renamed in place, same length, so offsets stay valid). Its CID fonts then
# say nothing about which characters the glyphs are; pdftotext prints shifted letters.
mutool clean -d "$here/chromium-onecol.pdf" "$tmp/garbled.pdf"
perl -pe 's{/ToUnicode}{/ToUnicodX}g' "$tmp/garbled.pdf" > "$here/garbled-tounicode.pdf"

# An image-only "scan": the one-column résumé rendered to a picture and printed again.
pdftoppm -r 100 -png -singlefile "$here/chromium-onecol.pdf" "$tmp/scan"
cat > "$tmp/scan.html" <<HTML
<!doctype html><html><head><style>@page{size:Letter;margin:0}body{margin:0}img{width:8.5in}</style></head>
<body><img src="scan.png"></body></html>
HTML
chrome "$tmp/scan.html" "$here/scan-image-only.pdf"

for f in "$here"/*.pdf; do
	case $f in *encrypted*|*scan-image-only*|*garbled*) continue ;; esac
	pdftotext -enc UTF-8 "$f" "${f%.pdf}.ref.txt"
done
echo "fixtures written to $here"
