package gazetteer

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

const testActors = `<!-- header
  over lines -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
BOROMIR  [---]
GOLLUM  # comment
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
EGYPT  [UAR]
PRESIDENT [~GOV]
`

func TestParsePETRARCH(t *testing.T) {
	es, err := ParsePETRARCH(strings.NewReader(testActors), "actors.txt")
	if err != nil {
		t.Fatalf("ParsePETRARCH: %v", err)
	}
	byName := map[string]*Extra{}
	for i := range es {
		byName[es[i].Name] = &es[i]
	}
	tests := []struct {
		name, date, code string
		forms            string
		typ              schema.EntityType
	}{
		{"Arnor", "", "ARN", "Arnor", schema.Country},
		{"Gondor", "", "GON", "Gondor|Minas Tirith", schema.Country},
		{"Gollum", "19940101", "HOB", "Gollum|Smeagol", schema.Organization},
		{"Gollum", "19970101", "HOBGOV", "Gollum|Smeagol", schema.Organization},
		{"Gollum", "20010101", "HOBREB", "Gollum|Smeagol", schema.Organization},
		{"Egypt", "", "UAR", "Egypt", schema.Country},
		{"President", "", "~GOV", "President", schema.Organization},
	}
	for _, tt := range tests {
		t.Run(tt.name+tt.date, func(t *testing.T) {
			e := byName[tt.name]
			if e == nil {
				t.Fatalf("ParsePETRARCH: no entry %q in %v", tt.name, es)
			}
			if got := e.CodeOn(tt.date); got != tt.code {
				t.Errorf("%s.CodeOn(%q) = %q, want %q", tt.name, tt.date, got, tt.code)
			}
			if got := strings.Join(e.Forms, "|"); got != tt.forms {
				t.Errorf("%s forms %q, want %q", tt.name, got, tt.forms)
			}
			if e.Type != tt.typ {
				t.Errorf("%s type %q, want %q", tt.name, e.Type, tt.typ)
			}
		})
	}
	if byName["Boromir"] != nil {
		t.Errorf("ParsePETRARCH kept Boromir, coded ---")
	}
}

func TestExtend(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	x := g.Extend([]Extra{
		{Entry: Entry{Name: "Minas Tirith", Type: schema.Country}, Code: "GON", Forms: []string{"Minas Tirith"}},
		{Entry: Entry{Name: "Egypt", Type: schema.Country}, Code: "UAR", Forms: []string{"Egypt"}},
	})
	tests := []struct {
		text, want string // want: the entry name of the first match, "" for none
		ext        *Gazetteer
	}{
		{"troops left Minas Tirith", "Minas Tirith", x},
		{"troops left Minas Tirith", "", g},
		{"Egypt said", "Egypt", x},
		{"Russia said", "Russia", x},
	}
	for _, tt := range tests {
		ms := tt.ext.Scan(NewWords(strings.Fields(tt.text)))
		got := ""
		if len(ms) > 0 {
			got = ms[0].Entry.Name
		}
		if got != tt.want {
			t.Errorf("Scan(%q) first entry %q, want %q", tt.text, got, tt.want)
		}
	}
	if ms := x.Scan(NewWords([]string{"Egypt"})); len(ms) != 1 || ms[0].Entry.Source != "" || ms[0].Entry.ISO != "" {
		t.Errorf("extended Scan(Egypt) = %+v, want the extra entry", ms)
	}
	if ms := g.Scan(NewWords([]string{"Egypt"})); len(ms) != 1 || ms[0].Entry.ISO != "EGY" {
		t.Errorf("Extend changed the base gazetteer: Scan(Egypt) = %+v", ms)
	}
}
