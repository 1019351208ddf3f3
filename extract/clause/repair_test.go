package clause

import "testing"

// The parses below are the ones the committed parser gives these
// sentences of the news development set.
const timeAsSubject = `
1	Santos	Santos	PROPN	NNP	_	5	nsubj	_	_
2	Alvite	Alvite	PROPN	NNP	_	1	flat	_	_
3	last	last	ADJ	JJ	_	4	amod	_	_
4	night	night	NOUN	NN	_	5	nsubj	_	_
5	met	meet	VERB	VBD	_	0	root	_	_
6	Grisanti	Grisanti	PROPN	NNP	_	5	obj	_	_
7	.	.	PUNCT	.	_	5	punct	_	_
`

const descriptorAsObject = `
1	Fellow	fellow	ADJ	JJ	_	3	amod	_	_
2	OPEC	opec	NOUN	NN	_	3	compound	_	_
3	member	member	NOUN	NN	_	6	obj	_	_
4	Venezuela	Venezuela	PROPN	NNP	_	6	nsubj	_	_
5	has	have	AUX	VBZ	_	6	aux	_	_
6	agreed	agree	VERB	VBN	_	0	root	_	_
7	.	.	PUNCT	.	_	6	punct	_	_
`

// A question keeps its fronted object: an auxiliary stands between it and
// the subject.
const frontedObject = `
1	Which	which	DET	WDT	_	2	det	_	_
2	plan	plan	NOUN	NN	_	5	obj	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	France	France	PROPN	NNP	_	5	nsubj	_	_
5	reject	reject	VERB	VB	_	0	root	_	_
6	?	?	PUNCT	.	_	5	punct	_	_
`

// "Mr Straw, visiting Beijing, noted arms embargoes." as the parser reads
// it: Straw the root, the two verbs its conjuncts.
const nounAsRoot = `
1	Mr	Mr	PROPN	NNP	_	2	nmod:desc	_	_
2	Straw	Straw	PROPN	NNP	_	0	root	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	visiting	visit	VERB	VBG	_	2	conj	_	_
5	Beijing	Beijing	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	7	punct	_	_
7	noted	note	VERB	VBD	_	4	conj	_	_
8	arms	arm	NOUN	NNS	_	9	compound	_	_
9	embargoes	embargo	NOUN	NNS	_	7	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_
`

// "The minister, visiting Paris, said the talks had failed." with the
// participle read as the subject's conjunct.
const participleAsConjunct = `
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	7	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	visiting	visit	VERB	VBG	_	2	conj	_	_
5	Paris	Paris	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	,	,	PUNCT	,	_	2	punct	_	_
7	said	say	VERB	VBD	_	0	root	_	_
8	it	it	PRON	PRP	_	9	nsubj	_	_
9	failed	fail	VERB	VBD	_	7	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	7	punct	_	_
`

// "Uganda, Mozambique Win Debt Rescheduling Accord" with Uganda read as
// an address.
const headlineList = `
1	Uganda	Uganda	PROPN	NNP	_	4	vocative	_	SpaceAfter=No
2	,	,	PUNCT	,	_	1	punct	_	_
3	Mozambique	Mozambique	PROPN	NNP	_	4	nsubj	_	_
4	Win	win	VERB	VBP	_	0	root	_	_
5	Debt	debt	NOUN	NN	_	4	obj	_	_
`

// "but Turkey had insisted" with Turkey read as an unmarked oblique.
const nameAsOblique = `
1	but	but	CCONJ	CC	_	4	cc	_	_
2	Turkey	Turkey	PROPN	NNP	_	4	obl:unmarked	_	_
3	had	have	AUX	VBD	_	4	aux	_	_
4	insisted	insist	VERB	VBN	_	0	root	_	_
`

// "by Beijing, which described the embargo" with the relative clause read
// as parataxis of the main verb.
const relativeAsParataxis = `
1	welcomed	welcome	VERB	VBN	_	0	root	_	_
2	by	by	ADP	IN	_	3	case	_	_
3	Beijing	Beijing	PROPN	NNP	_	1	obl	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	which	which	PRON	WDT	_	6	nsubj	_	_
6	described	describe	VERB	VBD	_	1	parataxis	_	_
7	it	it	PRON	PRP	_	6	obj	_	_
`

