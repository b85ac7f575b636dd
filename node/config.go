package node

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is the configuration of `rms node`. It is read from a TOML file,
// then RMS_* environment variables (RMS_ and the TOML key in capitals:
// RMS_RPC, RMS_API_ADDR, …; lists are comma-separated), then flags; each
// later source wins over the earlier ones.
type Config struct {
	DataDir string `toml:"data_dir" json:"data_dir"`

	// Roles.
	Provider bool `toml:"provider" json:"provider"`
	Seed     bool `toml:"seed" json:"seed"`
	Watch    bool `toml:"watch" json:"watch"`
	User     bool `toml:"user" json:"user"`

	// Network.
	Listen    []string `toml:"listen" json:"listen"`
	Bootstrap []string `toml:"bootstrap" json:"bootstrap"`

	// Chain.
	RPC          string `toml:"rpc" json:"rpc"`
	Deployment   string `toml:"deployment" json:"deployment"`
	Key          string `toml:"key" json:"key"`
	PasswordFile string `toml:"password_file" json:"password_file"`
	// The header verified reads are proven at (docs/MARKET.md): a trusted
	// block hash, or a beacon light client; neither: the endpoint's head.
	TrustedBlock     string `toml:"trusted_block" json:"trusted_block"`
	BeaconAPI        string `toml:"beacon_api" json:"beacon_api"`
	BeaconCheckpoint string `toml:"beacon_checkpoint" json:"beacon_checkpoint"`
	BeaconNetwork    string `toml:"beacon_network" json:"beacon_network"`

	// Provider.
	Model          string   `toml:"model" json:"model"`
	Price          string   `toml:"price" json:"price"`
	Stake          string   `toml:"stake" json:"stake"`
	RedeemEvery    int      `toml:"redeem_every" json:"redeem_every"`
	MaxJobLifetime Duration `toml:"max_job_lifetime" json:"max_job_lifetime"`
	// AnswerRequests: the provider answers the oracle-mode requests of its
	// class on the InferenceRequests contract and finalizes them (default on).
	AnswerRequests bool `toml:"answer_requests" json:"answer_requests"`
	// TestOnlyCheat makes the provider LIE: it claims a wrong output and
	// plays its games as a liar, to be slashed. For tests of the dispute
	// path across processes only; never set it on a real node.
	TestOnlyCheat bool `toml:"test_only_cheat,omitempty" json:"test_only_cheat,omitempty"`

	// User.
	Providers  int      `toml:"providers" json:"providers"`
	Deposit    string   `toml:"deposit" json:"deposit"`
	JobTimeout Duration `toml:"job_timeout" json:"job_timeout"`

	// Operations.
	APIAddr     string `toml:"api_addr" json:"api_addr"`
	MetricsAddr string `toml:"metrics_addr" json:"metrics_addr"`
	HTTPAddr    string `toml:"http_addr" json:"http_addr"` // the web view (node/web); empty: off
	LogFormat   string `toml:"log_format" json:"log_format"`
	LogLevel    string `toml:"log_level" json:"log_level"`
}

// Duration is a time.Duration written as text ("90s", "1h").
type Duration struct{ time.Duration }

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// DefaultConfig is the configuration without any file, variable or flag.
func DefaultConfig() Config {
	home, _ := os.UserHomeDir()
	return Config{
		DataDir:        filepath.Join(home, ".rms"),
		Listen:         []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"},
		RPC:            "http://127.0.0.1:8545",
		Deployment:     "deployment.json",
		Price:          "1gwei",
		Stake:          "0.1eth",
		MaxJobLifetime: Duration{DefaultMaxJobLifetime},
		AnswerRequests: true,
		Providers:      3,
		JobTimeout:     Duration{time.Minute},
		APIAddr:        "127.0.0.1:7070",
		LogFormat:      "text",
		LogLevel:       "info",
	}
}

// LoadConfigFile reads a TOML file over c. Unknown keys are an error, so a
// misspelt setting is never silently ignored.
func (c *Config) LoadConfigFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	md, err := toml.Decode(string(b), c)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return fmt.Errorf("config %s: unknown keys %s", path, strings.Join(keys, ", "))
	}
	return nil
}

// tomlKey is a field's key in the TOML file (its tag without options).
func tomlKey(f reflect.StructField) string {
	k, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	return k
}

// EnvPrefix starts the environment variables that configure a node.
const EnvPrefix = "RMS_"

// LoadEnv applies RMS_* variables from env (os.Environ form) over c.
// Variables that name no setting are ignored (RMS_KEY_PASSWORD, say, is
// read by the key loader).
func (c *Config) LoadEnv(env []string) error {
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	byName := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		byName[EnvPrefix+strings.ToUpper(tomlKey(t.Field(i)))] = i
	}
	for _, kv := range env {
		name, val, ok := strings.Cut(kv, "=")
		i, known := byName[name]
		if !ok || !known {
			continue
		}
		if err := setField(v.Field(i), val); err != nil {
			return fmt.Errorf("config: $%s: %w", name, err)
		}
	}
	return nil
}

// Set sets one setting by its TOML key from text (flags use it).
func (c *Config) Set(key, val string) error {
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if tomlKey(t.Field(i)) == key {
			if err := setField(v.Field(i), val); err != nil {
				return fmt.Errorf("config: %s: %w", key, err)
			}
			return nil
		}
	}
	return fmt.Errorf("config: no setting %q", key)
}

func setField(f reflect.Value, val string) error {
	switch p := f.Addr().Interface().(type) {
	case *string:
		*p = val
	case *bool:
		b, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("%q is not true or false", val)
		}
		*p = b
	case *int:
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", val)
		}
		*p = n
	case *[]string:
		*p = nil
		for _, s := range strings.Split(val, ",") {
			if s = strings.TrimSpace(s); s != "" {
				*p = append(*p, s)
			}
		}
	case *Duration:
		return p.UnmarshalText([]byte(val))
	default:
		return errors.New("unsupported setting type")
	}
	return nil
}

// Validate checks the settings that do not need the network or the chain.
func (c *Config) Validate() error {
	switch {
	case c.DataDir == "":
		return errors.New("config: data_dir is empty")
	case !c.Provider && !c.Seed && !c.Watch && !c.User:
		return errors.New("config: no role: set provider, seed, watch and/or user")
	case c.Provider && c.Model == "":
		return errors.New("config: a provider needs model (a GGUF file)")
	case c.Watch && c.Model == "":
		return errors.New("config: a watcher needs model (the GGUF file whose class it watches and re-executes)")
	case c.TestOnlyCheat && !c.Provider:
		return errors.New("config: test_only_cheat is a provider setting")
	case c.RedeemEvery < 0:
		return errors.New("config: redeem_every must not be negative")
	case c.Providers < 1:
		return errors.New("config: providers must be at least 1")
	case c.LogFormat != "text" && c.LogFormat != "json":
		return fmt.Errorf("config: log_format %q: want text or json", c.LogFormat)
	case c.MaxJobLifetime.Duration <= 0 || c.JobTimeout.Duration <= 0:
		return errors.New("config: max_job_lifetime and job_timeout must be positive")
	}
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			return fmt.Errorf("config: http_addr %q: want host:port (e.g. 127.0.0.1:8080)", c.HTTPAddr)
		}
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("config: log_level %q: want debug, info, warn or error", c.LogLevel)
	}
	return nil
}

// TOML writes the configuration as a TOML file would hold it.
func (c *Config) TOML() (string, error) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return "", err
	}
	return b.String(), nil
}
