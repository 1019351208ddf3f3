package clause

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
	"github.com/kgraph/kgraph/schema"
)

// Statements converts clauses to statements with their provenance. The
// predicate is the clause's lemma phrase and the modality is fact; the event
// coder refines both. Clauses without a subject or object are skipped.
func Statements(d *doc.Doc, cs []Clause) []schema.Statement {
	out := make([]schema.Statement, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		if c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
			continue
		}
		if c.Subject.Empty() && len(c.Objects) == 0 {
			continue
		}
		sn := &d.Sentences[c.Sentence]
		st := schema.Statement{
			Subject:       arg(d, sn, &c.Subject),
			Predicate:     c.Predicate,
			Verb:          c.VerbText,
			Kind:          schema.KindRelation,
			Polarity:      schema.Asserted,
			Modality:      schema.Fact,
			Confidence:    c.Confidence,
			Doc:           d.ID,
			SentenceIndex: c.Sentence,
			SentenceSpan:  schema.Span{Start: sn.Start, End: sn.End},
		}
		if st.Verb == "" {
			st.Verb = c.Predicate
		}
		if 0 <= sn.Start && sn.Start <= sn.End && sn.End <= len(d.Text) {
			st.SentenceText = d.Text[sn.Start:sn.End]
		}
		if c.Negated {
			st.Polarity = schema.Negated
		}
		if len(c.Objects) > 0 {
			st.Object = arg(d, sn, &c.Objects[0])
			for k := 1; k < len(c.Objects); k++ {
				st.Extra = append(st.Extra, arg(d, sn, &c.Objects[k]))
			}
		}
		for k := range c.Adjuncts {
			st.Extra = append(st.Extra, arg(d, sn, &c.Adjuncts[k]))
		}
		if c.Speaker != nil {
			st.Speaker = c.Speaker.Entity
			if st.Speaker == "" {
				st.Speaker = c.Speaker.Text
			}
		}
		st.ID = schema.StatementID(&st)
		out = append(out, st)
	}
	return out
}

func arg(d *doc.Doc, sn *doc.Sentence, a *Arg) schema.Arg {
	out := schema.Arg{Text: a.Text, Entity: a.Entity, Prep: a.Prep}
	if a.Start >= 0 && a.Start < a.End && a.End <= len(sn.Tokens) {
		out.Span = schema.Span{Start: sn.Tokens[a.Start].Start, End: sn.Tokens[a.End-1].End}
	}
	if e := d.Entities[a.Entity]; e != nil && a.Entity != "" {
		out.Name, out.Type = e.Name, e.Type
	}
	return out
}

// WriteCarb writes the clauses of d in CaRB's system format, one extraction
// a line: sentence, confidence, relation, then the arguments in surface
// order (subject first, then objects, then adjuncts with their
// prepositions). The sentence is the document text on one line. Clauses with
// fewer than two arguments are left out, since the benchmark never gives one.
func WriteCarb(w io.Writer, d *doc.Doc, cs []Clause) error {
	bw := bufio.NewWriter(w)
	sentence := oneLine(d.Text)
	for i := range cs {
		c := &cs[i]
		if c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
			continue
		}
		toks := d.Sentences[c.Sentence].Tokens
		rel, core, adj := carbTuple(toks, c)
		if rel == "" || len(core)+len(adj) < 2 {
			continue
		}
		var b strings.Builder
		b.WriteString(sentence)
		b.WriteByte('\t')
		b.WriteString(strconv.FormatFloat(c.Confidence, 'f', 4, 64))
		b.WriteByte('\t')
		b.WriteString(rel)
		for _, a := range append(core, adj...) {
			b.WriteByte('\t')
			b.WriteString(a)
		}
		b.WriteByte('\n')
		if _, err := bw.WriteString(b.String()); err != nil {
			return fmt.Errorf("write carb: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write carb: %w", err)
	}
	return nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// carbTuple returns the surface relation and arguments of a clause.
func carbTuple(toks []doc.Token, c *Clause) (rel string, core, adjs []string) {
	text := func(a *Arg) string { return oneLine(tokText(toks, a)) }
	switch {
	case c.Origin == OriginAppos:
		rel = "is"
	case len(c.Relation) > 0:
		rel = joinToks(toks, c.Relation)
	default:
		rel = joinToks(toks, c.VerbChain)
	}
	if rel == "" {
		rel = c.Predicate
	}
	if c.Origin == OriginAcl && c.Passive && len(c.Objects) > 0 && c.Objects[0].Head >= 0 && c.Objects[0].Head < len(toks) {
		// "elections monitored by X": the benchmark writes "are monitored by".
		be := "is"
		if x := toks[c.Objects[0].Head].XPOS; x == "NNS" || x == "NNPS" {
			be = "are"
		}
		rel = be + " " + rel
	}
	var args []string
	objs := c.Objects
	adj := c.Adjuncts
	if c.Passive {
		// Surface order: the patient first, then "by" the agent.
		if len(objs) == 0 {
			return "", nil, nil
		}
		args = append(args, text(&objs[0]))
		objs = objs[1:]
		if !c.Subject.Empty() {
			args = append(args, text(&c.Subject))
		} else if len(objs) == 0 && len(adj) > 0 && adj[0].Prep != "" && !temporalTok(toks, adj[0].Head) {
			// "was formed in 1941": the first prepositional phrase.
			rel += " " + adj[0].Prep
			args = append(args, text(&adj[0]))
			adj = adj[1:]
		}
	} else {
		if c.Subject.Empty() {
			return "", nil, nil
		}
		args = append(args, text(&c.Subject))
	}
	for k := range objs {
		if t := text(&objs[k]); t != "" {
			args = append(args, t)
		}
	}
	for k := range adj {
		t := text(&adj[k])
		if t == "" {
			continue
		}
		if adj[k].Prep != "" && !strings.HasPrefix(t, adj[k].Prep+" ") {
			t = prepText(toks, &adj[k]) + t
		}
		adjs = append(adjs, t)
	}
	return rel, args, adjs
}

// prepText returns the surface preposition words in front of an adjunct.
func prepText(toks []doc.Token, a *Arg) string {
	var b strings.Builder
	for i := range toks {
		if toks[i].Head == a.Head && i < a.Head && strings.HasPrefix(strings.ToLower(toks[i].Dep), "case") {
			b.WriteString(toks[i].Text)
			b.WriteByte(' ')
			for j := i + 1; j < len(toks) && j < a.Head; j++ {
				if toks[j].Head == i && strings.ToLower(toks[j].Dep) == "fixed" {
					b.WriteString(toks[j].Text)
					b.WriteByte(' ')
				}
			}
		}
	}
	if b.Len() == 0 {
		return a.Prep + " "
	}
	return b.String()
}

func tokText(toks []doc.Token, a *Arg) string {
	if len(a.Tokens) > 0 {
		return joinToks(toks, a.Tokens)
	}
	if a.Start >= 0 && a.Start < a.End && a.End <= len(toks) {
		var b strings.Builder
		for i := a.Start; i < a.End; i++ {
			if i > a.Start {
				b.WriteByte(' ')
			}
			b.WriteString(toks[i].Text)
		}
		return b.String()
	}
	return a.Text
}

func joinToks(toks []doc.Token, idx []int) string {
	var b strings.Builder
	for k, i := range idx {
		if i < 0 || i >= len(toks) {
			continue
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text)
	}
	return b.String()
}

func temporalTok(toks []doc.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	l := strings.ToLower(toks[i].Lemma)
	if l == "" {
		l = strings.ToLower(toks[i].Text)
	}
	return lexicon.TemporalNouns.Has(l)
}
