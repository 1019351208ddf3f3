package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kgraph/schema"
)

// Predicates the graph needs beyond schema's vocabulary, to read statements
// back as they were written (kgraph export --format jsonl).
const (
	// subjectText and objectText are the argument texts as written, when
	// they differ from the entity's name.
	subjectText = schema.Prefix + "subjectText"
	objectText  = schema.Prefix + "objectText"
	// sentenceIndex counts sentences from 0 in the document.
	sentenceIndex = schema.Prefix + "sentenceIndex"
	// argText, argEntity, argPrep, argStart and argEnd describe an extra
	// argument node (kg:stmt/ID/arg/N) that kg:argument links to.
	argText   = schema.Prefix + "text"
	argEntity = schema.Prefix + "entity"
	argPrep   = schema.Prefix + "prep"
	argStart  = schema.Prefix + "argStart"
	argEnd    = schema.Prefix + "argEnd"
	// subjectStart, subjectEnd, objectStart and objectEnd are the byte
	// spans of the subject's and the object's words, when known.
	subjectStart = schema.Prefix + "subjectStart"
	subjectEnd   = schema.Prefix + "subjectEnd"
	objectStart  = schema.Prefix + "objectStart"
	objectEnd    = schema.Prefix + "objectEnd"
	// subjectSector, objectSector and argSector are the sectors of
	// arguments that describe part of their entity ("Iranian officials").
	subjectSector = schema.Prefix + "subjectSector"
	objectSector  = schema.Prefix + "objectSector"
	argSector     = schema.Prefix + "sector"
)

// docQuads is everything one document adds to the graph: its own quads,
// labelled with its IRI (statements, edges, the document node, the entities
// it mentions and the aliases it gives them), and the shared, unlabelled
// quads that describe its entities (type, name, codes), which stay while
// some document mentions the entity.
type docQuads struct {
	iri    string // document IRI; "" for quads that belong to no document
	hash   string // content hash; "" when unknown (never skipped or replaced)
	own    []quad.Quad
	shared []quad.Quad
	// A large input is held compactly until it is written: when vals is
	// set, expand fills own and shared from cown and cshared.
	vals          *[]quad.Value
	cown, cshared []squad
}

// expand turns the compact form of d into quads.
func (d *docQuads) expand() {
	if d.vals == nil {
		return
	}
	mk := func(c []squad) []quad.Quad {
		out := make([]quad.Quad, len(c))
		for i, q := range c {
			out[i] = q.in(*d.vals)
		}
		return out
	}
	d.own, d.shared = append(d.own, mk(d.cown)...), append(d.shared, mk(d.cshared)...)
	d.vals, d.cown, d.cshared = nil, nil, nil
}

// validIRI reports whether s can be written as an N-Quads IRI.
func validIRI(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			return false
		}
	}
	return true
}

// argIRI is the node an argument points at: its entity, or a Concept node
// named by its text.
func argIRI(a *schema.Arg) string {
	if a.Entity != "" {
		return a.Entity
	}
	return schema.EntityIRI(schema.Concept, a.Text, "")
}

// checkArg validates one statement argument.
func checkArg(a *schema.Arg, what string) error {
	if strings.TrimSpace(a.Text) == "" && a.Entity == "" {
		return fmt.Errorf("%s has neither text nor entity", what)
	}
	if a.Entity != "" && !validIRI(a.Entity) {
		return fmt.Errorf("%s entity %q is not a valid IRI", what, a.Entity)
	}
	if a.Type != "" && !validIRI(a.Type.IRI()) {
		return fmt.Errorf("%s type %q is not a valid type", what, a.Type)
	}
	return nil
}

// checkStatement validates a statement and fills its ID and document when
// they are missing.
func checkStatement(st *schema.Statement, doc string) error {
	if st.Doc == "" {
		st.Doc = doc
	}
	if doc != "" && st.Doc != doc {
		return fmt.Errorf("statement %s belongs to document %q, not %q", st.ID, st.Doc, doc)
	}
	if st.Doc == "" {
		return fmt.Errorf("statement %s has no document", st.ID)
	}
	if strings.TrimSpace(st.Predicate) == "" {
		return fmt.Errorf("statement %s has no predicate", st.ID)
	}
	if st.ID == "" {
		st.ID = schema.StatementID(st)
	}
	if !validIRI(schema.StatementIRI(st.ID)) {
		return fmt.Errorf("statement id %q is not valid in an IRI", st.ID)
	}
	if err := checkArg(&st.Subject, "subject"); err != nil {
		return fmt.Errorf("statement %s: %w", st.ID, err)
	}
	if err := checkArg(&st.Object, "object"); err != nil {
		return fmt.Errorf("statement %s: %w", st.ID, err)
	}
	for i := range st.Extra {
		if err := checkArg(&st.Extra[i], fmt.Sprintf("argument %d", i+1)); err != nil {
			return fmt.Errorf("statement %s: %w", st.ID, err)
		}
	}
	if st.Speaker != "" && strings.HasPrefix(st.Speaker, schema.Prefix) && !validIRI(st.Speaker) {
		return fmt.Errorf("statement %s: speaker %q is not a valid IRI", st.ID, st.Speaker)
	}
	return nil
}

