package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds Debian's chromium. Without it the browser tests skip,
// except under CI (CI=true), where they fail.
func chromiumPath(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{os.Getenv("KGRAPH_CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal("the browser test needs chromium (apt-get install chromium); .ci/run installs it")
	}
	tb.Skip("browser test skipped: no chromium (apt-get install chromium)")
	return ""
}

// startServe runs kgraph serve with args on a free port and returns its
// URL; the process is stopped when the test ends.
func startServe(tb testing.TB, args ...string) string {
	tb.Helper()
	cmd := kgraphProcess(tb, nil, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	})
	found := make(chan string, 1)
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := regexp.MustCompile(`at (http://\S+?)/ `).FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
		close(found)
	}()
	select {
	case u, ok := <-found:
		if !ok {
			tb.Fatalf("kgraph serve %v exited:\n%s", args, log.String())
		}
		return u
	case <-time.After(2 * time.Minute):
		tb.Fatalf("kgraph serve %v did not start", args)
	}
	return ""
}

// browser starts headless chromium with the flags known to work here, and
// collects the page's console errors, uncaught exceptions and logged errors
// (CSP violations, failed loads).
func browser(tb testing.TB) (context.Context, func() []string) {
	tb.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(tb)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		tb.Fatalf("start chromium: %v", err)
	}
	var mu sync.Mutex
	var errs []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				errs = append(errs, string(m.Type)+": "+m.Text+" "+m.URL)
				mu.Unlock()
			}
		}
	}()
	tctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	tb.Cleanup(cancelT)
	return tctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), errs...)
	}
}

// clickEdge clicks, with the mouse, the middle of the first drawn edge
// between nodes named a and b, once the map has drawn it.
func clickEdge(a, b string) chromedp.Action[chromedp.Void] {
	js := fmt.Sprintf(`(() => {
		const cy = window.kg && window.kg.cy;
		const e = cy && cy.edges().filter(e => [e.source().data('name'), e.target().data('name')].sort().join('|') === %q)[0];
		const m = e && e.renderedMidpoint();
		if (!m || isNaN(m.x)) return null;
		const r = cy.container().getBoundingClientRect();
		return [r.left + m.x, r.top + m.y];
	})()`, strings.Join(sortedPair(a, b), "|"))
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		pos, err := chromedp.Poll[[]float64](js, chromedp.WithPollingTimeout(30*time.Second))(ctx, t)
		if err != nil {
			return fmt.Errorf("no edge drawn between %s and %s: %w", a, b, err)
		}
		_, err = chromedp.MouseClickXY(pos[0], pos[1])(ctx, t)
		return err
	})
}

func sortedPair(a, b string) []string {
	if a > b {
		a, b = b, a
	}
	return []string{a, b}
}

// waitReady waits until the page has drawn its map (or has none to draw).
var waitReady = chromedp.Poll[chromedp.Void](`document.body.dataset.ready`, chromedp.WithPollingTimeout(20*time.Second))

