#!/usr/bin/env bash
# Files that test the reader (issue 18): each is the standard bundle (or a
# certificate of it) as an editor, a tool or an attacker leaves it, made from
# the fixtures make-fixtures.sh wrote, with printf, sed and the openssl CLI.
# Usage: bash scripts/make-reader-fixtures.sh   (rewrites __tests__/fixtures/reader/)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
in=__tests__/fixtures
out=$in/reader
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The standard bundle's blocks: root-rsa, int-rsa, root-ec, int-ec.
awk -v dir="$work" '/-----BEGIN/ { n++ } { print > (dir "/block-" n ".pem") }' "$in/truststores/standard.pem"
block() { cat "$work/block-$1.pem"; }
# A certificate no reviewer put there: the P-256 client's.
openssl x509 -in "$in/clients/client-p256.pem" -out "$work/extra.pem"

# What OpenSSL fails on, so the whole file loads nothing.
{ block 1; sed '3{h;s/.*//;p;g}' "$work/block-2.pem"; } >"$out/blank-line-in-block.pem"
{ block 1; sed '1a Comment: issued by the platform team\n' "$work/block-2.pem"; } >"$out/header-in-block.pem"
{ block 1; sed '4s/^\(.\{10\}\)./\1*/' "$work/block-2.pem"; } >"$out/invalid-base64.pem"
# What OpenSSL passes by: a BEGIN line indented by a space hides the intermediate.
{ block 1; sed '1s/^/ /' "$work/block-2.pem"; } >"$out/indented-begin.pem"
# PKCS#7 as a truststore: -CAfile loads no certificate from it, PEM or DER.
openssl crl2pkcs7 -nocrl -certfile "$work/block-1.pem" -certfile "$work/block-2.pem" -outform DER -out "$out/bundle.p7b"
openssl x509 -in "$work/block-1.pem" -outform DER -out "$out/root.der"
# What OpenSSL reads as it reads the plain bundle: a UTF-8 byte-order mark, CRLF line ends.
{ printf '\357\273\277'; block 1; block 2; } >"$out/bom.pem"
{ block 1; block 2; } | sed 's/$/\r/' >"$out/crlf.pem"
# Where OpenSSL and Go read differently. A control byte after the dashes of a BEGIN line: OpenSSL strips it and
# loads the block, Go does not see a BEGIN line.
{ block 1; block 2; sed '1s/$/\x01/' "$work/extra.pem"; } >"$out/smuggled-after-dashes.pem"
# Bytes after the certificate inside its block: OpenSSL's d2i_X509 ignores them, Go refuses the certificate.
openssl x509 -in "$work/block-2.pem" -outform DER -out "$work/int.der"
printf '\000\000' >>"$work/int.der"
{ block 1; echo '-----BEGIN CERTIFICATE-----'; openssl base64 -in "$work/int.der"; echo '-----END CERTIFICATE-----'; } >"$out/trailing-bytes-in-block.pem"
echo "reader fixtures written to $out"
