package node

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the node's Prometheus metrics.
type Metrics struct {
	Registry     *prometheus.Registry
	JobsServed   *prometheus.CounterVec // provider: by result (claimed, refused)
	JobsAsked    *prometheus.CounterVec // user: by outcome (agreed, disputed, failed)
	Claims       prometheus.Counter     // user: claims received and checked
	Disputes     *prometheus.GaugeVec   // by state
	GasSpent     prometheus.Counter     // gas of the node's own transactions
	Redeemed     prometheus.Counter     // provider: wei redeemed
	Peers        prometheus.GaugeFunc
	JobLatency   prometheus.Histogram // user: submit to final answer, seconds
	ProviderTime prometheus.Histogram // provider: native run, seconds
}

// NewMetrics makes the metrics on a new registry. peers, when not nil,
// reports the number of connected peers.
func NewMetrics(peers func() float64) *Metrics {
	if peers == nil {
		peers = func() float64 { return 0 }
	}
	m := &Metrics{
		Registry:   prometheus.NewRegistry(),
		JobsServed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rms_jobs_served_total", Help: "Jobs a provider answered or refused."}, []string{"result"}),
		JobsAsked:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "rms_jobs_submitted_total", Help: "Jobs a user submitted, by outcome."}, []string{"outcome"}),
		Claims:     prometheus.NewCounter(prometheus.CounterOpts{Name: "rms_claims_received_total", Help: "Claims a user received and checked."}),
		Disputes:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "rms_disputes", Help: "Disputes by state."}, []string{"state"}),
		GasSpent:   prometheus.NewCounter(prometheus.CounterOpts{Name: "rms_gas_spent_total", Help: "Gas used by the node's transactions."}),
		Redeemed:   prometheus.NewCounter(prometheus.CounterOpts{Name: "rms_redeemed_wei_total", Help: "Wei a provider redeemed from escrow."}),
		Peers:      prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "rms_peers", Help: "Connected libp2p peers."}, peers),
		JobLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rms_job_seconds", Help: "Submit to final answer.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}),
		ProviderTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "rms_provider_run_seconds", Help: "Native run of one job.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
	}
	m.Registry.MustRegister(m.JobsServed, m.JobsAsked, m.Claims, m.Disputes, m.GasSpent, m.Redeemed, m.Peers, m.JobLatency, m.ProviderTime,
		prometheus.NewGoCollector())
	return m
}
