package text

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/internal/shared"
)

// words returns the model-facing tokens of each sentence, joined by spaces.
func words(text string) []string {
	var out []string
	for _, s := range Segment(text) {
		out = append(out, strings.Join(s.Words(), " "))
	}
	return out
}

func TestSegmentTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // tokens of all sentences, sentences separated by " | "
	}{
		{"clitic n't", "I don't know.", "I do n't know ."},
		{"can't won't cannot", "We can't, won't and cannot go.", "We ca n't , wo n't and can not go ."},
		{"possessive", "Russia's troops", "Russia 's troops"},
		{"plural possessive", "the Ukrainians' fear", "the Ukrainians ' fear"},
		{"we're curly", "we’re here", "we 're here"},
		{"gonna", "I'm gonna win", "I 'm gon na win"},
		{"abbreviations", "Rear Adm. Kirby met Sen. Feinstein and Mr. Kerry in the U.S. at 5 p.m. on Jan. 5", "Rear Adm. Kirby met Sen. Feinstein and Mr. Kerry in the U.S. at 5 p.m. on Jan. 5"},
		{"numbers and money", "40,000 troops cost $4.25 or 76% more", "40,000 troops cost $ 4.25 or 76 % more"},
		{"hyphen compounds split", "the East-West standoff and Russian-speaking people", "the East - West standoff and Russian - speaking people"},
		{"hyphen prefixes kept", "anti-war e-mail re-elect non-stop", "anti-war e-mail re-elect non-stop"},
		{"hyphen models and phones", "an AK-47 and 713-654-0365", "an AK-47 and 713-654-0365"},
		{"year range", "in 1969-1970", "in 1969 - 1970"},
		{"url", "See http://www.example.com/a-b?x=1.", "See http://www.example.com/a-b?x=1 ."},
		{"url in parens", "(see www.cnn.com)", "( see www.cnn.com )"},
		{"email", "Mail john.doe@example.org, please.", "Mail john.doe@example.org , please ."},
		{"ellipsis", "achieved ... and then...", "achieved ... and then ..."},
		{"unicode ellipsis", "wait… and", "wait ... and"},
		{"double dash", "Ukraine -- responding and Ukraine--responding", "Ukraine -- responding and Ukraine -- responding"},
		{"em dash", "Ukraine—responding", "Ukraine -- responding"},
		{"straight quotes", `"We are," he said.`, `" We are , " he said .`},
		{"curly quotes", "“We are,” he said.", `" We are , " he said .`},
		{"single quotes", "'The hordes are coming': Ukrainians", "' The hordes are coming ' : Ukrainians"},
		{"ptb quotes", "``Yes,'' he said.", `" Yes , " he said .`},
		{"slash", "and/or w/o", "and / or w/o"},
		{"time", "at 5:30 today: now", "at 5:30 today : now"},
		{"brackets", "a meeting (between Kerry and Lavrov).", "a meeting ( between Kerry and Lavrov ) ."},
		{"question exclamation", "Really?! Yes!!", "Really ?! | Yes !!"},
		{"initials", "John F. Kennedy spoke.", "John F. Kennedy spoke ."},
		{"number sign", "No. 5 and no.", "No. 5 and no ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(words(tt.in), " | ")
			if got != tt.want {
				t.Errorf("Segment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // sentence texts
	}{
		{"simple", "Russia annexed Crimea. The West objected!", []string{"Russia annexed Crimea.", "The West objected!"}},
		{"quote ends sentence", `"We are trying to defuse this." Kerry met Lavrov.`, []string{`"We are trying to defuse this."`, "Kerry met Lavrov."}},
		{"question in quote with attribution", `"Is it smart?" Kerry said. He left.`, []string{`"Is it smart?" Kerry said.`, "He left."}},
		{"comma quote attribution", `"We both made suggestions," Kerry said.`, []string{`"We both made suggestions," Kerry said.`}},
		{"title abbreviations", "Pentagon press secretary Rear. Adm. John Kirby said Sunday. Gen. Phil Breedlove was in Washington.", []string{"Pentagon press secretary Rear. Adm. John Kirby said Sunday.", "Gen. Phil Breedlove was in Washington."}},
		{"U.S. mid sentence", "Two U.S. officials told CNN. The officials said so.", []string{"Two U.S. officials told CNN.", "The officials said so."}},
		{"U.S. at end", "He lives in the U.S. The family moved.", []string{"He lives in the U.S.", "The family moved."}},
		{"U.S. in a title-case headline", "China Tells U.S. It Will Not Back Down\n\nThe talks ended.", []string{"China Tells U.S. It Will Not Back Down", "The talks ended."}},
		{"p.m. then name", "It ended about 5 p.m. ET. Then they left.", []string{"It ended about 5 p.m. ET.", "Then they left."}},
		{"headline line", "Russian forces on border\nThe meeting follows a call.", []string{"Russian forces on border", "The meeting follows a call."}},
		{"headline question", "Opinion: Does Obama really understand Putin?\nU.S. Defense Secretary spoke.", []string{"Opinion: Does Obama really understand Putin?", "U.S. Defense Secretary spoke."}},
		{"blank line", "Title of story\n\nthe text starts here.", []string{"Title of story", "the text starts here."}},
		{"lowercase continuation", "the war went\non for years.", []string{"the war went\non for years."}},
		{"hard wrapped", "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    The dry period means the temporao will be late.",
			[]string{"Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.", "The dry period means the temporao will be late."}},
		{"ellipsis mid sentence", "It will be achieved ... and I will return.", []string{"It will be achieved ... and I will return."}},
		{"empty", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Segment(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Segment(%q) sentences = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSegmentLongSentence(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"10000 words", strings.Repeat("word ", 10000)},
		{"10000 words with commas", strings.Repeat("word word word, ", 3400)},
		{"table of numbers", strings.Repeat("1,234 5,678 9.10 11 12\n", 2000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Segment(tt.in)
			n := 0
			for _, s := range ss {
				if len(s.Tokens) > MaxTokens {
					t.Fatalf("sentence of %d tokens, want at most %d", len(s.Tokens), MaxTokens)
				}
				n += len(s.Tokens)
			}
			checkOffsets(t, tt.in, ss)
			if n < 10000 {
				t.Errorf("got %d tokens, want at least 10000", n)
			}
		})
	}
}

func TestSegmentOddInput(t *testing.T) {
	tests := []struct {
		name, in string
		tokens   int
	}{
		{"invalid utf8", "Kerry \xff\xfe said\x80.", 4},
		{"nul bytes", "a\x00b c", 2},
		{"combining marks and emoji", "Café́ 🇺🇦 Zürich.", 4},
		{"rtl and nbsp", "مرحبا\u00a0بالعالم", 2},
		{"zero width space", "a\u200bb", 2},
		{"only punctuation", "?!...---", 3},
		{"lone quote", "'", 1},
		{"lone apostrophes", "' ’ `", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Segment(tt.in)
			checkOffsets(t, tt.in, ss)
			n := 0
			for _, s := range ss {
				n += len(s.Tokens)
			}
			if n != tt.tokens {
				t.Errorf("Segment(%q) gave %d tokens %q, want %d", tt.in, n, words(tt.in), tt.tokens)
			}
		})
	}
}

func TestSegmentTokensPretokenized(t *testing.T) {
	tests := []struct {
		name, in string
		norms    []string
	}{
		{"ptb brackets", "a -LRB- b -RRB- c -LSB- -RSB- -LCB- -RCB-", []string{"a", "(", "b", ")", "c", "[", "]", "{", "}"}},
		{"ptb quotes", "`` Five Lucky Stars ''", []string{`"`, "Five", "Lucky", "Stars", `"`}},
		{"clitics kept", "Bush 's offer", []string{"Bush", "'s", "offer"}},
		{"extra spaces", "  a  b ", []string{"a", "b"}},
		{"blank", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := SegmentTokens(tt.in)
			var got []string
			for _, s := range ss {
				got = append(got, s.Words()...)
			}
			if !slices.Equal(got, tt.norms) {
				t.Errorf("SegmentTokens(%q) = %q, want %q", tt.in, got, tt.norms)
			}
			checkOffsets(t, tt.in, ss)
		})
	}
}

// TestSegmentArticle checks sentence boundaries of the Kerry–Lavrov article.
func TestSegmentArticle(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "kerry-lavrov-paris-2014-03-30.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ss := Segment(text)
	checkOffsets(t, text, ss)
	got := map[string]bool{}
	for _, s := range ss {
		got[text[s.Start:s.End]] = true
	}
	tests := []struct{ name, sentence string }{
		{"Rear. Adm. stays", `U.S. Defense Secretary Chuck Hagel ordered the top U.S. commander in Europe back to the continent because of the "growing uncertainty in Ukraine," Pentagon press secretary Rear. Adm. John Kirby said Sunday.`},
		{"Gen. starts", "Gen. Phil Breedlove was in Washington, where he was supposed to give annual testimony before Congress later this week."},
		{"headline", "Russian forces on border"},
		{"headline question", "Opinion: Does Obama really understand Putin?"},
		{"quote headline", "'The hordes are coming': Ukrainians fear Russian invasion in northeast"},
		{"quote closes sentence", `"We are trying to find a way to defuse this."`},
		{"question quote attribution", `"Is it smart at this moment in time to have that number of troops amassed on a border when you are sending a message that you want to de-escalate and move in the other direction?" Kerry said.`},
		{"p.m. ET", "The meeting ended about 5 p.m. ET."},
		{"two U.S. officials", "Russia may have 40,000 troops near its border with eastern Ukraine and another 25,000 at locations inland who are on alert and prepared to go in, two U.S. officials have told CNN."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !got[tt.sentence] {
				t.Errorf("sentence %q not found", tt.sentence)
			}
		})
	}
	for _, s := range ss {
		if strings.Contains(text[s.Start:s.End], "Sen.") && !strings.Contains(text[s.Start:s.End], "Sen. Dianne Feinstein") {
			t.Errorf("Sen. Dianne Feinstein split: %q", text[s.Start:s.End])
		}
	}
	if len(ss) != 40 {
		t.Errorf("got %d sentences, want 40", len(ss))
	}
}

// checkOffsets verifies the invariants of a segmentation against a plain
// reference: offsets valid, tokens in order and non-overlapping, every byte
// that is not space inside exactly one token, spaces outside tokens.
func checkOffsets(t *testing.T, text string, ss []doc.Sentence) {
	t.Helper()
	covered := make([]bool, len(text))
	prevEnd := 0
	for si, s := range ss {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", si)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", si, s.Start, s.End)
		}
		for _, tk := range s.Tokens {
			if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %q at [%d,%d) out of order or invalid (previous end %d)", tk.Text, tk.Start, tk.End, prevEnd)
			}
			if tk.Text != text[tk.Start:tk.End] {
				t.Fatalf("token text %q != text[%d:%d] %q", tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
			}
			if tk.Norm == "" {
				t.Fatalf("token %q has empty Norm", tk.Text)
			}
			for i := tk.Start; i < tk.End; i++ {
				covered[i] = true
			}
			prevEnd = tk.End
		}
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		sp := isSpace(r) && !(r == utf8.RuneError && w == 1)
		for k := i; k < i+w; k++ {
			if covered[k] == sp {
				t.Fatalf("byte %d (%q) covered=%v, space=%v", k, text[i:i+w], covered[k], sp)
			}
		}
		i += w
	}
}

