package schema

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// EventsHeader is the header row of the table WriteEventsCSV writes.
var EventsHeader = []string{
	"event_date", "source", "source_name", "target", "target_name", "relation",
	"cameo", "root_code", "quad_class", "goldstein", "polarity", "modality",
	"speaker", "document", "published", "sentence", "verb", "confidence",
}

// WriteEventsCSV writes the statements that are coded as events (kind
// relation with a CAMEO code) as a GDELT-like CSV table with a header row,
// one event per row in the order given. docs maps document IDs to documents
// and supplies the published date; event_date falls back to the date part of
// it when the statement has no event date. Negated and non-factual events are
// kept, marked in the polarity and modality columns.
func WriteEventsCSV(w io.Writer, st []Statement, docs map[string]Document) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(EventsHeader); err != nil {
		return fmt.Errorf("write events header: %w", err)
	}
	for i := range st {
		s := &st[i]
		if s.CAMEO == "" || s.Kind == KindRole {
			continue
		}
		published := docs[s.Doc].Published
		date := s.EventDate
		if date == "" && len(published) >= 10 {
			date = published[:10]
		}
		root := s.CAMEO
		if len(root) > 2 {
			root = root[:2]
		}
		quad := s.QuadClass
		if quad == 0 {
			quad = QuadClassOf(s.CAMEO)
		}
		pol, mod := s.Polarity, s.Modality
		if pol == "" {
			pol = Asserted
		}
		if mod == "" {
			mod = Fact
		}
		rec := []string{
			date, argID(s.Subject), argName(s.Subject), argID(s.Object), argName(s.Object), s.Predicate,
			s.CAMEO, root, strconv.Itoa(quad), strconv.FormatFloat(s.Goldstein, 'f', 1, 64),
			string(pol), string(mod), s.Speaker, s.Doc, published,
			oneLine(s.SentenceText), s.Verb, strconv.FormatFloat(s.Confidence, 'f', 3, 64),
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write event %s: %w", s.ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

// argID is the entity IRI of an argument, or its concept IRI when it names
// no entity.
func argID(a Arg) string {
	if a.Entity != "" {
		return a.Entity
	}
	if a.Text == "" {
		return ""
	}
	return EntityIRI(Concept, a.Text, "")
}

func argName(a Arg) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

// oneLine folds the line breaks of a sentence into spaces, so that each event
// is one physical line of the table.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
