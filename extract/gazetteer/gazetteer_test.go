package gazetteer

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func TestLongest(t *testing.T) {
	g := load(t)
	tests := []struct {
		words string // space-separated tokens
		at    int
		want  string // entry name, "" for no match
		typ   schema.EntityType
		kind  Kind
		end   int
	}{
		{"Russia said", 0, "Russia", schema.Country, Name, 1},
		{"the Russian Federation", 1, "Russia", schema.Country, Name, 3},
		{"U.S. troops", 0, "United States", schema.Country, Name, 1},
		{"the United States and", 1, "United States", schema.Country, Name, 3},
		{"US officials", 0, "United States", schema.Country, Name, 1},
		{"join us now", 1, "", "", 0, 0},
		{"Us and them", 0, "", "", 0, 0},
		{"America", 0, "United States", schema.Country, Name, 1},
		{"Britain", 0, "United Kingdom", schema.Country, Name, 1},
		{"UK", 0, "United Kingdom", schema.Country, Name, 1},
		{"Russian troops", 0, "Russia", schema.Country, Demonym, 1},
		// Sovereign countries own their demonyms, not a territory that
		// shares them (French Southern Territories, Bonaire, Northern
		// Mariana Islands).
		{"French troops", 0, "France", schema.Country, Demonym, 1},
		{"Dutch officials", 0, "Netherlands", schema.Country, Demonym, 1},
		{"American troops", 0, "United States", schema.Country, Demonym, 1},
		{"Americans fear", 0, "United States", schema.Country, People, 1},
		{"Ukrainians fear", 0, "Ukraine", schema.Country, People, 1},
		{"Moscow said", 0, "Russia", schema.Country, Capital, 1},
		{"Kiev", 0, "Ukraine", schema.Country, Capital, 1},
		{"Kyiv", 0, "Ukraine", schema.Country, Capital, 1},
		{"in Washington", 1, "United States", schema.Country, Capital, 2},
		{"Crimean peninsula", 0, "Crimea", schema.GPE, Name, 2},
		{"Crimeans voted", 0, "Crimea", schema.GPE, People, 1},
		{"Eastern Europe", 0, "Eastern Europe", schema.Location, Name, 2},
		{"Europe", 0, "Europe", schema.Location, Name, 1},
		{"Black Sea", 0, "Black Sea", schema.Location, Name, 2},
		{"the Middle East", 1, "Middle East", schema.Location, Name, 3},
		{"European Union", 0, "European Union", schema.Organization, Name, 2},
		{"the EU will", 1, "European Union", schema.Organization, Name, 2},
		{"NATO allies", 0, "NATO", schema.Organization, Name, 1},
		{"Nato allies", 0, "NATO", schema.Organization, Name, 1},
		{"Pentagon", 0, "Pentagon", schema.Organization, Name, 1},
		{"Senate Intelligence Committee", 0, "Senate Intelligence Committee", schema.Organization, Name, 3},
		{"before Congress", 1, "Congress", schema.Organization, Name, 2},
		{"the Kremlin", 1, "Kremlin", schema.Organization, Name, 2},
		{"ITAR-Tass", 0, "ITAR-Tass", schema.Organization, Name, 1},
		{"CNN 's", 0, "CNN", schema.Organization, Name, 1},
		{"Vladimir Putin", 0, "Vladimir Putin", schema.Person, Name, 2},
		{"Putin", 0, "Vladimir Putin", schema.Person, Surname, 1},
		{"Sergei Lavrov", 0, "Sergey Lavrov", schema.Person, Name, 2},
		{"Tony Blair", 0, "Tony Blair", schema.Person, Name, 2},
		{"the russian", 1, "", "", 0, 0},
		{"RUSSIA WARNS US OVER", 2, "", "", 0, 0},
		{"RUSSIA WARNS US OVER", 0, "Russia", schema.Country, Name, 1},
		{"the U.S .", 1, "United States", schema.Country, Name, 3},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			w := NewWords(strings.Fields(tt.words))
			m, ok := g.Longest(w, tt.at)
			if tt.want == "" {
				if ok {
					t.Fatalf("Longest(%q, %d) = %q (%v), want no match", tt.words, tt.at, m.Entry.Name, m.Kind)
				}
				return
			}
			if !ok {
				t.Fatalf("Longest(%q, %d): no match, want %q", tt.words, tt.at, tt.want)
			}
			if m.Entry.Name != tt.want || m.Entry.Type != tt.typ || m.Kind != tt.kind || m.End != tt.end {
				t.Errorf("Longest(%q, %d) = %q %s %v end %d, want %q %s %v end %d", tt.words, tt.at,
					m.Entry.Name, m.Entry.Type, m.Kind, m.End, tt.want, tt.typ, tt.kind, tt.end)
			}
		})
	}
}