// "explains the recommendations of the Commission, which developed a
// blueprint" with the relative clause hung on the verb.
const relativeOfVerb = `
1	explains	explain	VERB	VBZ	_	0	root	_	_
2	the	the	DET	DT	_	3	det	_	_
3	Commission	Commission	PROPN	NNP	_	1	obj	_	SpaceAfter=No
4	,	,	PUNCT	,	_	6	punct	_	_
5	which	which	PRON	WDT	_	6	nsubj	_	_
6	developed	develop	VERB	VBD	_	1	acl:relcl	_	_
7	it	it	PRON	PRP	_	6	obj	_	_
`

// "he acknowledged leaders were in the middle" with "leaders" read as the
// object of the saying.
const reportedAsObject = `
1	he	he	PRON	PRP	_	2	nsubj	_	_
2	acknowledged	acknowledge	VERB	VBD	_	0	root	_	_
3	leaders	leader	NOUN	NNS	_	2	obj	_	_
4	were	be	AUX	VBD	_	7	cop	_	_
5	in	in	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	middle	middle	NOUN	NN	_	2	obl	_	_
`

// "sent Mr Bush his congratulations" with the thing given read as an
// oblique.
const secondObjectAsOblique = `
1	sent	send	VERB	VBD	_	0	root	_	_
2	Bush	Bush	PROPN	NNP	_	1	obj	_	_
3	his	his	PRON	PRP$	_	4	nmod:poss	_	_
4	congratulations	congratulation	NOUN	NNS	_	1	obl	_	_
`

// "Echoing Rice, the minister said" with Rice as the subject and the
// minister her apposition.
const openingParticiple = `
1	Echoing	echo	VERB	VBG	_	6	advcl	_	_
2	Rice	Rice	PROPN	NNP	_	6	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	5	punct	_	_
4	the	the	DET	DT	_	5	det	_	_
5	minister	minister	NOUN	NN	_	2	appos	_	_
6	said	say	VERB	VBD	_	0	root	_	_
`

// "A tax which West Germany is against, along with Britain and Denmark."
// with the parser's reading: Britain a modifier of "tax".
const alongWith = `
1	A	a	DET	DT	_	2	det	_	_
2	tax	tax	NOUN	NN	_	0	root	_	_
3	which	which	PRON	WDT	_	7	obj	_	_
4	West	West	PROPN	NNP	_	5	compound	_	_
5	Germany	Germany	PROPN	NNP	_	7	nsubj	_	_
6	is	be	AUX	VBZ	_	7	cop	_	_
7	against	against	ADP	IN	_	2	acl:relcl	_	SpaceAfter=No
8	,	,	PUNCT	,	_	11	punct	_	_
9	along	along	ADP	IN	_	11	case	_	_
10	with	with	ADP	IN	_	11	case	_	_
11	Britain	Britain	PROPN	NNP	_	2	nmod	_	_
12	and	and	CCONJ	CC	_	13	cc	_	_
13	Denmark	Denmark	PROPN	NNP	_	11	conj	_	SpaceAfter=No
14	.	.	PUNCT	.	_	2	punct	_	_
`

// "Aqazadeh is in the Emirates to discuss prices." with the parser's
// reading in its article: the infinitive a relative clause of the name.
const nameWithInfinitive = `
1	Aqazadeh	Aqazadeh	PROPN	NNP	_	5	nsubj	_	_
2	is	be	AUX	VBZ	_	5	cop	_	_
3	in	in	ADP	IN	_	5	case	_	_
4	the	the	DET	DT	_	5	det	_	_
5	Emirates	Emirate	PROPN	NNPS	_	0	root	_	_
6	to	to	PART	TO	_	7	mark	_	_
7	discuss	discuss	VERB	VB	_	5	acl	_	_
8	prices	price	NOUN	NNS	_	7	obj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	5	punct	_	_
`

