// Command go-reader prints, for each file named on the command line, the
// SHA-256 of every certificate Go's reader loads from it: encoding/pem.Decode
// in a loop, as x509.CertPool.AppendCertsFromPEM runs it (CERTIFICATE blocks
// without headers that x509.ParseCertificate takes). One line per file:
// its name, a tab, and the hashes separated by spaces.
//
// The tool models this reader in src/inventory/readers/go-pem.ts; the system
// test (__tests__/system/go-reader.system.ts) compares the model with this
// program. Standard library only: `go run main.go FILE...`.
package main

import (
	"bufio"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"os"
	"strings"
)

func loads(data []byte) []string {
	var hashes []string
	for len(data) > 0 {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" || len(block.Headers) != 0 {
			continue
		}
		certificate, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			continue
		}
		sum := sha256.Sum256(certificate.Raw)
		hashes = append(hashes, strings.ToUpper(hex.EncodeToString(sum[:])))
	}
	return hashes
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, name := range os.Args[1:] {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Fprintf(out, "%s\t%s\n", name, strings.Join(loads(data), " "))
	}
}