// TestSegmentConcurrent checks that concurrent calls, which share pooled
// buffers, give what sequential ones do, and that a caller appending to one
// sentence's tokens does not overwrite the next sentence.
func TestSegmentConcurrent(t *testing.T) {
	tests := []struct{ name, in string }{
		{"short", "Russia annexed Crimea. The West objected!"},
		{"curly quotes", "“We are,” he said. ‘Yes’ – she didn’t."},
		{"long", strings.Repeat("Kerry met Lavrov in Paris, and they talked. ", 400)},
		{"huge", strings.Repeat("word ", maxScratch+100)},
	}
	want := make([][]doc.Sentence, len(tests))
	for i, tt := range tests {
		want[i] = Segment(tt.in)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for range 4 {
				got := Segment(tt.in)
				if !reflect.DeepEqual(got, want[i]) {
					t.Fatalf("Segment(%.40q) differs between calls", tt.in)
				}
				for k := range got {
					got[k].Tokens = append(got[k].Tokens, doc.Token{Text: "x"})
				}
				for k := range len(got) - 1 {
					if got[k+1].Tokens[0] != want[i][k+1].Tokens[0] {
						t.Fatalf("appending to sentence %d changed sentence %d", k, k+1)
					}
				}
			}
		})
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"U.S. Secretary of State John Kerry said Sunday.", `"Is it smart?" Kerry said.`, "don't can't Russia's",
		"http://x.org/a. john@x.org", "a\xffb", "--- ... … “”‘’", "Rear. Adm. Kirby\n\nHeadline\nText", "'s ' ` ``''",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, s, Segment(s))
		checkOffsets(t, s, SegmentTokens(strings.ReplaceAll(s, "\n", " ")))
	})
}

// FuzzFastPaths compares the allocation-free ASCII paths with the general
// ones they stand for.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"don't", "DON'T", "Can't", "cannot", "GONNA", "Russia's", "they'RE", "'s", "N'T", "1'd", "-'ll", "Mr", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(lowerASCII(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
		if !isASCII(s) {
			return
		}
		if got, want := cliticASCII(s), cliticFold(s); got != want {
			t.Errorf("cliticASCII(%q) = %d, want %d", s, got, want)
		}
		if got, want := isClitic(s), isCliticFold(s); got != want {
			t.Errorf("isClitic(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	dir := shared.Require(b, "corpora", "bbc-news", "bbc")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no BBC files in %s: %v", dir, err)
	}
	var docs []string
	size := 0
	for _, f := range files[:min(len(files), 300)] {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	sentences, tokens := 0, 0
	for b.Loop() {
		sentences, tokens = 0, 0
		for _, d := range docs {
			for _, s := range Segment(d) {
				sentences++
				tokens += len(s.Tokens)
			}
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
