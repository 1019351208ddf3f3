package dict

import (
	"slices"
	"testing"
)

func TestStrip(t *testing.T) {
	in := []string{"ARNOR [ARN]  # a kingdom", "<!-- one", "still comment", "end --> GONDOR [GON]", "a <!-- x --> b\r", "   "}
	want := []string{"ARNOR [ARN]", "", "", "GONDOR [GON]", "a  b", ""}
	var c Comments
	var got []string
	for _, l := range in {
		got = append(got, c.Strip(l))
	}
	if !slices.Equal(got, want) {
		t.Errorf("Strip = %q, want %q", got, want)
	}
}
