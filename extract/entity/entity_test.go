package entity

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/schema"
)

// mentionsOf lists "surface=>entity name" for the mentions of d.
func entityName(d *doc.Doc, iri string) string {
	if e := d.Entities[iri]; e != nil {
		return e.Name
	}
	return "?" + iri
}

// find returns the entity names the mentions with this surface resolve to.
func find(d *doc.Doc, surface string) []string {
	var out []string
	for _, m := range d.Mentions {
		if m.Text == surface {
			out = append(out, entityName(d, m.Entity))
		}
	}
	return out
}

// TestGoldExample checks the spec in shared/gold/README.md: every listed
// mention resolves to its canonical entity and no other person appears.
func TestGoldExample(t *testing.T) {
	for _, withNER := range []bool{true, false} {
		d := annotate(t, "kerry-lavrov", readExample(t, "kerry-lavrov-paris-2014-03-30.txt"), withNER)
		want := map[string][]string{
			"John Kerry":                    {"Kerry", "John Kerry", "He"},
			"Sergey Lavrov":                 {"Lavrov", "Sergey Lavrov"},
			"Barack Obama":                  {"Obama", "Barack Obama"},
			"Vladimir Putin":                {"Putin", "Vladimir Putin"},
			"Dianne Feinstein":              {"Dianne Feinstein"},
			"Chuck Hagel":                   {"Hagel", "Chuck Hagel"},
			"John Kirby":                    {"Kirby", "John Kirby"},
			"Phil Breedlove":                {"Breedlove", "Phil Breedlove"},
			"Marie-Louise Gumuchian":        {"Marie-Louise Gumuchian"},
			"United States":                 {"U.S.", "United States", "Washington"},
			"Russia":                        {"Russian", "Moscow", "Russia"},
			"Ukraine":                       {"Ukraine"},
			"Crimea":                        {"Crimean peninsula"},
			"Paris":                         {"Paris"},
			"Europe":                        {"Europe"},
			"Eastern Europe":                {"Eastern Europe"},
			"Black Sea":                     {"Black Sea"},
			"European Union":                {"EU", "European Union"},
			"NATO":                          {"NATO"},
			"CNN":                           {"CNN"},
			"ITAR-Tass":                     {"ITAR-Tass"},
			"Pentagon":                      {"Pentagon"},
			"Senate Intelligence Committee": {"Senate Intelligence Committee"},
			"Congress":                      {"Congress"},
		}
		// without the recognizer, names that neither the gazetteer nor a
		// title gives cannot be found
		if !withNER {
			delete(want, "Marie-Louise Gumuchian")
			delete(want, "Dianne Feinstein")
			want["Phil Breedlove"] = []string{"Phil Breedlove"}
			want["John Kirby"] = []string{"John Kirby"}
		}
		for name, surfaces := range want {
			for _, s := range surfaces {
				t.Run(fmt.Sprintf("ner=%v/%s/%s", withNER, name, s), func(t *testing.T) {
					got := find(d, s)
					if len(got) == 0 {
						t.Fatalf("no mention %q, want one resolving to %q", s, name)
					}
					for _, g := range got {
						if g != name {
							t.Errorf("mention %q resolves to %q, want %q", s, g, name)
						}
					}
				})
			}
		}
		if withNER {
			for _, tc := range []struct{ surface, typ, of string }{
				{"Ukrainians", "Group", "Ukraine"}, {"Crimeans", "Group", "Crimea"},
			} {
				got := find(d, tc.surface)
				if len(got) == 0 {
					t.Errorf("no group mention %q", tc.surface)
					continue
				}
				linked := false
				for _, r := range d.Roles {
					if entityName(d, r.Person) == tc.surface && entityName(d, r.Of) == tc.of {
						linked = true
					}
				}
				if !linked {
					t.Errorf("group %q is not linked to %q", tc.surface, tc.of)
				}
			}
			allowed := map[string]bool{}
			for _, p := range []string{"John Kerry", "Sergey Lavrov", "Barack Obama", "Vladimir Putin", "Dianne Feinstein",
				"Chuck Hagel", "John Kirby", "Phil Breedlove", "Marie-Louise Gumuchian"} {
				allowed[p] = true
			}
			for _, e := range d.Entities {
				if e.Type == schema.Person && !allowed[e.Name] {
					t.Errorf("unexpected person %q (aliases %v)", e.Name, e.Aliases)
				}
			}
			if e := d.Entities["kg:country/USA"]; e == nil || e.Wikidata != "Q30" || e.ISO != "USA" {
				t.Errorf("United States entity = %+v, want ISO USA, Wikidata Q30", e)
			}
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text   string
		person string
		title  string
		of     string
	}{
		{"U.S. Secretary of State John Kerry arrived.", "John Kerry", "Secretary of State", "United States"},
		{"He met Russian Foreign Minister Sergey Lavrov on Sunday.", "Sergey Lavrov", "Foreign Minister", "Russia"},
		{"Pentagon press secretary Rear. Adm. John Kirby said Sunday.", "John Kirby", "Press Secretary", "Pentagon"},
		{"Pentagon press secretary Rear. Adm. John Kirby said Sunday.", "John Kirby", "Rear Admiral", ""},
		{"Sen. Dianne Feinstein, chairwoman of the Senate Intelligence Committee, spoke.", "Dianne Feinstein", "Chairwoman", "Senate Intelligence Committee"},
		{"Sen. Dianne Feinstein, chairwoman of the Senate Intelligence Committee, spoke.", "Dianne Feinstein", "Senator", ""},
		{"Russian President Vladimir Putin called.", "Vladimir Putin", "President", "Russia"},
		{"U.S. President Barack Obama called.", "Barack Obama", "President", "United States"},
		{"Gen. Phil Breedlove was in Washington.", "Phil Breedlove", "General", ""},
		{"U.S. Defense Secretary Chuck Hagel ordered it.", "Chuck Hagel", "Defense Secretary", "United States"},
		{"Britain's Foreign Secretary Jack Straw said so.", "Jack Straw", "Foreign Secretary", "United Kingdom"},
		{"Prime Minister Tony Blair said so.", "Tony Blair", "Prime Minister", "United Kingdom"}, // the gazetteer knows his country
		{"The deal was signed by Jane Doe, a former CNN news editor, yesterday.", "Jane Doe", "News Editor", "CNN"},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.title, func(t *testing.T) {
			d := annotate(t, "t", tt.text, true)
			var got []string
			for _, r := range d.Roles {
				got = append(got, fmt.Sprintf("%s|%s|%s", entityName(d, r.Person), r.Title, ofName(d, r.Of)))
				if entityName(d, r.Person) == tt.person && r.Title == tt.title && ofName(d, r.Of) == tt.of {
					return
				}
			}
			t.Errorf("roles of %q = %v, want %s|%s|%s", tt.text, got, tt.person, tt.title, tt.of)
		})
	}
}

