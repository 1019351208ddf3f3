package graph

import cgraph "github.com/cayleygraph/cayley/graph"

type quadRef = cgraph.Ref
