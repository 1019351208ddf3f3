package event

//go:generate go run ../../internal/train/vocab -o cameo_tables.go

// cameoCode is one CAMEO code of the generated table.
type cameoCode struct {
	Name      string
	Goldstein float64
	PLOVER    string
}

// verbPattern is one PETRARCH2 verb pattern: word slots before and after the
// verb, each a list of alternatives (a word, a phrase "a b", or a synset
// "&NAME"), and the CAMEO code it gives ("---" for no event).
type verbPattern struct {
	before, after [][]string
	code          string
}

// verbBlock is one PETRARCH2 verb block: the default code of its verbs and
// the patterns they share.
type verbBlock struct {
	code     string
	patterns []verbPattern
}

// verbRef points a verb lemma at its block; code overrides the block code
// when the dictionary gives the verb its own.
type verbRef struct {
	block int
	code  string
}
