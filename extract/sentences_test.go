package extract

import (
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// sentenceCase is one made-up news sentence and what must (and must not)
// be read from it. Statements are written "Subject — predicate — object",
// subject and object by their canonical name (or text, for concepts);
// a trailing " ~" marks a statement that must exist but not as an asserted
// edge, " -" one that must be negated.
type sentenceCase struct {
	name, text string
	want       []string
	not        []string // asserted statements that must not appear
}

// TestSentences checks the constructions that the news set showed wrong,
// one sentence each (issue 14). The sentences are made up.
func TestSentences(t *testing.T) {
	p := newPipeline(t, WithDate("2019-05-02"))
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Document(t.Context(), schema.Document{ID: "t", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range ex.Statements {
				got = append(got, statementLine(s))
			}
			for _, w := range tc.want {
				if !hasStatement(ex.Statements, w) {
					t.Errorf("%q:\nmissing %s\ngot:\n  %s", tc.text, w, strings.Join(got, "\n  "))
				}
			}
			for _, w := range tc.not {
				if hasStatement(ex.Statements, w) {
					t.Errorf("%q:\nunwanted %s\ngot:\n  %s", tc.text, w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

var sentenceCases = []sentenceCase{
	{
		name: "titles and demonyms before names",
		text: "Dutch Prime Minister Mark Rutte met French President Emmanuel Macron in Paris.",
		want: []string{"Mark Rutte — meet — Emmanuel Macron", "Mark Rutte — member_of — Netherlands",
			"Emmanuel Macron — member_of — France", "Mark Rutte — hold_role — Prime Minister"},
	},
	{
		name: "perfect with a proper-noun subject",
		text: "Tony Blair has met Italian Prime Minister Silvio Berlusconi.",
		want: []string{"Tony Blair — meet — Silvio Berlusconi", "Silvio Berlusconi — member_of — Italy"},
	},
}

func statementLine(s schema.Statement) string {
	line := cmpOr(s.Subject.Name, s.Subject.Text) + " — " + s.Predicate + " — " + cmpOr(s.Object.Name, s.Object.Text)
	switch {
	case s.Polarity == schema.Negated:
		line += " -"
	case !s.IsAsserted():
		line += " ~"
	}
	return line
}

// hasStatement reports whether a statement reads as want: subject and
// predicate equal, the object's name or text equal to (or, for concepts,
// containing) want's object, and the same assertion mark.
func hasStatement(st []schema.Statement, want string) bool {
	mark := ""
	if w, ok := strings.CutSuffix(want, " ~"); ok {
		want, mark = w, " ~"
	} else if w, ok := strings.CutSuffix(want, " -"); ok {
		want, mark = w, " -"
	}
	parts := strings.Split(want, " — ")
	if len(parts) != 3 {
		return false
	}
	for _, s := range st {
		line := statementLine(s)
		if !strings.HasSuffix(line, mark) || mark == "" && (strings.HasSuffix(line, " ~") || strings.HasSuffix(line, " -")) {
			continue
		}
		if cmpOr(s.Subject.Name, s.Subject.Text) != parts[0] || s.Predicate != parts[1] {
			continue
		}
		if s.Object.Name == parts[2] || strings.Contains(strings.ToLower(s.Object.Text), strings.ToLower(parts[2])) {
			return true
		}
	}
	return false
}
