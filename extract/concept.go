package extract

import (
	"strings"

	"github.com/kgraph/kgraph/schema"
)

// leading words that do not name a concept: determiners, possessive
// pronouns and vague quantifiers ("a proposal", "its commitment").
var leading = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true,
	"some": true, "any": true, "such": true, "another": true,
}

// quotes are dropped from concept names: scare quotes ("federal" structure)
// are not part of the name.
var quotes = strings.NewReplacer("\"", "", "\u201c", "", "\u201d", "", "``", "", "''", "")

// conceptName is the canonical name of a noun phrase that names no entity:
// leading determiners and possessive pronouns dropped, spaces collapsed.
func conceptName(text string) string {
	words := strings.Fields(quotes.Replace(text))
	for len(words) > 1 && leading[strings.ToLower(words[0])] {
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

// pronouns that name nothing by themselves: an argument left as one of
// these after coreference cannot become a node of the graph.
var pronouns = map[string]bool{
	"i": true, "me": true, "we": true, "us": true, "you": true, "he": true, "him": true, "she": true,
	"her": true, "it": true, "they": true, "them": true, "this": true, "that": true, "these": true,
	"those": true, "who": true, "whom": true, "which": true, "what": true, "one": true, "there": true,
	"itself": true, "themselves": true, "himself": true, "herself": true, "something": true, "anything": true,
}

// isPronoun reports whether an argument is a bare pronoun that resolved to
// no entity.
func isPronoun(a *schema.Arg) bool {
	return a.Entity == "" && pronouns[strings.ToLower(strings.TrimSpace(a.Text))]
}

// firstPerson reports whether an argument is "I" or "me".
func firstPerson(a *schema.Arg) bool {
	t := strings.ToLower(strings.TrimSpace(a.Text))
	return a.Entity == "" && (t == "i" || t == "me")
}
