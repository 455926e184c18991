package early

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestWanted(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"resumecheck", "cv.pdf"}, true},
		{[]string{"/usr/bin/resumecheck", "-f", "json", "cv.pdf", "b.docx"}, true},
		{[]string{"resumecheck", "check", "--no-config", "cv.pdf"}, true},
		{[]string{"resumecheck", "-"}, true},
		{[]string{"resumecheck", "cv.pdf", "--", "--help"}, true},
		// a file named like a subcommand, after the first word, is still a file
		{[]string{"resumecheck", "cv.pdf", "rules"}, true},
		{[]string{"resumecheck"}, false},
		{[]string{"resumecheck", Arg}, false},
		{[]string{"resumecheck", "--version"}, false},
		{[]string{"resumecheck", "cv.pdf", "--help"}, false},
		{[]string{"resumecheck", "rules", "list"}, false},
		{[]string{"resumecheck", "--no-config", "extract", "cv.pdf"}, false},
		{[]string{"resumecheck", "diff", "a.pdf", "b.pdf"}, false},
		{[]string{"/tmp/go-build1/b001/worker.test", "-test.run=X"}, false},
		{[]string{`C:\x\resumecheck.test.exe`, "cv.pdf"}, false},
	} {
		if got := Wanted(tc.args); got != tc.want {
			t.Errorf("Wanted(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestEnv(t *testing.T) {
	t.Setenv("GOGC", "")
	if _, gc := Env(); gc != 0 {
		t.Errorf("with GOGC set, Env's target = %d, want 0 (the user's GOGC stands)", gc)
	}
}

func TestEnvOff(t *testing.T) {
	// t.Setenv then unsetting is not possible; the test binary's own GOGC decides.
	env, gc := Env()
	for _, kv := range env[:len(env)-1] {
		if len(kv) > 5 && kv[:5] == "GOGC=" {
			t.Skip("GOGC is set in this test's environment")
		}
	}
	if gc != SteadyGCPercent || env[len(env)-1] != "GOGC=off" {
		t.Errorf("Env = ..., %q, %d; want GOGC=off last and target %d", env[len(env)-1], gc, SteadyGCPercent)
	}
}

// A worker gets this process's GOMAXPROCS, so that its runtime need not read the
// cgroup's CPU limit again, unless the user set GOMAXPROCS, which it then inherits.
func TestVarsGOMAXPROCS(t *testing.T) {
	t.Setenv("GOMAXPROCS", "")
	os.Unsetenv("GOMAXPROCS")
	vars, _ := Vars()
	want := "GOMAXPROCS=" + strconv.Itoa(runtime.GOMAXPROCS(0))
	if !slices.Contains(vars, want) {
		t.Errorf("Vars() = %q, want %s among them", vars, want)
	}
	t.Setenv("GOMAXPROCS", "1")
	vars, _ = Vars()
	for _, v := range vars {
		if strings.HasPrefix(v, "GOMAXPROCS=") {
			t.Errorf("with GOMAXPROCS set, Vars() = %q: the user's GOMAXPROCS must stand", vars)
		}
	}
}

func TestDecimal(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 64, 1234567890} {
		if got := decimal(n); got != strconv.Itoa(n) {
			t.Errorf("decimal(%d) = %q", n, got)
		}
	}
}

func TestTakeWithoutWorker(t *testing.T) {
	// A test binary starts no early worker.
	if w := Take(); w != nil {
		t.Fatalf("Take in a test binary = %+v, want nil", w)
	}
}

// A worker started as init starts one is wired to its pipes and can be waited for:
// this test binary plays the worker (TestMain), echoing its input upper-cased.
func TestStartAndTake(t *testing.T) {
	if !supported {
		t.Skip("no early worker on this system")
	}
	w := start()
	if w == nil {
		t.Fatal("start = nil, want a worker")
	}
	mu.Lock()
	started = w
	mu.Unlock()
	if got := Take(); got != w || got.Process == nil || got.Process.Pid != w.pid {
		t.Fatalf("Take = %+v, want the started worker with its process", got)
	}
	if Take() != nil {
		t.Error("a second Take returned a worker, want nil")
	}
	if _, err := io.WriteString(w.Stdin, "hello\n"); err != nil {
		t.Fatal(err)
	}
	w.Stdin.Close()
	out, err := io.ReadAll(w.Stdout)
	if err != nil || string(out) != "HELLO\n" {
		t.Errorf("worker answered %q, %v; want %q", out, err, "HELLO\n")
	}
	errOut, _ := io.ReadAll(w.Stderr)
	if string(errOut) != "bye\n" {
		t.Errorf("worker's standard error %q, want %q", errOut, "bye\n")
	}
	state, err := w.Process.Wait()
	if err != nil || !state.Success() {
		t.Errorf("worker ended with %v, %v; want success", state, err)
	}
}

func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == Arg {
		in, _ := io.ReadAll(os.Stdin)
		os.Stdout.Write(bytes.ToUpper(in))
		os.Stderr.WriteString("bye\n")
		os.Exit(0)
	}
	os.Exit(m.Run())
}
