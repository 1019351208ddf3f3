package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

func Example() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "mem:")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	lavrov := schema.Arg{Text: "Lavrov", Entity: "kg:Sergey_Lavrov", Name: "Sergey Lavrov", Type: schema.Person}
	st := schema.Statement{
		Subject: lavrov, Predicate: "propose", Verb: "proposed", Object: schema.Arg{Text: "federal structure"},
		Kind: schema.KindRelation, Polarity: schema.Asserted, Modality: schema.Fact, Confidence: 0.9, Doc: "a1",
	}
	st.ID = schema.StatementID(&st)
	ex := []schema.Extraction{{Document: schema.Document{ID: "a1", Text: "Lavrov proposed a federal structure."}, Statements: []schema.Statement{st}}}
	for range 2 {
		stats, err := s.Load(ctx, ex)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("documents %d, skipped %d\n", stats.Documents, stats.Skipped)
	}

	res, err := s.Query(ctx, `g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").Out("<schema:name>").All()`, graph.QueryOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res)

	var csv strings.Builder
	if err := s.Export(ctx, &csv, "csv-edges"); err != nil {
		log.Fatal(err)
	}
	fmt.Fprint(os.Stdout, strings.ReplaceAll(csv.String(), "\r\n", "\n"))
	// Output:
	// documents 1, skipped 0
	// documents 1, skipped 1
	// [map[id:federal structure]]
	// source,target,relation,weight,documents
	// kg:Sergey_Lavrov,kg:concept/federal_structure,propose,1,a1
}
