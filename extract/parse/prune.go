package parse

// Prune returns a copy of p without the weights smaller than min in
// absolute value, to trade accuracy for a smaller model.
func (p *Parser) Prune(min float64) *Parser {
	return &Parser{labels: p.labels, root: p.root, model: p.model.Prune(min), cl: p.cl}
}

// Size returns the number of features and weights of the model.
func (p *Parser) Size() (features, weights int) { return p.model.Len() }
