package llama

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestJobEncoding(t *testing.T) {
	j := Job{Prompt: []int{1, 403, 407}, MaxTokens: 16, Seed: 1 << 40, Temperature: 0.8, TopP: 0.95}
	b, err := EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 32+12 || string(b[:4]) != "RMST" {
		t.Fatalf("encoding %x", b)
	}
	g, err := DecodeJob(b)
	if err != nil || !equalInts(g.Prompt, j.Prompt) || g.MaxTokens != 16 || g.Seed != j.Seed || g.Temperature != 0.8 || g.TopP != 0.95 {
		t.Fatalf("decoded %+v, %v", g, err)
	}
	bad := []struct {
		name string
		b    []byte
		err  string
	}{
		{"short", b[:20], "without the"},
		{"magic", append([]byte("XMST"), b[4:]...), "without the"},
		{"version", append(append([]byte{}, b[:4]...), append([]byte{2, 0, 0, 0}, b[8:]...)...), "version 2"},
		{"count", b[:len(b)-4], "prompt of 3 tokens in 40 bytes"},
		{"trailing", append(append([]byte{}, b...), 0), "in 45 bytes"},
		{"empty prompt", append(append([]byte{}, b[:28]...), 0, 0, 0, 0), "empty prompt"},
	}
	for _, tc := range bad {
		if _, err := DecodeJob(tc.b); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
	for _, j := range []Job{{}, {Prompt: []int{-1}}, {Prompt: []int{1}, MaxTokens: -1}, {Prompt: []int{1}, TopP: 2}, {Prompt: []int{1}, Temperature: -1}} {
		if _, err := EncodeJob(j); err == nil {
			t.Errorf("EncodeJob(%+v): no error", j)
		}
	}
}

// FuzzDecodeJob: whatever decodes re-encodes to the same bytes.
func FuzzDecodeJob(f *testing.F) {
	b, _ := EncodeJob(Job{Prompt: []int{1, 2, 3}, MaxTokens: 4, Seed: 9, Temperature: 1, TopP: 0.5})
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		j, err := DecodeJob(b)
		if err != nil {
			return
		}
		e, err := EncodeJob(j)
		if err != nil || !bytes.Equal(e, b) {
			t.Fatalf("re-encoding: %x, %v; input %x", e, err, b)
		}
	})
}

