package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emicklei/dot"
	"github.com/kgraph/kgraph/schema"
)

// Options control how a map is drawn.
type Options struct {
	// Title is drawn above the map; empty for none.
	Title string
	// Legend adds a box listing the node types present in the map.
	Legend bool
	// Layout is the Graphviz engine: "dot" (layered, the default and the
	// most readable), or the force-directed "sfdp", "neato" or "fdp".
	Layout string
	// MaxNodes caps the maps that Render lays out (SVG and PNG); larger
	// graphs fail with ErrTooLarge. 0 means DefaultMaxNodes, negative means
	// no cap. DOT text is never refused.
	MaxNodes int
	// Folded counts, per node IRI, the statements about concepts folded
	// into the node (graph.Map.Folded); the node's label says how many.
	Folded map[string]int
}

// DefaultMaxNodes is the default of Options.MaxNodes. Graphviz's layout time
// grows faster than the node count: in-process, 50 nodes take about 0.1 s,
// 300 about 1.5 s and 600 about 50 s with dot (sfdp is slower still), and
// a map of more than a few hundred nodes is unreadable anyway.
const DefaultMaxNodes = 300

// Layout engines Options.Layout accepts.
var layouts = []string{"dot", "sfdp", "neato", "fdp"}

// fontName is a font that Graphviz's built-in metrics know (the WebAssembly
// build has no fontconfig, so it estimates text widths from tables), that
// SVG viewers map to a sans-serif and that the system dot finds through
// fontconfig.
const fontName = "Helvetica"

// Label sizes.
const (
	wrapAt   = 18 // wrap names longer than this
	lineLen  = 16 // aiming at lines this long
	maxLabel = 60 // cut names longer than this

	legendRows = 5 // entries per legend column
)

// layoutOf returns the layout engine.
func layoutOf(opts Options) string {
	if opts.Layout != "" {
		return opts.Layout
	}
	return "dot"
}

// DOT returns the map of g as Graphviz DOT text. A nil or empty graph gives
// a map with a "no relations" note. Edges whose ends are not among the nodes
// get a plain node named after the IRI.
func DOT(g *schema.Graph, opts Options) string {
	return build(g, opts).String()
}

func build(g *schema.Graph, opts Options) *dot.Graph {
	if g == nil {
		g = &schema.Graph{}
	}
	nodes := sortedNodes(g)
	edges := sortedEdges(g.Edges)
	nodes = addMissing(nodes, edges)
	layout := layoutOf(opts)

	d := dot.NewGraph(dot.Directed)
	d.Attrs(
		"layout", layout,
		"fontname", fontName,
		"fontsize", "12",
		"bgcolor", "white",
		"pad", "0.3",
		"outputorder", "edgesfirst",
		"charset", "UTF-8",
	)
	switch layout {
	case "dot":
		d.Attrs("rankdir", "LR", "nodesep", "0.3", "ranksep", "0.5", "newrank", "true", "splines", "true")
	default:
		d.Attrs("overlap", "prism", "splines", "true", "sep", "+6", "esep", "+3")
	}
	if opts.Title != "" {
		d.Attrs("label", clean(opts.Title), "labelloc", "t", "labeljust", "l", "fontsize", "18")
	}
	if len(nodes) == 0 {
		d.Node("empty").Attrs("label", "no relations to draw", "shape", "plaintext",
			"fontname", fontName, "fontsize", "12", "fontcolor", "#555555")
		return d
	}

	ids := make(map[string]dot.Node, len(nodes))
	kinds := map[kind]bool{}
	for i := range nodes {
		e := &nodes[i]
		k := kindOf(e)
		kinds[k] = true
		n := d.Node(e.ID)
		styleNode(n, k)
		label := nodeLabel(e.Name)
		if n := opts.Folded[e.ID]; n > 0 {
			label += "\n+" + strconv.Itoa(n) + " on topics"
		}
		n.Attrs("label", label, "tooltip", tooltip(e))
		ids[e.ID] = n
	}
	for _, e := range edges {
		de := d.Edge(ids[e.From], ids[e.To])
		styleEdge(de, e)
	}
	if opts.Legend {
		legend(d, kinds)
	}
	return d
}

func styleNode(n dot.Node, k kind) {
	s := k.style()
	st := "filled"
	if s.extra != "" {
		st += "," + s.extra
	}
	n.Attrs(
		"shape", s.shape,
		"style", st,
		"fillcolor", s.fill,
		"color", s.line,
		"penwidth", "1.5",
		"fontname", fontName,
		"fontsize", "12",
		"margin", "0.12,0.05",
	)
	if s.per > 0 {
		n.Attr("peripheries", strconv.Itoa(s.per))
	}
}

func styleEdge(de dot.Edge, e schema.Edge) {
	// Pen width grows with the log of the count: 1 statement 1.2, 2 → 2.2,
	// 4 → 3.2, capped at 5.
	pw := 1.2 + math.Log2(float64(max(e.Count, 1)))
	pw = min(pw, 5)
	colour, fontColour := "#404040", "#202020"
	if c, ok := classColours[e.QuadClass]; ok {
		colour = c
	}
	switch {
	case standing[e.Relation] && len(e.Relations) == 0:
		colour, fontColour = "#8C8C8C", "#606060"
		de.Attr("style", "dashed")
	case e.Unasserted:
		de.Attr("style", "dashed")
	}
	de.Attrs(
		"label", edgeLabel(e),
		"penwidth", strconv.FormatFloat(pw, 'f', 1, 64),
		"arrowsize", "0.7",
		"color", colour,
		"fontcolor", fontColour,
		"fontname", fontName,
		"fontsize", "10",
		"tooltip", edgeTooltip(e),
	)
}