// entityQuads describes an entity of an extraction: shared quads for what
// it is, the document's own for the aliases it gives.
func entityQuads(e *schema.Entity, add, own func(s, p string, o quad.Value)) {
	if e.Type != "" {
		add(e.ID, schema.Type, iri(e.Type.IRI()))
	}
	if e.Name != "" {
		add(e.ID, schema.Name, str(e.Name))
	}
	for _, a := range e.Aliases {
		if a != "" && a != e.Name {
			own(e.ID, schema.Alias, str(a))
		}
	}
	if e.Subtype != "" {
		add(e.ID, schema.Subtype, str(e.Subtype))
	}
	if e.ISO != "" {
		add(e.ID, schema.ISO, str(e.ISO))
	}
	if e.Wikidata != "" {
		add(e.ID, schema.Wikidata, str(e.Wikidata))
	}
}

// argQuads describes the node an argument points at, when the extraction's
// entity list does not. An argument without a canonical name contributes its
// text as an alias (the document's own quad), never as a second name.
func argQuads(a *schema.Arg, known map[string]bool, add, own func(s, p string, o quad.Value)) {
	id := argIRI(a)
	if a.Entity == "" {
		add(id, schema.Type, iri(schema.Concept.IRI()))
		add(id, schema.Name, str(strings.TrimSpace(a.Text)))
		return
	}
	if !known[id] {
		if a.Type != "" {
			add(id, schema.Type, iri(a.Type.IRI()))
		}
		if a.Name != "" {
			add(id, schema.Name, str(a.Name))
		}
	}
	if a.Text != "" && a.Text != a.Name {
		own(id, schema.Alias, str(a.Text))
	}
}

// checkEntity validates an entity of an extraction.
func checkEntity(e *schema.Entity) error {
	if !validIRI(e.ID) {
		return fmt.Errorf("entity %q: id %q is not a valid IRI", e.Name, e.ID)
	}
	if e.Type != "" && !validIRI(e.Type.IRI()) {
		return fmt.Errorf("entity %q: type %q is not a valid type", e.Name, e.Type)
	}
	return nil
}

// buildDoc validates an extraction and turns it into quads. It writes
// nothing; st IDs and Doc fields are filled on a copy.
func buildDoc(ex *schema.Extraction, hash string) (docQuads, error) {
	d := &ex.Document
	if strings.TrimSpace(d.ID) == "" {
		return docQuads{}, fmt.Errorf("document without id")
	}
	doc := schema.DocIRI(d.ID)
	if !validIRI(doc) {
		return docQuads{}, fmt.Errorf("document id %q is not valid in an IRI", d.ID)
	}
	out := docQuads{iri: doc, hash: hash}
	label := iri(doc)
	own := func(s, p string, o quad.Value) {
		out.own = append(out.own, quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o, Label: label})
	}
	shared := func(s, p string, o quad.Value) {
		out.shared = append(out.shared, quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o})
	}

	own(doc, schema.Type, iri(schema.ClassDocument))
	if d.Title != "" {
		own(doc, schema.Title, str(d.Title))
	}
	if d.URL != "" {
		own(doc, schema.URL, str(d.URL))
	}
	if d.Published != "" {
		own(doc, schema.Published, str(d.Published))
	}
	if d.Author != "" {
		own(doc, schema.Author, str(d.Author))
	}
	own(doc, schema.Hash, str(hash))

	known := make(map[string]bool, len(ex.Entities))
	for i := range ex.Entities {
		e := &ex.Entities[i]
		if err := checkEntity(e); err != nil {
			return docQuads{}, err
		}
		known[e.ID] = true
		own(doc, schema.Mentions, iri(e.ID))
		entityQuads(e, shared, own)
	}
	for i := range ex.Statements {
		st := ex.Statements[i]
		if err := checkStatement(&st, d.ID); err != nil {
			return docQuads{}, err
		}
		statementQuads(&st, doc, own)
		argQuads(&st.Subject, known, shared, own)
		argQuads(&st.Object, known, shared, own)
		for j := range st.Extra {
			if st.Extra[j].Entity != "" || st.Extra[j].Text != "" {
				argQuads(&st.Extra[j], known, shared, own)
			}
		}
	}
	return out, nil
}

