#!/usr/bin/env bash
# The two sides of a truststore change, made with the openssl CLI: a root,
# two issuing CAs (one also re-issued with the same key: a renewal), clients
# under each, and a client from a CA the truststore does not hold. Tests
# commit them into a scratch repository as base and head. Dates are fixed
# like the other fixtures' (judged at 2026-01-15).
# Usage: bash scripts/make-change-fixtures.sh   (rewrites __tests__/fixtures/changes/)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
out=__tests__/fixtures/changes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out"
mkdir -p "$out"

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
# issue SUBJECT KEY ISSUER-CERT|self ISSUER-KEY SECTION END OUT  (valid from 2025-01-01; md=sha1 to sign with SHA-1)
issue() {
  openssl req -new -config "$work/ca.cnf" -key "$2" -subj "$1" -out "$work/req.csr"
  local signer=(-cert "$3")
  [ "$3" = self ] && signer=(-selfsign)
  openssl ca -batch -config "$work/ca.cnf" "${signer[@]}" -keyfile "$4" -in "$work/req.csr" \
    -extfile "$work/ext.cnf" -extensions "$5" -startdate 20250101000000Z -enddate "$6" -md "${md:-sha256}" -notext -out "$7"
}

for name in root issuing-a issuing-b stranger client; do ecKey "$work/$name.key"; done
issue '/O=Change Fixtures/CN=Change Root CA' "$work/root.key" self "$work/root.key" ca 20350101000000Z "$out/root.pem"
issue '/O=Change Fixtures/CN=Issuing CA A' "$work/issuing-a.key" "$out/root.pem" "$work/root.key" ca 20350101000000Z "$out/issuing-a.pem"
issue '/O=Change Fixtures/CN=Issuing CA B' "$work/issuing-b.key" "$out/root.pem" "$work/root.key" ca 20300101000000Z "$out/issuing-b.pem"
# The same CA re-issued: same subject, same key, a later end date.
issue '/O=Change Fixtures/CN=Issuing CA B' "$work/issuing-b.key" "$out/root.pem" "$work/root.key" ca 20350101000000Z "$out/issuing-b-renewed.pem"
issue '/O=Elsewhere/CN=Stranger CA' "$work/stranger.key" self "$work/stranger.key" ca 20350101000000Z "$work/stranger.pem"
issue '/O=Change Fixtures/CN=client a1' "$work/client.key" "$out/issuing-a.pem" "$work/issuing-a.key" client 20300101000000Z "$out/client-a1.pem"
issue '/O=Change Fixtures/CN=client a2' "$work/client.key" "$out/issuing-a.pem" "$work/issuing-a.key" client 20300101000000Z "$out/client-a2.pem"
issue '/O=Change Fixtures/CN=client b1' "$work/client.key" "$out/issuing-b.pem" "$work/issuing-b.key" client 20300101000000Z "$out/client-b1.pem"
issue '/O=Elsewhere/CN=outsider' "$work/client.key" "$work/stranger.pem" "$work/stranger.key" client 20300101000000Z "$out/outsider.pem"
# A self-signed CA signed with SHA-1: a truststore error the base already has.
md=sha1 issue '/O=Change Fixtures/CN=Legacy SHA-1 Root' "$work/stranger.key" self "$work/stranger.key" ca 20350101000000Z \
  "$out/legacy-sha1-root.pem"
echo "change fixtures written to $out"