// classColours colour event edges by GDELT quad class: verbal and material
// cooperation in blues, verbal and material conflict in orange and
// vermilion (the page uses the same).
var classColours = map[int]string{1: skyBlue, 2: blue, 3: orange, 4: vermilion}

// edgeLabel names the relation and, when more than one statement stands
// behind it, their count; a merged edge names its three commonest relations.
func edgeLabel(e schema.Edge) string {
	rels := e.Relations
	if len(rels) == 0 {
		rels = []schema.RelationCount{{Relation: e.Relation, Count: e.Count}}
	}
	var parts []string
	for i, r := range rels {
		if i == 3 {
			parts = append(parts, "+"+strconv.Itoa(len(rels)-3))
			break
		}
		p := clean(r.Relation)
		if r.Count > 1 {
			p += " (" + strconv.Itoa(r.Count) + ")"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// legend adds a cluster with one sample node per kind present.
func legend(d *dot.Graph, kinds map[kind]bool) {
	ks := make([]kind, 0, len(kinds))
	for k := range kinds {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b kind) int {
		return cmp.Or(cmp.Compare(a.rank(), b.rank()), cmp.Compare(a.subtype, b.subtype))
	})
	c := d.Subgraph("Legend", dot.ClusterOption{})
	c.Attrs("fontname", fontName, "fontsize", "12", "style", "rounded", "color", "#BBBBBB",
		"labeljust", "l", "labelloc", "t", "margin", "8")
	// Entries fill columns of legendRows; invisible edges between
	// neighbours in a row line the columns up. rankdir=LR orders a rank from
	// the bottom up, so the keys, which order the DOT text, count down.
	rows := min(len(ks), legendRows)
	names := make([]dot.Node, len(ks))
	for i := range ks {
		names[i] = c.Node(fmt.Sprintf("legend %03d", len(ks)-1-i))
		styleNode(names[i], ks[i])
		names[i].Attrs("label", ks[i].String(), "fontsize", "10", "tooltip", ks[i].String(),
			"height", "0.3", "margin", "0.08,0.03")
	}
	for i := rows; i < len(ks); i++ {
		c.Edge(names[i-rows], names[i]).Attr("style", "invis")
	}
}

// sortedNodes returns the nodes sorted by ID, the first of any duplicate kept.
func sortedNodes(g *schema.Graph) []schema.Entity {
	nodes := slices.Clone(g.Nodes)
	slices.SortStableFunc(nodes, func(a, b schema.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return slices.CompactFunc(nodes, func(a, b schema.Entity) bool { return a.ID == b.ID })
}

// sortedEdges returns the edges sorted by from, to and relation, with
// duplicates merged (their counts added).
func sortedEdges(in []schema.Edge) []schema.Edge {
	edges := slices.Clone(in)
	slices.SortStableFunc(edges, func(a, b schema.Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Relation, b.Relation))
	})
	out := edges[:0]
	for _, e := range edges {
		e.Count = max(e.Count, 1)
		if n := len(out); n > 0 && out[n-1].From == e.From && out[n-1].To == e.To && out[n-1].Relation == e.Relation {
			out[n-1].Count += e.Count
			continue
		}
		out = append(out, e)
	}
	return out
}

// addMissing adds a Misc node for every edge end that is not a node, and
// returns the nodes sorted again.
func addMissing(nodes []schema.Entity, edges []schema.Edge) []schema.Entity {
	have := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		have[n.ID] = true
	}
	added := false
	for _, e := range edges {
		for _, id := range []string{e.From, e.To} {
			if !have[id] {
				have[id] = true
				added = true
				nodes = append(nodes, schema.Entity{ID: id, Name: nameOfIRI(id), Type: schema.Misc})
			}
		}
	}
	if added {
		slices.SortFunc(nodes, func(a, b schema.Entity) int { return cmp.Compare(a.ID, b.ID) })
	}
	return nodes
}

// nameOfIRI makes a readable name of an IRI: "kg:concept/inner_circle" →
// "inner circle".
func nameOfIRI(id string) string {
	s := strings.TrimPrefix(id, schema.Prefix)
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	if s = strings.ReplaceAll(s, "_", " "); strings.TrimSpace(s) == "" {
		return id
	}
	return s
}

// clean makes text safe for a label: valid UTF-8, printable characters only
// (DOT has no escapes for the others), single spaces.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) {
			return ' ' // controls, odd spaces, zero-width marks
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// nodeLabel cleans a name, cuts it at maxLabel runes and wraps it into
// lines of about lineLen runes when it is longer than wrapAt.
func nodeLabel(name string) string {
	s := clean(name)
	if s == "" {
		return "?"
	}
	if utf8.RuneCountInString(s) > maxLabel {
		s = string([]rune(s)[:maxLabel-3])
		if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
			s = s[:i] // cut at a word
		}
		s = strings.TrimRight(s, " ") + "..."
	}
	if utf8.RuneCountInString(s) <= wrapAt {
		return s
	}
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= lineLen:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	lines = append(lines, line)
	return strings.Join(lines, "\n")
}

func tooltip(e *schema.Entity) string {
	t := string(e.Type)
	if e.Subtype != "" {
		t += ", " + e.Subtype
	}
	s := clean(e.Name) + " (" + t + ") " + clean(e.ID)
	if len(e.Aliases) > 0 {
		s += "; also " + clean(strings.Join(e.Aliases, ", "))
	}
	return s
}

func edgeTooltip(e schema.Edge) string {
	return fmt.Sprintf("%s %s %s: %d statements in %d documents",
		clean(e.From), clean(e.Relation), clean(e.To), e.Count, len(e.Docs))
}
