// Command exitcode writes to both streams and exits with status 3.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println("to stdout")
	os.Exit(3)
}
