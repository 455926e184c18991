//go:build !linux

package early

import "syscall"

// supported: elsewhere internal/worker starts every worker itself.
const supported = false

func sysProcAttr() *syscall.SysProcAttr { return nil }
