package schema

import (
	"strings"
	"unicode"
)

// Prefix is the namespace of every kgraph IRI. It is short so that Gizmo
// users can type it: g.V("<kg:Sergey_Lavrov>"). Inside the store and in
// Gizmo IRIs keep this short form; exports for other tools expand it to
// BaseIRI (see Namespaces).
const Prefix = "kg:"

// BaseIRI is the absolute IRI that Prefix stands for in exports (N-Quads,
// JSON-LD): <kg:Sergey_Lavrov> is exported as
// <https://kgraph.dev/ns/Sergey_Lavrov>. kgraph load reads both forms.
const BaseIRI = "https://kgraph.dev/ns/"

// Namespace pairs a short IRI prefix of the store with the absolute IRI it
// stands for.
type Namespace struct {
	Prefix string // "rdf:"
	IRI    string // "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
}

// Namespaces are the prefixes the store's IRIs use, with their standard
// absolute IRIs: exports expand them (ExpandIRI) and loads compact them
// back (CompactIRI).
var Namespaces = []Namespace{
	{Prefix, BaseIRI},
	{"rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"schema:", "http://schema.org/"},
	{"xsd:", "http://www.w3.org/2001/XMLSchema#"},
}

// ExpandIRI turns a short IRI of the store ("kg:Sergey_Lavrov",
// "rdf:type") into its absolute form; other IRIs are returned unchanged.
func ExpandIRI(iri string) string {
	for _, ns := range Namespaces {
		if strings.HasPrefix(iri, ns.Prefix) {
			return ns.IRI + iri[len(ns.Prefix):]
		}
	}
	return iri
}

// CompactIRI is the inverse of ExpandIRI: an absolute IRI in one of
// Namespaces becomes the store's short form; other IRIs are returned
// unchanged.
func CompactIRI(iri string) string {
	for _, ns := range Namespaces {
		if strings.HasPrefix(iri, ns.IRI) {
			return ns.Prefix + iri[len(ns.IRI):]
		}
	}
	return iri
}

// Predicates of the graph model, in the manner of quad's voc/rdf.
const (
	// Type links a node to its class, e.g. <kg:Person>.
	Type = "rdf:type"
	// Name is the canonical display name of an entity.
	Name = "schema:name"
	// Alias is any other surface form seen for an entity.
	Alias = Prefix + "alias"
	// Subtype refines an entity type (e.g. "international" for an organization).
	Subtype = Prefix + "subtype"
	// ISO is the ISO 3166-1 alpha-3 code of a country.
	ISO = Prefix + "iso"
	// Wikidata is the Wikidata item ID (Q...) of an entity, when known.
	Wikidata = Prefix + "wikidata"
	// Mentions links a document to each entity it mentions, in a quad
	// labelled with the document: an entity stays in the graph while some
	// document mentions it.
	Mentions = "schema:mentions"

	// Subject, Predicate and Object link a statement node to its parts.
	Subject   = Prefix + "subject"
	Predicate = Prefix + "predicate"
	Object    = Prefix + "object"
	// Argument links a statement node to a further argument (adjunct).
	Argument = Prefix + "argument"
	// InDocument links a statement node to the document it came from.
	InDocument = Prefix + "document"
	// Sentence is the text of the sentence a statement was read from.
	Sentence = Prefix + "sentence"
	// Start and End are the byte span of the sentence in the document text.
	Start = Prefix + "start"
	End   = Prefix + "end"
	// Verb is the open verb phrase as written ("had not agreed to move").
	Verb = Prefix + "verb"
	// PolarityP is "asserted" or "negated".
	PolarityP = Prefix + "polarity"
	// ModalityP is fact, intent, demand, hypothetical, hedged or future.
	ModalityP = Prefix + "modality"
	// Speaker links a statement to the entity that said it.
	Speaker = Prefix + "speaker"
	// EventDate is the ISO date the event happened (not the report date).
	EventDate = Prefix + "eventDate"
	// CAMEO, PLOVER, QuadClass and Goldstein code a statement as an event.
	CAMEO     = Prefix + "cameo"
	PLOVER    = Prefix + "plover"
	QuadClass = Prefix + "quadClass"
	Goldstein = Prefix + "goldstein"
	// Confidence is the extractor's confidence in [0, 1].
	Confidence = Prefix + "confidence"
	// KindP is "relation" or "role".
	KindP = Prefix + "kind"

	// Title, URL, Published, Author and Hash describe a document node.
	Title     = Prefix + "title"
	URL       = Prefix + "url"
	Published = Prefix + "published"
	Author    = Prefix + "author"
	Hash      = Prefix + "hash"
)

// Classes of nodes that are not entities.
const (
	ClassStatement = Prefix + "Statement"
	ClassDocument  = Prefix + "Document"
)

// Slug turns a name into the local part of an IRI: letters and digits kept,
// runs of anything else become one underscore ("Putin's inner circle" ->
// "Putin_s_inner_circle").
func Slug(name string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.TrimSpace(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	s := strings.Trim(b.String(), ".")
	if s == "" {
		return "_"
	}
	return s
}

// DocIRI is the IRI of a document node and the quad label of every edge read
// from that document.
func DocIRI(id string) string { return Prefix + "doc/" + Slug(id) }

// StatementIRI is the IRI of a statement node.
func StatementIRI(id string) string { return Prefix + "stmt/" + id }

// RelationIRI is the IRI of the predicate of an asserted edge ("kg:propose").
func RelationIRI(rel string) string { return Prefix + Slug(rel) }
