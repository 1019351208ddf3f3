package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/render"
	"github.com/kgraph/kgraph/schema"
)

func init() {
	register(&cli.Command{
		Name:      "render",
		Usage:     "draw a relationship map (DOT, SVG or PNG) from the store or straight from articles",
		ArgsUsage: "[ARTICLE...]",
		Description: "With articles, they are extracted into a throwaway in-memory store and drawn;\n" +
			"without, the map is drawn from the store named by --db.",
		Flags: append(inputFlags(), dbFlag,
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "-", Usage: "map.svg, map.png or map.dot (- for DOT on stdout)"},
			&cli.StringFlag{Name: "format", Usage: "dot|svg|png (default: from the -o extension)"},
			&cli.StringFlag{Name: "focus", Usage: "draw only the neighbourhood of this entity (name, alias or IRI)"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "hops from --focus"},
			&cli.StringSliceFlag{Name: "relation", Usage: "draw only these relations (repeatable)"},
			&cli.StringFlag{Name: "title", Usage: "title of the map"},
			&cli.IntFlag{Name: "max-nodes", Value: defaultMapNodes, Usage: "keep the focus and its strongest neighbours (actors first, by statements), at most `N` nodes (-1: all); with --all, refuse larger SVG/PNG maps"},
			&cli.BoolFlag{Name: "concepts", Usage: "draw concepts as nodes instead of counting them on the actors they are about"},
			&cli.BoolFlag{Name: "all", Usage: "draw every asserted edge as it is, also those between concepts and what speakers said"},
			&cli.BoolFlag{Name: "no-roles", Usage: "leave out role edges (hold_role, member_of)"},
		),
		Action: renderAction,
	})
}

func renderAction(c *cli.Context) error {
	out := c.String("output")
	format := c.String("format")
	if format == "" {
		format = "dot"
		if out != "-" {
			f, err := render.FormatOf(out)
			if err != nil {
				return usageError{err}
			}
			format = f
		}
	}
	if !slices.Contains(render.Formats, format) {
		return usagef("unknown map format %q (want %s)", format, strings.Join(render.Formats, ", "))
	}
	if out == "-" && format == "png" {
		if f, ok := c.App.Writer.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			return usagef("refusing to write PNG to a terminal: use -o map.png")
		}
	}
	var st *graph.Store
	var err error
	title := c.String("title")
	var inErr error
	if c.NArg() > 0 {
		if title == "" {
			title = "kgraph: " + strings.Join(baseNames(c.Args().Slice()), ", ")
		}
		st, inErr, err = buildMemStore(c)
	} else {
		st, err = openExistingStore(c)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	rels := c.StringSlice("relation")
	g, folded, err := chooseMap(c, st, rels)
	if err != nil {
		return err
	}
	if c.Bool("no-roles") {
		g = withoutRoles(g)
	}
	w, done, err := createOutput(out, c.App.Writer)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	err = render.Render(c.Context, bw, g, format, render.Options{Title: title, Legend: true, MaxNodes: c.Int("max-nodes"), Folded: folded})
	if errors.Is(err, render.ErrTooLarge) {
		err = usageError{err}
	}
	if err == nil {
		err = bw.Flush()
	}
	if derr := done(err); err == nil {
		err = derr
	}
	if err == nil && out != "-" && !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: wrote %s (%s, %s)\n", out, pluralEntities(len(g.Nodes)), plural(len(g.Edges), "relation"))
	}
	if err != nil {
		return err
	}
	return inputErrors(inErr, 1)
}

// checkRelations makes --relation NAME a usage error unless NAME is a
// relation of the vocabulary or an open verb that has edges in the graph
// drawn (open verbs are edges too: "<kg:visit>").
func checkRelations(rels []string, g *schema.Graph) error {
	drawn := map[string]bool{}
	for _, e := range g.Edges {
		drawn[e.Relation] = true
		for _, r := range e.Relations {
			drawn[r.Relation] = true
		}
	}
	for _, r := range rels {
		if _, ok := schema.LookupRelation(r); !ok && !drawn[r] {
			return usagef("--relation %q: no such relation in the vocabulary or among the edges drawn (known: %s)",
				r, strings.Join(schema.RelationNames(), ", "))
		}
	}
	return nil
}

