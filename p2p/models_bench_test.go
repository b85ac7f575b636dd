package p2p

import (
	"context"
	"os"
	"runtime/pprof"
	"runtime/trace"
	"syscall"
	"testing"
	"time"

	"github.com/rmsnet/rms/model/manifest"
)

// BenchmarkModelGet measures, in one run, for a GGUF model of 256 MiB of
// random tensor data (1 GiB with RMS_LONG=1):
//   - add-MiB/s: Store.AddModel (read, word-tree and sha2-256 of every
//     chunk, pebble writes);
//   - ingest-MiB/s: the same chunks put into a fresh store (sha2-256 and
//     pebble writes only), the local ceiling for a fetch;
//   - get-MiB/s: FetchModel on a second node connected to the seeder over
//     loopback TCP (bitswap; blocks checked against their CIDs and stored);
//   - verify-MiB/s: manifest.Verify of the fetched model (word-tree roots of
//     every chunk), timed on its own;
//   - tcp-MiB/s: the same bytes over one plain loopback TCP connection;
//     and the ratios get/tcp and get/ingest;
//   - ingest-cpu-ms/MiB and get-cpu-ms/MiB: the CPU time (user and system)
//     of the process, which runs both nodes, per MiB of the ingest and the
//     get: on a loaded machine a steadier measure than rates.
//
// RMS_GETPROF=file writes a CPU profile and RMS_GETTRACE=file an execution
// trace of the get alone.
func BenchmarkModelGet(b *testing.B) {
	size := 256 << 20
	if os.Getenv("RMS_LONG") == "1" {
		size = 1 << 30
	}
	path := bigModelFile(b, size)
	ctx := context.Background()
	mib := float64(size) / (1 << 20)
	var addT, ingestT, getT, verifyT, tcpT, ingestCPU, getCPU time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		s, err := OpenStore(dir)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		info, m, err := s.AddModel(ctx, path, nil)
		if err != nil {
			b.Fatal(err)
		}
		addT += time.Since(t0)

		// Local ingest: the chunks into a fresh store.
		chunks := make([][]byte, 0, info.Blocks)
		for _, c := range ModelCIDs(m) {
			d, err := s.GetBlock(ctx, c)
			if err != nil {
				b.Fatal(err)
			}
			chunks = append(chunks, d)
		}
		s2, err := OpenStore(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		c0 := selfCPU(b)
		t0 = time.Now()
		for _, d := range chunks {
			if _, err := s2.PutBlock(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		ingestT += time.Since(t0)
		ingestCPU += selfCPU(b) - c0
		s2.Close()
		chunks = nil

		seed := newTestNodeIn(b, dir, WithDatastore(s.Datastore()), WithListenAddrs("/ip4/127.0.0.1/tcp/0"))
		fdir := b.TempDir()
		fs, err := OpenStore(fdir)
		if err != nil {
			b.Fatal(err)
		}
		fetcher := newTestNodeIn(b, fdir, WithDatastore(fs.Datastore()), WithListenAddrs("/ip4/127.0.0.1/tcp/0"))
		if err := fetcher.Connect(ctx, seed.AddrInfo()); err != nil {
			b.Fatal(err)
		}
		var pf *os.File
		if p := os.Getenv("RMS_GETPROF"); p != "" {
			pf, _ = os.Create(p)
			pprof.StartCPUProfile(pf)
		}
		var tf *os.File
		if p := os.Getenv("RMS_GETTRACE"); p != "" {
			tf, _ = os.Create(p)
			trace.Start(tf)
		}
		c0 = selfCPU(b)
		t0 = time.Now()
		fm, err := FetchModel(ctx, fetcher.Blocks, fs, info.CID)
		if err != nil {
			b.Fatal(err)
		}
		getT += time.Since(t0)
		getCPU += selfCPU(b) - c0
		if tf != nil {
			trace.Stop()
			tf.Close()
		}
		if pf != nil {
			pprof.StopCPUProfile()
			pf.Close()
		}
		t0 = time.Now()
		if err := manifest.Verify(ctx, fs, fm, nil); err != nil {
			b.Fatal(err)
		}
		verifyT += time.Since(t0)
		fetcher.Close()
		seed.Close()
		fs.Close()
		s.Close()

		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		d, err := tcpCopy(data)
		if err != nil {
			b.Fatal(err)
		}
		tcpT += d
	}
	n := float64(b.N)
	rate := func(d time.Duration) float64 { return mib * n / d.Seconds() }
	b.ReportMetric(rate(addT), "add-MiB/s")
	b.ReportMetric(rate(ingestT), "ingest-MiB/s")
	b.ReportMetric(rate(getT), "get-MiB/s")
	b.ReportMetric(rate(verifyT), "verify-MiB/s")
	b.ReportMetric(rate(tcpT), "tcp-MiB/s")
	b.ReportMetric(tcpT.Seconds()/getT.Seconds(), "get/tcp")
	b.ReportMetric(ingestT.Seconds()/getT.Seconds(), "get/ingest")
	b.ReportMetric(float64(ingestCPU.Milliseconds())/(mib*n), "ingest-cpu-ms/MiB")
	b.ReportMetric(float64(getCPU.Milliseconds())/(mib*n), "get-cpu-ms/MiB")
}

// selfCPU is the CPU time (user and system) this process has used.
func selfCPU(t testing.TB) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
