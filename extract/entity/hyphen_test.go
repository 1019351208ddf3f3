package entity

import (
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// TestHyphenatedNames: the recognizer reads one half of a hyphenated name as
// another type; the person keeps the whole name.
func TestHyphenatedNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said he wants to change the face of politics.", "Robert Kilroy-Silk"},
		{"CNN discovered multiple instances of plagiarism by Marie-Louise Gumuchian, a former CNN news editor.", "Marie-Louise Gumuchian"},
	} {
		d := annotate(t, "h", tc.text, true)
		found := false
		for _, e := range d.Entities {
			if e.Type == schema.Person {
				if e.Name != tc.want {
					t.Errorf("Resolve(%q): person %q, want %q", tc.text, e.Name, tc.want)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("Resolve(%q): no person, want %q", tc.text, tc.want)
		}
	}
}
