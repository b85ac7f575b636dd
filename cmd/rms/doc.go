// Command rms is the RMS node and its tools: model preparation, native and
// VM inference, chain deployment, services, escrow and the devnet.
//
// Each subcommand lives in its own file (cmd_<name>.go) and registers itself
// in init with register. The command holds only flags, configuration and
// output formatting; the logic is in the packages it calls.
package main