// pluralEntities is plural for "entity".
func pluralEntities(n int) string {
	if n == 1 {
		return "1 entity"
	}
	return fmt.Sprintf("%d entities", n)
}

// defaultMapNodes is how many nodes a map keeps by default: what a page
// holds legibly.
const defaultMapNodes = 40

// chooseMap selects the map: with --all every asserted edge of the
// subgraph; otherwise the map choices that kgraph serve makes too (actors
// first, the strongest neighbours within --max-nodes, concepts folded into
// the actors unless --concepts, parallel edges merged).
func chooseMap(c *cli.Context, st *graph.Store, rels []string) (*schema.Graph, map[string]int, error) {
	sopts := graph.SubgraphOptions{Focus: c.String("focus"), Depth: c.Int("depth"), Relations: rels}
	if c.Bool("all") {
		g, err := st.Subgraph(c.Context, sopts)
		if err == nil {
			err = checkRelations(rels, g)
		}
		return g, nil, err
	}
	// Asked for relations, the map shows what they point at.
	concepts := c.Bool("concepts") || len(rels) > 0
	m, err := st.Map(c.Context, sopts, graph.MapOptions{MaxNodes: c.Int("max-nodes"), Concepts: concepts})
	if err != nil {
		return nil, nil, err
	}
	if err := checkRelations(rels, m.Graph); err != nil {
		return nil, nil, err
	}
	return actorMap(m.Graph, len(rels) > 0), m.Folded, nil
}

// buildMemStore extracts the command's articles into an in-memory store. The
// returned inErr holds input errors that left the other articles loaded.
func buildMemStore(c *cli.Context) (st *graph.Store, inErr, err error) {
	plan, err := inputs(c)
	if err != nil {
		return nil, nil, err
	}
	p, err := newPipeline(c)
	if err != nil {
		return nil, nil, err
	}
	st, err = graph.Open(c.Context, "mem:")
	if err != nil {
		return nil, nil, err
	}
	var all []schema.Extraction
	err = p.Run(c.Context, source(c.Context, plan), func(ex schema.Extraction) error {
		all = append(all, ex)
		return nil
	})
	if err != nil && !isInputErr(err) {
		st.Close()
		return nil, nil, err
	}
	inErr = err
	if _, err := st.Load(c.Context, all); err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, inErr, nil
}

// actorMap keeps the edges a relationship map is for: those whose subject is
// an actor (a person, country, organization, place or group). What speakers
// said (say edges to whole reported clauses) stays out unless asked for by
// --relation.
func actorMap(g *schema.Graph, keepSay bool) *schema.Graph {
	types := map[string]schema.EntityType{}
	for _, n := range g.Nodes {
		types[n.ID] = n.Type
	}
	return filterEdges(g, func(e schema.Edge) bool {
		if e.Relation == schema.RelSay && !keepSay {
			return false
		}
		t := types[e.From]
		return t != schema.Concept && t != schema.Role && t != ""
	})
}

// withoutRoles drops standing role edges and the nodes left unconnected.
func withoutRoles(g *schema.Graph) *schema.Graph {
	return filterEdges(g, func(e schema.Edge) bool {
		return e.Relation != schema.HoldRole && e.Relation != schema.MemberOf
	})
}

// filterEdges keeps the edges keep accepts and the nodes they touch.
func filterEdges(g *schema.Graph, keep func(schema.Edge) bool) *schema.Graph {
	out := &schema.Graph{}
	used := map[string]bool{}
	for _, e := range g.Edges {
		if !keep(e) {
			continue
		}
		out.Edges = append(out.Edges, e)
		used[e.From], used[e.To] = true, true
	}
	for _, n := range g.Nodes {
		if used[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	return out
}

func baseNames(paths []string) []string {
	var out []string
	for _, p := range paths {
		out = append(out, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
	}
	return out
}
