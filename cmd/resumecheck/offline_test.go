package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoNetworkCode proves the binary cannot reach the network: no package it is built
// from can open a socket. Résumés are private; only net/url (string parsing) and
// net/netip (address values) are allowed.
func TestNoNetworkCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list not available: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list gave only %d packages; the check would prove nothing", len(deps))
	}
	allowed := map[string]bool{"net/url": true, "net/netip": true}
	for _, d := range deps {
		if (d == "net" || strings.HasPrefix(d, "net/") || d == "crypto/tls" || strings.Contains(d, "/http")) && !allowed[d] {
			t.Errorf("the binary depends on %s, which can make network requests", d)
		}
	}
}
