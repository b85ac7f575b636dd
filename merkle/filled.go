package merkle

import (
	"errors"
	"fmt"
)

// FilledRoot returns the word-tree root of a non-empty list followed by
// copies of its last entry up to 2^height entries: the trace root of
// DESIGN §5 (A_1 … A_N, after which the accumulator stays A_N, as the guest
// computes it for ops past the last). It costs O(len(list) + height) hashes.
func FilledRoot(list []Hash, height int) (Hash, error) {
	r, _, err := filled(list, height, 0, false)
	return r, err
}

// FilledProof returns the siblings (bottom-up) of entry i of the filled list
// of FilledRoot; RootFromProof(entry, i, proof) gives the root.
func FilledProof(list []Hash, height int, i uint64) ([]Hash, error) {
	_, p, err := filled(list, height, i, true)
	return p, err
}

func filled(list []Hash, height int, i uint64, prove bool) (Hash, []Hash, error) {
	if len(list) == 0 {
		return Hash{}, nil, errors.New("filled list: no entries")
	}
	if height < 0 || height > MaxHeight || (height < 64 && uint64(len(list)) > uint64(1)<<height) {
		return Hash{}, nil, fmt.Errorf("filled list: %d entries do not fit height %d", len(list), height)
	}
	if prove && height < 64 && i >= uint64(1)<<height {
		return Hash{}, nil, fmt.Errorf("filled list: entry %d outside 2^%d", i, height)
	}
	k := newState()
	cur := append([]Hash(nil), list...)
	fill := list[len(list)-1]
	var proof []Hash
	for l := 0; l < height; l++ {
		if prove {
			j := i>>l ^ 1
			if j < uint64(len(cur)) {
				proof = append(proof, cur[j])
			} else {
				proof = append(proof, fill)
			}
		}
		next := make([]Hash, (len(cur)+1)/2)
		for j := range next {
			left, right := cur[2*j], fill
			if 2*j+1 < len(cur) {
				right = cur[2*j+1]
			}
			next[j] = k.node(&left, &right)
		}
		cur = next
		fill = k.node(&fill, &fill)
	}
	return cur[0], proof, nil
}
