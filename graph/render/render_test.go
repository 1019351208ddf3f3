package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// needDot skips a test when Graphviz's dot is missing, except on CI
// (CI=true), where the map must be tested.
func needDot(t *testing.T) {
	t.Helper()
	if _, err := dotPath(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %v", ErrNoDot)
		}
		t.Skipf("skipping: %v", ErrNoDot)
	}
}

// svgTexts parses an SVG document and returns the name of its root element
// and the text of its <text> elements.
func svgTexts(t *testing.T, data []byte) (root string, texts []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return root, texts
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = x.Name.Local
			}
			inText = x.Name.Local == "text"
		case xml.EndElement:
			inText = false
		case xml.CharData:
			if inText {
				texts = append(texts, string(x))
			}
		}
	}
}

func TestRenderSVG(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *schema.Graph
		opts Options
		want []string // texts that must appear
	}{
		{"ukraine", ukraine(t), Options{Title: "Ukraine, March 2014", Legend: true},
			[]string{"Ukraine, March 2014", "John Kerry", "Sergey Lavrov", "federal structure", "annex (5)", "hold_role (3)", "Legend", "Person", "Organization (media)"}},
		{"empty", &schema.Graph{}, Options{}, []string{"no relations to draw"}},
		{"sfdp", synthetic(40), Options{Layout: "sfdp"}, []string{"Person 0", "meet (3)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(t.Context(), &buf, tc.g, "svg", tc.opts); err != nil {
				t.Fatalf("Render(svg): %v", err)
			}
			root, texts := svgTexts(t, buf.Bytes())
			if root != "svg" {
				t.Errorf("SVG root element = %q, want svg", root)
			}
			for _, w := range tc.want {
				found := false
				for _, x := range texts {
					if x == w {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("SVG has no text %q; texts: %q", w, texts)
				}
			}
			if !bytes.Contains(buf.Bytes(), []byte(svgFonts)) {
				t.Errorf("SVG does not name the fonts %s", svgFonts)
			}
		})
	}
}

// TestSVGFontMetrics checks that go-graphviz sized a node for its text: a
// long name gets a wider box than a short one, about 6-7 points per
// character at 12 points (Helvetica's average width).
func TestSVGFontMetrics(t *testing.T) {
	g := &schema.Graph{Nodes: []schema.Entity{
		{ID: "kg:a", Name: "Ukraine", Type: schema.Country},
		{ID: "kg:b", Name: "Ukrainian Republic", Type: schema.Country}, // not wrapped
	}}
	var buf bytes.Buffer
	if err := Render(t.Context(), &buf, g, "svg", Options{}); err != nil {
		t.Fatal(err)
	}
	// Each node is <g class="node"><title>nN</title>...<polygon points=.../>.
	widths := map[string]float64{}
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	title, inTitle := "", false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			inTitle = x.Name.Local == "title"
			if x.Name.Local != "polygon" || title == "" {
				continue
			}
			for _, a := range x.Attr {
				if a.Name.Local == "points" {
					widths[title] = polygonWidth(t, a.Value)
				}
			}
			title = ""
		case xml.CharData:
			if inTitle {
				title = string(x)
			}
		case xml.EndElement:
			inTitle = false
		}
	}
	short, long := widths["n1"], widths["n2"]
	perChar := (long - short) / float64(len("Ukrainian Republic")-len("Ukraine"))
	if perChar < 5 || perChar > 8 {
		t.Errorf("node widths %.1f and %.1f give %.2f points per character, want 5-8 (text metrics broken?)", short, long, perChar)
	}
}

func polygonWidth(t *testing.T, points string) float64 {
	t.Helper()
	lo, hi := 1e9, -1e9
	for _, p := range strings.Fields(points) {
		var x, y float64
		if _, err := fmt.Sscanf(p, "%f,%f", &x, &y); err != nil {
			t.Fatalf("polygon point %q: %v", p, err)
		}
		lo, hi = min(lo, x), max(hi, x)
	}
	return hi - lo
}

func TestRenderPNG(t *testing.T) {
	needDot(t)
	var buf bytes.Buffer
	if err := Render(t.Context(), &buf, ukraine(t), "png", Options{Title: "Ukraine", Legend: true}); err != nil {
		t.Fatalf("Render(png): %v", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("PNG lacks the PNG signature: % x", buf.Bytes()[:min(8, buf.Len())])
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("decode PNG: %v", err)
	}
	if cfg.Width < 800 || cfg.Height < 400 || cfg.Width > 10000 || cfg.Height > 10000 {
		t.Errorf("PNG is %dx%d, want a map between 800x400 and 10000x10000", cfg.Width, cfg.Height)
	}
}

func TestRenderErrors(t *testing.T) {
	canceled, cancel := context.WithCancel(t.Context())
	cancel()
	small := ukraine(t)
	for _, tc := range []struct {
		name   string
		ctx    context.Context
		g      *schema.Graph
		format string
		opts   Options
		noDot  bool
		is     error
		msg    string
	}{
		{name: "unknown format", format: "gif", g: small, msg: `unknown map format "gif"`},
		{name: "unknown layout", format: "svg", g: small, opts: Options{Layout: "circo"}, msg: `unknown layout "circo"`},
		{name: "too large", format: "svg", g: synthetic(50), opts: Options{MaxNodes: 40}, is: ErrTooLarge, msg: "--focus"},
		{name: "2000 nodes refused at once", format: "svg", g: synthetic(2000), is: ErrTooLarge, msg: "2000 nodes, at most 300"},
		{name: "canceled", ctx: canceled, format: "svg", g: small, is: context.Canceled},
		{name: "no dot", format: "png", g: small, noDot: true, is: ErrNoDot, msg: "apt-get install graphviz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.noDot {
				old := dotPath
				dotPath = func() (string, error) { return "", errors.New("not found") }
				t.Cleanup(func() { dotPath = old })
			}
			ctx := tc.ctx
			if ctx == nil {
				ctx = t.Context()
			}
			var buf bytes.Buffer
			err := Render(ctx, &buf, tc.g, tc.format, tc.opts)
			if err == nil {
				t.Fatalf("Render(%s) = nil, want an error", tc.format)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("Render(%s) = %v, want %v", tc.format, err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Render(%s) = %q, want it to say %q", tc.format, err, tc.msg)
			}
			if buf.Len() != 0 {
				t.Errorf("Render(%s) wrote %d bytes before failing", tc.format, buf.Len())
			}
		})
	}
}

func TestRenderDOTIsDOT(t *testing.T) {
	g := ukraine(t)
	var buf bytes.Buffer
	if err := Render(t.Context(), &buf, g, "dot", Options{MaxNodes: 1}); err != nil {
		t.Fatalf("Render(dot): %v", err)
	}
	if got, want := buf.String(), DOT(g, Options{}); got != want {
		t.Errorf("Render(dot) differs from DOT()")
	}
}

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"map.svg", "svg"}, {"out/Map.PNG", "png"}, {"a.dot", "dot"}, {"a.gv", "dot"}, {"a.pdf", ""}, {"map", ""},
	} {
		got, err := FormatOf(tc.path)
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", tc.path, got, err, tc.want)
		}
	}
}
