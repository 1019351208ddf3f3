package extract

import (
	"fmt"
	"io"

	"github.com/kgraph/kgraph/extract/entity"
	"github.com/kgraph/kgraph/extract/event"
	"github.com/kgraph/kgraph/extract/gazetteer"
)

// readerName names a dictionary reader in error messages: the file name of
// an *os.File, else what.
func readerName(r io.Reader, what string) string {
	if n, ok := r.(interface{ Name() string }); ok {
		return n.Name()
	}
	return what
}

// WithVerbDictionary reads a PETRARCH-format verb dictionary
// (PETR.Validate.verbs.txt, a CAMEO.2.0-style file) whose codes come ahead
// of the built-in ones: a verb it lists is coded by it alone, including
// paired codes ("032:033") that also give the reverse event. Several
// dictionaries are consulted in the order given. A malformed dictionary
// makes New fail.
func WithVerbDictionary(r io.Reader) Option {
	return func(p *Pipeline) {
		if p.optErr != nil {
			return
		}
		v, err := event.ParseVerbs(r, readerName(r, "verb dictionary"))
		if err != nil {
			p.optErr = fmt.Errorf("verb dictionary: %w", err)
			return
		}
		p.coderOpts = append(p.coderOpts, event.WithVerbs(v))
	}
}

// WithoutBuiltinVerbs makes the verb dictionaries given with
// WithVerbDictionary the only source of event codes (as PETRARCH codes with
// its own dictionaries): verbs they do not list, light-verb nouns and
// nominal events give no code.
func WithoutBuiltinVerbs() Option {
	return func(p *Pipeline) { p.coderOpts = append(p.coderOpts, event.WithoutBuiltinVerbs()) }
}

// WithActors layers external actors over the embedded gazetteer: the
// recognizer finds their forms and resolves them to the extras' entries
// (entity IRI gazetteer.Entry.IRI), ahead of built-in entries for the same
// words.
func WithActors(extras ...gazetteer.Extra) Option {
	return func(p *Pipeline) { p.actors = append(p.actors, extras...) }
}

// WithActorDictionary reads a PETRARCH-format actor dictionary
// (PETR.Validate.actors.txt; see gazetteer.ParsePETRARCH) and adds its
// actors as with WithActors. A malformed dictionary makes New fail.
func WithActorDictionary(r io.Reader) Option {
	return func(p *Pipeline) {
		if p.optErr != nil {
			return
		}
		es, err := gazetteer.ParsePETRARCH(r, readerName(r, "actor dictionary"))
		if err != nil {
			p.optErr = fmt.Errorf("actor dictionary: %w", err)
			return
		}
		p.actors = append(p.actors, es...)
	}
}

// newResolver returns the entity resolver over the embedded gazetteer,
// extended with the actors when there are any.
func newResolver(actors []gazetteer.Extra) (*entity.Resolver, error) {
	if len(actors) == 0 {
		return entity.New()
	}
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return entity.NewWithGazetteer(g.Extend(actors)), nil
}
