package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
)

func init() {
	register(&cli.Command{
		Name:      "query",
		Usage:     "run a Gizmo query on the store",
		ArgsUsage: "'GIZMO' | -f FILE.js | - (stdin)",
		Flags: []cli.Flag{
			dbFlag,
			&cli.StringFlag{Name: "file", Aliases: []string{"f"}, Usage: "read the query from `FILE` (- for stdin)"},
			&cli.StringFlag{Name: "format", Value: "json", Usage: "output `FORMAT`: json (one result per line) or table"},
			&cli.DurationFlag{Name: "timeout", Usage: "stop the query after this long (0: no timeout)"},
			&cli.IntFlag{Name: "limit", Usage: "return at most `N` results (0: all); a truncated result is reported on stderr"},
		},
		Action: queryAction,
	})
}

func queryAction(c *cli.Context) error {
	src, err := querySource(c)
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != "json" && format != "table" {
		return usagef("query: unknown --format %q (want json or table)", format)
	}
	if c.Int("limit") < 0 {
		return usagef("query: --limit must not be negative")
	}
	s, err := openExistingStore(c)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Query(c.Context, src, graph.QueryOptions{Limit: c.Int("limit"), Timeout: c.Duration("timeout")})
	truncated := errors.Is(err, graph.ErrTruncated)
	if err != nil && !truncated {
		return err
	}
	if format == "table" {
		err = writeTable(c.App.Writer, res)
	} else {
		err = writeJSONLines(c.App.Writer, res)
	}
	if err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	if len(res) == 0 {
		fmt.Fprintln(c.App.ErrWriter, "kgraph: no results (a query shows results with .All(), .ForEach() or g.Emit())")
	}
	if truncated {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: %d results shown; more were found (raise --limit, or 0 for all)\n", len(res))
	}
	return nil
}

// querySource reads the query from the argument, -f FILE or stdin.
func querySource(c *cli.Context) (string, error) {
	file := c.String("file")
	switch {
	case file != "" && c.NArg() > 0:
		return "", usagef("query: give the query as an argument or with -f, not both")
	case file == "" && c.NArg() == 0:
		return "", usagef("query: no query (give 'GIZMO', -f FILE.js or - for stdin)")
	case c.NArg() > 1:
		return "", usagef("query: one query at a time (quote it)")
	case file == "" && c.Args().First() != "-":
		return c.Args().First(), nil
	}
	var b []byte
	var err error
	if file == "" || file == "-" {
		b, err = io.ReadAll(c.App.Reader)
	} else {
		b, err = os.ReadFile(file)
	}
	if err != nil {
		return "", fmt.Errorf("read query: %w", err)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", usagef("query: the query is empty")
	}
	return string(b), nil
}

func writeJSONLines(w io.Writer, res []any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range res {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// writeTable writes results as aligned columns: one column per tag of the
// result maps, "value" for plain values.
func writeTable(w io.Writer, res []any) error {
	cols := map[string]bool{}
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				cols[k] = true
			}
		} else {
			cols["value"] = true
		}
	}
	names := make([]string, 0, len(cols))
	for k := range cols {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		// id first, then the tags in order.
		if (names[i] == "id") != (names[j] == "id") {
			return names[i] == "id"
		}
		return names[i] < names[j]
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(names, "\t"))
	for _, r := range res {
		row := make([]string, len(names))
		m, ok := r.(map[string]any)
		for i, k := range names {
			var v any
			if ok {
				v = m[k]
			} else if k == "value" {
				v = r
			}
			row[i] = cell(v)
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.NewReplacer("\t", " ", "\n", " ").Replace(v)
	case fmt.Stringer:
		return v.String()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
