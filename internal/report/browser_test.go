package report

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser test opens real reports in headless Chromium: the report of a résumé
// full of attacks must run nothing and fetch nothing, and a normal report is
// photographed for a person to look at. It is skipped where there is no Chromium
// (`.ci/run` installs Debian's package).

func chromiumPath() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// pageLog records what a page did, from the protocol events.
type pageLog struct {
	mu       sync.Mutex
	requests []string
	dialogs  []string
	console  []string
	errors   []string
	logs     []string
}

func (l *pageLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, e.Request.URL)
	case *page.EventJavascriptDialogOpening:
		l.dialogs = append(l.dialogs, e.Message)
	case *runtime.EventConsoleAPICalled:
		l.console = append(l.console, string(e.Type))
	case *runtime.EventExceptionThrown:
		l.errors = append(l.errors, e.ExceptionDetails.Text)
	case *log.EventEntryAdded:
		l.logs = append(l.logs, e.Entry.Text)
	}
}

func (l *pageLog) snapshot() pageLog {
	l.mu.Lock()
	defer l.mu.Unlock()
	return pageLog{requests: append([]string{}, l.requests...), dialogs: append([]string{}, l.dialogs...),
		console: append([]string{}, l.console...), errors: append([]string{}, l.errors...), logs: append([]string{}, l.logs...)}
}

func newBrowser(t *testing.T, listen func(any)) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		t.Skip("no chromium at /usr/bin/chromium or on PATH")
	}
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		// Chromium puts its singleton socket folder in $TMPDIR: keep it in the test's.
		chromedp.Env("TMPDIR="+t.TempDir()),
		chromedp.WindowSize(1100, 1400),
	)
	t.Cleanup(cancelAlloc)
	tab, cancelTab := chromedp.NewContext(alloc, chromedp.WithListener(listen))
	t.Cleanup(cancelTab)
	// A dialog would block the page; close any at once (and the log will show it).
	dialogs := chromedp.Events(tab, page.JavascriptDialogOpening)
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return tab
}

// withServer points the payloads' remote URLs at a local server that counts hits, so a
// request that slipped past the browser's event log would still be seen.
func (f fixtureText) withServer(url string) fixtureText {
	r := strings.NewReplacer("http://127.0.0.1:9", url)
	for _, p := range []*string{&f.name, &f.email, &f.phone, &f.link, &f.address, &f.fact, &f.change, &f.question, &f.example} {
		*p = r.Replace(*p)
	}
	for i := range f.b {
		f.b[i] = r.Replace(f.b[i])
	}
	return f
}

