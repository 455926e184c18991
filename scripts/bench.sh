#!/usr/bin/env bash
# bench.sh is the one way to measure how fast resumecheck is (issue 15). In one run:
#
#  1. every PDF of the corpus, one fresh process per run, alternating run for run with
#     `pdftotext FILE /dev/null` on the same file: the ratio of a file is the median of
#     its paired ratios (this run / the pdftotext run right after it); the headline is
#     the median of those ratios over the PDFs, and the worst;
#  2. testdata/resumes/tiny.md (five lines: start-up, worker start and a whole check of
#     almost nothing), alternating with pdftotext on the median corpus PDF (the PDF whose
#     pdftotext time is the median), 4 x RUNS pairs: judged, like a PDF, by the median of
#     the paired ratios (tiny / the pdftotext run right after it), which the machine's
#     drift from minute to minute moves less than a ratio of two medians;
#  3. a batch of the corpus x4 with -j 2: files per second, CPU per file (user + system,
#     workers included) and peak memory (parent plus workers).
#
# Every resumecheck run above is -q --no-config: the one-line summary, which plans no
# advice (check.Options.NoAdvice). The tiny fixture is also timed with the whole text
# report (the advice planned and printed), for information, beside its budget's figure.
#
# Each figure is printed beside its budget, with the machine's load average: wall time
# moves with other work on the machine, CPU time much less. Every run goes through
# scripts/runstat: the wall time is the command's own, from its start to its exit (what
# a person at a shell waits for), and the CPU time counts the command and every process
# it started, a one-file run's worker included, which is still being torn down when the
# command exits (runstat is their subreaper and waits for them).
#
#   scripts/bench.sh [CORPUS_DIR] [RUNS]     (default ../shared/corpus/files, 5 runs)
#
# BASE=/path/to/an/older/resumecheck times that binary too, alternating with this one
# run for run (per file, tiny and batch), and prints this against base.
# BATCH_RUNS (default 3) is the number of batch runs of each binary.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/files}
runs=${2:-5}
batch_runs=${BATCH_RUNS:-3}
tiny=testdata/resumes/tiny.md
[ -d "$corpus" ] || { echo "bench.sh: $corpus: no such directory" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench.sh: needs pdftotext (apt-get install poppler-utils): every figure is against it" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: RUNS=$runs is not a positive number" >&2; exit 2; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/resumecheck" ./cmd/resumecheck
go build -o "$tmp/runstat" ./scripts/runstat
bin="$tmp/resumecheck"

base=${BASE:-}
[ -z "$base" ] || [ -x "$base" ] || { echo "bench.sh: BASE=$base is not an executable" >&2; exit 2; }

# run_of CMD...: wall milliseconds (fractional), peak memory (KB: the command's plus
# its workers' maximum resident sets, as the command reports them, else the largest of
# any one process) and CPU milliseconds (user + system, every descendant included) of
# one run, as "ms kb cpu_ms".
run_of() {
  local ms kb cpu
  rm -f "$tmp/memrep"
  read -r ms kb cpu < <(RESUMECHECK_MEMORY_REPORT="$tmp/memrep" "$tmp/runstat" "$@")
  if [ -s "$tmp/memrep" ]; then kb=$(awk '{ print $1 + $2 }' "$tmp/memrep"); fi
  echo "$ms $kb $cpu"
}
# median [FORMAT]: the median of the numbers on standard input (printf FORMAT, default %.1f).
median() { sort -g | awk -v f="${1:-%.1f}" '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR%2) printf f "\n", a[(NR+1)/2]; else printf f "\n", (a[NR/2]+a[NR/2+1])/2}'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b <= 0) b = 0.1; printf f, a / b }'; }
# verdict VALUE OP LIMIT: "ok" or "OVER" (OP is <= or >=).
verdict() { awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l); print ok ? "ok" : "OVER" }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