// statementQuads adds the statement node and, for an asserted statement, the
// edge between its subject and object.
func statementQuads(st *schema.Statement, doc string, add func(s, p string, o quad.Value)) {
	id := schema.StatementIRI(st.ID)
	subj, obj, rel := argIRI(&st.Subject), argIRI(&st.Object), schema.RelationIRI(st.Predicate)
	if st.IsAsserted() {
		add(subj, rel, iri(obj))
	}
	add(id, schema.Type, iri(schema.ClassStatement))
	add(id, schema.Subject, iri(subj))
	add(id, schema.Predicate, iri(rel))
	add(id, schema.Object, iri(obj))
	add(id, schema.InDocument, iri(doc))
	if st.Subject.Text != "" && st.Subject.Text != st.Subject.Name {
		add(id, subjectText, str(st.Subject.Text))
	}
	if st.Object.Text != "" && st.Object.Text != st.Object.Name {
		add(id, objectText, str(st.Object.Text))
	}
	if st.SentenceText != "" {
		add(id, schema.Sentence, str(st.SentenceText))
	}
	if sp := st.Subject.Span; sp != (schema.Span{}) {
		add(id, subjectStart, quad.Int(sp.Start))
		add(id, subjectEnd, quad.Int(sp.End))
	}
	if sp := st.Object.Span; sp != (schema.Span{}) {
		add(id, objectStart, quad.Int(sp.Start))
		add(id, objectEnd, quad.Int(sp.End))
	}
	add(id, sentenceIndex, quad.Int(st.SentenceIndex))
	add(id, schema.Start, quad.Int(st.SentenceSpan.Start))
	add(id, schema.End, quad.Int(st.SentenceSpan.End))
	opt := func(p, v string) {
		if v != "" {
			add(id, p, str(v))
		}
	}
	opt(subjectSector, string(st.Subject.Sector))
	opt(objectSector, string(st.Object.Sector))
	opt(schema.Verb, st.Verb)
	opt(schema.PolarityP, string(st.Polarity))
	opt(schema.ModalityP, string(st.Modality))
	opt(schema.KindP, string(st.Kind))
	if st.Speaker != "" {
		if strings.HasPrefix(st.Speaker, schema.Prefix) {
			add(id, schema.Speaker, iri(st.Speaker))
		} else {
			add(id, schema.Speaker, str(st.Speaker))
		}
	}
	opt(schema.EventDate, st.EventDate)
	opt(schema.CAMEO, st.CAMEO)
	opt(schema.PLOVER, st.PLOVER)
	if st.QuadClass != 0 {
		add(id, schema.QuadClass, quad.Int(st.QuadClass))
	}
	if st.CAMEO != "" || st.Goldstein != 0 {
		add(id, schema.Goldstein, quad.Float(st.Goldstein))
	}
	add(id, schema.Confidence, quad.Float(st.Confidence))
	for i := range st.Extra {
		a := &st.Extra[i]
		node := fmt.Sprintf("%s/arg/%d", id, i)
		add(id, schema.Argument, iri(node))
		opt2 := func(p, v string) {
			if v != "" {
				add(node, p, str(v))
			}
		}
		if a.Text != a.Name {
			opt2(argText, a.Text)
		}
		if a.Entity != "" || a.Text != "" {
			add(node, argEntity, iri(argIRI(a)))
		}
		opt2(argPrep, a.Prep)
		opt2(argSector, string(a.Sector))
		add(node, argStart, quad.Int(a.Span.Start))
		add(node, argEnd, quad.Int(a.Span.End))
	}
}

// statementsHash is the content hash of a document read from JSON Lines,
// which carries statements but not the text: the statements themselves,
// sorted by ID.
func statementsHash(sts []schema.Statement) string {
	sorted := append([]schema.Statement(nil), sts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	h := sha256.New()
	enc := json.NewEncoder(h)
	for i := range sorted {
		_ = enc.Encode(&sorted[i]) // writing to a hash cannot fail
	}
	return "statements:" + hex.EncodeToString(h.Sum(nil))
}
