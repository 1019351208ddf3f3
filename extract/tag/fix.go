package tag

import (
	"strings"

	"github.com/kgraph/kgraph/extract/doc"
	wordlists "github.com/kgraph/kgraph/extract/lexicon"
)

// fixModal tags as a present-tense verb a word the tagger called a modal
// that is none: in "Uganda, Mozambique win debt rescheduling accord" the
// greedy tagger read "win" as MD. Modals are a closed class
// (extract/lexicon.Modals).
func fixModal(toks []doc.Token, lem *Lemmatizer, words []string) {
	for i := range toks {
		t := &toks[i]
		if t.XPOS != "MD" || wordlists.Modals.Has(strings.ToLower(words[i])) {
			continue
		}
		t.UPOS, t.XPOS = "VERB", "VBP"
		if i == 0 || toks[i-1].XPOS == "TO" || toks[i-1].XPOS == "MD" {
			t.XPOS = "VB"
		}
		t.Lemma = lem.Lemma(words[i], t.XPOS)
	}
}

// fixNominalAdjective tags as a proper noun a capitalized adjective after a
// determiner that modifies nothing: "Both the Cardinal and Archbishop of
// Canterbury Dr Rowan Williams appealed" (the tagger read "Cardinal" as an
// adjective, and the parse lost the subject).
func fixNominalAdjective(toks []doc.Token, words []string) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.XPOS != "JJ" || toks[i-1].XPOS != "DT" || words[i] == "" || words[i][0] < 'A' || words[i][0] > 'Z' {
			continue
		}
		switch n := toks[i+1].XPOS; {
		case n == "VBD" || n == "VBZ" || n == "VBP" || n == "MD",
			// "the Cardinal and Archbishop", not "the French and German governments"
			n == "CC" && i+2 < len(toks) && toks[i+2].XPOS == "NNP":
			t.UPOS, t.XPOS = "PROPN", "NNP"
		}
	}
}

// fixSubjunctive tags as a base-form verb (VB) the verb of a demanded
// clause after a name: in "the EC would insist that Japan boost imports"
// the tagger read "Japan boost imports" as one noun phrase, since a
// singular name is never followed by a bare verb elsewhere. A demand verb
// (extract/lexicon.DemandVerbs), "that", one to four name words, a word
// the lexicon knows as a verb and the start of its object.
func fixSubjunctive(toks []doc.Token, words []string) {
	for i := 0; i+4 < len(toks); i++ {
		if toks[i].UPOS != "VERB" || !wordlists.DemandVerbs.Has(strings.ToLower(toks[i].Lemma)) ||
			!strings.EqualFold(words[i+1], "that") {
			continue
		}
		k := i + 2
		for k < len(toks) && k-i-2 < 4 && (toks[k].XPOS == "NNP" || toks[k].XPOS == "NNPS") {
			k++
		}
		if k == i+2 || k+1 >= len(toks) {
			continue
		}
		t := &toks[k]
		lw := strings.ToLower(words[k])
		if t.XPOS != "NN" && t.XPOS != "VBP" || lw != words[k] || !baseVerb(lw) || !objectStart(toks[k+1].XPOS) {
			continue
		}
		t.UPOS, t.XPOS, t.Lemma = "VERB", "VB", lw
	}
}

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

// fixMainVerb tags as a past tense (VBD) a past participle (VBN) that can
// only be the sentence's main verb. The tagger, trained on web text full of
// fragments ("Highly recommended", "the form attached below"), reads a
// news sentence's main verb after its subject as a participle ("The debris
// formed a ring", "The United States and other Western governments called
// the referendum illegal"), and the parse then makes the verb a modifier
// of its subject. Two cases are unambiguous enough (on UD EWT dev and
// test and PUD the two rules right 26 tags for 5 they make wrong, in web
// fragments):
//   - the sentence opens with a noun phrase, then the participle, then the
//     start of an object: a passive participle seldom takes one;
//   - a sentence of 8 words or more has no finite verb, nor an imperative:
//     the first participle after a noun or pronoun, with no "be", "have"
//     or "get" before it, and no "by" after it, is its verb.
func fixMainVerb(toks []doc.Token, lem *Lemmatizer, words []string) {
	i := mainVerbAfterSubject(toks)
	if i < 0 {
		i = onlyVerb(toks)
	}
	if i >= 0 {
		toks[i].XPOS = "VBD"
		toks[i].Lemma = lem.Lemma(words[i], "VBD")
	}
	for _, k := range reportedVerbs(toks) {
		toks[k].XPOS = "VBD"
		toks[k].Lemma = lem.Lemma(words[k], "VBD")
	}
}

// reportedVerbs returns the participles that are the verb of a reported
// clause: a reporting verb, a name or pronoun, the participle and the
// start of its object ("Mr Abbas confirmed Israel shared information with
// the PA"); the tagger read "shared information" as a modifier of Israel.
// And a verb of saying or vowing after "and" in a sentence with a past
// tense before it ("Iran said several people were injured ... and vowed
// retaliation"): such verbs are seldom adjectives.
func reportedVerbs(toks []doc.Token) []int {
	var out []int
	past := false
	for i := 2; i+1 < len(toks); i++ {
		past = past || toks[i-2].XPOS == "VBD"
		if toks[i].XPOS != "VBN" || !objectStart(toks[i+1].XPOS) {
			continue
		}
		if l := strings.ToLower(toks[i].Lemma); past && toks[i-1].XPOS == "CC" &&
			(wordlists.Reporting.Has(l) || wordlists.StanceVerbs.Has(l)) {
			out = append(out, i)
			continue
		}
		switch toks[i-1].XPOS {
		case "NNP", "NNPS", "PRP":
		default:
			continue
		}
		if v := toks[i-2].XPOS; (v == "VBD" || v == "VBZ" || v == "VBP") && wordlists.Reporting.Has(strings.ToLower(toks[i-2].Lemma)) {
			out = append(out, i)
		}
	}
	return out
}

// mainVerbAfterSubject returns the participle of rule 1 of fixMainVerb, or -1.
func mainVerbAfterSubject(toks []doc.Token) int {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].XPOS {
		case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS", "CC", "HYPH":
			continue
		case "VBN":
			if i > 0 && nominal(toks[i-1].XPOS) && objectStart(toks[i+1].XPOS) {
				return i
			}
		}
		return -1
	}
	return -1
}

// onlyVerb returns the participle of rule 2 of fixMainVerb, or -1.
func onlyVerb(toks []doc.Token) int {
	if len(toks) < 8 {
		return -1
	}
	for i, t := range toks {
		switch t.XPOS {
		case "VBD", "VBP", "VBZ", "MD":
			return -1
		case "VB":
			if i == 0 || toks[i-1].XPOS != "TO" {
				return -1
			}
		}
	}
	for i := range toks {
		switch toks[i].Lemma {
		case "be", "have", "get", "become":
			return -1
		}
		if i > 0 && toks[i].XPOS == "VBN" && nominal(toks[i-1].XPOS) &&
			(i+1 == len(toks) || !strings.EqualFold(toks[i+1].Text, "by")) {
			return i
		}
	}
	return -1
}

func nominal(xpos string) bool {
	switch xpos {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

func objectStart(xpos string) bool {
	switch xpos {
	case "DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP":
		return true
	}
	return false
}
