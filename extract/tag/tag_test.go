package tag

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kgraph/extract/conllu"
	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/tag/perceptron"
	"github.com/kgraph/kgraph/internal/modeltest"
	"github.com/kgraph/kgraph/internal/shared"
)

func load(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return t
}

func sentence(words ...string) *doc.Sentence {
	s := &doc.Sentence{}
	for _, w := range words {
		s.Tokens = append(s.Tokens, doc.Token{Text: w})
	}
	return s
}

func TestTag(t *testing.T) {
	tg := load(t)
	tests := []struct {
		text string
		// want is "form/UPOS/XPOS/lemma" for the tokens checked (XPOS * = any)
		want []string
	}{
		{"Lavrov and Kerry agreed on Sunday .", []string{"Lavrov/PROPN/NNP/Lavrov", "agreed/VERB/VBD/agree", "Sunday/PROPN/NNP/Sunday"}},
		{"The United States imposed sanctions on Russia .", []string{"imposed/VERB/*/impose", "sanctions/NOUN/NNS/sanction", "Russia/PROPN/NNP/Russia"}},
		{"Russia was moving troops to the border .", []string{"was/AUX/VBD/be", "troops/NOUN/NNS/troop", "moving/VERB/VBG/move"}},
		{"He did n't say it .", []string{"did/AUX/VBD/do", "n't/PART/RB/not", "He/PRON/PRP/he"}},
		{"“ We are ready , ” he said .", []string{"“/PUNCT/``/\"", "are/AUX/VBP/be", "said/VERB/VBD/say"}},
		{"`` We are ready , '' he said .", []string{"``/PUNCT/``/``", "are/AUX/VBP/be"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := sentence(strings.Fields(tt.text)...)
			tg.Tag(s)
			for _, w := range tt.want {
				f := strings.Split(w, "/")
				found := false
				for _, tk := range s.Tokens {
					if tk.Text != f[0] {
						continue
					}
					found = true
					if tk.UPOS != f[1] || f[2] != "*" && tk.XPOS != f[2] {
						t.Errorf("Tag(%q): %s tagged %s/%s, want %s/%s", tt.text, f[0], tk.UPOS, tk.XPOS, f[1], f[2])
					}
					if f[3] != "``" && tk.Lemma != f[3] {
						t.Errorf("Tag(%q): lemma of %s = %q, want %q", tt.text, f[0], tk.Lemma, f[3])
					}
				}
				if !found {
					t.Fatalf("test %q lacks token %q", tt.text, f[0])
				}
			}
		})
	}
}

func TestLemma(t *testing.T) {
	l := load(t).Lemmatizer()
	tests := []struct{ word, xpos, want string }{
		{"agreed", "VBD", "agree"},
		{"agreed", "VBN", "agree"},
		{"was", "VBD", "be"},
		{"were", "VBD", "be"},
		{"is", "VBZ", "be"},
		{"sanctions", "NNS", "sanction"},
		{"troops", "NNS", "troop"},
		{"annexed", "VBD", "annex"},
		{"proposed", "VBN", "propose"},
		{"imposing", "VBG", "impose"},
		{"countries", "NNS", "country"},
		{"better", "JJR", "good"},
		{"Russia", "NNP", "Russia"},
		{"Ministers", "NNS", "minister"},
		{"reaffirmed", "VBD", "reaffirm"},
		{"stopped", "VBD", "stop"},
		{"went", "VBD", "go"},
		{"children", "NNS", "child"},
		// Forms the suffix rules alone got wrong (issue 14): the lexicon
		// check picks the candidate lemma it knows.
		{"bombed", "VBD", "bomb"},
		{"withdraw", "VB", "withdraw"},
		{"edited", "VBD", "edit"},
		{"chaired", "VBD", "chair"},
		{"convened", "VBD", "convene"},
		{"eroded", "VBN", "erode"},
		{"exceeded", "VBD", "exceed"},
		{"heading", "VBG", "head"},
		{"leading", "VBG", "lead"},
		{"misled", "VBN", "mislead"},
		{"outlined", "VBD", "outline"},
		{"pleaded", "VBD", "plead"},
		{"postponed", "VBN", "postpone"},
		{"favour", "VBP", "favour"},
		{"underlined", "VBD", "underline"},
		{"withdrew", "VBD", "withdraw"},
		{"planned", "VBD", "plan"},
		{"carried", "VBD", "carry"},
		{"hoped", "VBD", "hope"},
		{"heaped", "VBD", "heap"},
		{"tied", "VBD", "tie"},
		{"re-joined", "VBD", "re-join"},
		{"nodded", "VBD", "nod"},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.xpos, func(t *testing.T) {
			if got := l.Lemma(tt.word, tt.xpos); got != tt.want {
				t.Errorf("Lemma(%q, %q) = %q, want %q", tt.word, tt.xpos, got, tt.want)
			}
		})
	}
}

