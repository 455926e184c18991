#!/usr/bin/env bash
# bench.sh times the whole resumecheck command on every file of a corpus, one fresh
# process per file, next to pdftotext on the same PDFs in the same run; then a batch run
# over all files. It prints per-file medians, the ratio to pdftotext, files per second
# and peak memory.
#
#   scripts/bench.sh [CORPUS_DIR] [RUNS]     (default ../shared/corpus/files, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/files}
runs=${2:-5}
[ -d "$corpus" ] || { echo "bench.sh: $corpus: no such directory" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
have_pdftotext=0; command -v pdftotext >/dev/null && have_pdftotext=1

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/resumecheck" ./cmd/resumecheck
bin="$tmp/resumecheck"

# ms_of CMD...: wall milliseconds and peak RSS (KB) of one run, as "ms kb".
ms_of() {
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -1 "$tmp/rss")"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-44s %8s %8s %8s %8s\n' file tool_ms pdftotxt ratio peak_MB
peak=0
: >"$tmp/ratios"; : >"$tmp/all"
for f in "$corpus"/*; do
  [ -f "$f" ] || continue
  : >"$tmp/t"; : >"$tmp/p"
  for _ in $(seq "$runs"); do
    read -r ms kb < <(ms_of "$bin" -q --no-config "$f")
    echo "$ms" >>"$tmp/t"; (( kb > peak )) && peak=$kb
    if [[ $have_pdftotext == 1 && $f == *.pdf ]]; then
      read -r ms _ < <(ms_of pdftotext "$f" -)
      echo "$ms" >>"$tmp/p"
    fi
  done
  tm=$(median <"$tmp/t"); echo "$tm" >>"$tmp/all"
  if [ -s "$tmp/p" ]; then
    pm=$(median <"$tmp/p")
    ratio=$(awk -v a="$tm" -v b="$pm" 'BEGIN { if (b < 1) b = 1; printf "%.1f", a / b }')
    echo "$ratio" >>"$tmp/ratios"
  else
    pm=-; ratio=-
  fi
  printf '%-44s %8s %8s %8s %8.1f\n' "$(basename "$f")" "$tm" "$pm" "$ratio" "$(awk -v k="$(tail -1 "$tmp/rss")" 'BEGIN{print k/1024}')"
done

n=$(ls "$corpus" | wc -l)
: >"$tmp/b"
for _ in $(seq 3); do
  read -r ms kb < <(ms_of "$bin" -q --no-config "$corpus")
  echo "$ms" >>"$tmp/b"; (( kb > peak )) && peak=$kb
done
bm=$(median <"$tmp/b")
echo
echo "files: $n; single-file median: $(median <"$tmp/all") ms; median ratio to pdftotext: $( [ -s "$tmp/ratios" ] && median <"$tmp/ratios" || echo n/a)"
echo "batch of $n files: median $bm ms = $(awk -v n="$n" -v ms="$bm" 'BEGIN { printf "%.1f", n * 1000 / ms }') files/s ($(nproc) CPUs)"
echo "peak memory: $(awk -v k="$peak" 'BEGIN { printf "%.1f", k / 1024 }') MB"
