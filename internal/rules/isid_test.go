package rules

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// isID agrees with the expression it stands for, on ids and near-ids.
func TestIsID(t *testing.T) {
	re := regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	ids := []string{"", "a", "0", "-", ".", "_", "a-b", "a.b_c", "style.weak-opener", "Style", "a b", "a\n", "é", "a/b", "9z", "a-", "{", "`", "a:"}
	r := rand.New(rand.NewPCG(9, 10))
	const alphabet = "az09._-AZé \n`{/:@["
	for i := 0; i < 20000; i++ {
		b := make([]byte, r.IntN(6))
		for j := range b {
			b[j] = alphabet[r.IntN(len(alphabet))]
		}
		ids = append(ids, string(b))
	}
	for _, id := range ids {
		if got, want := isID(id), re.MatchString(id); got != want {
			t.Errorf("isID(%q) = %v, the expression says %v", id, got, want)
		}
	}
}