// "the leadership of Abbas, also known as Mazen, who is expected to win."
// with the parser's reading: "known" a clause of "shore", the relative
// clause hung on "known".
const knownAsName = `
1	shore	shore	VERB	VB	_	0	root	_	_
2	the	the	DET	DT	_	3	det	_	_
3	leadership	leadership	NOUN	NN	_	1	obj	_	_
4	of	of	ADP	IN	_	5	case	_	_
5	Abbas	Abbas	PROPN	NNP	_	3	nmod	_	SpaceAfter=No
6	,	,	PUNCT	,	_	8	punct	_	_
7	also	also	ADV	RB	_	8	advmod	_	_
8	known	know	VERB	VBN	_	1	advcl	_	_
9	as	as	ADP	IN	_	10	case	_	_
10	Mazen	Mazen	PROPN	NNP	_	8	obl	_	SpaceAfter=No
11	,	,	PUNCT	,	_	14	punct	_	_
12	who	who	PRON	WP	_	14	nsubj:pass	_	_
13	is	be	AUX	VBZ	_	14	aux:pass	_	_
14	expected	expect	VERB	VBN	_	8	acl:relcl	_	_
15	to	to	PART	TO	_	16	mark	_	_
16	win	win	VERB	VB	_	14	xcomp	_	SpaceAfter=No
17	.	.	PUNCT	.	_	1	punct	_	_
`

func TestRepairParse(t *testing.T) {
	tests := []struct {
		name, src string
		tok       int // 0-based
		head      int
		dep       string
	}{
		{"time phrase beside a subject", timeAsSubject, 3, 4, "obl:tmod"},
		{"descriptor before a named subject", descriptorAsObject, 2, 3, "compound"},
		{"fronted object of a question", frontedObject, 1, 4, "obj"},
		{"finite verb hung on its subject", nounAsRoot, 6, -1, "root"},
		{"subject of a verb hung on it", nounAsRoot, 1, 6, "nsubj"},
		{"participle hung on its subject", nounAsRoot, 3, 1, "acl"},
		{"stop of a verb hung on its subject", nounAsRoot, 9, 6, "punct"},
		{"participle set off by commas", participleAsConjunct, 3, 1, "acl"},
		{"first of a headline's listed subjects", headlineList, 0, 3, "nsubj"},
		{"a name read as an unmarked oblique of a verb without subject", nameAsOblique, 1, 3, "nsubj"},
		{"a 'which' clause after a comma and a name", relativeAsParataxis, 5, 2, "acl:relcl"},
		{"a relative clause the parse hung on a verb", relativeOfVerb, 5, 2, "acl:relcl"},
		{"a reported clause without 'that'", reportedAsObject, 6, 1, "ccomp"},
		{"a bare noun after an object is the thing given", secondObjectAsOblique, 3, 0, "obj"},
		{"the object of an opening participle", openingParticiple, 1, 0, "obj"},
		{"the subject after an opening participle's object", openingParticiple, 4, 5, "nsubj"},
		{"the object before it is the one given to", secondObjectAsOblique, 1, 0, "iobj"},
		{"the subject of a reported clause without 'that'", reportedAsObject, 2, 6, "nsubj"},
		{"second of a headline's listed subjects", headlineList, 2, 0, "conj"},
		{"a name 'along with' the subject is its conjunct", alongWith, 10, 4, "conj"},
		{"a name listed after it too", alongWith, 12, 4, "conj"},
		{"'along' marks the coordination", alongWith, 8, 10, "cc"},
		{"an infinitive hung on a name is the clause's purpose", nameWithInfinitive, 6, 4, "advcl"},
		{"'known as' another name hangs on the name", knownAsName, 7, 4, "dep"},
		{"the relative clause after it is the name's", knownAsName, 13, 4, "acl:relcl"},
	}
	for _, tt := range tests {
		d := loadConllu(t, tt.src)
		RepairParse(&d.Sentences[0])
		if got := d.Sentences[0].Tokens[tt.tok]; got.Head != tt.head || got.Dep != tt.dep {
			t.Errorf("%s: %q is %s of %d, want %s of %d", tt.name, got.Text, got.Dep, got.Head, tt.dep, tt.head)
		}
	}
}

