package render

import (
	"bytes"
	"os"
	"testing"
)

// TestLook writes the Ukraine map to $KGRAPH_LOOK_DIR for a person to look
// at; it does nothing when the variable is unset.
func TestLook(t *testing.T) {
	dir := os.Getenv("KGRAPH_LOOK_DIR")
	if dir == "" {
		t.Skip("set KGRAPH_LOOK_DIR to write maps to look at")
	}
	g := ukraine(t)
	opts := Options{Title: "Ukraine, March 2014", Legend: true}
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(t.Context(), &buf, g, f, opts); err != nil {
			t.Fatalf("Render(%s): %v", f, err)
		}
		if err := os.WriteFile(dir+"/ukraine."+f, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