func ofName(d *doc.Doc, iri string) string {
	if iri == "" {
		return ""
	}
	return entityName(d, iri)
}

func TestPersonExcludesTitle(t *testing.T) {
	d := annotate(t, "t", "Pentagon press secretary Rear. Adm. John Kirby said Sunday. Mr Blair agreed.", false)
	for _, want := range []string{"John Kirby", "Blair"} {
		if got := find(d, want); len(got) != 1 {
			t.Errorf("mentions %q = %v, want one", want, got)
		}
	}
	for _, m := range d.Mentions {
		if m.Type == schema.Person && (strings.Contains(m.Text, "Adm") || strings.Contains(m.Text, "Mr")) {
			t.Errorf("person mention %q includes its title", m.Text)
		}
	}
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		name, text  string
		surface     string
		occurrence  int // which mention with that surface, from 0
		want        string
		wantNoMatch bool
	}{
		{"short name", "Tony Blair spoke on Monday. Mr Blair said the plan worked. Blair left.", "Blair", 1, "Tony Blair", false},
		{"he subject", "Tony Blair met Gordon Brown. He said the plan worked.", "He", 0, "Tony Blair", false},
		{"she honorific", "Mrs Thatcher met Mr Heseltine. She said no.", "She", 0, "Margaret Thatcher", false}, // the gazetteer knows Thatcher,
		{"his in sentence", "Kerry will consult with President Obama on his choices.", "his", 0, "Barack Obama", false},
		{"its", "Russia had reaffirmed its commitment.", "its", 0, "Russia", false},
		{"the country", "Russia responded with sanctions on the United States, banning U.S. officials from entering the country.", "the country", 0, "Russia", false},
		{"the general", "Gen. Phil Breedlove was in Washington. Officials said the general's return was near.", "general", 0, "Phil Breedlove", false},
		{"role description, person introduced next", "Hagel ordered the top U.S. commander in Europe back to the continent. Gen. Phil Breedlove was in Washington.", "commander", 0, "Phil Breedlove", false},
		{"role description used before", "The prime minister's spokesman was asked. The spokesman said no. Foreign Secretary Jack Straw said yes.", "spokesman", 1, "", true},
		{"role description, no one introduced", "Hagel ordered the top U.S. commander in Europe back to the continent. The talks ended.", "commander", 0, "", true},
		{"they group", "Ukrainians fear an invasion. They say troops are massing.", "They", 0, "Ukrainians", false},
		{"capital as government", "Russia denied it. Moscow said the troops would stay.", "Moscow", 0, "Russia", false},
		{"capital as city", "The talks were held in Paris on Sunday.", "Paris", 0, "Paris", false},
		{"demonym modifier", "Russian troops massed on the border.", "Russian", 0, "Russia", false},
		{"surname from gazetteer", "Putin said nothing.", "Putin", 0, "Vladimir Putin", false},
		{"hyphenated surname", "Former MP Robert Kilroy-Silk quit. Mr Kilroy-Silk said no.", "Kilroy-Silk", 0, "Robert Kilroy-Silk", false},
		{"no pronoun antecedent", "It rained. He left.", "He", 0, "", true},
		{"pronoun us is not the US", "Join us in Washington.", "us", 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, "t", tt.text, false)
			got := find(d, tt.surface)
			if tt.wantNoMatch {
				if len(got) != 0 {
					t.Fatalf("mention %q in %q resolves to %v, want none", tt.surface, tt.text, got)
				}
				return
			}
			if len(got) <= tt.occurrence {
				t.Fatalf("mentions %q in %q = %v, want %q at %d", tt.surface, tt.text, got, tt.want, tt.occurrence)
			}
			if got[tt.occurrence] != tt.want {
				t.Errorf("mention %q in %q resolves to %q, want %q", tt.surface, tt.text, got[tt.occurrence], tt.want)
			}
		})
	}
}

