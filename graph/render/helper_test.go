package render

import (
	"fmt"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// ukraine returns the kind of map a user draws from news about the Ukraine
// crisis of March 2014: about 40 nodes of every type, roles and events.
func ukraine(t testing.TB) *schema.Graph {
	t.Helper()
	type n struct {
		name    string
		typ     schema.EntityType
		subtype string
		iso     string
	}
	nodes := []n{
		{"John Kerry", schema.Person, "", ""},
		{"Sergey Lavrov", schema.Person, "", ""},
		{"Barack Obama", schema.Person, "", ""},
		{"Vladimir Putin", schema.Person, "", ""},
		{"Chuck Hagel", schema.Person, "", ""},
		{"Arseniy Yatsenyuk", schema.Person, "", ""},
		{"Angela Merkel", schema.Person, "", ""},
		{"Viktor Yanukovych", schema.Person, "", ""},
		{"Sergei Shoigu", schema.Person, "", ""},
		{"United States", schema.Country, "", "USA"},
		{"Russia", schema.Country, "", "RUS"},
		{"Ukraine", schema.Country, "", "UKR"},
		{"Germany", schema.Country, "", "DEU"},
		{"France", schema.Country, "", "FRA"},
		{"Crimea", schema.GPE, "", ""},
		{"Kiev", schema.GPE, "", ""},
		{"Sevastopol", schema.GPE, "", ""},
		{"European Union", schema.Organization, schema.OrgInternational, ""},
		{"NATO", schema.Organization, schema.OrgInternational, ""},
		{"CNN", schema.Organization, schema.OrgMedia, ""},
		{"State Department", schema.Organization, schema.OrgGovernment, ""},
		{"Black Sea Fleet", schema.Organization, schema.OrgMilitary, ""},
		{"Gazprom", schema.Organization, schema.OrgCompany, ""},
		{"Party of Regions", schema.Organization, schema.OrgParty, ""},
		{"Kremlin", schema.Organization, "", ""},
		{"Paris", schema.Location, "", ""},
		{"Black Sea", schema.Location, "", ""},
		{"Crimeans", schema.Group, "", ""},
		{"pro-Russian separatists", schema.Group, "", ""},
		{"G8 summit", schema.Misc, "", ""},
		{"Secretary of State", schema.Role, "", ""},
		{"Foreign Minister", schema.Role, "", ""},
		{"President", schema.Role, "", ""},
		{"Defense Secretary", schema.Role, "", ""},
		{"Prime Minister", schema.Role, "", ""},
		{"federal structure", schema.Concept, "", ""},
		{"Putin's inner circle", schema.Concept, "", ""},
		{"diplomatic solution to the crisis in Ukraine", schema.Concept, "", ""},
		{"referendum on joining the Russian Federation", schema.Concept, "", ""},
		{"economic sanctions", schema.Concept, "", ""},
	}
	ids := map[string]string{}
	g := &schema.Graph{}
	for _, x := range nodes {
		id := schema.EntityIRI(x.typ, x.name, x.iso)
		ids[x.name] = id
		g.Nodes = append(g.Nodes, schema.Entity{ID: id, Name: x.name, Type: x.typ, Subtype: x.subtype, ISO: x.iso})
	}
	edges := []struct {
		from, rel, to string
		count         int
	}{
		{"John Kerry", schema.HoldRole, "Secretary of State", 3},
		{"Sergey Lavrov", schema.HoldRole, "Foreign Minister", 2},
		{"Barack Obama", schema.HoldRole, "President", 2},
		{"Vladimir Putin", schema.HoldRole, "President", 1},
		{"Chuck Hagel", schema.HoldRole, "Defense Secretary", 1},
		{"Arseniy Yatsenyuk", schema.HoldRole, "Prime Minister", 1},
		{"Ukraine", schema.MemberOf, "European Union", 1},
		{"Germany", schema.MemberOf, "European Union", 1},
		{"France", schema.MemberOf, "NATO", 1},
		{"Germany", schema.MemberOf, "NATO", 1},
		{"United States", schema.MemberOf, "NATO", 1},
		{"Crimea", schema.LocatedIn, "Ukraine", 1},
		{"Sevastopol", schema.LocatedIn, "Crimea", 1},
		{"Kiev", schema.LocatedIn, "Ukraine", 1},
		{"Black Sea Fleet", schema.LocatedIn, "Sevastopol", 1},
		{"Viktor Yanukovych", schema.LeaderOf, "Party of Regions", 1},
		{"John Kerry", "meet", "Sergey Lavrov", 4},
		{"John Kerry", "meet", "Paris", 1},
		{"Sergey Lavrov", "propose", "federal structure", 2},
		{"United States", "sanction", "Putin's inner circle", 3},
		{"European Union", "sanction", "Russia", 2},
		{"European Union", "impose", "economic sanctions", 1},
		{"Russia", "annex", "Crimea", 5},
		{"Barack Obama", "consult", "Angela Merkel", 2},
		{"Barack Obama", "consult", "Vladimir Putin", 1},
		{"Vladimir Putin", "support", "Crimeans", 1},
		{"John Kerry", "seek", "diplomatic solution to the crisis in Ukraine", 1},
		{"Crimeans", "hold", "referendum on joining the Russian Federation", 1},
		{"Chuck Hagel", "consult", "Sergei Shoigu", 1},
		{"Russia", "suspend", "G8 summit", 1},
		{"CNN", "interview", "John Kerry", 1},
		{"State Department", "criticize", "Russia", 1},
		{"Gazprom", "threaten", "Ukraine", 1},
		{"Kremlin", "reject", "federal structure", 1},
		{"pro-Russian separatists", "seize", "Crimea", 2},
		{"Black Sea Fleet", "deploy", "Black Sea", 1},
		{"Arseniy Yatsenyuk", "appeal", "NATO", 1},
		{"Russia", "support", "pro-Russian separatists", 1},
		{"Sergei Shoigu", "deny", "Black Sea Fleet", 1},
		{"Angela Merkel", "consult", "Vladimir Putin", 2},
	}
	for _, e := range edges {
		from, ok1 := ids[e.from]
		to, ok2 := ids[e.to]
		if !ok1 || !ok2 {
			t.Fatalf("ukraine: edge %s %s %s names an unknown node", e.from, e.rel, e.to)
		}
		docs := make([]string, 0, e.count)
		for i := range e.count {
			docs = append(docs, schema.DocIRI(fmt.Sprintf("ukraine-%d", i+1)))
		}
		g.Edges = append(g.Edges, schema.Edge{From: from, To: to, Relation: e.rel, Count: e.count, Docs: docs})
	}
	return g
}
