package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/kgraph/kgraph/internal/third_party/go-graphviz"
	"github.com/kgraph/kgraph/schema"
)

// Formats lists the formats Render writes.
var Formats = []string{"dot", "svg", "png"}

// Errors of Render.
var (
	// ErrNoDot is returned for PNG when Graphviz's dot is not installed.
	ErrNoDot = errors.New("PNG needs Graphviz's dot (apt-get install graphviz); render .svg instead")
	// ErrTooLarge is returned when a graph has more nodes than
	// Options.MaxNodes.
	ErrTooLarge = errors.New("map too large")
)

// FormatOf returns the format of an output file from its extension
// ("map.svg" → "svg").
func FormatOf(path string) (string, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	if ext == "gv" {
		ext = "dot"
	}
	if !slices.Contains(Formats, ext) {
		return "", fmt.Errorf("map format of %q: want .dot, .svg or .png", path)
	}
	return ext, nil
}

// Render writes the map of g to w as "dot", "svg" or "png".
//
// SVG is laid out in-process by Graphviz compiled to WebAssembly; the first
// call starts it (see BenchmarkStart) and later calls reuse it, one at a
// time. PNG runs the system's dot and returns ErrNoDot when it is missing.
// Graphs with more nodes than opts.MaxNodes return ErrTooLarge. ctx stops
// the dot process; an in-process layout is only checked before it starts.
func Render(ctx context.Context, w io.Writer, g *schema.Graph, format string, opts Options) error {
	if !slices.Contains(Formats, format) {
		return fmt.Errorf("render: unknown map format %q (want dot, svg or png)", format)
	}
	if opts.Layout != "" && !slices.Contains(layouts, opts.Layout) {
		return fmt.Errorf("render: unknown layout %q (want %s)", opts.Layout, strings.Join(layouts, ", "))
	}
	if format == "dot" {
		if _, err := io.WriteString(w, DOT(g, opts)); err != nil {
			return fmt.Errorf("write map: %w", err)
		}
		return nil
	}
	if err := checkSize(g, opts); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	src := []byte(DOT(g, opts))
	switch format {
	case "svg":
		return renderSVG(ctx, w, src, layoutOf(opts))
	default:
		return renderPNG(ctx, w, src)
	}
}

func nodeCount(g *schema.Graph) int {
	if g == nil {
		return 0
	}
	return len(g.Nodes)
}

func checkSize(g *schema.Graph, opts Options) error {
	limit := opts.MaxNodes
	if limit == 0 {
		limit = DefaultMaxNodes
	}
	if n := nodeCount(g); limit > 0 && n > limit {
		return fmt.Errorf("%w: %d nodes, at most %d; narrow it with --focus NAME --depth N or --relation R",
			ErrTooLarge, n, limit)
	}
	return nil
}

// The WebAssembly Graphviz is one module for the whole process, so layouts
// run one at a time on one instance, started on first use.
var (
	gvMu   sync.Mutex
	gv     *graphviz.Graphviz
	gvErr  error
	gvOnce sync.Once
)

func instance(ctx context.Context) (*graphviz.Graphviz, error) {
	gvOnce.Do(func() {
		gv, gvErr = graphviz.New(context.WithoutCancel(ctx))
	})
	return gv, gvErr
}

func renderSVG(ctx context.Context, w io.Writer, src []byte, layout string) error {
	gvMu.Lock()
	defer gvMu.Unlock()
	inst, err := instance(ctx)
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	graph, err := graphviz.ParseBytes(src)
	if err != nil {
		return fmt.Errorf("parse dot: %w", err)
	}
	defer graph.Close()
	var buf bytes.Buffer
	if err := inst.SetLayout(graphviz.Layout(layout)).Render(ctx, graph, graphviz.SVG, &buf); err != nil {
		return fmt.Errorf("render svg: %w", err)
	}
	// Text was measured with Helvetica's metrics; name the fonts that share
	// them, so that viewers without Helvetica do not fall back to a wider
	// sans-serif that overflows the nodes.
	out := bytes.ReplaceAll(buf.Bytes(), []byte(`font-family="Helvetica,sans-Serif"`), []byte(svgFonts))
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write map: %w", err)
	}
	return nil
}

const svgFonts = `font-family="Helvetica,Arial,'Liberation Sans',sans-serif"`

// dotPath finds the system's Graphviz dot.
var dotPath = func() (string, error) { return exec.LookPath("dot") }

func renderPNG(ctx context.Context, w io.Writer, src []byte) error {
	path, err := dotPath()
	if err != nil {
		return ErrNoDot
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-Tpng")
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("render png: %w", ctx.Err())
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return fmt.Errorf("render png: %w: %s", err, msg)
		}
		return fmt.Errorf("render png: %w", err)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("write map: %w", err)
	}
	return nil
}
