package conll

import (
	"reflect"
	"strings"
	"testing"
)

func TestSpans(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Span
	}{
		{"iob2", "B-PER I-PER O B-LOC", []Span{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{"adjacent same type", "B-PER B-PER I-PER", []Span{{"PER", 0, 1}, {"PER", 1, 3}}},
		{"iob1 starts with I", "I-ORG I-ORG O I-LOC", []Span{{"ORG", 0, 2}, {"LOC", 3, 4}}},
		{"iob1 B between same type", "I-PER B-PER", []Span{{"PER", 0, 1}, {"PER", 1, 2}}},
		{"type change inside", "B-PER I-LOC", []Span{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{"bilou", "B-ORG I-ORG L-ORG U-LOC O", []Span{{"ORG", 0, 3}, {"LOC", 3, 4}}},
		{"iobes", "S-MISC B-PER E-PER", []Span{{"MISC", 0, 1}, {"PER", 1, 3}}},
		{"entity at end", "O O B-LOC", []Span{{"LOC", 2, 3}}},
		{"all O", "O O", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Spans(strings.Fields(tt.tags))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Spans(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER", "B-PER B-PER"},
		{"B-ORG L-ORG U-LOC", "B-ORG I-ORG B-LOC"},
		{"O I-MISC I-ORG", "O B-MISC B-ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := strings.Join(ToIOB2(strings.Fields(tt.in)), " ")
			if got != tt.want {
				t.Errorf("ToIOB2(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	// Hand-computed: gold has PER(0,2) LOC(3,4) ORG(5,6); the prediction
	// gets PER right, LOC with the wrong type (ORG), misses ORG(5,6) and
	// adds MISC(7,8). Correct 1 of 3 gold and 1 of 3 predicted.
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG O O")
	pred := strings.Fields("B-PER I-PER O B-ORG O O O B-MISC")
	var s Score
	s.Add(gold, pred)
	if s.Total != (Counts{Correct: 1, Gold: 3, Predicted: 3}) {
		t.Fatalf("Total = %+v", s.Total)
	}
	tests := []struct {
		typ  string
		want Counts
	}{
		{"PER", Counts{1, 1, 1}},
		{"LOC", Counts{0, 1, 0}},
		{"ORG", Counts{0, 1, 1}},
		{"MISC", Counts{0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			if got := *s.ByType[tt.typ]; got != tt.want {
				t.Errorf("ByType[%s] = %+v, want %+v", tt.typ, got, tt.want)
			}
		})
	}
	// A partial span match is wrong: PER(0,1) against PER(0,2).
	s.Add(strings.Fields("B-PER I-PER"), strings.Fields("B-PER O"))
	if got, want := s.Total, (Counts{Correct: 1, Gold: 4, Predicted: 4}); got != want {
		t.Errorf("after partial match Total = %+v, want %+v", got, want)
	}
	p, r, f := s.Total.Precision(), s.Total.Recall(), s.Total.F1()
	if p != 0.25 || r != 0.25 || f != 0.25 {
		t.Errorf("P, R, F1 = %v, %v, %v, want 0.25 each", p, r, f)
	}
	var out strings.Builder
	if err := s.WriteTable(&out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; last != "F1 0.2500" {
		t.Errorf("last line = %q, want %q", last, "F1 0.2500")
	}
}

func TestScoreOnly(t *testing.T) {
	s := Score{Only: map[string]bool{"PER": true}}
	s.Add(strings.Fields("B-PER O B-LOC"), strings.Fields("B-PER B-MISC O"))
	if want := (Counts{Correct: 1, Gold: 1, Predicted: 1}); s.Total != want {
		t.Errorf("Total = %+v, want %+v", s.Total, want)
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("zero counts: P %v R %v F1 %v, want 0", c.Precision(), c.Recall(), c.F1())
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		input string
		docs  int
		words [][]string
		tags  [][]string
	}{
		{
			name:  "conll2003",
			input: "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n237 CD B-NP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n",
			docs:  2,
			words: [][]string{{"EU", "rejects", "237"}, {"Peter"}, {"Bonn"}},
			tags:  [][]string{{"B-ORG", "O", "O"}, {"B-PER"}, {"B-LOC"}},
		},
		{
			name:  "wikigold iob1",
			input: "The O\nOakland I-ORG\nAthletics I-ORG\n\nin O\nCalifornia I-LOC\n-DOCSTART- O\nx O\n",
			docs:  2,
			words: [][]string{{"The", "Oakland", "Athletics"}, {"in", "California"}, {"x"}},
			tags:  [][]string{{"O", "B-ORG", "I-ORG"}, {"O", "B-LOC"}, {"O"}},
		},
		{
			name:  "uner",
			input: "# newdoc id = a\n# sent_id = a-1\n# text = It is Argentina\n1\tIt\tO\t-\t-\n2\tis\tO\t-\t-\n3\tArgentina\tB-LOC\t-\tx\n\n# newdoc id = b\n# sent_id = b-1\n1\tOK\tO\t-\t-\n",
			docs:  2,
			words: [][]string{{"It", "is", "Argentina"}, {"OK"}},
			tags:  [][]string{{"O", "O", "B-LOC"}, {"O"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(strings.NewReader(tt.input), "x.txt")
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.docs {
				t.Errorf("Read: %d documents, want %d", len(docs), tt.docs)
			}
			var words, tags [][]string
			for _, d := range docs {
				for _, s := range d.Sentences {
					words, tags = append(words, s.Words), append(tags, s.Tags)
				}
			}
			if !reflect.DeepEqual(words, tt.words) || !reflect.DeepEqual(tags, tt.tags) {
				t.Errorf("Read = %v %v, want %v %v", words, tags, tt.words, tt.tags)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, input, want string }{
		{"one column", "EU B-ORG\nrejects\n", "x.txt:2: "},
		{"no tag", "EU NNP\n", "x.txt:1: not an IOB tag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.input), "x.txt")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Read(%q) error = %v, want prefix %q", tt.input, err, tt.want)
			}
		})
	}
}