func TestAccuracy(t *testing.T) {
	tg := load(t)
	tests := []struct {
		path      []string
		upos, lem float64
	}{
		{[]string{"corpora", "ud-english-ewt", "en_ewt-ud-test.conllu"}, 96, 96},
		{[]string{"corpora", "ud-english-pud", "en_pud-ud-test.conllu"}, 95.5, 96.5},
	}
	for _, tt := range tests {
		t.Run(tt.path[len(tt.path)-1], func(t *testing.T) {
			ss, err := conllu.ReadFile(shared.Require(t, tt.path...))
			if err != nil {
				t.Fatal(err)
			}
			a := Evaluate(tg, ss)
			t.Logf("UPOS %.2f%% XPOS %.2f%% lemma %.2f%%", a.UPOS, a.XPOS, a.Lemma)
			if a.UPOS < tt.upos || a.Lemma < tt.lem {
				t.Errorf("UPOS %.2f%%, lemma %.2f%%, want >= %.1f%%, %.1f%%", a.UPOS, a.Lemma, tt.upos, tt.lem)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	tg := load(t)
	want := sentence(strings.Fields("Kerry met Lavrov in Paris .")...)
	tg.Tag(want)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			s := sentence(strings.Fields("Kerry met Lavrov in Paris .")...)
			t2, _ := Load()
			t2.Tag(s)
			for i := range s.Tokens {
				if s.Tokens[i] != want.Tokens[i] {
					t.Errorf("concurrent Tag: token %d = %+v, want %+v", i, s.Tokens[i], want.Tokens[i])
				}
			}
		})
	}
	wg.Wait()
	Load() // cached
	empty := &doc.Sentence{}
	tg.Tag(empty)
}

func TestReadCorrupt(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"old format", []byte("kgtag1")},
		{"truncated", embedded[:len(embedded)/2]},
		{"truncated preamble", embedded[:40]},
		{"truncated lexicon", embedded[:len(embedded)-8]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tt.in)); err == nil {
				t.Errorf("Read(%s) succeeded, want error", tt.name)
			}
		})
	}
}

// TestLoadInPlace checks that the embedded model's weights are used where
// they lie, not copied: loading then costs next to nothing.
func TestLoadInPlace(t *testing.T) { modeltest.InPlace(t, embedded, parseModel) }

