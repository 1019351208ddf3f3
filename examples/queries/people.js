// How many people does the graph know? g.Emit prints one value.
g.Emit(g.V().Has("<rdf:type>", "<kg:Person>").Count())
