package tag

import "github.com/kgraph/kgraph/extract/doc"

// fixPerfect tags "have" as AUX when a past participle follows it, with
// only adverbs between ("has met", "had not agreed", "have already
// signed"): in the treebank the perfect's "have" is always AUX, but the
// greedy tagger, which cannot see the participle's tag, calls it VERB after
// a proper noun ("Blair has met Berlusconi"), and the parse then hangs the
// sentence on "has".
func fixPerfect(toks []doc.Token) {
	for i := range toks {
		t := &toks[i]
		if t.UPOS != "VERB" || t.Lemma != "have" {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].UPOS == "ADV" || toks[j].UPOS == "PART" && toks[j].XPOS == "RB") {
			j++
		}
		if j < len(toks) && toks[j].XPOS == "VBN" {
			t.UPOS = "AUX"
		}
	}
}
