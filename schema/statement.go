package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Polarity says whether a statement is asserted or negated/refused.
type Polarity string

const (
	Asserted Polarity = "asserted"
	Negated  Polarity = "negated"
)

// Modality says how a statement is meant.
type Modality string

const (
	Fact         Modality = "fact"
	Intent       Modality = "intent"
	Demand       Modality = "demand"
	Hypothetical Modality = "hypothetical"
	Hedged       Modality = "hedged"
	Future       Modality = "future"
)

// Kind separates events and statements between actors from standing
// attributes such as titles and memberships.
type Kind string

const (
	KindRelation Kind = "relation"
	KindRole     Kind = "role"
)

// Span is a half-open byte range [Start, End) of the document text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sector is the part of a country or organization that an argument
// describes rather than names, as CAMEO actor codes write it ("EC foreign
// ministers" are the European Community's government: IRNGOV, IRQMIL).
type Sector string

// The sectors.
const (
	Government  Sector = "GOV"
	Military    Sector = "MIL"
	Legislature Sector = "LEG"
	Police      Sector = "COP"
	Judiciary   Sector = "JUD"
	Opposition  Sector = "OPP"
	Rebels      Sector = "REB"
	Media       Sector = "MED"
	Business    Sector = "BUS"
	Civilians   Sector = "CVL"
)

// Arg is one argument of a statement: the text as written and, when it names
// an entity, that entity's IRI.
type Arg struct {
	Text string `json:"text"`
	// Entity is the IRI of the entity the argument resolves to; empty for a
	// plain noun phrase, which the graph stores as a Concept node.
	Entity string `json:"entity,omitempty"`
	// Name and Type are the canonical name and type of that entity, so that a
	// statement read back from JSON Lines is self-contained.
	Name string     `json:"name,omitempty"`
	Type EntityType `json:"type,omitempty"`
	// Prep is the preposition that introduced an adjunct argument ("in", "with").
	Prep string `json:"prep,omitempty"`
	// Span is the byte span of the argument's words in the document.
	Span Span `json:"span"`
	// Sector is set when the argument describes part of its entity rather
	// than naming it ("senior Iranian officials" are Iran's Government).
	Sector Sector `json:"sector,omitempty"`
}

// Statement is one subject–predicate–object fact with its provenance and
// meaning.
type Statement struct {
	ID      string `json:"id"`
	Subject Arg    `json:"subject"`
	// Predicate is the canonical relation name when one is known ("propose",
	// "hold_role"), otherwise the lemma of the verb phrase.
	Predicate string `json:"predicate"`
	// Verb is the open verb phrase as written ("had not agreed to move").
	Verb     string   `json:"verb"`
	Object   Arg      `json:"object"`
	Extra    []Arg    `json:"extra,omitempty"`
	Kind     Kind     `json:"kind"`
	Polarity Polarity `json:"polarity"`
	Modality Modality `json:"modality"`
	// Speaker is the IRI (or text, when unresolved) of who said it.
	Speaker string `json:"speaker,omitempty"`
	// EventDate is the ISO date (YYYY-MM-DD) of the event, when known.
	EventDate string `json:"event_date,omitempty"`

	CAMEO     string  `json:"cameo,omitempty"`
	PLOVER    string  `json:"plover,omitempty"`
	QuadClass int     `json:"quad_class,omitempty"`
	Goldstein float64 `json:"goldstein,omitempty"`

	Confidence float64 `json:"confidence"`

	Doc string `json:"doc"`
	// SentenceIndex counts sentences from 0 in the document.
	SentenceIndex int    `json:"sentence_index"`
	SentenceText  string `json:"sentence"`
	// SentenceSpan is the byte span of the sentence in the document.
	SentenceSpan Span `json:"span"`
}

// IsAsserted reports whether the statement may become an asserted edge:
// positive polarity and a plain factual modality. Negated, intended,
// demanded, hedged, hypothetical and future facts ("will visit", "is due
// to sign") stay statement nodes only (shared/gold/GUIDELINES.md: "~").
func (s *Statement) IsAsserted() bool {
	if s.Polarity == Negated {
		return false
	}
	switch s.Modality {
	case "", Fact:
		return true
	}
	return false
}

// StatementID derives a stable ID from a statement's document, position and
// content, so that extracting the same document twice gives the same IDs.
func StatementID(s *Statement) string {
	h := sha256.New()
	for _, p := range []string{s.Doc, strconv.Itoa(s.SentenceSpan.Start), s.Subject.Text, s.Subject.Entity,
		s.Predicate, s.Verb, s.Object.Text, s.Object.Entity, string(s.Polarity), string(s.Modality), string(s.Kind)} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
