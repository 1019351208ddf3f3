# kgraph — one-line targets, no make magic.
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
SHARED  ?= $(abspath ../shared)
FUZZTIME ?= 20s

.PHONY: build test bench fuzz golden model demo lint clean

build:
	$(GO) build -ldflags "-X main.Version=$(VERSION)" -o bin/kgraph ./cmd/kgraph

test:
	$(GO) test -race ./...

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

golden:
	$(GO) test ./... -run Golden -update

lint:
	gofmt -l . && $(GO) vet ./...

clean:
	rm -rf bin out
