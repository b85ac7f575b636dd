package tokenizer

import (
	"container/heap"
	"unicode/utf8"
)

type spmSymbol struct {
	prev, next int
	text       string // empty once merged into its left neighbour
}

type spmBigram struct {
	left, right int
	score       float32
	size        int
}

type bigramQueue []spmBigram

func (q bigramQueue) Len() int { return len(q) }
func (q bigramQueue) Less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	return q[i].left < q[j].left
}
func (q bigramQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *bigramQueue) Push(x any)   { *q = append(*q, x.(spmBigram)) }
func (q *bigramQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// mergeable reports whether id may be the result of a merge: normal and
// user-defined tokens (and those of undefined type), never control, byte,
// unknown or unused ones.
func (t *Tokenizer) mergeable(id int) bool {
	ty := t.Types[id]
	return ty == TypeNormal || ty == TypeUserDefined || ty == TypeUndefined
}

// encodeSPM appends the tokens of s (spaces already "▁") as llama.cpp's
// SentencePiece tokenizer does: start from UTF-8 characters (an invalid
// byte is a character of its own), repeatedly merge the adjacent pair whose
// joined text is the vocabulary token of highest score (the leftmost among
// equals), then emit each piece's token or, for a character not in the
// vocabulary, its bytes' <0xXX> tokens.
func (t *Tokenizer) encodeSPM(out []int, s string) []int {
	syms := make([]spmSymbol, 0, len(s))
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		syms = append(syms, spmSymbol{prev: len(syms) - 1, next: len(syms) + 1, text: s[i : i+n]})
		i += n
	}
	if len(syms) == 0 {
		return out
	}
	syms[len(syms)-1].next = -1
	q := &bigramQueue{}
	add := func(l, r int) {
		if l < 0 || r < 0 {
			return
		}
		text := syms[l].text + syms[r].text
		id, ok := t.ids[text]
		if !ok || !t.mergeable(id) {
			return
		}
		heap.Push(q, spmBigram{left: l, right: r, score: t.Scores[id], size: len(text)})
	}
	for i := 1; i < len(syms); i++ {
		add(i-1, i)
	}
	for q.Len() > 0 {
		b := heap.Pop(q).(spmBigram)
		l, r := &syms[b.left], &syms[b.right]
		if l.text == "" || r.text == "" || len(l.text)+len(r.text) != b.size {
			continue // stale: one side was merged since
		}
		l.text += r.text
		r.text = ""
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = b.left
		}
		add(l.prev, b.left)
		add(b.left, l.next)
	}
	for i := 0; i >= 0; i = syms[i].next {
		text := syms[i].text
		if id, ok := t.ids[text]; ok && t.mergeable(id) {
			out = append(out, id)
			continue
		}
		for j := 0; j < len(text); j++ {
			out = append(out, t.bytes[text[j]])
		}
	}
	return out
}
