//go:build !linux

package worker

func hwmKB(string) (int64, bool) { return 0, false }

func anonResidentBytes() (int64, bool) { return 0, false }
