// Package doc holds the annotated document that the extraction stages pass
// from one to the next: sentences, tokens with byte offsets, tags, the
// dependency parse and entity mentions. Each stage fills in its own fields.
package doc

import (
	"sort"

	"github.com/kgraph/kgraph/schema"
)

// Token is one word or punctuation mark.
type Token struct {
	// Text is the token as it appears in the document (Doc.Text[Start:End]),
	// except that the tokenizer may normalize quotes for the models in Norm.
	Text string
	// Norm is the form the models see (e.g. "``" for an opening quote); equal
	// to Text when there is nothing to normalize.
	Norm       string
	Start, End int // byte offsets into the document text
	// SpaceAfter reports whether whitespace follows the token.
	SpaceAfter bool

	UPOS  string // universal POS tag (NOUN, VERB, PROPN, ...)
	XPOS  string // Penn Treebank tag (NN, VBD, NNP, ...)
	Lemma string

	// Head is the index of the head token within the sentence, -1 for root.
	Head int
	// Dep is the Universal Dependencies relation to the head (nsubj, obj, ...).
	Dep string
}

// Sentence is a run of tokens with its byte span in the document.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Mention is a span of tokens that names (or refers to) an entity.
type Mention struct {
	Sentence   int // index into Doc.Sentences
	Start, End int // token range [Start, End) in the sentence
	Text       string
	Type       schema.EntityType
	Subtype    string
	// Entity is the IRI of the canonical entity the mention resolves to,
	// filled by the resolution and coreference stages.
	Entity string
	// Source says which stage found it: "gazetteer", "ner", "coref", "title".
	Source string
}

// Role is a title or office read from a mention ("U.S. Secretary of State
// John Kerry"): the person, the role name and the country or organization.
type Role struct {
	Sentence int
	Person   string // entity IRI
	Title    string // "Secretary of State"
	Of       string // entity IRI of the country/organization, may be empty
	// TitleStart, TitleEnd are the token range of the title words.
	TitleStart, TitleEnd int
	// NotOf says the sentence denies the membership: "non-OPEC Mexico".
	NotOf bool
}

// Doc is one document being extracted.
type Doc struct {
	schema.Document
	Sentences []Sentence
	// Mentions are in sentence order (entity resolution writes them so),
	// which MentionRange and MentionAt rely on.
	Mentions []Mention
	Roles    []Role
	// Entities maps IRI to entity for every entity mentioned in the document.
	Entities map[string]*schema.Entity

	roleIndex map[int][]int // RolesIn's index, built for roleCount roles
	roleCount int
}

// RolesIn returns the indices in d.Roles of the roles read in sentence si.
// The index is built on first use and again when roles were added since,
// so that the stages asking for every sentence's roles stay linear in the
// length of a document.
func (d *Doc) RolesIn(si int) []int {
	if d.roleIndex == nil || d.roleCount != len(d.Roles) {
		d.roleIndex = make(map[int][]int)
		for k, r := range d.Roles {
			d.roleIndex[r.Sentence] = append(d.roleIndex[r.Sentence], k)
		}
		d.roleCount = len(d.Roles)
	}
	return d.roleIndex[si]
}

// Words returns the tokens' model-facing forms.
func (s *Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Norm
		if w[i] == "" {
			w[i] = t.Text
		}
	}
	return w
}

// MentionRange returns the mentions of sentence si: d.Mentions[start:end].
func (d *Doc) MentionRange(si int) (start, end int) {
	start = sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Sentence >= si })
	end = start
	for end < len(d.Mentions) && d.Mentions[end].Sentence == si {
		end++
	}
	return start, end
}

// MentionAt returns the first mention covering token i of sentence si, or
// nil. It finds the sentence's mentions by binary search: a scan of all the
// document's mentions made the stages that ask for every argument
// quadratic in the length of a document.
func (d *Doc) MentionAt(si, i int) *Mention {
	start, end := d.MentionRange(si)
	for k := start; k < end; k++ {
		if m := &d.Mentions[k]; m.Start <= i && i < m.End {
			return m
		}
	}
	return nil
}

// Quote tells whether the token opens a quotation (+1), closes one (-1) or
// neither (0), from its normalized form or, for a straight quote, the
// tagger's reading of it ("“" or "”").
func (t *Token) Quote() int {
	switch {
	case t.Norm == "``" || t.XPOS == "``" && (t.Text == `"` || t.Text == "'"):
		return 1
	case t.Norm == "''" || t.XPOS == "''" && (t.Text == `"` || t.Text == "'"):
		return -1
	}
	return 0
}