// TestBrowser does what a newcomer does on the example article: search
// "Lavrov", click the edge to Kerry, read the sentence behind it, run a
// Gizmo query in the console. The page must log no error, and an article
// containing <script> must show it as text.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	dir := t.TempDir()
	script := writeFile(t, dir, "script.txt", "Russia criticized Ukraine <script>window.pwned=1</script> on Monday.\n")
	url := startServe(t, "../../examples/kerry-lavrov-paris-2014-03-30.txt", script)
	ctx, consoleErrors := browser(t)

	err := chromedp.Do(ctx,
		chromedp.Navigate(url+"/"),
		waitReady,
		chromedp.SendKeys("#search", "Lavrov"),
		chromedp.WaitVisible("#completions li"),
		chromedp.Click("#completions li"),
		chromedp.Poll[chromedp.Void](`window.kgTiming && window.kgTiming.nodes >= 2`, chromedp.WithPollingTimeout(time.Minute)),
		clickEdge("Sergey Lavrov", "John Kerry"),
		chromedp.WaitVisible("#statements li blockquote.sentence"),
	)
	if err != nil {
		t.Fatalf("browser: %v (console: %v)", err, consoleErrors())
	}
	if sentence := text(t, ctx, "#statements li blockquote.sentence"); !strings.Contains(sentence, "Lavrov") || !strings.Contains(sentence, "Kerry") {
		t.Errorf("sentence behind the Lavrov–Kerry edge: %q", sentence)
	}

	err = chromedp.Do(ctx,
		chromedp.SetValue("#gizmo", `g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").Out("<schema:name>").All()`),
		chromedp.Click("#run"),
		chromedp.WaitVisible("#results td"),
	)
	if err != nil {
		t.Fatalf("browser, Gizmo console: %v (console: %v)", err, consoleErrors())
	}
	if status := text(t, ctx, "#query-status"); !strings.HasPrefix(status, "1 results") {
		t.Errorf("Gizmo console status %q, want 1 result", status)
	}
	if cell := text(t, ctx, "#results td"); cell != "federal structure in Ukraine" {
		t.Errorf("Gizmo console shows %q, want federal structure in Ukraine", cell)
	}

	// An article's <script> is shown, never run.
	err = chromedp.Do(ctx,
		chromedp.Navigate(url+"/?id=kg:country/RUS"),
		waitReady,
		clickEdge("Russia", "Ukraine"),
		chromedp.WaitVisible("#statements li blockquote.sentence"),
	)
	if err != nil {
		st, _ := chromedp.Run(ctx, chromedp.Text("#status"))
		t.Fatalf("browser, script article: %v (status %q, console: %v)", err, st, consoleErrors())
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#statements blockquote.sentence'), e => e.textContent)`))
	if err != nil || !slices.ContainsFunc(shown, func(s string) bool { return strings.Contains(s, "<script>window.pwned=1</script>") }) {
		t.Errorf("article with <script>: sentences shown %q (%v), want its sentence as text", shown, err)
	}
	pwned, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.pwned) + ' ' + document.querySelectorAll('#statements script').length`))
	if err != nil || pwned != "undefined 0" {
		t.Errorf("article with <script>: window.pwned and script elements %q (%v)", pwned, err)
	}
	if shot := os.Getenv("KGRAPH_SCREENSHOT"); shot != "" {
		screenshot(t, ctx, url, shot)
	}
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(errs, "\n"))
	}
}

// text returns the text of the first element sel selects.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(sel))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// screenshot saves the page on Lavrov, two hops, with an edge's
// statements open, for the README (KGRAPH_SCREENSHOT=PATH).
func screenshot(t *testing.T, ctx context.Context, url, path string) {
	err := chromedp.Do(ctx,
		chromedp.Navigate(url+"/?id=kg:Sergey_Lavrov&depth=2"),
		waitReady,
		clickEdge("Sergey Lavrov", "John Kerry"),
		chromedp.WaitVisible("#statements li"),
	)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Clean(path), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPageLayout measures how long the page takes from receiving a
// neighbourhood to a laid-out map (layout-ms) and to that map painted, ready
// for the mouse (interactive-ms), in headless chromium, averaged over the
// runs: KGRAPH_BENCH_STORE=PATH and KGRAPH_BENCH_FOCUS=IRI name the store
// and the entity, KGRAPH_BENCH_NODES (500) the nodes asked for, two hops
// out; KGRAPH_BENCH_SCREENSHOT=PATH saves the last map as a PNG, to look
// at.
func BenchmarkPageLayout(b *testing.B) {
	store, focus := os.Getenv("KGRAPH_BENCH_STORE"), os.Getenv("KGRAPH_BENCH_FOCUS")
	if store == "" || focus == "" {
		b.Skip("BenchmarkPageLayout needs KGRAPH_BENCH_STORE=PATH and KGRAPH_BENCH_FOCUS=IRI")
	}
	nodes := cmp.Or(os.Getenv("KGRAPH_BENCH_NODES"), "500")
	url := startServe(b, "--db", store, "--timeout", "10m")
	ctx, consoleErrors := browser(b)
	var added, layout, ready, drawn, runs, zoom float64
	for b.Loop() {
		err := chromedp.Do(ctx, chromedp.Navigate(url+"/?depth=2&max="+nodes+"&id="+focus),
			chromedp.Poll[chromedp.Void](`window.kgTiming`, chromedp.WithPollingTimeout(10*time.Minute)))
		if err != nil {
			b.Fatalf("%v (console: %v)", err, consoleErrors())
		}
		t, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](`window.kgTiming`))
		if err != nil {
			b.Fatal(err)
		}
		added, layout, ready, drawn = added+t["addMs"], layout+t["layoutMs"], ready+t["readyMs"], t["nodes"]
		runs++
		zoom = t["zoom"]
	}
	b.ReportMetric(added/runs, "add-ms")
	b.ReportMetric(layout/runs, "layout-ms")
	b.ReportMetric(ready/runs, "interactive-ms")
	b.ReportMetric(drawn, "nodes")
	b.ReportMetric(zoom, "zoom")
	if shot := os.Getenv("KGRAPH_BENCH_SCREENSHOT"); shot != "" {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Clean(shot), png, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}
