//go:build !unix

package worker

import (
	"os"
	"os/exec"
)

func setProcAttr(*exec.Cmd) {}

func killGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}

func maxRSS(*os.ProcessState) int64 { return 0 }

// SelfMaxRSS is not measured outside Unix.
func SelfMaxRSS() int64 { return 0 }