func TestBrowserPayloadsDoNothing(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("x"))
	}))
	defer srv.Close()

	dir := t.TempDir()
	payload := payloadText.withServer(srv.URL)
	single := filepath.Join(dir, "payload.html")
	if err := WriteFileAtomic(single, func(w io.Writer) error {
		return (&HTMLWriter{}).Write(w, Single(fixtureReport(payload)))
	}); err != nil {
		t.Fatal(err)
	}
	batchDir := filepath.Join(dir, "batch")
	normal := fixtureReport(normalText)
	normal.OverallScore = 71 // ranks above the payload résumé when sorted by overall
	batch := &Batch{Reports: []*Report{fixtureReport(payload), normal},
		Errors: []FileError{{File: `<img src="` + srv.URL + `/err">.pdf`, Error: `<script>alert("err")</script>`}}}
	if err := WriteDir(batchDir, batch, Options{}); err != nil {
		t.Fatal(err)
	}

	var plog pageLog
	tab := newBrowser(t, plog.listen)
	pages := []string{single, filepath.Join(batchDir, "index.html"), filepath.Join(batchDir, pageNames(batch.Reports)[0])}
	for _, p := range pages {
		url := "file://" + p
		if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.WaitReady("body"), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		type state struct {
			Pwned   bool   `json:"pwned"`
			Title   string `json:"title"`
			Scripts int    `json:"scripts"`
			Active  int    `json:"active"`
			Text    string `json:"text"`
			Frames  int    `json:"frames"`
		}
		st, err := chromedp.Run(tab, chromedp.Evaluate[state](`({
			pwned: typeof window.__pwned !== "undefined",
			title: document.title,
			scripts: document.scripts.length,
			active: document.querySelectorAll("img,iframe,object,embed,link,base,form,input,textarea,[onerror],[onload],[onclick],[onmouseover],a[href^='javascript'],a[href^='data'],a[href^='http']").length,
			text: document.body.innerText,
			frames: window.frames.length,
		})`))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if st.Pwned {
			t.Errorf("%s: a payload ran (window.__pwned is set)", p)
		}
		// The page title is either the index's or the payload name shown as text; the
		// name's script would have set it to "PWNED".
		if (st.Title != payload.name+" · résumé report" && !strings.HasPrefix(st.Title, "Résumé reports")) || st.Scripts != 0 || st.Active != 0 || st.Frames != 0 {
			t.Errorf("%s: title %q, %d scripts, %d active elements, %d frames; want none from the résumé", p, st.Title, st.Scripts, st.Active, st.Frames)
		}
		if p != pages[1] {
			for _, want := range []string{`<script>window.__pwned="name"`, `{{template "x"}}`, `javascript:window.__pwned="link"`} {
				if !strings.Contains(st.Text, want) {
					t.Errorf("%s: the payload %q is not shown as text", p, want)
				}
			}
		}
	}
	// Clicking a column heading of the index sorts without any script: the target
	// order's table is shown and the default one hidden.
	index := "file://" + pages[1]
	if err := chromedp.Do(tab, chromedp.Navigate(index), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	type vis struct {
		Default string `json:"def"`
		Overall string `json:"overall"`
		First   string `json:"first"`
	}
	v, err := chromedp.Run(tab, chromedp.Evaluate[vis](`(() => {
		location.hash = "#by-overall-desc";
		const d = getComputedStyle(document.getElementById("by-name-asc")).display;
		const o = document.getElementById("by-overall-desc");
		return {def: d, overall: getComputedStyle(o).display, first: o.querySelector("tbody th a").textContent};
	})()`))
	if err != nil {
		t.Fatalf("%s: %v", index, err)
	}
	if v.Default != "none" || v.Overall != "block" || v.First != "Priya Natarajan" {
		t.Errorf("sorting by overall: default table display %q, overall table %q, first row %q", v.Default, v.Overall, v.First)
	}

	time.Sleep(200 * time.Millisecond) // let late events arrive
	got := plog.snapshot()
	for _, u := range got.requests {
		if !strings.HasPrefix(u, "file://"+dir) {
			t.Errorf("a request left the page: %s", u)
		}
	}
	if len(got.requests) != len(pages)+1 {
		t.Errorf("requests %v; want only the report files (%d navigations)", got.requests, len(pages)+1)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the local server saw %d requests from the report", n)
	}
	if len(got.dialogs) > 0 || len(got.console) > 0 || len(got.errors) > 0 {
		t.Errorf("something ran: dialogs %v, console calls %v, exceptions %v", got.dialogs, got.console, got.errors)
	}
	t.Logf("browser log entries (CSP reports show what the policy would have blocked): %d", len(got.logs))

	// Control: the same harness on a page that is not escaped must see the script run
	// and the request leave, or the checks above prove nothing.
	control := filepath.Join(dir, "control.html")
	os.WriteFile(control, []byte(`<!DOCTYPE html><title>c</title><script>window.__pwned=1</script><img src="`+srv.URL+`/control.png">`), 0o644)
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+control), chromedp.WaitReady("body"), chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	ran, err := chromedp.Run(tab, chromedp.Evaluate[bool](`typeof window.__pwned !== "undefined"`))
	if err != nil || !ran || hits.Load() == 0 {
		t.Errorf("control page: script ran=%v (err %v), server hits=%d; the harness cannot see what it checks", ran, err, hits.Load())
	}
}

// TestBrowserScreenshot photographs a normal report and prints it on A4 and Letter.
// The files go to the temporary directory for a person to look at; nothing is
// committed. The test checks that nothing is wider than the printed page.
func TestBrowserScreenshot(t *testing.T) {
	var plog pageLog
	tab := newBrowser(t, plog.listen)
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := WriteFileAtomic(path, func(w io.Writer) error {
		return (&HTMLWriter{}).Write(w, Single(fixtureReport(normalText)))
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+path), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	// The screenshot and the printed pages stay only when asked for
	// (RESUMECHECK_SHOTS=DIR): nothing is left in the temp folder.
	shots := os.Getenv("RESUMECHECK_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	shot := filepath.Join(shots, "resumecheck-report.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)
	for name, paper := range map[string]chromedp.PaperSize{"a4": chromedp.PaperA4, "letter": chromedp.PaperLetter} {
		pdf, err := chromedp.Run(tab, chromedp.PrintToPDF(chromedp.PDFPaper(paper), chromedp.PDFPrintBackground()))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(pdf), "%PDF-") {
			t.Fatalf("%s: printing gave no PDF", name)
		}
		out := filepath.Join(shots, "resumecheck-report-"+name+".pdf")
		os.WriteFile(out, pdf, 0o644)
		t.Logf("printed: %s (%d bytes)", out, len(pdf))
	}
	// In print media at the narrower printable width (A4 minus margins, about 700 CSS
	// px), nothing may stick out to the right.
	if err := chromedp.Do(tab, chromedp.EmulateViewport(700, 1000)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	over, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if over > 0 {
		t.Errorf("printed at A4 width the report is %d px wider than the page", over)
	}
	if got := plog.snapshot(); len(got.requests) != 1 {
		t.Errorf("requests %v; want only the report file", got.requests)
	}
}
