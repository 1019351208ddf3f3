package graph

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

func TestNeighbourhood(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			load(t, s, articleA(), articleB())
			ctx := t.Context()

			nb, err := s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{russia.ID}})
			if err != nil {
				t.Fatal(err)
			}
			edges := map[string]schema.Edge{}
			for _, e := range nb.Graph.Edges {
				edges[e.From+" "+e.Relation+" "+e.To] = e
			}
			threat, ok := edges["kg:country/RUS threaten kg:country/USA"]
			if !ok || !threat.Unasserted || threat.Count != 1 {
				t.Errorf("hypothetical threat: %+v (found %v), want one unasserted statement", threat, ok)
			}
			if e := edges["kg:country/RUS move_troops kg:concept/troops"]; !e.Unasserted {
				t.Errorf("negated move_troops edge %+v is not unasserted", e)
			}
			if e := edges["kg:Barack_Obama criticize kg:country/RUS"]; e.Unasserted || e.Count != 1 || len(e.Docs) != 1 {
				t.Errorf("criticize edge %+v, want one asserted statement in one document", e)
			}
			if nb.Truncated || nb.Statements != 3 {
				t.Errorf("read %d statements (truncated %v), want 3", nb.Statements, nb.Truncated)
			}

			// Two hops from Lavrov reach Kerry and, through him, his role.
			nb, err = s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{lavrov.ID}, Depth: 2})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, n := range nb.Graph.Nodes {
				ids = append(ids, n.ID)
			}
			for _, want := range []string{lavrov.ID, kerry.ID, "kg:role/Secretary_of_State", "kg:concept/federal_structure"} {
				if !slices.Contains(ids, want) {
					t.Errorf("two hops from Lavrov: nodes %v lack %s", ids, want)
				}
			}

			// Filters: only sanctions, from the United States.
			nb, err = s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{usa.ID}, Filter: StatementFilter{CAMEORoots: []string{"16"}}})
			if err != nil {
				t.Fatal(err)
			}
			if len(nb.Graph.Edges) != 1 || nb.Graph.Edges[0].Relation != "sanction" || nb.Graph.Edges[0].QuadClass != 4 {
				t.Errorf("CAMEO root 16 around the US: edges %+v, want the sanction (quad class 4)", nb.Graph.Edges)
			}
			nb, err = s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{russia.ID}, Filter: StatementFilter{Types: []schema.EntityType{schema.Country}}})
			if err != nil {
				t.Fatal(err)
			}
			if len(nb.Graph.Edges) != 1 || nb.Graph.Edges[0].To != usa.ID {
				t.Errorf("countries around Russia: edges %+v, want the threat to the US", nb.Graph.Edges)
			}
			nb, err = s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{russia.ID}, MaxNodes: 2})
			if err != nil {
				t.Fatal(err)
			}
			if len(nb.Graph.Nodes) != 2 || !nb.Truncated {
				t.Errorf("MaxNodes 2: %d nodes, truncated %v", len(nb.Graph.Nodes), nb.Truncated)
			}

			if _, err := s.Neighbourhood(ctx, NeighbourhoodOptions{Focus: []string{"kg:Nobody"}}); !errors.Is(err, ErrNoEntity) {
				t.Errorf("unknown focus: error %v, want ErrNoEntity", err)
			}
		})
	}
}

