package clause

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
)

// RepairParse corrects, in the sentence's tokens, misreadings of the parse
// that every later stage should see the same way: the entity stage resolves
// pronouns by their relation, the clause and event stages read clauses
// from it. The pipeline calls it right after parsing.
//
// An "it" taken for an expletive is the subject when its verb is none an
// expletive goes with: "Japan warned the United States it may take
// retaliatory measures" (Japan may), not "it is likely that".
func RepairParse(sn *doc.Sentence) {
	toks := sn.Tokens
	for i := range toks {
		t := &toks[i]
		h := t.Head
		if t.Dep != "expl" || !strings.EqualFold(t.Text, "it") || h < i || h >= len(toks) || toks[h].UPOS != "VERB" {
			continue
		}
		if lexicon.ExpletiveVerbs.Has(strings.ToLower(toks[h].Text)) {
			continue
		}
		expletive := false
		for k := range toks {
			d := toks[k].Dep
			if toks[k].Head == h && (strings.HasPrefix(d, "aux") || d == "cop") && lexicon.ExpletiveVerbs.Has(strings.ToLower(toks[k].Text)) {
				expletive = true
			}
		}
		if !expletive {
			t.Dep = "nsubj"
		}
	}
}
