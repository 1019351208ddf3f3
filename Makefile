# kgraph — one-line targets, no make magic.
GO       ?= go
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SHARED   ?= $(abspath ../shared)
EWT      := $(SHARED)/corpora/ud-english-ewt
FUZZTIME ?= 20s
STATICCHECK ?= v0.8.2
KG       := bin/kgraph
EXAMPLE  := examples/kerry-lavrov-paris-2014-03-30

export KGRAPH_SHARED := $(SHARED)

.PHONY: build test bench bench-extract bench-load fuzz fuzz-long golden model demo eval lint clean web

build:
	$(GO) build -ldflags "-X main.Version=$(VERSION)" -o $(KG) ./cmd/kgraph

# The test suite; CI runs it through .ci/run with a real PostgreSQL server. Tests that need the large corpora of
# ../shared skip without them (CI=true makes them fail instead); the skipped ones are listed at the end.
test:
	$(GO) test -race -json ./... | $(GO) run ./internal/testreport

# Load the example into a fresh store, answer the example queries, draw the map.
demo: build
	rm -rf out && mkdir -p out
	$(KG) build --db out/demo.db $(EXAMPLE).txt
	for q in examples/queries/*.js; do echo "# $$q"; $(KG) query --db out/demo.db -f $$q; done
	$(KG) render --db out/demo.db --title "kgraph: Kerry and Lavrov in Paris, 2014-03-30" -o out/map.svg

# The quality benchmarks (figures in README.md).
eval: build
	mkdir -p out
	$(KG) eval gold $(EXAMPLE).tsv $(EXAMPLE).txt | tail -1
	$(KG) eval ud $(EWT)/en_ewt-ud-test.conllu | tail -1
	$(KG) eval ud $(SHARED)/corpora/ud-english-pud/en_pud-ud-test.conllu | tail -1
	$(KG) eval conll $(SHARED)/corpora/conll2003-dev/eng.testa.iob2.txt | tail -1
	$(KG) extract -q --input-format lines --format carb -o out/carb.tsv $(SHARED)/benchmarks/carb/dev.txt
	$(KG) eval carb --gold $(SHARED)/benchmarks/carb/gold/dev.tsv out/carb.tsv | tail -1
	$(KG) eval petrarch $(SHARED)/corpora/petrarch2-validation/PETR.UnitTest.records.xml | tail -1

# Retrain every embedded model and table from ../shared (never in CI). The tagger's lexicon comes from WordNet's
# dictionary files: apt-get install wordnet-base.
WORDNET ?= /usr/share/wordnet
model:
	nice -n 10 $(GO) run ./internal/train/gazetteer -o extract/gazetteer/data/gazetteer.tsv.gz
	nice -n 10 $(GO) run ./internal/train/vocab -o extract/event/cameo_tables.go
	nice -n 10 $(GO) run ./internal/train/lemmas -ewt $(EWT) -cameo $(SHARED)/corpora/cameo-plover/CAMEO.2.0.verbs.txt -o extract/tag/model/lemmas.txt.gz
	nice -n 10 $(GO) run ./internal/train/tagger -train $(EWT)/en_ewt-ud-train.conllu,$(EWT)/en_ewt-ud-dev.conllu -wordnet $(WORDNET) -orders 3 -o extract/tag/model/tagger.bin
	nice -n 10 $(GO) run ./internal/train/parser -train $(EWT)/en_ewt-ud-train.conllu,$(EWT)/en_ewt-ud-dev.conllu -o extract/parse/model/parser.bin
	nice -n 10 $(GO) run ./internal/train/ner -out extract/ner/model/ner.bin

# Rebuild the JavaScript that kgraph serve embeds from web/package-lock.json
# (npm; node_modules is not committed): the libraries and their licences.
VENDOR := graph/server/static/vendor
web:
	cd web && npm ci --no-audit --no-fund
	mkdir -p $(VENDOR)
	cp web/node_modules/cytoscape/dist/cytoscape.min.js web/node_modules/layout-base/layout-base.js web/node_modules/cose-base/cose-base.js web/node_modules/cytoscape-fcose/cytoscape-fcose.js $(VENDOR)/
	for p in cytoscape layout-base cose-base cytoscape-fcose; do cp web/node_modules/$$p/LICENSE $(VENDOR)/LICENSE.$$p; done
	cd web && npm ls --all | tail -n +2 > ../$(VENDOR)/VERSIONS

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# Store figures (README "Speed and memory"): loads into bolt, and into PostgreSQL with KGRAPH_TEST_POSTGRES set.
# Extraction's figures in README.md: one sentence as a whole process, the
# whole pipeline on one core, and documents from 10 kB to 5 MB on one line.
bench-extract:
	$(GO) test ./cmd/kgraph -run '^$$' -bench 'ExtractSentence$$' -benchtime 20x
	$(GO) test ./extract -run '^$$' -bench 'Extract$$' -cpu 1
	$(GO) test ./extract -run '^$$' -bench 'Length$$' -benchtime 1x -cpu 1

bench-load:
	$(GO) test ./graph -run '^$$' -bench 'Load$$|LoadFile|LoadIncremental' -benchtime 3x

# Every fuzz target of the module, each for FUZZTIME beyond its seeds; the last line of each says how many inputs it
# tried. CI runs it with FUZZTIME=5s (.ci/run); fuzz-long gives each ten minutes. scripts/fuzz.sh says how a Go 1.26
# coordinator race at the end of the time is told apart from a finding.
fuzz:
	GO=$(GO) bash scripts/fuzz.sh $(FUZZTIME)

fuzz-long:
	$(MAKE) fuzz FUZZTIME=10m

golden:
	$(GO) test ./extract ./cmd/kgraph ./graph/render -run 'Golden|ExampleQueries' -update

# gofmt, go vet and staticcheck (pinned) on our own packages; the vendored third_party code is left as it came.
lint:
	test -z "$$(gofmt -l .)" && $(GO) vet ./... && $(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK) $$($(GO) list ./... | grep -v /third_party/)

clean:
	rm -rf bin out
