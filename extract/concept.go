package extract

import (
	"strings"

	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// quotes are dropped from concept names: scare quotes ("federal" structure)
// are not part of the name.
var quotes = strings.NewReplacer("\"", "", "\u201c", "", "\u201d", "", "``", "", "''", "")

// conceptName is the canonical name of a noun phrase that names no entity:
// leading determiners and possessive pronouns dropped, spaces collapsed.
func conceptName(text string) string {
	words := strings.Fields(quotes.Replace(text))
	for len(words) > 1 && lexicon.ConceptDeterminers.Has(strings.ToLower(words[0])) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// canonArg gives an argument that resolves to no entity a Concept identity,
// so that "a federal structure" and "the federal structure" are one node.
// Concept IRIs fold case.
func canonArg(a *schema.Arg) {
	if a.Entity != "" || strings.TrimSpace(a.Text) == "" {
		return
	}
	name := conceptName(a.Text)
	a.Name = name
	a.Type = schema.Concept
	a.Entity = schema.EntityIRI(schema.Concept, strings.ToLower(name), "")
}

// isPronoun reports whether an argument is a bare pronoun that resolved to
// no entity.
func isPronoun(a *schema.Arg) bool {
	return a.Entity == "" && lexicon.BarePronouns.Has(strings.ToLower(strings.TrimSpace(a.Text)))
}

// firstPerson reports whether an argument is a first-person pronoun ("I",
// "me", "we", "us"), which a quotation's speaker says of themself (or of
// those they speak for).
func firstPerson(a *schema.Arg) bool {
	return a.Entity == "" && lexicon.FirstPersonPronouns.Has(strings.ToLower(strings.TrimSpace(a.Text)))
}
