package extract

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"

	"golang.org/x/sync/errgroup"

	"github.com/kgraph/kgraph/extract/clause"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/entity"
	"github.com/kgraph/kgraph/extract/event"
	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/extract/ner"
	"github.com/kgraph/kgraph/extract/parse"
	"github.com/kgraph/kgraph/extract/tag"
	"github.com/kgraph/kgraph/extract/text"
	"github.com/kgraph/kgraph/schema"
)

// Pipeline holds the loaded models. It is safe for concurrent use; its
// stages keep no state across documents.
type Pipeline struct {
	tagger   *tag.Tagger
	parser   *parse.Parser
	ner      *ner.Recognizer
	resolver *entity.Resolver

	workers      int
	pretokenized bool
	date         string

	// External dictionaries (dictionary.go).
	coder     *event.Coder
	coderOpts []event.CoderOption
	actors    []gazetteer.Extra
	optErr    error
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithWorkers sets how many documents are extracted at once (default: the
// number of CPUs).
func WithWorkers(n int) Option {
	return func(p *Pipeline) {
		if n > 0 {
			p.workers = n
		}
	}
}

// WithPretokenized makes the pipeline treat each document as one sentence of
// space-separated tokens (benchmark input such as CaRB's), instead of
// segmenting running text.
func WithPretokenized(on bool) Option { return func(p *Pipeline) { p.pretokenized = on } }

// WithDate sets the publication date (YYYY-MM-DD) used for documents that
// carry none, to resolve "Sunday" and "March 16".
func WithDate(date string) Option { return func(p *Pipeline) { p.date = date } }

// New loads the embedded models once (the tagger's, parser's and
// recognizer's weights are used in place from the binary; the tables are
// read side by side).
func New(opts ...Option) (*Pipeline, error) {
	p := &Pipeline{workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		o(p)
	}
	if p.optErr != nil {
		return nil, p.optErr
	}
	p.coder = event.NewCoder(p.coderOpts...)
	var g errgroup.Group
	g.Go(func() (err error) {
		if p.tagger, err = tag.Load(); err != nil {
			return fmt.Errorf("load tagger: %w", err)
		}
		if p.parser, err = parse.Load(); err != nil {
			return fmt.Errorf("load parser: %w", err)
		}
		if p.ner, err = ner.Load(); err != nil {
			return fmt.Errorf("load entity recognizer: %w", err)
		}
		return nil
	})
	g.Go(func() (err error) {
		if p.resolver, err = newResolver(p.actors); err != nil {
			return fmt.Errorf("load gazetteer: %w", err)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return p, nil
}

// datePattern finds an ISO date in a document ID or file name
// ("kerry-lavrov-paris-2014-03-30").
var datePattern = regexp.MustCompile(`(19|20)\d\d-[01]\d-[0-3]\d`)

// Annotate runs the linguistic stages over one document: sentences and
// tokens, tags, parse, entity mentions, roles and coreference.
func (p *Pipeline) Annotate(d schema.Document) *doc.Doc {
	ad, _ := p.annotate(context.Background(), d)
	return ad
}

// annotate is Annotate, stopping between sentences once ctx is done, so
// that even a huge document gives way within a fraction of a second.
func (p *Pipeline) annotate(ctx context.Context, d schema.Document) (*doc.Doc, error) {
	if d.Published == "" {
		d.Published = p.date
	}
	if d.Published == "" {
		d.Published = datePattern.FindString(d.ID)
	}
	ad := &doc.Doc{Document: d}
	if p.pretokenized {
		ad.Sentences = text.SegmentTokens(d.Text)
	} else {
		ad.Sentences = text.Segment(d.Text)
	}
	truecase(ad)
	for si := range ad.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p.tagger.Tag(&ad.Sentences[si])
	}
	// The recognizer reads the whole document: a word capitalized mid-sentence
	// elsewhere tells it about a headline or sentence-initial one.
	names, err := p.ner.RecognizeDocContext(ctx, ad)
	if err != nil {
		return nil, err
	}
	// A first resolution finds the name units that the parser sees as one
	// word (collapse.go); the second, over the parse, resolves coreference.
	p.resolver.ResolveNames(ad, names)
	for si := range ad.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p.parseUnits(&ad.Sentences[si], p.resolver.Units(ad, si))
		clause.RepairParse(&ad.Sentences[si])
	}
	p.resolver.Resolve(ad, names)
	return ad, ctx.Err()
}

// Clauses annotates a document and reads its clauses.
func (p *Pipeline) Clauses(d schema.Document) (*doc.Doc, []clause.Clause) {
	ad := p.Annotate(d)
	return ad, clause.Extract(ad)
}

// clauses is clause.Extract, stopping between sentences once ctx is done.
func clauses(ctx context.Context, ad *doc.Doc) ([]clause.Clause, error) {
	// Collect each sentence's clauses first, then copy them once into a
	// slice of the right size: Clause is large, and growing one slice by
	// append copied and allocated it about twice.
	per := make([][]clause.Clause, len(ad.Sentences))
	n := 0
	for si := range ad.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		per[si] = clause.ExtractSentence(ad, si)
		n += len(per[si])
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]clause.Clause, 0, n)
	for _, cs := range per {
		for i := range cs {
			if cs[i].Parent >= 0 {
				cs[i].Parent += len(out)
			}
		}
		out = append(out, cs...)
	}
	return out, nil
}

// Document extracts one document's entities and statements. It returns
// ctx's error, without an extraction, when ctx is done before the end.
func (p *Pipeline) Document(ctx context.Context, d schema.Document) (schema.Extraction, error) {
	ad, err := p.annotate(ctx, d)
	if err != nil {
		return schema.Extraction{}, err
	}
	cs, err := clauses(ctx, ad)
	if err != nil {
		return schema.Extraction{}, err
	}
	st := p.coder.Code(ad, cs)
	roles := entity.RoleStatements(ad)
	if err := ctx.Err(); err != nil {
		return schema.Extraction{}, err
	}
	return assemble(ad, st, roles), nil
}

// assemble orders the statements of the clauses, st, and of the roles,
// by position, resolves first-person speakers, drops statements about
// unresolved pronouns and duplicates, and lists the document's entities.
// The statements kept are written over st, which the filter has already
// read (appending roles to st first copied every statement).
func assemble(ad *doc.Doc, st, roles []schema.Statement) schema.Extraction {
	speakers := sentenceSpeakers(ad, st, roles)
	seen := make(map[string]bool, len(st)+len(roles))
	out := st[:0]
	for _, part := range [2][]schema.Statement{st, roles} {
		for _, s := range part {
			if s.Object.Text == "" && s.Object.Entity == "" {
				// Subject-verb clauses ("the meeting ended") relate no two
				// things: the graph has no place for them.
				continue
			}
			// "I will return to Washington," Kerry said: I is the speaker.
			for _, a := range []*schema.Arg{&s.Subject, &s.Object} {
				if sp, ok := speakers[s.SentenceIndex]; ok && firstPerson(a) {
					a.Entity, a.Name, a.Type = sp.ID, sp.Name, sp.Type
					s.ID = ""
				}
			}
			if isPronoun(&s.Subject) || isPronoun(&s.Object) {
				continue
			}
			// "Russia sends more forces into Ukraine... Russia" read as Russia
			// entering Russia: an entity related to itself is a misreading,
			// unless one side is a part of it ("Russia moved Russian troops"),
			// which then stays the phrase it is.
			if s.Subject.Entity != "" && s.Subject.Entity == s.Object.Entity && (s.Subject.Sector != "" || s.Object.Sector != "") {
				undescribe(&s.Subject, &s.Object)
				s.ID = ""
			}
			if s.Subject.Entity != "" && s.Subject.Entity == s.Object.Entity {
				continue
			}
			canonArg(&s.Subject)
			canonArg(&s.Object)
			for i := range s.Extra {
				canonArg(&s.Extra[i])
			}
			if s.ID == "" {
				s.ID = schema.StatementID(&s)
			}
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b schema.Statement) int {
		return cmp.Or(cmp.Compare(a.SentenceIndex, b.SentenceIndex), cmp.Compare(a.Subject.Span.Start, b.Subject.Span.Start))
	})
	ents := make([]schema.Entity, 0, len(ad.Entities))
	for _, e := range ad.Entities {
		ents = append(ents, *e)
	}
	slices.SortFunc(ents, func(a, b schema.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return schema.Extraction{Document: ad.Document, Entities: ents, Statements: out}
}

// undescribe turns the argument that describes part of an actor back into
// the phrase it is, when the other side is that actor itself.
func undescribe(a, b *schema.Arg) {
	for _, x := range []*schema.Arg{b, a} {
		if x.Sector != "" {
			x.Entity, x.Name, x.Type, x.Sector = "", "", "", ""
			return
		}
	}
}

// Source produces documents by calling yield for each; it returns when done.
type Source func(yield func(schema.Document) error) error

// Run extracts every document from src with bounded parallelism and hands
// the results to sink in input order. Errors from sink or ctx stop the run;
// an error from src is returned after the documents it did produce are done
// (so that a bad input among good ones still lets the good ones through).
func (p *Pipeline) Run(ctx context.Context, src Source, sink func(schema.Extraction) error) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.workers + 1) // +1 for the writer
	// Documents done while the writer waits for an earlier, longer one wait
	// in slots; room for a few per worker keeps every worker busy behind a
	// long document (with room for one per worker, all but one would idle).
	slots := make(chan chan schema.Extraction, 4*p.workers)
	g.Go(func() error {
		for ch := range slots {
			select {
			case <-gctx.Done():
				return gctx.Err()
			case ex := <-ch:
				if err := sink(ex); err != nil {
					return err
				}
			}
		}
		return nil
	})
	srcErr := src(func(d schema.Document) error {
		ch := make(chan schema.Extraction, 1)
		select {
		case slots <- ch:
		case <-gctx.Done():
			return gctx.Err()
		}
		g.Go(func() error {
			ex, err := p.Document(gctx, d)
			if err != nil {
				return err
			}
			ch <- ex
			return nil
		})
		return nil
	})
	close(slots)
	if err := g.Wait(); err != nil {
		return err
	}
	if srcErr != nil && !errors.Is(srcErr, context.Canceled) {
		return srcErr
	}
	return ctx.Err()
}

// sentenceSpeakers finds, for each sentence, the one person who speaks in it
// ("...," Kerry said): the subject of its reporting statements, when they
// agree on a single person entity.
func sentenceSpeakers(ad *doc.Doc, st, roles []schema.Statement) map[int]*schema.Entity {
	found := map[int]string{}
	for _, part := range [2][]schema.Statement{st, roles} {
		for i := range part {
			s := &part[i]
			id := s.Speaker
			if s.Predicate == schema.RelSay && s.Subject.Entity != "" {
				id = s.Subject.Entity
			}
			e := ad.Entities[id]
			if e == nil || e.Type != schema.Person {
				continue
			}
			if prev, ok := found[s.SentenceIndex]; ok && prev != id {
				found[s.SentenceIndex] = "" // two speakers: ambiguous
				continue
			}
			found[s.SentenceIndex] = id
		}
	}
	out := map[int]*schema.Entity{}
	for si, id := range found {
		if id != "" {
			out[si] = ad.Entities[id]
		}
	}
	// A quotation that runs over several sentences has one speaker: the
	// one its attribution names ("Mr Blair said: \"... . ... .\"").
	for _, block := range quotations(ad) {
		var sp *schema.Entity
		for _, si := range block {
			if e := out[si]; e != nil {
				if sp != nil && sp != e {
					sp = nil
					break
				}
				sp = e
			}
		}
		for _, si := range block {
			if sp != nil && out[si] == nil {
				out[si] = sp
			}
		}
	}
	return out
}

// quotations groups the sentences that one quotation spans: a sentence
// that opens a quotation it does not close, the sentences inside it, and
// the one that closes it. Sentences outside quotations are in no group.
func quotations(ad *doc.Doc) [][]int {
	var blocks [][]int
	var cur []int
	open := false
	for si := range ad.Sentences {
		startsOpen := open
		for i := range ad.Sentences[si].Tokens {
			switch ad.Sentences[si].Tokens[i].Quote() {
			case 1:
				open = true
			case -1:
				open = false
			}
		}
		switch {
		case startsOpen || open:
			cur = append(cur, si)
		}
		if !open && len(cur) > 0 {
			if len(cur) > 1 {
				blocks = append(blocks, cur)
			}
			cur = nil
		}
	}
	return blocks
}
