//go:build linux

package worker

func maxRSSKB(v int64) int64 { return v } // Linux reports KB
