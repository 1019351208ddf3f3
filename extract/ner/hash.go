package ner

import (
	"unicode"
	"unicode/utf8"
)

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// hashString folds s into the FNV-1a hash h.
func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// hashBytes is hashString of b.
func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * prime64
}

// hashLower folds the lowercased s into h without allocating.
func hashLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = hashByte(h, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h = hashByte(h, b)
		}
	}
	return h
}

// mix is the 64-bit finalizer of MurmurHash3.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// key makes the 32-bit feature key of template t with value v; never 0.
func key(t int, v uint64) uint32 {
	k := uint32(mix(v^uint64(t)*0x9e3779b97f4a7c15) >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

func combine(a, b uint64) uint64 { return mix(a*31 + b) }

// PhraseHash is the gazetteer key of a lowercased phrase of words.
func PhraseHash(words []string) uint64 {
	h := uint64(offset64)
	for i, w := range words {
		if i > 0 {
			h = hashByte(h, ' ')
		}
		h = hashLower(h, w)
	}
	return h
}