// TestFixMainVerb checks the two rules of fixMainVerb on tagged tokens,
// whatever the model tags.
func TestFixMainVerb(t *testing.T) {
	tests := []struct {
		tagged string // word/XPOS/lemma ...
		want   string // the word that becomes VBD, "" for none
	}{
		{"The/DT/the debris/NN/debris formed/VBN/form a/DT/a ring/NN/ring ./././", "formed"},
		{"The/DT/the United/NNP/United States/NNPS/States and/CC/and other/JJ/other governments/NNS/government called/VBN/call the/DT/the referendum/NN/referendum illegal/JJ/illegal", "called"},
		// a reduced relative: no object after the participle
		{"The/DT/the man/NN/man killed/VBN/kill in/IN/in the/DT/the attack/NN/attack was/VBD/be named/VBN/name", ""},
		// not the subject at the start
		{"After/IN/after the/DT/the talks/NNS/talk ended/VBN/end the/DT/the ministers/NNS/minister left/VBD/leave", ""},
		{"Numerous/JJ/numerous peoples/NNS/people occupied/VBN/occupy Alaska/NNP/Alaska for/IN/for thousands/NNS/thousand of/IN/of years/NNS/year ./././", "occupied"},
		// no finite verb: the participle after a noun is the verb
		{"Retail/NN/retail and/CC/and wholesale/JJ/wholesale businesses/NNS/business expanded/VBN/expand as/IN/as shoppers/NNS/shopper spent/VBN/spend ./././", "expanded"},
		// too short: a fragment
		{"Site/NN/site made/VBN/make !/./!", ""},
		// an imperative is the verb
		{"Please/UH/please use/VB/use the/DT/the form/NN/form attached/VBN/attach when/WRB/when preparing/VBG/prepare it/PRP/it", ""},
		// a passive with its auxiliary
		{"The/DT/the plan/NN/plan ,/,/, being/VBG/be debated/VBN/debate in/IN/in parliament/NN/parliament now/RB/now ./././", ""},
		{"Weapons/NNS/weapon seized/VBN/seize by/IN/by the/DT/the police/NN/police in/IN/in the/DT/the north/NN/north ./././", ""},
		// a reported clause: reporting verb, subject, participle, object
		{"Mr/NNP/Mr Abbas/NNP/Abbas confirmed/VBD/confirm Israel/NNP/Israel shared/VBN/share information/NN/information with/IN/with the/DT/the PA/NNP/PA", "shared"},
		{"He/PRP/he saw/VBD/see Kabul/NNP/Kabul destroyed/VBN/destroy by/IN/by bombs/NNS/bomb", ""},
	}
	lem := load(t).Lemmatizer()
	for _, tt := range tests {
		var toks []doc.Token
		var words []string
		for _, f := range strings.Fields(tt.tagged) {
			p := strings.Split(f, "/")
			toks = append(toks, doc.Token{Text: p[0], XPOS: p[1], Lemma: p[2]})
			words = append(words, p[0])
		}
		fixMainVerb(toks, lem, words)
		got := ""
		for i, tk := range toks {
			if tk.XPOS == "VBD" && strings.Split(strings.Fields(tt.tagged)[i], "/")[1] == "VBN" {
				got = tk.Text
			}
		}
		if got != tt.want {
			t.Errorf("fixMainVerb(%q) made %q a past tense, want %q", tt.tagged, got, tt.want)
		}
	}
}

// TestFixModal checks that only the closed class of modals keeps MD.
func TestFixModal(t *testing.T) {
	lem := load(t).Lemmatizer()
	words := []string{"Mozambique", "win", "accord", "and", "will", "’ll", "sign"}
	toks := []doc.Token{{XPOS: "NNP"}, {XPOS: "MD"}, {XPOS: "NN"}, {XPOS: "CC"}, {XPOS: "MD"}, {XPOS: "MD"}, {XPOS: "VB"}}
	fixModal(toks, lem, words)
	for i, want := range []string{"NNP", "VBP", "NN", "CC", "MD", "MD", "VB"} {
		if toks[i].XPOS != want {
			t.Errorf("fixModal: %q is %s, want %s", words[i], toks[i].XPOS, want)
		}
	}
	if toks[1].UPOS != "VERB" || toks[1].Lemma != "win" {
		t.Errorf("fixModal: win is %s lemma %q, want VERB win", toks[1].UPOS, toks[1].Lemma)
	}
}

