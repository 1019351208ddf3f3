package conllu

import (
	"errors"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
)

const sample = "# sent_id = a-1\n# text = I don't know.\n" +
	"1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n" +
	"4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n" +
	"1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"

func TestRead(t *testing.T) {
	got, err := ReadAll(strings.NewReader(sample), "x.conllu")
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("ReadAll: %d sentences, want 2", len(got))
	}
	s := got[0]
	if s.ID != "a-1" || s.Text != "I don't know." || s.Line != 3 {
		t.Errorf("sentence header = %q %q line %d", s.ID, s.Text, s.Line)
	}
	var forms []string
	for _, w := range s.Words {
		forms = append(forms, w.Form)
	}
	if g := strings.Join(forms, " "); g != "I do n't know ." {
		t.Errorf("forms = %q, want %q", g, "I do n't know .")
	}
	if w := s.Words[2]; w.Lemma != "not" || w.UPOS != "PART" || w.XPOS != "RB" || w.Head != 4 || w.Deprel != "advmod" {
		t.Errorf("word 3 = %+v", w)
	}
	d := s.Doc()
	if d.Tokens[3].Head != -1 || d.Tokens[0].Head != 3 {
		t.Errorf("Doc heads = %d, %d, want -1, 3", d.Tokens[3].Head, d.Tokens[0].Head)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"fields", "1\tI\tI\tPRON\n", "x.conllu:1: want 10"},
		{"id", "\n\nx\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "x.conllu:3: bad word id"},
		{"sequence", "1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "x.conllu:2: word id 3 out of sequence"},
		{"head", "1\tI\tI\tPRON\tPRP\t_\tz\troot\t_\t_\n", "x.conllu:1: bad head"},
		{"beyond", "1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n2\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n\n", "x.conllu:2: head 7 beyond"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in), "x.conllu")
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("ReadAll(%q) error = %v, want prefix %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestEWT(t *testing.T) {
	tests := []struct {
		file      string
		sentences int
		words     int
	}{
		{"en_ewt-ud-dev.conllu", 2001, 25147},
		{"en_ewt-ud-test.conllu", 2077, 25094},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ss, err := ReadFile(shared.Require(t, "corpora", "ud-english-ewt", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, s := range ss {
				n += len(s.Words)
			}
			if len(ss) != tt.sentences || n != tt.words {
				t.Errorf("%s: %d sentences, %d words, want %d, %d", tt.file, len(ss), n, tt.sentences, tt.words)
			}
		})
	}
}
