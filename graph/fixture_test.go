package graph

import (
	"github.com/kgraph/kgraph/schema"
)

// Hand-built extractions from two articles, in the shape extract produces.

var (
	lavrov = schema.Entity{ID: "kg:Sergey_Lavrov", Name: "Sergey Lavrov", Type: schema.Person, Aliases: []string{"Lavrov"}, Wikidata: "Q80137"}
	kerry  = schema.Entity{ID: "kg:John_Kerry", Name: "John Kerry", Type: schema.Person, Aliases: []string{"Kerry"}}
	russia = schema.Entity{ID: "kg:country/RUS", Name: "Russia", Type: schema.Country, ISO: "RUS", Aliases: []string{"Russian Federation"}}
	usa    = schema.Entity{ID: "kg:country/USA", Name: "United States", Type: schema.Country, ISO: "USA", Aliases: []string{"U.S."}}
	ukr    = schema.Entity{ID: "kg:country/UKR", Name: "Ukraine", Type: schema.Country, ISO: "UKR"}
	eu     = schema.Entity{ID: "kg:European_Union", Name: "European Union", Type: schema.Organization, Subtype: schema.OrgInternational, Aliases: []string{"EU"}}
)

func ent(e schema.Entity, text string, start int) schema.Arg {
	return schema.Arg{Text: text, Entity: e.ID, Name: e.Name, Type: e.Type, Span: schema.Span{Start: start, End: start + len(text)}}
}

func concept(text string, start int) schema.Arg {
	return schema.Arg{Text: text, Span: schema.Span{Start: start, End: start + len(text)}}
}

func stmt(doc string, sent int, subj schema.Arg, pred, verb string, obj schema.Arg, mod func(*schema.Statement)) schema.Statement {
	st := schema.Statement{
		Subject: subj, Predicate: pred, Verb: verb, Object: obj,
		Kind: schema.KindRelation, Polarity: schema.Asserted, Modality: schema.Fact,
		Confidence: 0.8, Doc: doc, SentenceIndex: sent,
		SentenceText: subj.Text + " " + verb + " " + obj.Text + ".",
		SentenceSpan: schema.Span{Start: sent * 100, End: sent*100 + 60},
	}
	if mod != nil {
		mod(&st)
	}
	st.ID = schema.StatementID(&st)
	return st
}

// articleA is about Lavrov's proposal; articleB about sanctions.
func articleA() schema.Extraction {
	doc := schema.Document{ID: "paris-talks", Title: "Kerry and Lavrov meet in Paris", URL: "https://example.org/a", Published: "2014-03-30", Text: "Russian Foreign Minister Sergey Lavrov proposed a federal structure for Ukraine..."}
	return schema.Extraction{
		Document: doc,
		Entities: []schema.Entity{lavrov, kerry, russia, ukr},
		Statements: []schema.Statement{
			stmt(doc.ID, 0, ent(lavrov, "Lavrov", 25), "propose", "proposed", concept("federal structure", 40), func(s *schema.Statement) {
				s.CAMEO, s.PLOVER, s.QuadClass, s.Goldstein = "036", "CONSULT", 1, 4.0
				s.EventDate = "2014-03-30"
				s.Extra = []schema.Arg{{Text: "Ukraine", Entity: ukr.ID, Name: ukr.Name, Type: ukr.Type, Prep: "for", Span: schema.Span{Start: 62, End: 69}}}
			}),
			stmt(doc.ID, 1, ent(kerry, "Kerry", 100), "meet", "met", ent(lavrov, "Sergey Lavrov", 114), func(s *schema.Statement) {
				s.CAMEO, s.Goldstein = "040", 1.0
			}),
			stmt(doc.ID, 2, ent(russia, "Russia", 200), "move_troops", "had not agreed to move", concept("troops", 230), func(s *schema.Statement) {
				s.Polarity = schema.Negated
				s.Speaker = kerry.ID
			}),
			stmt(doc.ID, 3, ent(kerry, "he", 300), "hold_role", "is", schema.Arg{Text: "Secretary of State", Entity: "kg:role/Secretary_of_State", Name: "Secretary of State", Type: schema.Role}, func(s *schema.Statement) {
				s.Kind = schema.KindRole
				s.SentenceText = "\"He is\" Secretary of State,\nsaid the\tspokeswoman — ünïcode \\ backslash."
			}),
		},
	}
}

func articleB() schema.Extraction {
	doc := schema.Document{ID: "sanctions", Title: "U.S. and EU sanction Russia", Published: "2014-03-17", Text: "The United States and the European Union have targeted Putin's inner circle..."}
	return schema.Extraction{
		Document: doc,
		Entities: []schema.Entity{usa, eu, russia},
		Statements: []schema.Statement{
			stmt(doc.ID, 0, ent(usa, "The United States", 0), "sanction", "have targeted", concept("Putin's inner circle", 55), func(s *schema.Statement) {
				s.CAMEO, s.Goldstein, s.QuadClass = "163", -8.0, 4
			}),
			stmt(doc.ID, 0, ent(eu, "the European Union", 22), "sanction", "have targeted", concept("Putin's inner circle", 55), func(s *schema.Statement) {
				s.CAMEO, s.Goldstein, s.QuadClass = "163", -8.0, 4
			}),
			stmt(doc.ID, 1, ent(russia, "Russia", 120), "threaten", "might retaliate against", ent(usa, "Washington", 150), func(s *schema.Statement) {
				s.Modality = schema.Hypothetical
			}),
			// An argument with an entity IRI but no canonical name or type.
			stmt(doc.ID, 2, schema.Arg{Text: "Obama", Entity: "kg:Barack_Obama"}, "criticize", "criticized", ent(russia, "Moscow", 260), nil),
		},
	}
}