const agentInAdjunct = `
1	The	the	DET	DT	_	2	det	_	_
2	move	move	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	welcomed	welcome	VERB	VBN	_	0	root	_	_
5	at	at	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	time	time	NOUN	NN	_	4	obl	_	_
8	by	by	ADP	IN	_	9	case	_	_
9	Beijing	Beijing	PROPN	NNP	_	7	nmod	_	_
10	.	.	PUNCT	.	_	4	punct	_	_
`

func TestNestedAgent(t *testing.T) {
	s, d := draftAt(t, agentInAdjunct, 3)
	s.verbChain(d)
	s.voice(d)
	for _, k := range s.kids[d.last] {
		s.adjunct(d, d.last, k)
	}
	s.nestedAgent(d)
	if d.agent.Text != "Beijing" {
		t.Fatalf(`nestedAgent: agent %q, want "Beijing" (hung inside "at the time")`, d.agent.Text)
	}
	if len(d.adj) != 1 || d.adj[0].Text != "the time" || d.adj[0].Prep != "at" {
		t.Errorf("nestedAgent: adjuncts %+v, want only \"at the time\"", d.adj)
	}
}

const hyphenParticiple = `
1	the	the	DET	DT	_	5	det	_	_
2	Democratic	democratic	ADJ	JJ	_	4	amod	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
4	controlled	control	VERB	VBN	_	5	amod	_	_
5	House	House	PROPN	NNP	_	0	root	_	_
`

const hyphenPlace = `
1	a	a	DET	DT	_	5	det	_	_
2	London	London	PROPN	NNP	_	4	compound	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
4	based	base	VERB	VBN	_	5	amod	_	_
5	bank	bank	NOUN	NN	_	0	root	_	_
`

func TestHyphenAgent(t *testing.T) {
	d := loadConllu(t, hyphenParticiple)
	RepairParse(&d.Sentences[0])
	toks := d.Sentences[0].Tokens
	if toks[3].Dep != "acl" || toks[1].Dep != "obl:agent" || toks[1].Head != 3 {
		t.Errorf(`"Democratic-controlled House": controlled %s, Democratic %s of %d; want acl and obl:agent of 3`, toks[3].Dep, toks[1].Dep, toks[1].Head)
	}
	d = loadConllu(t, hyphenPlace)
	RepairParse(&d.Sentences[0])
	if toks := d.Sentences[0].Tokens; toks[3].Dep != "amod" {
		t.Errorf(`"London-based bank": based is %s, want amod left alone`, toks[3].Dep)
	}
}

const countryThenTitledName = `
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	UAE	UAE	PROPN	NNP	_	2	obj	_	_
4	President	President	PROPN	NNP	_	5	nmod:desc	_	_
5	Zaid	Zaid	PROPN	NNP	_	3	conj	_	_
6	and	and	CCONJ	CC	_	9	cc	_	_
7	Oil	Oil	PROPN	NNP	_	8	compound	_	_
8	Minister	Minister	PROPN	NNP	_	9	nmod:desc	_	_
9	Oteiba	Oteiba	PROPN	NNP	_	3	conj	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
`

func TestTitledConjunct(t *testing.T) {
	d := loadConllu(t, countryThenTitledName)
	RepairParse(&d.Sentences[0])
	toks := d.Sentences[0].Tokens
	if toks[4].Head != 1 || toks[4].Dep != "obj" || toks[2].Head != 3 || toks[8].Head != 4 {
		t.Errorf("Zaid %s of %d, UAE %s of %d, Oteiba %s of %d; want obj of 1, compound of 3, conj of 4",
			toks[4].Dep, toks[4].Head, toks[2].Dep, toks[2].Head, toks[8].Dep, toks[8].Head)
	}
}
