package manifest

import (
	"context"
	"strings"
	"testing"
)

// TestIndexMustMatchTensors: a tensor renamed (same length, still sorted)
// leaves the index blob well formed and of the same length, but no longer
// the encoding of the manifest's tensors: refused.
func TestIndexMustMatchTensors(t *testing.T) {
	m, err := Import(context.Background(), newMemBlocks(), synthFile(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	last := &m.Tensors[len(m.Tensors)-1]
	b := []byte(last.Name)
	b[len(b)-1]++
	last.Name = string(b)
	if _, err := m.Encode(); err == nil || !strings.Contains(err.Error(), "the tensors give") {
		t.Fatalf("a renamed tensor: %v, want a refusal naming the tensors' index", err)
	}
}
