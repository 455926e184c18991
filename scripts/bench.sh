#!/usr/bin/env bash
# bench.sh times the whole resumecheck command on every file of a corpus, one fresh
# process per file, next to pdftotext on the same PDFs in the same run; then batch runs
# over all files. It prints per-file medians, the ratio to pdftotext, files per second
# and peak memory (maximum resident set size, from GNU time).
#
#   scripts/bench.sh [CORPUS_DIR] [RUNS]     (default ../shared/corpus/files, 5 runs)
#
# The batch is timed twice: over the corpus as it is (what a coach's folder of a few
# dozen files costs, start-up included) and over four copies of it, where start-up no
# longer dominates (the steady rate of a large batch).
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

# run_of CMD...: wall milliseconds, peak RSS (KB) and CPU milliseconds (user + system)
# of one run, as "ms kb cpu_ms". CPU time is what the run itself used: on a machine
# shared with other work it moves much less than wall time does.
run_of() {
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -1 "$tmp/rss" | awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }')"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Start-up alone (flag parsing, embedded rules and lexicons, no file read).
: >"$tmp/s"
for _ in $(seq "$runs"); do run_of "$bin" --version | cut -d' ' -f1 >>"$tmp/s"; done
load0=$(cut -d' ' -f1 /proc/loadavg)

printf '%-44s %8s %8s %8s %8s\n' file tool_ms pdftotxt ratio peak_MB
peak=0
: >"$tmp/ratios"; : >"$tmp/all"; : >"$tmp/pdfs"; : >"$tmp/pdftotext"
files=()
for f in "$corpus"/*; do
  [ -f "$f" ] || continue
  files+=("$f")
  : >"$tmp/t"; : >"$tmp/p"
  fpeak=0
  for _ in $(seq "$runs"); do
    # Alternate the two tools so a change in machine load hits both alike.
    read -r ms kb _ < <(run_of "$bin" -q --no-config "$f")
    echo "$ms" >>"$tmp/t"; (( kb > fpeak )) && fpeak=$kb
    if [[ $have_pdftotext == 1 && $f == *.pdf ]]; then
      read -r ms _ _ < <(run_of pdftotext "$f" -)
      echo "$ms" >>"$tmp/p"
    fi
  done
  (( fpeak > peak )) && peak=$fpeak
  tm=$(median <"$tmp/t"); echo "$tm" >>"$tmp/all"
  if [ -s "$tmp/p" ]; then
    pm=$(median <"$tmp/p")
    echo "$tm" >>"$tmp/pdfs"; echo "$pm" >>"$tmp/pdftotext"
    ratio=$(awk -v a="$tm" -v b="$pm" 'BEGIN { if (b < 1) b = 1; printf "%.1f", a / b }')
    echo "$ratio" >>"$tmp/ratios"
  else
    pm=-; ratio=-
  fi
  printf '%-44s %8s %8s %8s %8s\n' "$(basename "$f")" "$tm" "$pm" "$ratio" "$(mb "$fpeak")"
done
n=${#files[@]}

# batch DIR COUNT: median wall time of 3 runs over DIR, as files/s; updates bpeak.
bpeak=0
batch() {
  local dir=$1 count=$2
  : >"$tmp/b"; : >"$tmp/bc"
  for _ in 1 2 3; do
    read -r ms kb cpu < <(run_of "$bin" -q --no-config --no-progress "$dir")
    echo "$ms" >>"$tmp/b"; echo "$cpu" >>"$tmp/bc"; (( kb > bpeak )) && bpeak=$kb
  done
  local bm bc
  bm=$(median <"$tmp/b"); bc=$(median <"$tmp/bc")
  echo "batch of $count files: median $bm ms = $(awk -v n="$count" -v ms="$bm" 'BEGIN { printf "%.1f", n * 1000 / ms }') files/s ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)); CPU $bc ms = $(awk -v n="$count" -v ms="$bc" 'BEGIN { printf "%.1f", n * 1000 / ms }') files per CPU-second"
}
mkdir "$tmp/x4"
for k in 1 2 3 4; do
  for f in "${files[@]}"; do cp "$f" "$tmp/x4/$k-$(basename "$f")"; done
done

echo
echo "load average before/after: $load0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) CPUs (other work on the machine slows every wall time)"
echo "start-up (--version): median $(median <"$tmp/s") ms"
echo "files: $n; single-file median: $(median <"$tmp/all") ms (all formats)"
if [ -s "$tmp/ratios" ]; then
  echo "PDFs: $(wc -l <"$tmp/pdfs"); median $(median <"$tmp/pdfs") ms vs pdftotext $(median <"$tmp/pdftotext") ms; median per-file ratio $(median <"$tmp/ratios"), worst $(sort -n "$tmp/ratios" | tail -1) (budget 10)"
fi
batch "$corpus" "$n"
batch "$tmp/x4" $((4 * n))
echo "peak memory: single file $(mb "$peak") MB, batch $(mb "$bpeak") MB (budget 150)"
