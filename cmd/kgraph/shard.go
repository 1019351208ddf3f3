package main

import (
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/schema"
)

// shardFlag splits the input of kgraph extract between machines.
var shardFlag = &cli.StringFlag{
	Name: "shard",
	Usage: "`K/N`: extract only shard K of N (K from 0 to N-1, as a Kubernetes Indexed Job's completion index), " +
		"the documents whose ID hashes to K; N machines with the same inputs and K = 0..N-1 share them out, and " +
		"kgraph load merges their outputs (docs/scale.md)",
}

// parseShard reads K/N.
func parseShard(s string) (k, n int, err error) {
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(strings.TrimSpace(ks))
	n, err2 := strconv.Atoi(strings.TrimSpace(ns))
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return 0, 0, usagef("--shard %q: want K/N with 0 <= K < N, such as 0/4", s)
	}
	return k, n, nil
}

// inShard reports whether the document with this ID belongs to shard k of
// n: FNV-1a of the ID, modulo n. The same ID always lands in the same
// shard, whatever else the input holds and on whichever machine.
func inShard(id string, k, n int) bool {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()%uint64(n) == uint64(k)
}

// shardSource keeps the documents of the shard --shard names; without the
// flag it returns src.
func shardSource(c *cli.Context, src extract.Source) (extract.Source, error) {
	if !c.IsSet(shardFlag.Name) {
		return src, nil
	}
	k, n, err := parseShard(c.String(shardFlag.Name))
	if err != nil {
		return nil, err
	}
	return func(yield func(schema.Document) error) error {
		return src(func(d schema.Document) error {
			if !inShard(d.ID, k, n) {
				return nil
			}
			return yield(d)
		})
	}, nil
}
