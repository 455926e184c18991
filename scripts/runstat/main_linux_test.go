package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	if os.Getenv("RUNSTAT_AS_TOOL") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// A command that exits at once and leaves a busy process behind: runstat's wall time
// is the command's own, and its CPU time counts what the orphan did after it.
func TestCountsOrphans(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	cmd := exec.Command(os.Args[0], "sh", "-c", `(i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done) & exit 0`)
	cmd.Env = append(os.Environ(), "RUNSTAT_AS_TOOL=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("runstat: %v", err)
	}
	f := strings.Fields(string(out))
	if len(f) != 3 {
		t.Fatalf("runstat printed %q, want three numbers", out)
	}
	wall, err1 := strconv.ParseFloat(f[0], 64)
	kb, err2 := strconv.ParseInt(f[1], 10, 64)
	cpu, err3 := strconv.ParseInt(f[2], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatalf("runstat printed %q", out)
	}
	if cpu < 50 {
		t.Errorf("CPU %d ms: the orphan's work was not counted", cpu)
	}
	if wall >= float64(cpu) {
		t.Errorf("wall %.1f ms >= CPU %d ms: runstat waited for the orphan before stopping the clock", wall, cpu)
	}
	if kb <= 0 {
		t.Errorf("peak memory %d KB", kb)
	}
}