func TestRoleStatements(t *testing.T) {
	d := annotate(t, "doc1", "U.S. Secretary of State John Kerry arrived.", false)
	st := RoleStatements(d)
	var got []string
	for _, s := range st {
		got = append(got, s.Subject.Name+"|"+s.Predicate+"|"+s.Object.Name+"|"+string(s.Object.Type))
		if s.ID == "" || s.ID != schema.StatementID(&s) || s.Kind != schema.KindRole || s.Polarity != schema.Asserted ||
			s.Modality != schema.Fact || s.Doc != "doc1" || s.SentenceText != d.Text || s.Confidence <= 0 {
			t.Errorf("statement %+v lacks provenance or ID", s)
		}
		if d.Text[s.Subject.Span.Start:s.Subject.Span.End] != "John Kerry" {
			t.Errorf("subject span = %q, want John Kerry", d.Text[s.Subject.Span.Start:s.Subject.Span.End])
		}
	}
	sort.Strings(got)
	want := []string{"John Kerry|hold_role|Secretary of State|Role", "John Kerry|member_of|United States|Country"}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("RoleStatements = %v, want %v", got, want)
	}
	for _, s := range st {
		if s.Predicate == schema.HoldRole && s.Object.Entity != "kg:role/Secretary_of_State" {
			t.Errorf("role IRI = %q", s.Object.Entity)
		}
	}
}

// TestBBCBlair checks on the BBC UK politics articles that "Tony Blair",
// "Mr Blair" and "Blair" are one entity.
func TestBBCBlair(t *testing.T) {
	dir := readDir(t, "corpora", "bbc-news", "bbc", "politics")
	docs := 0
	for _, f := range dir {
		txt := readShared(t, "corpora", "bbc-news", "bbc", "politics", filepath.Base(f))
		if !strings.Contains(txt, "Tony Blair") || !strings.Contains(txt, "Mr Blair") {
			continue
		}
		docs++
		d := annotate(t, f, txt, true)
		for _, s := range []string{"Tony Blair", "Blair"} {
			for _, got := range find(d, s) {
				if got != "Tony Blair" {
					t.Errorf("%s: %q resolves to %q, want Tony Blair", f, s, got)
				}
			}
		}
		if docs == 20 {
			break
		}
	}
	if docs == 0 {
		t.Fatal("no BBC article mentions Tony Blair and Mr Blair")
	}
}

// TestMentionKinds checks the type and entity of mentions the recognizer
// alone reads wrong (issue 14).
func TestMentionKinds(t *testing.T) {
	d := annotate(t, "kinds", "Mr Blair said claims of a clash between Muslims and Christians were wrong. "+
		"A Franco-German meeting failed. President Reagan spoke. The Reagan-appointed commission met.", true)
	for _, tc := range []struct {
		surface, name string
		typ           schema.EntityType
	}{
		{"Muslims", "Muslims", schema.Group},
		{"Christians", "Christians", schema.Group},
		{"Franco", "France", schema.Country},
	} {
		found := false
		for _, m := range d.Mentions {
			if m.Text == tc.surface {
				found = true
				if m.Type != tc.typ || entityName(d, m.Entity) != tc.name {
					t.Errorf("%q: %s %q, want %s %q", tc.surface, m.Type, entityName(d, m.Entity), tc.typ, tc.name)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q", tc.surface)
		}
	}
	for _, m := range d.Mentions {
		if m.Text == "Reagan" && m.Type != schema.Person {
			t.Errorf("%q in sentence %d: %s, want Person", m.Text, m.Sentence, m.Type)
		}
	}
}