func TestStatementsAbout(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			load(t, s, articleA(), articleB())
			ctx := t.Context()
			ev, err := s.StatementsAbout(ctx, lavrov.ID, kerry.ID, StatementFilter{}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(ev.Statements) != 1 || ev.Statements[0].Predicate != "meet" {
				t.Fatalf("Kerry and Lavrov: %+v, want the meeting", ev.Statements)
			}
			st := ev.Statements[0]
			if st.SentenceText != "Kerry met Sergey Lavrov." || st.Subject.Entity != kerry.ID || st.Object.Entity != lavrov.ID {
				t.Errorf("meeting read back as %+v", st)
			}
			if d := ev.Documents[st.Doc]; d.Title != "Kerry and Lavrov meet in Paris" || d.URL != "https://example.org/a" {
				t.Errorf("document of the meeting: %+v", d)
			}
			if e := ev.Entities[kerry.ID]; e.Name != "John Kerry" || e.Type != schema.Person {
				t.Errorf("Kerry described as %+v", e)
			}

			ev, err = s.StatementsAbout(ctx, russia.ID, "", StatementFilter{}, 2)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Total != 3 || len(ev.Statements) != 2 {
				t.Errorf("about Russia, limit 2: %d of %d statements, want 2 of 3", len(ev.Statements), ev.Total)
			}
			ev, err = s.StatementsAbout(ctx, russia.ID, "", StatementFilter{AssertedOnly: true}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Total != 1 {
				t.Errorf("asserted statements about Russia: %d, want 1 (Obama's criticism)", ev.Total)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	s := mustOpen(t, "mem:")
	load(t, s, articleA(), articleB())
	es, err := s.Entities(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]schema.Entity{}
	for _, e := range es {
		byID[e.ID] = e
	}
	if e := byID[lavrov.ID]; e.Name != "Sergey Lavrov" || !slices.Contains(e.Aliases, "Lavrov") || e.Type != schema.Person {
		t.Errorf("Lavrov: %+v", e)
	}
	if e := byID[eu.ID]; e.Subtype != schema.OrgInternational || !slices.Contains(e.Aliases, "the European Union") {
		t.Errorf("EU: %+v", e)
	}
	if _, ok := byID["kg:concept/federal_structure"]; ok {
		t.Error("Entities lists a concept")
	}
	if _, ok := byID["kg:role/Secretary_of_State"]; !ok {
		t.Error("Entities lacks the role")
	}
}

// TestNeighbourhoodByID checks that bolt, whose kvReader names statement
// nodes by their IDs (and lists some whose quads were deleted, from the
// index alone), answers as mem:, which reads their IRIs: with and without
// filters, over several hops, and where MaxStatements cuts the walk (which
// then depends on the order of the statements' IRIs), after documents were
// replaced and deleted.
func TestNeighbourhoodByID(t *testing.T) {
	ctx := t.Context()
	exs := syntheticExtractions(40)
	bolt := mustOpen(t, "bolt:"+filepath.Join(t.TempDir(), "kgraph.db"))
	mem := mustOpen(t, "mem:")
	for _, s := range []*Store{bolt, mem} {
		load(t, s, exs...)
		for _, i := range []int{3, 10, 17} {
			ex := exs[i]
			ex.Document.Text += " Updated."
			ex.Statements = ex.Statements[2:]
			load(t, s, ex)
		}
		if _, err := s.Delete(ctx, []string{exs[5].Document.ID, exs[22].Document.ID}); err != nil {
			t.Fatal(err)
		}
	}
	nr := bolt.nodeReader(ctx)
	_, ok := nr.(idReader)
	nr.close()
	if !ok {
		t.Fatal("a bolt store does not read statement nodes by ID")
	}
	for _, opts := range []NeighbourhoodOptions{
		{Focus: []string{russia.ID}},
		{Focus: []string{russia.ID}, Depth: 2},
		{Focus: []string{russia.ID}, Depth: 2, MaxStatements: 30},
		{Focus: []string{russia.ID}, Depth: 2, MaxStatements: 60, MaxNodes: 4},
		{Focus: []string{lavrov.ID}, Depth: 3, MaxStatements: 50, MaxNodes: 6},
		{Focus: []string{russia.ID}, MaxStatements: 7},
		{Focus: []string{usa.ID, kerry.ID}, Depth: 2, MaxStatements: 20, Filter: StatementFilter{AssertedOnly: true}},
		{Focus: []string{usa.ID}, Depth: 2, Filter: StatementFilter{Types: []schema.EntityType{schema.Person}}},
	} {
		got, err := bolt.Neighbourhood(ctx, opts)
		if err != nil {
			t.Fatal(err)
		}
		want, err := mem.Neighbourhood(ctx, opts)
		if err != nil {
			t.Fatal(err)
		}
		g, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		w, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		if string(g) != string(w) {
			t.Errorf("Neighbourhood(%+v):\nbolt %s\nmem  %s", opts, g, w)
		}
		if opts.MaxStatements > 0 && opts.Depth < 2 && !got.Truncated {
			t.Errorf("Neighbourhood(%+v) read %d statements and was not cut", opts, got.Statements)
		}
	}
}
