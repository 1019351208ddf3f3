package event

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

const testVerbs = `<!-- a test dictionary -->
&TIES
+DIPLOMATIC_TIES
+RELATIONS
--- RESTORE  [064]  ---
RESTORE    # comment
- * &TIES  [065]
- NOT * RELATIONS  [112]
- * FXLL  [+++]
--- LEAVE  [032:033] ---
LEAVE {LEFT}
+WALK_OUT [161]
--- CALLED [010] ---
CALLED
- *_ON [095]
--- AGREE [081] ---
AGREE
- % * [030:030]
- % * TALKS [031]
`

func TestParseVerbs(t *testing.T) {
	v, err := ParseVerbs(strings.NewReader(testVerbs), "test.txt")
	if err != nil {
		t.Fatalf("ParseVerbs: %v", err)
	}
	ws := func(s string) []word {
		var out []word
		for _, f := range strings.Fields(s) {
			out = append(out, word{text: f, lemma: f})
		}
		return out
	}
	tests := []struct {
		verb, before, after string
		compound            bool // the subject is a coordination
		want                verbCode
		ok                  bool
	}{
		{"restore", "arnor", "full diplomatic ties with gondor", false, verbCode{code: "065"}, true},
		{"restore", "arnor", "relations", false, verbCode{code: "065"}, true},
		{"restore", "arnor", "a bridge", false, verbCode{code: "064"}, true},
		{"restore", "arnor", "fxll trust", false, verbCode{}, true},
		{"leave", "telemar", "for gondor", false, verbCode{code: "032", pair: "033"}, true},
		{"left", "telemar", "for gondor", false, verbCode{code: "032", pair: "033"}, true},
		{"walk", "arnor", "out of talks", false, verbCode{code: "161"}, true},
		{"walk", "arnor", "home", false, verbCode{}, true},
		{"called", "arnor", "on gondor", false, verbCode{code: "095"}, true},
		{"sing", "arnor", "a song", false, verbCode{}, false},
		// "%" patterns need a coordinated subject, and go both ways.
		{"agree", "arnor", "that it rains", false, verbCode{code: "081"}, true},
		{"agree", "arnor", "that it rains", true, verbCode{code: "030", pair: "030", recip: true}, true},
		{"agree", "arnor", "to hold talks", true, verbCode{code: "031", recip: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.verb+" "+tt.after, func(t *testing.T) {
			got, ok := v.code(tt.verb, ws(tt.before), ws(tt.after), tt.compound)
			got.byDefault = false
			if got != tt.want || ok != tt.ok {
				t.Errorf("code(%q, %q, %q) = %v, %v; want %v, %v", tt.verb, tt.before, tt.after, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseVerbsErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int // 0: no error
		skipped   int
	}{
		{"no blocks", "&SET\n+A\n", 2, 0},
		{"bad header", "--- RESTORE 064 ---\n", 1, 0},
		{"bad pattern skipped", "--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC [\n", 0, 1},
		{"synonym outside a set", "--- A [010] ---\nA\n&S\n+B\n+C\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := ParseVerbs(strings.NewReader(tt.src), "x.txt")
			var ve *VerbsError
			switch {
			case tt.line == 0 && err != nil:
				t.Fatalf("ParseVerbs(%q): %v", tt.src, err)
			case tt.line != 0 && !errors.As(err, &ve):
				t.Fatalf("ParseVerbs(%q) = %v, want a VerbsError", tt.src, err)
			case tt.line != 0 && ve.Line != tt.line:
				t.Errorf("ParseVerbs(%q): error at line %d, want %d", tt.src, ve.Line, tt.line)
			case tt.line == 0 && len(v.Skipped) != tt.skipped:
				t.Errorf("ParseVerbs(%q): %d skipped, want %d", tt.src, len(v.Skipped), tt.skipped)
			}
		})
	}
}

// The built-in table is what ParseVerbs makes of CAMEO.2.0: spot checks.
func TestCAMEOVerbs(t *testing.T) {
	v := CAMEOVerbs()
	if len(v.Blocks) < 100 || len(v.Lemmas) < 1000 {
		t.Fatalf("CAMEOVerbs: %d blocks, %d verbs", len(v.Blocks), len(v.Lemmas))
	}
	if !slices.Contains(v.Synsets["CURRENCY"], "money") {
		t.Errorf("CAMEOVerbs: synset CURRENCY lacks money: %v", v.Synsets["CURRENCY"])
	}
}
