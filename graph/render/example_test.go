package render_test

import (
	"fmt"
	"strings"

	"github.com/kgraph/kgraph/graph/render"
	"github.com/kgraph/kgraph/schema"
)

func ExampleDOT() {
	g := &schema.Graph{
		Nodes: []schema.Entity{
			{ID: "kg:Sergey_Lavrov", Name: "Sergey Lavrov", Type: schema.Person},
			{ID: "kg:concept/federal_structure", Name: "federal structure", Type: schema.Concept},
		},
		Edges: []schema.Edge{{From: "kg:Sergey_Lavrov", To: "kg:concept/federal_structure", Relation: "propose", Count: 2}},
	}
	for _, line := range strings.Split(render.DOT(g, render.Options{}), "\n") {
		if strings.Contains(line, "->") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// n1->n2[arrowsize="0.7",color="#404040",fontcolor="#202020",fontname="Helvetica",fontsize="10",label="propose (2)",penwidth="2.2",tooltip="kg:Sergey_Lavrov propose kg:concept/federal_structure: 2 statements in 0 documents"];
}
