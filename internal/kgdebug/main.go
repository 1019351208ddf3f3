package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/schema"
)

func main() {
	p, err := extract.New()
	if err != nil {
		panic(err)
	}
	var text string
	if len(os.Args) > 1 && os.Args[1] != "-" {
		b, _ := os.ReadFile(os.Args[1])
		text = string(b)
	} else {
		b := make([]byte, 1<<20)
		n, _ := os.Stdin.Read(b)
		text = string(b[:n])
	}
	only := -1
	if len(os.Args) > 2 {
		fmt.Sscan(os.Args[2], &only)
	}
	d := schema.Document{ID: "debug", Text: text}
	if len(os.Args) > 1 {
		d.ID = os.Args[1]
	}
	ad, cs := p.Clauses(d)
	ex, _ := p.Document(context.Background(), d)
	for si, s := range ad.Sentences {
		if only >= 0 && si != only {
			continue
		}
		fmt.Printf("## %d: %s\n", si, strings.ReplaceAll(text[s.Start:s.End], "\n", " "))
		for i, t := range s.Tokens {
			m := ad.MentionAt(si, i)
			ms := ""
			if m != nil {
				ms = fmt.Sprintf("%s/%s/%s", m.Type, m.Source, m.Entity)
			}
			fmt.Printf("%3d %-18s %-6s %-5s %-14s %3d %-10s %s\n", i, t.Text, t.UPOS, t.XPOS, t.Lemma, t.Head, t.Dep, ms)
		}
		for _, c := range cs {
			if c.Sentence == si {
				fmt.Printf("  clause %+v\n", c)
			}
		}
		for _, st := range ex.Statements {
			if st.SentenceIndex == si {
				fmt.Printf("  => %s [%s] — %s [%s] — %s [%s] %s/%s %s\n", st.Subject.Text, st.Subject.Type, st.Predicate, st.Verb, st.Object.Text, st.Object.Type, st.Polarity, st.Modality, st.CAMEO)
			}
		}
	}
}
