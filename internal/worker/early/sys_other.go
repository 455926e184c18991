//go:build !linux

package early

import "syscall"

// supported: elsewhere internal/worker starts every worker itself.
const supported = false

func sysProcAttr() *syscall.SysProcAttr { return nil }

// start is never called where the worker is not started at init (supported).
func start() *Worker { return nil }