// TestNoNewTokens: a job with max tokens 0 runs the prompt only; its trace
// has the prompt's ops and its output is the empty token list.
func TestNoNewTokens(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf")
	res, err := m.Run(context.Background(), Job{Prompt: []int{1, 403}}, RunOptions{EOS: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Tokens) != 0 || res.N != res.C || res.C != m.OpsAt(0)+m.OpsAt(1) {
		t.Fatalf("tokens %v, N %d, C %d", res.Tokens, res.N, res.C)
	}
	// Prompt + max tokens may not pass the context length.
	if _, err := m.Run(context.Background(), Job{Prompt: []int{1, 2, 3, 4, 5, 6, 7, 8}, MaxTokens: m.Config.Context - 7}, RunOptions{EOS: -1, NoTrace: true}); err == nil || !strings.Contains(err.Error(), "exceed the context") {
		t.Fatalf("over the context: %v", err)
	}
}

func TestProgramEncoding(t *testing.T) {
	for _, p := range []Program{{EOS: -1}, {EOS: 2}, {EOS: 2, OpStepsLog2: 25}, {EOS: 0, OpStepsLog2: MaxOpStepsLog2}, {EOS: 2, TraceHeight: 15}, {EOS: 2, TraceHeight: 32}} {
		b := p.Encode()
		if len(b) != 20 || !IsProgram(b) {
			t.Fatalf("%+v: encoding %x", p, b)
		}
		g, err := DecodeProgram(b)
		if err != nil || g != p {
			t.Fatalf("%+v: decoded %+v, %v", p, g, err)
		}
	}
	if d := (Program{EOS: 2, OpStepsLog2: DefaultOpStepsLog2}).Encode(); !bytes.Equal(d, Program{EOS: 2}.Encode()) {
		t.Fatal("the default bound has two encodings")
	}
	b := Program{EOS: 2}.Encode()
	with := func(off int, v uint32) []byte {
		c := append([]byte(nil), b...)
		c[off], c[off+1], c[off+2], c[off+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
		return c
	}
	for _, tc := range []struct {
		name string
		b    []byte
		err  string
	}{
		{"short", b[:16], "16 bytes"},
		{"trailing", append(append([]byte(nil), b...), 0), "21 bytes"},
		{"version 2", with(4, 2), "version 3"},
		{"eos", with(8, 0xfffffffe), "eos -2"},
		{"bound too small", with(12, MinOpStepsLog2-1), "outside"},
		{"bound too large", with(12, MaxOpStepsLog2+1), "above"},
		{"trace height too large", with(16, 33), "trace height 33 above 32"},
	} {
		if _, err := DecodeProgram(tc.b); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
	if _, err := Load(nil, WithOpSteps(MaxOpStepsLog2+1)); err == nil || !strings.Contains(err.Error(), "op step bound") {
		t.Fatalf("Load with bound 2^31: %v", err)
	}
}

// TestProgramHeight: a program's trace height holds every job of the
// model's context (MaxTraceHeight is the height of the longest), a job's
// own height is the smallest that holds it, and a trace longer than the
// program's capacity is refused, natively (Run) as in the guest (Height).
func TestProgramHeight(t *testing.T) {
	m, _ := load(t, "../../testdata/stories260K.gguf")
	n := m.Config.Context
	h := m.MaxTraceHeight()
	longest := 0
	for p := 1; p <= n; p++ {
		longest = max(longest, m.TraceLength(p, n-p))
	}
	if uint64(longest) > 1<<h || uint64(longest) <= 1<<(h-1) {
		t.Fatalf("max trace height %d for the longest trace of %d ops", h, longest)
	}
	for _, tc := range []struct {
		p      Program
		c      int
		want   int
		errStr string
	}{
		{Program{}, 1, 0, ""},
		{Program{}, 2, 1, ""},
		{Program{}, 5000, 13, ""},
		{Program{TraceHeight: h}, longest, h, ""},
		{Program{TraceHeight: h}, 1, h, ""},
		{Program{TraceHeight: 12}, 4096, 12, ""},
		{Program{TraceHeight: 12}, 4097, 0, "4097 ops does not fit the program's trace height 12"},
		{Program{TraceHeight: 33}, 1, 0, "trace height 33"},
	} {
		got, err := tc.p.Height(tc.c)
		if tc.errStr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.errStr) {
				t.Errorf("%+v, %d ops: %d, %v; want %q", tc.p, tc.c, got, err, tc.errStr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%+v, %d ops: %d, %v; want %d", tc.p, tc.c, got, err, tc.want)
		}
	}
	job := Job{Prompt: []int{1, 403, 407}, MaxTokens: 4}
	c := m.TraceLength(3, 4)
	if _, err := m.Run(context.Background(), job, RunOptions{EOS: -1, NoTrace: true, TraceHeight: TraceHeight(c) - 1}); err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Fatalf("a trace of %d ops at height %d: %v", c, TraceHeight(c)-1, err)
	}
	p := Program{EOS: 2, TraceHeight: h}
	if o := p.RunOptions(); o.EOS != 2 || o.TraceHeight != h {
		t.Fatalf("run options %+v", o)
	}
}

// FuzzDecodeProgram: whatever decodes re-encodes to the same bytes.
func FuzzDecodeProgram(f *testing.F) {
	f.Add(Program{EOS: 2}.Encode())
	f.Add(Program{EOS: -1, OpStepsLog2: 20}.Encode())
	f.Add(Program{EOS: 2, TraceHeight: 15}.Encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProgram(b)
		if err != nil {
			return
		}
		if e := p.Encode(); !bytes.Equal(e, b) {
			t.Fatalf("re-encoding: %x; input %x", e, b)
		}
	})
}
