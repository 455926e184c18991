package early

import "testing"

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

func TestTakeWithoutWorker(t *testing.T) {
	// A test binary starts no early worker.
	if w := Take(); w != nil {
		t.Fatalf("Take in a test binary = %+v, want nil", w)
	}
}
