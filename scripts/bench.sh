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
#
# BASE=/path/to/an/older/resumecheck times that binary too, alternating with this one
# run for run, and prints the ratio this/base: the cost of a change in one run.
#
# Peak memory is the sum of the maximum resident set of the command and of every
# worker process it started (the command writes them to $RESUMECHECK_MEMORY_REPORT);
# for a binary without workers, GNU time's maximum resident set.
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

base=${BASE:-}
[ -z "$base" ] || [ -x "$base" ] || { echo "bench.sh: BASE=$base is not an executable" >&2; exit 2; }

# run_of CMD...: wall milliseconds, peak memory (KB: the command's plus its workers'
# maximum resident sets) and CPU milliseconds (user + system, workers included) of one
# run, as "ms kb cpu_ms". CPU time is what the run itself used: on a machine shared
# with other work it moves much less than wall time does.
run_of() {
  local t0 t1 kb
  rm -f "$tmp/memrep"
  t0=$(date +%s%N)
  RESUMECHECK_MEMORY_REPORT="$tmp/memrep" /usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  kb=$(tail -1 "$tmp/rss" | awk '{ print $1 }')
  if [ -s "$tmp/memrep" ]; then kb=$(awk '{ print $1 + $2 }' "$tmp/memrep"); fi
  echo "$(( (t1 - t0) / 1000000 )) $kb $(tail -1 "$tmp/rss" | awk '{ printf "%d", ($2 + $3) * 1000 }')"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Start-up alone (flag parsing, embedded rules and lexicons, no file read).
: >"$tmp/s"
for _ in $(seq "$runs"); do run_of "$bin" --version | cut -d' ' -f1 >>"$tmp/s"; done
load0=$(cut -d' ' -f1 /proc/loadavg)

printf '%-44s %8s %8s %8s %8s %8s\n' file tool_ms pdftotxt ratio peak_MB base_ms
peak=0; bpeak1=0
: >"$tmp/ratios"; : >"$tmp/all"; : >"$tmp/pdfs"; : >"$tmp/pdftotext"; : >"$tmp/ball"; : >"$tmp/bratios"
files=()
for f in "$corpus"/*; do
  [ -f "$f" ] || continue
  files+=("$f")
  : >"$tmp/t"; : >"$tmp/p"; : >"$tmp/bt"
  fpeak=0
  for _ in $(seq "$runs"); do
    # Alternate the tools so a change in machine load hits them alike.
    read -r ms kb _ < <(run_of "$bin" -q --no-config "$f")
    echo "$ms" >>"$tmp/t"; (( kb > fpeak )) && fpeak=$kb
    if [ -n "$base" ]; then
      read -r ms kb _ < <(run_of "$base" -q --no-config "$f")
      echo "$ms" >>"$tmp/bt"; (( kb > bpeak1 )) && bpeak1=$kb
    fi
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
  bm=-
  if [ -s "$tmp/bt" ]; then
    bm=$(median <"$tmp/bt"); echo "$bm" >>"$tmp/ball"
    awk -v a="$tm" -v b="$bm" 'BEGIN { if (b < 1) b = 1; printf "%.3f\n", a / b }' >>"$tmp/bratios"
  fi
  printf '%-44s %8s %8s %8s %8s %8s\n' "$(basename "$f")" "$tm" "$pm" "$ratio" "$(mb "$fpeak")" "$bm"
done
n=${#files[@]}

# batch DIR COUNT: median wall time of 3 runs over DIR, as files/s; updates bpeak (and,
# with BASE, times the base binary alternately and updates basepeak).
bpeak=0; basepeak=0
batch() {
  local dir=$1 count=$2
  : >"$tmp/b"; : >"$tmp/bc"; : >"$tmp/bb"; : >"$tmp/bbc"
  for _ in 1 2 3; do
    read -r ms kb cpu < <(run_of "$bin" -q --no-config --no-progress "$dir")
    echo "$ms" >>"$tmp/b"; echo "$cpu" >>"$tmp/bc"; (( kb > bpeak )) && bpeak=$kb
    if [ -n "$base" ]; then
      read -r ms kb cpu < <(run_of "$base" -q --no-config --no-progress "$dir")
      echo "$ms" >>"$tmp/bb"; echo "$cpu" >>"$tmp/bbc"; (( kb > basepeak )) && basepeak=$kb
    fi
  done
  local bm bc
  bm=$(median <"$tmp/b"); bc=$(median <"$tmp/bc")
  echo "batch of $count files: median $bm ms = $(awk -v n="$count" -v ms="$bm" 'BEGIN { printf "%.1f", n * 1000 / ms }') files/s ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)); CPU $bc ms = $(awk -v n="$count" -v ms="$bc" 'BEGIN { printf "%.1f", n * 1000 / ms }') files per CPU-second"
  if [ -n "$base" ]; then
    local xm xc
    xm=$(median <"$tmp/bb"); xc=$(median <"$tmp/bbc")
    echo "  base: median $xm ms, CPU $xc ms; this/base: wall $(awk -v a="$bm" -v b="$xm" 'BEGIN { printf "%.2f", a / b }'), CPU $(awk -v a="$bc" -v b="$xc" 'BEGIN { printf "%.2f", a / b }')"
  fi
}
mkdir "$tmp/x4"
for k in 1 2 3 4; do
  for f in "${files[@]}"; do cp "$f" "$tmp/x4/$k-$(basename "$f")"; done
done

echo
echo "load average before/after: $load0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) CPUs (other work on the machine slows every wall time)"
echo "start-up (--version): median $(median <"$tmp/s") ms"
echo "files: $n; single-file median: $(median <"$tmp/all") ms (all formats)"
if [ -s "$tmp/ball" ]; then
  echo "  base: single-file median $(median <"$tmp/ball") ms; median per-file ratio this/base $(median <"$tmp/bratios")"
fi
if [ -s "$tmp/ratios" ]; then
  echo "PDFs: $(wc -l <"$tmp/pdfs"); median $(median <"$tmp/pdfs") ms vs pdftotext $(median <"$tmp/pdftotext") ms; median per-file ratio $(median <"$tmp/ratios"), worst $(sort -n "$tmp/ratios" | tail -1) (budget 10)"
fi
batch "$corpus" "$n"
batch "$tmp/x4" $((4 * n))
echo "peak memory (the command plus its workers): single file $(mb "$peak") MB, batch $(mb "$bpeak") MB (budget 150)"
if [ -n "$base" ]; then echo "  base: single file $(mb "$bpeak1") MB, batch $(mb "$basepeak") MB"; fi
