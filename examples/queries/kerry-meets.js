// Whom did John Kerry meet? Both directions, since a meeting has two sides.
g.V("<kg:John_Kerry>").Both("<kg:meet>").Out("<schema:name>").All()