// TestFixNominalAdjective: a capitalized adjective after a determiner that
// modifies nothing is a proper noun; one before a coordinated adjective
// stays.
func TestFixNominalAdjective(t *testing.T) {
	for _, tc := range []struct {
		tagged string
		want   string // XPOS of the second word
	}{
		{"the/DT Cardinal/JJ and/CC Archbishop/NNP of/IN", "NNP"},
		{"the/DT French/JJ want/VBP it/PRP", "NNP"},
		{"the/DT French/JJ and/CC German/JJ governments/NNS", "JJ"},
		{"the/DT new/JJ and/CC Old/NNP", "JJ"},
	} {
		var toks []doc.Token
		var words []string
		for _, f := range strings.Fields(tc.tagged) {
			p := strings.Split(f, "/")
			toks = append(toks, doc.Token{Text: p[0], XPOS: p[1]})
			words = append(words, p[0])
		}
		fixNominalAdjective(toks, words)
		if toks[1].XPOS != tc.want {
			t.Errorf("fixNominalAdjective(%q): %s, want %s", tc.tagged, toks[1].XPOS, tc.want)
		}
	}
}

// TestFixSubjunctive checks that the verb of a demanded clause after a name
// becomes a base-form verb, and nothing else does.
func TestFixSubjunctive(t *testing.T) {
	tests := []struct {
		tagged string // word/UPOS/XPOS/lemma ...
		want   string // the word that becomes VB, "" for none
	}{
		{"insist/VERB/VB/insist that/SCONJ/IN/that Japan/PROPN/NNP/Japan boost/NOUN/NN/boost imports/NOUN/NNS/import", "boost"},
		{"urged/VERB/VBD/urge that/SCONJ/IN/that North/PROPN/NNP/North Korea/PROPN/NNP/Korea end/NOUN/NN/end its/PRON/PRP$/its programme/NOUN/NN/programme", "end"},
		// not a demand verb
		{"said/VERB/VBD/say that/SCONJ/IN/that Japan/PROPN/NNP/Japan trade/NOUN/NN/trade policy/NOUN/NN/policy", ""},
		// no name before the word
		{"insist/VERB/VB/insist that/SCONJ/IN/that the/DET/DT/the trade/NOUN/NN/trade talks/NOUN/NNS/talk resume/VERB/VBP/resume", ""},
		// a word the lexicon knows only as a noun
		{"demanded/VERB/VBD/demand that/SCONJ/IN/that Iraq/PROPN/NNP/Iraq troops/NOUN/NNS/troop leave/VERB/VB/leave the/DET/DT/the city/NOUN/NN/city", ""},
	}
	for _, tt := range tests {
		var toks []doc.Token
		var words []string
		for _, f := range strings.Fields(tt.tagged) {
			p := strings.Split(f, "/")
			toks = append(toks, doc.Token{Text: p[0], UPOS: p[1], XPOS: p[2], Lemma: p[3]})
			words = append(words, p[0])
		}
		fixSubjunctive(toks, words)
		got := ""
		for i, tk := range toks {
			if tk.XPOS == "VB" && strings.Split(strings.Fields(tt.tagged)[i], "/")[2] != "VB" {
				got = tk.Text
			}
		}
		if got != tt.want {
			t.Errorf("fixSubjunctive(%q) made %q a base verb, want %q", tt.tagged, got, tt.want)
		}
	}
}

// TestRuleKey checks that ruleKey hashes as perceptron.Feature does the
// rule's parts, as the lemmatizer's model was written.
func TestRuleKey(t *testing.T) {
	for _, xpos := range []string{"NNS", "VBD", ""} {
		for _, c := range []bool{false, true} {
			for _, suf := range []string{"", "s", "ies", "ations"} {
				want := perceptron.Feature(perceptron.String(xpos), map[bool]uint64{false: 0, true: 1}[c],
					uint64(len(suf)), perceptron.String(suf))
				if got := ruleKey(xpos, c, suf); got != want {
					t.Errorf("ruleKey(%q, %v, %q) = %#x, want %#x", xpos, c, suf, got, want)
				}
			}
		}
	}
}
