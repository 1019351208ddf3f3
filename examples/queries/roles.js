// Titles: each person with the role they hold.
g.V().Has("<rdf:type>", "<kg:Person>").Tag("person").Out("<kg:hold_role>").Out("<schema:name>").Tag("role").All()
