package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

func init() {
	register(command{Name: "bench", Summary: "measure the word tree, native MNIST against float32, and MNIST in the VM on this machine", Run: runBench})
}

// benchReport is what rms bench measures; rates are per second of wall time.
type benchReport struct {
	CPUs               int     `json:"cpus"`
	MerkleBytes        int     `json:"merkle_bytes"`
	MerkleMBps         float64 `json:"merkle_mb_per_s"`
	Images             int     `json:"images"`
	SingleImagesPerSec float64 `json:"native_single_images_per_s"`
	BatchImagesPerSec  float64 `json:"native_batch_images_per_s"`
	FloatImagesPerSec  float64 `json:"float32_images_per_s"`
	SingleVsFloat      float64 `json:"single_vs_float32"`
	BatchVsFloat       float64 `json:"batch_vs_float32"`
	VMSteps            uint64  `json:"vm_mnist_steps"`
	VMSeconds          float64 `json:"vm_mnist_seconds"`
	VMStepsPerSec      float64 `json:"vm_steps_per_s"`
	VMMatchesNative    bool    `json:"vm_matches_native"`
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	path := fs.String("model", "testdata/mnist.gguf", "MNIST model (GGUF)")
	images := fs.Int("images", 2000, "test images for the native and float32 runs")
	mib := fs.Int("merkle-mib", 64, "MiB hashed for the word-tree rate")
	data := fs.String("data", "", "MNIST data directory (default: the GoMNIST module)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *images < 1 || *images > 10000 {
		return fmt.Errorf("%w: --images %d outside 1…10000", errUsage, *images)
	}
	if *mib < 1 || *mib > 4096 {
		return fmt.Errorf("%w: --merkle-mib %d outside 1…4096", errUsage, *mib)
	}
	f, err := gguf.ReadFile(*path)
	if err != nil {
		return err
	}
	m, _, err := model.FromGGUF(f)
	if err != nil {
		return fmt.Errorf("model %s: %w", *path, err)
	}
	fl, err := mnist.Dequantize(m, f)
	if err != nil {
		return fmt.Errorf("float32 baseline of %s: %w", *path, err)
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		return err
	}
	imgs := test.Images[:min(*images, test.Len())]
	r := benchReport{CPUs: runtime.GOMAXPROCS(0), Images: len(imgs), MerkleBytes: *mib << 20}

	// Word tree over deterministic, non-zero bytes.
	buf := make([]byte, r.MerkleBytes)
	for i := range buf {
		buf[i] = byte(i*131 + i>>9)
	}
	t0 := time.Now()
	merkle.Root(buf)
	r.MerkleMBps = float64(len(buf)) / 1e6 / time.Since(t0).Seconds()
	buf = nil

	// Native: one image per run (full trace each), then batches of 256.
	t0 = time.Now()
	for _, img := range imgs {
		if err := ctx.Err(); err != nil {
			return err
		}
		in, err := mnist.Input(img)
		if err != nil {
			return err
		}
		if _, err := m.Run(ctx, in); err != nil {
			return err
		}
	}
	r.SingleImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()
	t0 = time.Now()
	for i := 0; i < len(imgs); i += 256 {
		in, err := mnist.Input(imgs[i:min(i+256, len(imgs))]...)
		if err != nil {
			return err
		}
		if _, err := m.Run(ctx, in); err != nil {
			return err
		}
	}
	r.BatchImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()

	// The same network in plain float32, one image at a time.
	fbuf := fl.Buffer()
	t0 = time.Now()
	for _, img := range imgs {
		fl.Predict(img, fbuf)
	}
	r.FloatImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()
	r.SingleVsFloat = r.SingleImagesPerSec / r.FloatImagesPerSec
	r.BatchVsFloat = r.BatchImagesPerSec / r.FloatImagesPerSec

	// The whole inference of test image 0 inside the VM (single-phase mode).
	in, err := mnist.Input(imgs[0])
	if err != nil {
		return err
	}
	j, err := vm.NewJob(ctx, m, in)
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	out, err := runGuestOp(ctx, g, j, vm.AllOps, 0, stderr)
	if err != nil {
		return err
	}
	r.VMSteps, r.VMSeconds, r.VMStepsPerSec, r.VMMatchesNative = out.Steps, out.WallSeconds, out.StepsPerSec, out.Match

	if *asJSON {
		enc := json.NewEncoder(stdout)
		return enc.Encode(r)
	}
	fmt.Fprintf(stdout, "cpus                 %d\n", r.CPUs)
	fmt.Fprintf(stdout, "word tree            %.1f MB/s (%d MiB)\n", r.MerkleMBps, *mib)
	fmt.Fprintf(stdout, "native, one image    %.0f images/s (%.2f× float32)\n", r.SingleImagesPerSec, r.SingleVsFloat)
	fmt.Fprintf(stdout, "native, batch of 256 %.0f images/s (%.2f× float32)\n", r.BatchImagesPerSec, r.BatchVsFloat)
	fmt.Fprintf(stdout, "float32 baseline     %.0f images/s (%d images)\n", r.FloatImagesPerSec, r.Images)
	fmt.Fprintf(stdout, "VM, whole inference  %d steps in %.3f s, %.1f M steps/s, matches native: %v\n",
		r.VMSteps, r.VMSeconds, r.VMStepsPerSec/1e6, r.VMMatchesNative)
	if !r.VMMatchesNative {
		return fmt.Errorf("the VM's result differs from native execution (%s)", out.Status)
	}
	return nil
}