func TestCountryCodes(t *testing.T) {
	g := load(t)
	tests := []struct{ iso, name, qid string }{
		{"RUS", "Russia", "Q159"},
		{"USA", "United States", "Q30"},
		{"GBR", "United Kingdom", "Q145"},
		{"UKR", "Ukraine", "Q212"},
	}
	for _, tt := range tests {
		t.Run(tt.iso, func(t *testing.T) {
			e := g.Country(tt.iso)
			if e == nil || e.Name != tt.name || e.Wikidata != tt.qid {
				t.Fatalf("Country(%q) = %+v, want %s %s", tt.iso, e, tt.name, tt.qid)
			}
			if got, want := e.IRI(), "kg:country/"+tt.iso; got != want {
				t.Errorf("IRI = %q, want %q", got, want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	g := load(t)
	tests := []struct {
		words string
		want  string
		class TitleClass
		end   int
	}{
		{"Secretary of State John Kerry", "Secretary of State", Office, 3},
		{"Foreign Minister Sergey Lavrov", "Foreign Minister", Office, 2},
		{"foreign minister", "Foreign Minister", Office, 2},
		{"press secretary Rear. Adm. John Kirby", "Press Secretary", Office, 2},
		{"Rear. Adm. John Kirby", "Rear Admiral", Rank, 2},
		{"Rear Adm . John Kirby", "Rear Admiral", Rank, 3},
		{"Gen. Phil Breedlove", "General", Rank, 1},
		{"General Breedlove", "General", Rank, 1},
		{"Sen. Dianne Feinstein", "Senator", Rank, 1},
		{"chairwoman of", "Chairwoman", Office, 1},
		{"Defense Secretary Chuck Hagel", "Defense Secretary", Office, 2},
		{"President Obama", "President", Office, 1},
		{"Prime Minister Tony Blair", "Prime Minister", Office, 2},
		{"Mr Blair", "", Honorific, 1},
		{"Blair", "-", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			m, ok := g.Title(NewWords(strings.Fields(tt.words)), 0)
			if tt.want == "-" {
				if ok {
					t.Fatalf("Title(%q) = %+v, want none", tt.words, m)
				}
				return
			}
			if !ok || m.Title != tt.want || m.Class != tt.class || m.End != tt.end {
				t.Fatalf("Title(%q) = %+v %v, want %q class %d end %d", tt.words, m, ok, tt.want, tt.class, tt.end)
			}
		})
	}
}

func TestScan(t *testing.T) {
	g := load(t)
	w := NewWords(strings.Fields("U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris"))
	var got []string
	for _, m := range g.Scan(w) {
		got = append(got, m.Entry.Name)
	}
	want := "United States|John Kerry|Russia|Sergey Lavrov|France"
	if strings.Join(got, "|") != want {
		t.Errorf("Scan = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestPeople(t *testing.T) {
	g := load(t)
	if got := g.Surname("Putin"); len(got) != 1 || got[0].Name != "Vladimir Putin" {
		t.Errorf("Surname(Putin) = %v, want Vladimir Putin", got)
	}
	if got := g.City("Paris", "FRA"); got == nil || got.Type != schema.GPE {
		t.Errorf("City(Paris, FRA) = %v, want a GPE", got)
	}
	if got := g.Person("vladimir putin"); len(got) != 1 {
		t.Errorf("Person(vladimir putin) = %v, want one", got)
	}
}

func BenchmarkScan(b *testing.B) {
	g := load(b)
	toks := strings.Fields("U.S. Secretary of State John Kerry said Sunday after four hours of talks with Russian Foreign Minister Sergey Lavrov that Russia had reaffirmed its commitment to finding a diplomatic solution in Ukraine but had not agreed to move Russian troops from the Ukraine border .")
	b.ReportAllocs()
	for b.Loop() {
		g.Scan(NewWords(toks))
	}
}
