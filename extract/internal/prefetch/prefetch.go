// Package prefetch asks the processor to bring memory into its cache ahead
// of use. A table lookup that misses the cache waits some hundred
// nanoseconds; a prefetch does not wait, so the misses of many lookups
// prefetched in a row are served at once instead of one after another.
package prefetch
