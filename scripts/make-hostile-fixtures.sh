#!/usr/bin/env bash
# Inputs a hostile pull request could commit, made with the openssl CLI:
# keys and bundles that would make a naive check slow, and subjects that are
# really mentions, references, links and bidirectional controls. Dates are
# fixed like the other fixtures' (judged at 2026-01-15).
# Usage: bash scripts/make-hostile-fixtures.sh   (rewrites __tests__/fixtures/hostile/)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
out=__tests__/fixtures/hostile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out"
mkdir -p "$out/big-exponent/clients" "$out/crowded/clients" "$out/subjects"

cat >"$work/ext.cnf" <<'CNF'
[ ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ client ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
CNF
# shellcheck source=lib/openssl-ca.sh
source scripts/lib/openssl-ca.sh
write_ca_config "$work"
ecKey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
# issue SUBJECT KEY ISSUER-CERT|self ISSUER-KEY SECTION OUT  (valid 2025-01-01 to 2035-01-01, like the other fixtures)
issue() {
  openssl req -new -config "$work/ca.cnf" -key "$2" -subj "$1" -utf8 -out "$work/req.csr"
  local signer=(-cert "$3")
  [ "$3" = self ] && signer=(-selfsign)
  openssl ca -batch -config "$work/ca.cnf" "${signer[@]}" -keyfile "$4" -in "$work/req.csr" -utf8 \
    -extfile "$work/ext.cnf" -extensions "$5" -startdate 20250101000000Z -enddate 20350101000000Z \
    -notext -out "$6"
}

# A root whose RSA public exponent has 3,064 bits (OpenSSL takes up to the modulus, 3,072 bits, for moduli up to
# 3,072 bits): each signature check with it costs ~125 times one with 65537.
exponent=$(printf 'obase=10; ibase=16; %s\n' "$(openssl rand -hex 383 | tr a-f A-F | sed 's/^./F/;s/.$/F/')" | BC_LINE_LENGTH=0 bc)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -pkeyopt "rsa_keygen_pubexp:$exponent" -out "$work/big.key" 2>/dev/null
issue '/O=Hostile Fixtures/CN=Big Exponent Root' "$work/big.key" self "$work/big.key" ca "$out/big-exponent/truststore.pem"
ecKey "$work/client.key"
for i in $(seq -w 1 40); do
  issue "/O=Hostile Fixtures/CN=big exponent client $i" "$work/client.key" "$out/big-exponent/truststore.pem" "$work/big.key" client \
    "$out/big-exponent/clients/client-$i.pem"
done

# 120 CA certificates with one subject name (OpenSSL tries every one as an issuer), under a real root.
ecKey "$work/root.key"
issue '/O=Hostile Fixtures/CN=Crowded Root' "$work/root.key" self "$work/root.key" ca "$work/root.pem"
ecKey "$work/same.key"
cp "$work/root.pem" "$out/crowded/truststore.pem"
for i in $(seq 1 120); do
  issue '/O=Hostile Fixtures/CN=Same Name CA' "$work/same.key" "$work/root.pem" "$work/root.key" ca "$work/same.pem"
  cat "$work/same.pem" >>"$out/crowded/truststore.pem"
done
issue '/O=Hostile Fixtures/CN=crowded client' "$work/client.key" "$work/same.pem" "$work/same.key" client "$out/crowded/clients/client.pem"

# Subjects that GitHub would render as mentions, references and links, or reorder with bidi controls.
issue $'/O=@octocat #1 GH-2 acme\\/certs#3/CN=https:\\/\\/evil.example www.evil.example user@evil.example \xe2\x80\xaeexe.pem' \
  "$work/client.key" "$work/root.pem" "$work/root.key" client "$out/subjects/linky.pem"
echo "hostile fixtures written to $out"