pdfs=()
for f in "$corpus"/*; do
  [[ -f $f && ${f,,} == *.pdf ]] && pdfs+=("$f")
done
(( ${#pdfs[@]} > 0 )) || { echo "bench.sh: no PDF in $corpus" >&2; exit 2; }

# One untimed run of each binary first: the model cache is written on a first run.
"$bin" -q --no-config "${pdfs[0]}" >/dev/null 2>&1 || true
[ -z "$base" ] || "$base" -q --no-config "${pdfs[0]}" >/dev/null 2>&1 || true

load0=$(load)
echo "resumecheck $(git describe --always --dirty 2>/dev/null || echo '?'); ${#pdfs[@]} PDFs x $runs runs; $(nproc) CPUs; load average $load0"
if [ -n "$base" ]; then
  printf '%-44s %8s %8s %8s %8s %8s %8s\n' file tool_ms cpu_ms pdftotxt ratio base_ms this/base
else
  printf '%-44s %8s %8s %8s %8s\n' file tool_ms cpu_ms pdftotxt ratio
fi
peak=0; basepeak1=0
: >"$tmp/ratios"; : >"$tmp/tool"; : >"$tmp/pdft"; : >"$tmp/cpu"; : >"$tmp/bratios"; : >"$tmp/byp"
for f in "${pdfs[@]}"; do
  : >"$tmp/t"; : >"$tmp/c"; : >"$tmp/p"; : >"$tmp/r"; : >"$tmp/bt"; : >"$tmp/br"
  for _ in $(seq "$runs"); do
    # Alternate the tools so a change in machine load hits them alike.
    read -r ms kb cpu < <(run_of "$bin" -q --no-config "$f")
    echo "$ms" >>"$tmp/t"; echo "$cpu" >>"$tmp/c"; (( kb > peak )) && peak=$kb
    read -r pms _ _ < <(run_of pdftotext "$f" /dev/null)
    echo "$pms" >>"$tmp/p"; div "$ms" "$pms" '%.3f\n' >>"$tmp/r"
    if [ -n "$base" ]; then
      read -r bms kb _ < <(run_of "$base" -q --no-config "$f")
      echo "$bms" >>"$tmp/bt"; div "$ms" "$bms" '%.3f\n' >>"$tmp/br"; (( kb > basepeak1 )) && basepeak1=$kb
    fi
  done
  tm=$(median <"$tmp/t"); pm=$(median <"$tmp/p"); ratio=$(median %.2f <"$tmp/r"); cm=$(median <"$tmp/c")
  echo "$tm" >>"$tmp/tool"; echo "$pm" >>"$tmp/pdft"; echo "$ratio" >>"$tmp/ratios"; echo "$cm" >>"$tmp/cpu"
  echo "$pm $f" >>"$tmp/byp"
  if [ -n "$base" ]; then
    bm=$(median <"$tmp/bt"); br=$(median %.2f <"$tmp/br"); echo "$br" >>"$tmp/bratios"
    printf '%-44s %8.0f %8.0f %8.0f %8.2f %8.0f %8.2f\n' "$(basename "$f")" "$tm" "$cm" "$pm" "$ratio" "$bm" "$br"
  else
    printf '%-44s %8.0f %8.0f %8.0f %8.2f\n' "$(basename "$f")" "$tm" "$cm" "$pm" "$ratio"
  fi
done

# The tiny fixture against pdftotext on the median corpus PDF, alternating.
mid=$(sort -g "$tmp/byp" | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }' | cut -d' ' -f2-)
: >"$tmp/tt"; : >"$tmp/tp"; : >"$tmp/tr"; : >"$tmp/tb"; : >"$tmp/tf"; : >"$tmp/tfr"
for _ in $(seq $((4 * runs))); do
  read -r tms kb _ < <(run_of "$bin" -q --no-config "$tiny"); echo "$tms" >>"$tmp/tt"; (( kb > peak )) && peak=$kb
  read -r ms _ _ < <(run_of pdftotext "$mid" /dev/null); echo "$ms" >>"$tmp/tp"; div "$tms" "$ms" '%.3f\n' >>"$tmp/tr"
  # The same file with the whole text report (no -q: the advice planned and printed),
  # for information, paired with the same pdftotext run.
  read -r fms _ _ < <(run_of "$bin" --no-config "$tiny"); echo "$fms" >>"$tmp/tf"; div "$fms" "$ms" '%.3f\n' >>"$tmp/tfr"
  if [ -n "$base" ]; then read -r ms _ _ < <(run_of "$base" -q --no-config "$tiny"); echo "$ms" >>"$tmp/tb"; fi
done
tt=$(median <"$tmp/tt"); tp=$(median <"$tmp/tp"); tr=$(median %.2f <"$tmp/tr")

# The batch: the whole corpus four times, -j 2, alternating with BASE.
mkdir "$tmp/x4"
n=0
for k in 1 2 3 4; do
  for f in "$corpus"/*; do
    [ -f "$f" ] || continue
    cp "$f" "$tmp/x4/$k-$(basename "$f")"; n=$((n + 1))
  done
done
bpeak=0; basepeak=0
: >"$tmp/b"; : >"$tmp/bc"; : >"$tmp/bb"; : >"$tmp/bbc"
for _ in $(seq "$batch_runs"); do
  read -r ms kb cpu < <(run_of "$bin" -q --no-config --no-progress -j 2 "$tmp/x4")
  echo "$ms" >>"$tmp/b"; echo "$cpu" >>"$tmp/bc"; (( kb > bpeak )) && bpeak=$kb
  if [ -n "$base" ]; then
    read -r ms kb cpu < <(run_of "$base" -q --no-config --no-progress -j 2 "$tmp/x4")
    echo "$ms" >>"$tmp/bb"; echo "$cpu" >>"$tmp/bbc"; (( kb > basepeak )) && basepeak=$kb
  fi
done
bm=$(median %.0f <"$tmp/b"); bc=$(median %.0f <"$tmp/bc")
rate=$(div $((n * 1000)) "$bm" '%.1f')

echo
echo "== summary (load average before $load0, after $(load), $(nproc) CPUs; wall times move with other work, CPU times much less)"
mr=$(median %.2f <"$tmp/ratios"); worst=$(sort -g "$tmp/ratios" | tail -1)
echo "PDFs: ${#pdfs[@]}; median $(median %.0f <"$tmp/tool") ms (CPU $(median %.0f <"$tmp/cpu") ms) vs pdftotext $(median %.0f <"$tmp/pdft") ms"
echo "  median per-file ratio to pdftotext $mr (budget <= 2.0: $(verdict "$mr" '<=' 2.0)); worst $worst (budget <= 3.0: $(verdict "$worst" '<=' 3.0))"
if [ -n "$base" ]; then
  echo "  base: median per-file ratio this/base $(median %.2f <"$tmp/bratios")"
fi
echo "tiny ($tiny): median $tt ms vs pdftotext on the median corpus PDF ($(basename "$mid")) $tp ms; median paired ratio $tr (budget <= 1.0: $(verdict "$tr" '<=' 1.0))"
echo "  with the whole text report (no -q, for information): median $(median <"$tmp/tf") ms, paired ratio $(median %.2f <"$tmp/tfr")"
[ -z "$base" ] || echo "  base: tiny median $(median <"$tmp/tb") ms"
echo "batch of $n files (corpus x4, -j 2): median $bm ms = $rate files/s (budget >= 120: $(verdict "$rate" '>=' 120)); CPU $bc ms = $(div "$bc" "$n" '%.1f') ms per file"
if [ -n "$base" ]; then
  xm=$(median %.0f <"$tmp/bb"); xc=$(median %.0f <"$tmp/bbc")
  speed=$(div "$xm" "$bm")
  echo "  base: median $xm ms = $(div $((n * 1000)) "$xm" '%.1f') files/s, CPU $(div "$xc" "$n" '%.1f') ms per file; this is ${speed}x base (budget >= 1.7: $(verdict "$speed" '>=' 1.7)), base CPU / this CPU $(div "$xc" "$bc")"
fi
top=$(( peak > bpeak ? peak : bpeak ))
echo "peak memory (the command plus its workers): single file $(mb "$peak") MB, batch $(mb "$bpeak") MB (budget <= 150: $(verdict "$(mb "$top")" '<=' 150))"
[ -z "$base" ] || echo "  base: single file $(mb "$basepeak1") MB, batch $(mb "$basepeak") MB"
