package signals

import (
	"strconv"
	"testing"
)

func TestParseHex64IsParseUint(t *testing.T) {
	for _, s := range []string{"", "0", "f", "F", "00000000000000ff", "ffffffffffffffff", "FFFFFFFFFFFFFFFF",
		"10000000000000000", "0000000000000000000001", "g", "12 3", "-1", "+1", "0x10", "1_0", "deadBEEF", "é"} {
		want, err := strconv.ParseUint(s, 16, 64)
		got, ok := parseHex64(s)
		if ok != (err == nil) || ok && got != want {
			t.Errorf("parseHex64(%q) = %d, %v; strconv gives %d, %v", s, got, ok, want, err)
		}
	}
}
