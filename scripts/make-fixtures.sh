#!/usr/bin/env bash
# Makes every certificate fixture with the openssl CLI, an oracle independent
# of the code under test. Validity dates are fixed, so tests judge them at a
# fixed --at (2026-01-15, see __tests__/helpers.ts) and never rot.
# Usage: bash scripts/make-fixtures.sh   (rewrites __tests__/fixtures/)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
out=__tests__/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{keys,certs}
# shellcheck source=lib/openssl-ca.sh
source scripts/lib/openssl-ca.sh
write_ca_config "$work"

START=20250101000000Z
END=20350101000000Z

cat >"$work/ext.cnf" <<'EOF'
[ root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ intermediate ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ intermediate_pathlen0 ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ not_ca ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyCertSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ ca_without_certsign ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ name_constrained ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
nameConstraints = critical,permitted;dirName:permitted_dn
[ permitted_dn ]
O = Fixture Clients
[ client ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ server_only ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ unknown_critical ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
1.3.6.1.4.1.55555.1 = critical,ASN1:NULL
[ client_without_aki ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
# OpenSSL 3 adds key identifiers unless told not to.
subjectKeyIdentifier = none
authorityKeyIdentifier = none
[ intermediate_without_aki ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
[ empty_key_usage ]
basicConstraints = CA:FALSE
2.5.29.15 = critical,DER:03:01:00
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ intermediate_client_auth ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ bulky_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
nsComment = "BULKY_COMMENT"
[ crl_ext ]
authorityKeyIdentifier = keyid:always
[ crl_ext_critical_number ]
authorityKeyIdentifier = keyid:always
crlNumber = critical,ASN1:INTEGER:7
[ self_signed_client ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
EOF

# A 6,000-character comment makes a CA certificate larger than Google Cloud's 5 kB per PEM entry.
sed -i "s/BULKY_COMMENT/$(printf 'x%.0s' $(seq 1 6000))/" "$work/ext.cnf"

key() { # key NAME ALGORITHM-SPEC
  local name=$1 spec=$2 file="$work/keys/$1.key"
  case $spec in
    rsa:*) openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:${spec#rsa:}" -out "$file" 2>/dev/null ;;
    rsa-pss:*) openssl genpkey -algorithm RSA-PSS -pkeyopt "rsa_keygen_bits:${spec#rsa-pss:}" -out "$file" 2>/dev/null ;;
    ec:*) openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:${spec#ec:}" -pkeyopt ec_param_enc:named_curve -out "$file" ;;
    ec-explicit:*) openssl ecparam -name "${spec#ec-explicit:}" -param_enc explicit -genkey -noout -out "$file" ;;
    dsa) openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$work/dsa.param" 2>/dev/null
         openssl genpkey -paramfile "$work/dsa.param" -out "$file" ;;
    ed25519) openssl genpkey -algorithm ED25519 -out "$file" ;;
    *) echo "unknown key spec $spec" >&2; exit 1 ;;
  esac
  [ -n "$name" ]
}

# cert NAME SUBJECT ISSUER|self EXTENSIONS [START END [extra openssl-ca args...]]
cert() {
  local name=$1 subject=$2 issuer=$3 extensions=$4 start=${5:-$START} end=${6:-$END}
  shift 6 2>/dev/null || shift $#
  local md=(-md sha256)
  case "$(openssl pkey -in "$work/keys/${issuer/self/$name}.key" -noout -text 2>/dev/null | head -1)" in
    *ED25519*) md=() ;;
  esac
  for arg in "$@"; do [ "$arg" = -md ] && md=(); done
  openssl req -new -config "$work/ca.cnf" -key "$work/keys/$name.key" -subj "$subject" -out "$work/$name.csr" 2>/dev/null
  if [ "$issuer" = self ]; then
    openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$work/keys/$name.key" -in "$work/$name.csr" \
      -extfile "$work/ext.cnf" -extensions "$extensions" -startdate "$start" -enddate "$end" "${md[@]}" -notext "$@" \
      -out "$work/certs/$name.pem" 2>/dev/null
  else
    openssl ca -batch -config "$work/ca.cnf" -cert "$work/certs/$issuer.pem" -keyfile "$work/keys/$issuer.key" -in "$work/$name.csr" \
      -extfile "$work/ext.cnf" -extensions "$extensions" -startdate "$start" -enddate "$end" "${md[@]}" -notext "$@" \
      -out "$work/certs/$name.pem" 2>/dev/null
  fi
}

pem() { cat "$work/certs/$1.pem"; }

# Only the generated folders: fuzz-regressions/ holds found inputs, not fixtures this script makes.
rm -rf "$out"/{truststores,clients,files,keys,chains,crls,profiles}
mkdir -p "$out"/{truststores,clients,files,keys,chains,crls,profiles}

# --- Certificate authorities -------------------------------------------------
key root-rsa rsa:3072;        cert root-rsa '/O=Fixture PKI/CN=Fixture Root CA RSA' self root
key int-rsa rsa:2048;         cert int-rsa '/O=Fixture PKI/CN=Fixture Issuing CA RSA' root-rsa intermediate
key root-ec ec:P-384;         cert root-ec '/O=Fixture PKI/CN=Fixture Root CA EC' self root
key int-ec ec:P-256;          cert int-ec '/O=Fixture PKI/CN=Fixture Issuing CA EC' root-ec intermediate
# A second PKI whose CAs are in no truststore.
key other-root rsa:2048;      cert other-root '/O=Elsewhere/CN=Elsewhere Root CA' self root
key other-int rsa:2048;       cert other-int '/O=Elsewhere/CN=Elsewhere Issuing CA' other-root intermediate

pem root-rsa >"$out/truststores/root-rsa-only.pem"
{ pem root-rsa; pem int-rsa; pem root-ec; pem int-ec; } >"$out/truststores/standard.pem"

# --- Healthy client certificates --------------------------------------------
key client-rsa2048 rsa:2048;  cert client-rsa2048 '/O=Fixture Clients/CN=client-rsa2048' int-rsa client
key client-rsa3072 rsa:3072;  cert client-rsa3072 '/O=Fixture Clients/CN=client-rsa3072' int-rsa client
key client-p256 ec:P-256;     cert client-p256 '/O=Fixture Clients/CN=client-p256' int-ec client
key client-p384 ec:P-384;     cert client-p384 '/O=Fixture Clients/CN=client-p384' int-ec client
key client-p521 ec:P-521;     cert client-p521 '/O=Fixture Clients/CN=client-p521' int-ec client
key client-pss-sha256 rsa:2048
cert client-pss-sha256 '/O=Fixture Clients/CN=client-pss-sha256' int-rsa client "$START" "$END" \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
key client-pss-key rsa-pss:2048; cert client-pss-key '/O=Fixture Clients/CN=client-pss-key' int-rsa client
for name in client-rsa2048 client-rsa3072 client-p256 client-p384 client-p521 client-pss-sha256 client-pss-key; do
  pem "$name" >"$out/clients/$name.pem"
done
# The leaf followed by the intermediate it chains through, as a TLS client sends it.
{ pem client-rsa2048; pem int-rsa; } >"$out/clients/with-intermediate.pem"

# --- Weak signatures (leaf keys are fine; the issuer signs weakly) -----------
key client-sha1 rsa:2048;     cert client-sha1 '/O=Fixture Clients/CN=client-sha1' int-rsa client "$START" "$END" -md sha1
key client-md5 rsa:2048;      cert client-md5 '/O=Fixture Clients/CN=client-md5' int-rsa client "$START" "$END" -md md5
key client-sha224 rsa:2048;   cert client-sha224 '/O=Fixture Clients/CN=client-sha224' int-rsa client "$START" "$END" -md sha224
key client-ecdsa-sha1 ec:P-256; cert client-ecdsa-sha1 '/O=Fixture Clients/CN=client-ecdsa-sha1' int-ec client "$START" "$END" -md sha1
key client-pss-sha1 rsa:2048
cert client-pss-sha1 '/O=Fixture Clients/CN=client-pss-sha1' int-rsa client "$START" "$END" -md sha1 \
  -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:20
for name in client-sha1 client-md5 client-sha224 client-ecdsa-sha1 client-pss-sha1; do pem "$name" >"$out/clients/$name.pem"; done

# --- Weak and unsupported keys -----------------------------------------------
key client-rsa1024 rsa:1024;  cert client-rsa1024 '/O=Fixture Clients/CN=client-rsa1024' int-rsa client
key client-p224 ec:P-224;     cert client-p224 '/O=Fixture Clients/CN=client-p224' int-ec client
key client-p192 ec:P-192;     cert client-p192 '/O=Fixture Clients/CN=client-p192' int-ec client
key client-dsa dsa;           cert client-dsa '/O=Fixture Clients/CN=client-dsa' int-rsa client
key client-ed25519 ed25519;   cert client-ed25519 '/O=Fixture Clients/CN=client-ed25519' int-rsa client
key client-explicit-ec ec-explicit:prime256v1; cert client-explicit-ec '/O=Fixture Clients/CN=client-explicit-ec' int-ec client
for name in client-rsa1024 client-p224 client-p192 client-dsa client-ed25519 client-explicit-ec; do pem "$name" >"$out/clients/$name.pem"; done

# --- Validity ----------------------------------------------------------------
key client-expired ec:P-256;  cert client-expired '/O=Fixture Clients/CN=client-expired' int-ec client 20230101000000Z 20240101000000Z
key client-future ec:P-256;   cert client-future '/O=Fixture Clients/CN=client-future' int-ec client 20300101000000Z 20310101000000Z
key client-expiring ec:P-256; cert client-expiring '/O=Fixture Clients/CN=client-expiring' int-ec client "$START" 20260201000000Z
for name in client-expired client-future client-expiring; do pem "$name" >"$out/clients/$name.pem"; done

# --- Truststore problems -----------------------------------------------------
{ pem root-rsa; pem int-rsa; pem root-rsa; } >"$out/truststores/duplicate.pem"
{ pem root-rsa; pem int-rsa; pem client-rsa2048; } >"$out/truststores/with-leaf.pem"
{ openssl x509 -in "$work/certs/root-rsa.pem" -noout -text; pem root-rsa; pem int-rsa; } >"$out/truststores/text-dump.pem"
pem int-rsa >"$out/truststores/intermediate-only.pem"
{ pem root-rsa; pem int-rsa; } | sed 's/$/\r/' >"$out/truststores/crlf.pem"
openssl x509 -in "$work/certs/root-rsa.pem" -outform der -out "$out/truststores/root-rsa.der"
{ pem root-rsa; openssl x509 -in "$work/certs/int-rsa.pem" -trustout -addtrust clientAuth; } >"$out/truststores/trusted-certificate.pem"
openssl crl2pkcs7 -nocrl -certfile "$work/certs/root-rsa.pem" -certfile "$work/certs/int-rsa.pem" -out "$out/truststores/bundle.p7b.pem"
openssl ca -batch -config "$work/ca.cnf" -gencrl -cert "$work/certs/root-rsa.pem" -keyfile "$work/keys/root-rsa.key" \
  -crldays 30 -out "$work/root.crl" 2>/dev/null
{ pem root-rsa; cat "$work/root.crl"; pem int-rsa; } >"$out/truststores/with-crl.pem"
{ pem root-rsa; cat "$work/keys/int-rsa.key"; pem int-rsa; } >"$out/truststores/with-key.pem"

# An undecodable block between two good certificates, and a truncated one at the end.
{
  pem root-rsa
  echo '-----BEGIN CERTIFICATE-----'
  echo 'This is not base64 at all!'
  echo '-----END CERTIFICATE-----'
  pem int-rsa
  pem root-ec | head -n 8
} >"$out/truststores/garbage-in-middle.pem"

# 1,001 distinct certificates under one throwaway EC key (over API Gateway's 1,000).
key bulk ec:P-256
for i in $(seq 1 1001); do
  openssl req -new -config "$work/ca.cnf" -key "$work/keys/bulk.key" -subj "/O=Bulk/CN=Bulk CA $i" -out "$work/bulk-$i.csr" 2>/dev/null
done
# OpenSSL 3.0 writes only the last of several -infiles to -out, so collect them from -outdir (named by serial).
mkdir "$work/bulk"
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$work/keys/bulk.key" -extfile "$work/ext.cnf" -extensions root \
  -startdate "$START" -enddate "$END" -md sha256 -notext -outdir "$work/bulk" -out /dev/null \
  -infiles $(for i in $(seq 1 1001); do echo "$work/bulk-$i.csr"; done) 2>/dev/null
for file in $(ls "$work/bulk" | sort); do openssl x509 -in "$work/bulk/$file"; done >"$out/truststores/1001-certificates.pem"

# --- Malformed files -----------------------------------------------------------
: >"$out/files/empty.pem"
openssl rand -out "$out/files/binary.bin" 2048
pem client-p256 | head -n 6 >"$out/files/truncated.pem"
openssl x509 -in "$work/certs/client-p256.pem" -outform der -out "$out/files/client-p256.der"
{ cat "$out/files/client-p256.der"; printf 'TRAILING'; } >"$out/files/trailing-data.der"
head -c 300 "$out/files/client-p256.der" >"$out/files/truncated.der"
pem client-p256 | awk 'NR==3 { $0 = substr($0, 1, 20) "!!" substr($0, 23) } { print }' >"$out/files/bad-base64.pem"
pem client-p256 | awk 'NR==2 { next } { print }' >"$out/files/missing-line.pem"
echo 'just some notes, no certificate here' >"$out/files/no-certificate.txt"
openssl req -new -config "$work/ca.cnf" -key "$work/keys/client-p256.key" -subj '/CN=a request' >"$out/files/request.csr.pem" 2>/dev/null

# --- Private keys in every common form, and key/certificate pairs ----------------
openssl pkey -in "$work/keys/client-rsa2048.key" -out "$out/keys/pkcs8.key"
openssl rsa -in "$work/keys/client-rsa2048.key" -traditional -out "$out/keys/pkcs1.key" 2>/dev/null
openssl ec -in "$work/keys/client-p256.key" -out "$out/keys/sec1.key" 2>/dev/null
openssl pkcs8 -topk8 -in "$work/keys/client-p256.key" -v2 aes256 -passout pass:fixture -out "$out/keys/encrypted-pkcs8.key"
openssl rsa -in "$work/keys/client-rsa2048.key" -traditional -aes256 -passout pass:fixture -out "$out/keys/encrypted-pkcs1.key" 2>/dev/null
ssh-keygen -q -t ed25519 -N '' -C fixture -f "$work/ssh-key" && cp "$work/ssh-key" "$out/keys/openssh.key"
openssl pkey -in "$work/keys/client-p256.key" -outform der -out "$out/keys/pkcs8.der"
# client.pem beside client.key: matching, mismatching (RSA and EC), and both in one file.
pem client-rsa2048 >"$out/keys/rsa-match.pem";    cp "$out/keys/pkcs8.key" "$out/keys/rsa-match.key"
pem client-rsa3072 >"$out/keys/rsa-mismatch.pem"; cp "$out/keys/pkcs1.key" "$out/keys/rsa-mismatch.key"
pem client-p384 >"$out/keys/ec-mismatch.pem";     cp "$out/keys/sec1.key" "$out/keys/ec-mismatch-key.pem"
{ pem client-p256; cat "$work/keys/client-p256.key"; } >"$out/keys/combined-match.pem"
{ pem client-p384; cat "$work/keys/client-p256.key"; } >"$out/keys/combined-mismatch.pem"

# --- Chains ------------------------------------------------------------------------
# Self-signed clients: one in the truststore, one not, one re-keyed under the trusted one's name.
key self-trusted ec:P-256;  cert self-trusted '/O=Fixture Clients/CN=self-signed client' self self_signed_client
key self-stranger ec:P-256; cert self-stranger '/O=Fixture Clients/CN=self-signed stranger' self self_signed_client
key self-rekeyed ec:P-256;  cert self-rekeyed '/O=Fixture Clients/CN=self-signed client' self self_signed_client
{ pem root-rsa; pem int-rsa; pem self-trusted; } >"$out/truststores/with-self-signed-client.pem"
pem self-trusted >"$out/chains/self-signed-trusted.pem"
pem self-stranger >"$out/chains/self-signed-stranger.pem"
pem self-rekeyed >"$out/chains/self-signed-rekeyed.pem"

key foreign ec:P-256; cert foreign '/O=Elsewhere/CN=foreign client' other-int client
pem foreign >"$out/chains/foreign-issuer.pem"
{ pem foreign; pem other-int; } >"$out/chains/foreign-with-intermediate.pem"

# An impostor CA with the trusted issuing CA's exact name but its own key: its key identifier gives it away.
key impostor rsa:2048; cert impostor '/O=Fixture PKI/CN=Fixture Issuing CA RSA' other-root intermediate
key impostor-client rsa:2048; cert impostor-client '/O=Fixture Clients/CN=impostor client' impostor client
pem impostor-client >"$out/chains/impostor-issuer.pem"
# A genuine client certificate altered after signing (one byte of the signature flipped).
key altered ec:P-256; cert altered '/O=Fixture Clients/CN=altered after signing' int-ec client
openssl x509 -in "$work/certs/altered.pem" -outform der -out "$work/altered.der"
perl -0777 -pe 'substr($_, -1, 1) = chr(ord(substr($_, -1, 1)) ^ 1)' "$work/altered.der" >"$work/altered-flipped.der"
openssl x509 -inform der -in "$work/altered-flipped.der" >"$out/chains/signature-invalid.pem"

# Issuers that may not issue: CA:FALSE, and a CA whose keyUsage lacks keyCertSign.
key not-ca rsa:2048;          cert not-ca '/O=Fixture PKI/CN=Not A CA' root-rsa not_ca
key not-ca-client rsa:2048;   cert not-ca-client '/O=Fixture Clients/CN=issued by a non-CA' not-ca client
key no-certsign rsa:2048;     cert no-certsign '/O=Fixture PKI/CN=CA without keyCertSign' root-rsa ca_without_certsign
key no-certsign-client rsa:2048; cert no-certsign-client '/O=Fixture Clients/CN=issued without keyCertSign' no-certsign client
{ pem root-rsa; pem not-ca; pem no-certsign; } >"$out/truststores/non-ca-issuers.pem"
pem not-ca-client >"$out/chains/issuer-not-ca.pem"
pem no-certsign-client >"$out/chains/issuer-without-keycertsign.pem"

# pathlen:0 intermediate with another intermediate below it.
key pl0 rsa:2048;        cert pl0 '/O=Fixture PKI/CN=Pathlen Zero CA' root-rsa intermediate_pathlen0
key pl0-sub rsa:2048;    cert pl0-sub '/O=Fixture PKI/CN=Below Pathlen Zero CA' pl0 intermediate
key pl0-client rsa:2048; cert pl0-client '/O=Fixture Clients/CN=too deep for pathlen' pl0-sub client
{ pem root-rsa; pem pl0; pem pl0-sub; } >"$out/truststores/pathlen.pem"
pem pl0-client >"$out/chains/path-length-exceeded.pem"

# A five-level PKI: API Gateway accepts four CA certificates above the client (root and three
# intermediates, a client under Deep CA 3) and refuses a fifth (a client under Deep CA 4).
key deep1 ec:P-256; cert deep1 '/O=Fixture PKI/CN=Deep CA 1' root-ec intermediate
key deep2 ec:P-256; cert deep2 '/O=Fixture PKI/CN=Deep CA 2' deep1 intermediate
key deep3 ec:P-256; cert deep3 '/O=Fixture PKI/CN=Deep CA 3' deep2 intermediate
key deep4 ec:P-256; cert deep4 '/O=Fixture PKI/CN=Deep CA 4' deep3 intermediate
key six-client ec:P-256; cert six-client '/O=Fixture Clients/CN=six deep' deep4 client
key deep-client ec:P-256; cert deep-client '/O=Fixture Clients/CN=five deep' deep3 client
key four-client ec:P-256; cert four-client '/O=Fixture Clients/CN=four deep' deep2 client
{ pem root-ec; pem deep1; pem deep2; pem deep3; pem deep4; } >"$out/truststores/deep.pem"
pem six-client >"$out/chains/chain-too-long.pem"
pem deep-client >"$out/chains/chain-of-five.pem"
pem four-client >"$out/chains/chain-of-four.pem"

# An expired intermediate under which a current client was issued.
key old-int ec:P-256;    cert old-int '/O=Fixture PKI/CN=Expired Issuing CA' root-ec intermediate 20200101000000Z 20240101000000Z
key old-int-client ec:P-256; cert old-int-client '/O=Fixture Clients/CN=under an expired CA' old-int client
{ pem root-ec; pem old-int; } >"$out/truststores/expired-intermediate.pem"
pem old-int-client >"$out/chains/expired-intermediate.pem"

# A CA allowed to issue only under O=Fixture Clients, and a client outside it.
key nc-ca ec:P-256;       cert nc-ca '/O=Fixture PKI/CN=Constrained CA' root-ec name_constrained
key nc-inside ec:P-256;   cert nc-inside '/O=Fixture Clients/CN=inside the constraint' nc-ca client
key nc-outside ec:P-256;  cert nc-outside '/O=Outsiders/CN=outside the constraint' nc-ca client
{ pem root-ec; pem nc-ca; } >"$out/truststores/name-constrained.pem"
pem nc-inside >"$out/chains/name-constraint-inside.pem"
pem nc-outside >"$out/chains/name-constraint-outside.pem"

key server-only ec:P-256;  cert server-only '/O=Fixture Clients/CN=server auth only' int-ec server_only
pem server-only >"$out/chains/server-auth-only.pem"
key critical ec:P-256;     cert critical '/O=Fixture Clients/CN=unknown critical extension' int-ec unknown_critical
pem critical >"$out/chains/unknown-critical-extension.pem"

# Client files that do not start with the client's certificate: a full chain in reverse, and a bare CA.
{ pem root-rsa; pem int-rsa; pem client-rsa2048; } >"$out/clients/wrong-order.pem"
pem int-rsa >"$out/clients/bare-ca.pem"

# The "chain of pain": the client also sends an expired earlier issue of its intermediate (same name and
# key); the truststore holds the valid one, which is the one used.
openssl req -new -config "$work/ca.cnf" -key "$work/keys/int-rsa.key" -subj '/O=Fixture PKI/CN=Fixture Issuing CA RSA' \
  -out "$work/int-rsa-old.csr" 2>/dev/null
openssl ca -batch -config "$work/ca.cnf" -cert "$work/certs/root-rsa.pem" -keyfile "$work/keys/root-rsa.key" \
  -in "$work/int-rsa-old.csr" -extfile "$work/ext.cnf" -extensions intermediate -startdate 20200101000000Z \
  -enddate 20240101000000Z -md sha256 -notext -out "$work/certs/int-rsa-old.pem" 2>/dev/null
{ pem client-rsa2048; pem int-rsa-old; } >"$out/chains/chain-of-pain.pem"

# One truststore kept as one file per CA, concatenated at deploy time.
mkdir -p "$out/truststores/split"
pem root-rsa >"$out/truststores/split/1-root.pem"
pem int-rsa >"$out/truststores/split/2-issuing.pem"

# A client whose keyUsage extension is empty (OpenSSL marks such a certificate invalid).
key empty-ku ec:P-256;     cert empty-ku '/O=Fixture Clients/CN=empty key usage' int-ec empty_key_usage
pem empty-ku >"$out/chains/empty-key-usage.pem"

# A subject that is really Markdown, HTML, a mention and a newline.
key hostile ec:P-256
# Issued by the foreign CA so that every channel has a finding that quotes the subject.
cert hostile $'/O=<img src=x onerror=alert(1)>/CN=@octocat `rm` [x](javascript:alert(1)) *b*\n# h | c' other-int client
pem hostile >"$out/chains/hostile-subject.pem"


# --- Pathological shapes ------------------------------------------------------------
# A chain 100 intermediates deep, every one of them in the truststore.
key deep-0 ec:P-256; cert deep-0 '/O=Fixture PKI/CN=Deep Chain 0' root-ec intermediate
for i in $(seq 1 99); do
  key "deep-$i" ec:P-256; cert "deep-$i" "/O=Fixture PKI/CN=Deep Chain $i" "deep-$((i - 1))" intermediate
done
key deep-leaf ec:P-256; cert deep-leaf '/O=Fixture Clients/CN=one hundred deep' deep-99 client
{ pem root-ec; for i in $(seq 0 99); do pem "deep-$i"; done; } >"$out/truststores/deep-100.pem"
pem deep-leaf >"$out/chains/deep-100.pem"

# 1,000 CAs with one subject and 1,000 keys, and a client of the last one that carries no key
# identifier: path building must try them one by one, within its bounds.
mkdir "$work/same"
for i in $(seq 1 1000); do
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/same/$i.key"
  openssl req -new -config "$work/ca.cnf" -key "$work/same/$i.key" -subj '/O=Fixture PKI/CN=Same Name CA' -out "$work/same/$i.csr" 2>/dev/null
done
mkdir "$work/same-certs"
openssl ca -batch -config "$work/ca.cnf" -cert "$work/certs/root-ec.pem" -keyfile "$work/keys/root-ec.key" -extfile "$work/ext.cnf" \
  -extensions intermediate_without_aki -startdate "$START" -enddate "$END" -md sha256 -notext -outdir "$work/same-certs" -out /dev/null \
  -infiles $(for i in $(seq 1 1000); do echo "$work/same/$i.csr"; done) 2>/dev/null
last=$(ls "$work/same-certs" | sort | tail -1)
{ pem root-ec; for file in $(ls "$work/same-certs" | sort); do openssl x509 -in "$work/same-certs/$file"; done; } >"$out/truststores/same-subject-1000.pem"
cp "$work/same-certs/$last" "$work/certs/same-last.pem"
cp "$work/same/1000.key" "$work/keys/same-last.key"
key same-client ec:P-256; cert same-client '/O=Fixture Clients/CN=under the last same-named CA' same-last client_without_aki
pem same-client >"$out/chains/same-subject-last.pem"

# --- Certificate revocation lists ----------------------------------------------------
# crl ISSUER OUT LASTUPDATE NEXTUPDATE [REVOKED-CERT YYMMDDHHMMSSZ REASON]... : a CRL with fixed dates, made
# by openssl ca from an index of its own (revocation dates in the index, not "now").
crl() {
  local issuer=$1 file=$2 last=$3 next=$4 db="$work/crl-db-$RANDOM$RANDOM"
  shift 4
  mkdir -p "$db"; : >"$db/index.txt"; echo 01 >"$db/crlnumber"
  while [ $# -gt 0 ]; do
    local serial expiry subject
    serial=$(openssl x509 -in "$work/certs/$1.pem" -noout -serial | cut -d= -f2)
    expiry=$(date -u -d "$(openssl x509 -in "$work/certs/$1.pem" -noout -enddate | cut -d= -f2)" +%y%m%d%H%M%SZ)
    subject=$(openssl x509 -in "$work/certs/$1.pem" -noout -subject -nameopt compat | sed 's/^subject=//')
    printf 'R\t%s\t%s,%s\t%s\tunknown\t%s\n' "$expiry" "$2" "$3" "$serial" "$subject" >>"$db/index.txt"
    shift 3
  done
  # The CA section with this CRL's own index and number, then the CRL extension sections.
  sed -e "s|$work/db/index.txt|$db/index.txt|" -e "s|^serial = .*|&\ncrlnumber = $db/crlnumber|" "$work/ca.cnf" >"$db/ca.cnf"
  awk '/^\[/ { keep = ($2 ~ /^crl_ext/) } keep' "$work/ext.cnf" >>"$db/ca.cnf"
  openssl ca -batch -config "$db/ca.cnf" -gencrl -cert "$work/certs/$issuer.pem" -keyfile "$work/keys/$issuer.key" \
    -crl_lastupdate "$last" -crl_nextupdate "$next" -md sha256 -crlexts "${CRL_EXTENSIONS:-crl_ext}" -out "$file" 2>/dev/null
}
key client-revoked rsa:2048;  cert client-revoked '/O=Fixture Clients/CN=client-revoked' int-rsa client
pem client-revoked >"$out/clients/client-revoked.pem"
crl root-rsa "$out/crls/root-rsa.crl.pem" 20260101000000Z 20260701000000Z
crl int-rsa "$out/crls/int-rsa.crl.pem" 20260101000000Z 20260701000000Z client-revoked 251201000000Z keyCompromise
crl root-ec "$out/crls/root-ec.crl.pem" 20260101000000Z 20260701000000Z
# Past its nextUpdate on the test date (2026-01-15), and one reaching it five days later.
crl int-ec "$out/crls/int-ec-expired.crl.pem" 20250601000000Z 20251201000000Z
crl int-ec "$out/crls/int-ec-expiring.crl.pem" 20260101000000Z 20260120000000Z
# From a CA in no truststore, and a genuine CRL altered after signing.
crl other-int "$out/crls/foreign.crl.pem" 20260101000000Z 20260701000000Z
openssl crl -in "$out/crls/int-rsa.crl.pem" -outform der -out "$work/int-rsa.crl.der"
perl -0777 -pe 'substr($_, -1, 1) = chr(ord(substr($_, -1, 1)) ^ 1)' "$work/int-rsa.crl.der" >"$work/int-rsa-altered.crl.der"
openssl crl -inform der -in "$work/int-rsa-altered.crl.der" -out "$out/crls/bad-signature.crl.pem"
# The same CRL as DER, and one with a critical CRL number (an extension OpenSSL does not process when critical).
openssl crl -in "$out/crls/int-rsa.crl.pem" -outform der -out "$out/crls/int-rsa.crl.der"
CRL_EXTENSIONS=crl_ext_critical_number crl int-ec "$out/crls/critical-number.crl.pem" 20260101000000Z 20260701000000Z
{ echo '-----BEGIN X509 CRL-----'; echo 'not a CRL'; echo '-----END X509 CRL-----'; } >"$out/crls/garbage.crl.pem"

# --- What sets one gateway apart from another ----------------------------------------------
# Application Load Balancer and CloudFront: a blank line, and a comment with a dash, refuse the bundle.
{ pem root-rsa; echo; pem int-rsa; } >"$out/profiles/blank-line.pem"
{ echo '# Fixture root CA'; pem root-rsa; echo '# --- issuing CA ---'; pem int-rsa; } >"$out/profiles/dash-comment.pem"
{ echo '# Fixture root CA'; pem root-rsa; echo '# Fixture issuing CA'; pem int-rsa; } >"$out/profiles/hash-comments.pem"
# 26 CA certificates: one over the 25 of ALB and CloudFront.
awk '/-----BEGIN CERTIFICATE-----/ { n++ } n <= 26 { print }' "$out/truststores/1001-certificates.pem" >"$out/profiles/26-cas.pem"
# RSA-8192 and P-521 clients: Application Load Balancer accepts both, CloudFront neither.
key client-rsa8192 rsa:8192;  cert client-rsa8192 '/O=Fixture Clients/CN=client-rsa8192' int-rsa client
pem client-rsa8192 >"$out/profiles/client-rsa8192.pem"
pem client-p521 >"$out/profiles/client-p521.pem"
# Google Cloud: the issuing CA needs clientAuth too.
key int-client-auth ec:P-256; cert int-client-auth '/O=Fixture PKI/CN=Issuing CA with clientAuth' root-ec intermediate_client_auth
key client-gcp ec:P-256;      cert client-gcp '/O=Fixture Clients/CN=client under a clientAuth CA' int-client-auth client
{ pem root-ec; pem int-client-auth; pem root-rsa; pem int-rsa; } >"$out/profiles/gcp-truststore.pem"
pem client-gcp >"$out/profiles/client-issuer-client-auth.pem"
pem client-rsa2048 >"$out/profiles/client-issuer-without-client-auth.pem"
key bulky ec:P-256; cert bulky '/O=Fixture PKI/CN=Bulky Root CA' self bulky_root
{ pem bulky; pem root-ec; pem int-client-auth; } >"$out/profiles/bulky-ca.pem"
# 31 CRLs: one over Application Load Balancer's 30 per trust store.
for i in $(seq 1 31); do cat "$out/crls/root-rsa.crl.pem"; done >"$out/profiles/31-crls.pem"
# Azure Application Gateway: one root per chain file.
{ pem root-rsa; pem int-rsa; } >"$out/profiles/one-root-chain.pem"
{ pem root-rsa; pem int-rsa; pem root-ec; } >"$out/profiles/two-roots-chain.pem"

# --- The example repository the README's first command checks -------------------------
ex=examples
rm -rf "$ex/truststore" "$ex/clients"
mkdir -p "$ex/truststore" "$ex/clients"
{ pem root-rsa; pem int-rsa; pem root-ec; pem int-ec; } >"$ex/truststore/truststore.pem"
pem client-rsa3072 >"$ex/clients/payments-service.pem"
{ pem client-p256; pem int-ec; } >"$ex/clients/mobile-gateway.pem"
pem client-sha1 >"$ex/clients/legacy-billing.pem"
pem client-expired >"$ex/clients/old-partner.pem"
pem foreign >"$ex/clients/new-partner.pem"
# A four-tier PKI: clients under the third intermediate (four CA certificates, API Gateway's most) and the fourth.
rm -rf "$ex/four-tier/clients" "$ex/four-tier/truststore.pem" "$ex/root-only/clients" "$ex/root-only/truststore.pem"
mkdir -p "$ex/four-tier/clients" "$ex/root-only/clients"
{ pem root-ec; pem deep1; pem deep2; pem deep3; pem deep4; } >"$ex/four-tier/truststore.pem"
pem deep-client >"$ex/four-tier/clients/under-third-intermediate.pem"
pem six-client >"$ex/four-tier/clients/under-fourth-intermediate.pem"
# A root-only truststore and a client that sends its issuing CA: API Gateway refuses it (the CA must be in the truststore).
pem root-rsa >"$ex/root-only/truststore.pem"
{ pem client-rsa2048; pem int-rsa; } >"$ex/root-only/clients/sends-its-intermediate.pem"

# One example per gateway family; each folder has its own .truststore-check.yml (written by hand, kept).
for folder in load-balancers google-cloud azure nginx envoy; do
  find "$ex/$folder" -mindepth 1 ! -name .truststore-check.yml -delete 2>/dev/null || true
  mkdir -p "$ex/$folder"
done
# Application Load Balancer and CloudFront fed from one repository: # comments are fine for both; RSA-8192 and
# P-521 clients pass the load balancer and fail CloudFront; the load balancer's CRL revokes one client.
mkdir -p "$ex/load-balancers/clients" "$ex/load-balancers/crls"
{ echo '# Fixture Root CA RSA'; pem root-rsa; echo '# Fixture Issuing CA RSA'; pem int-rsa
  echo '# Fixture Root CA EC'; pem root-ec; echo '# Fixture Issuing CA EC'; pem int-ec; } >"$ex/load-balancers/truststore.pem"
pem client-rsa8192 >"$ex/load-balancers/clients/data-export.pem"
pem client-p521 >"$ex/load-balancers/clients/partner-portal.pem"
pem client-revoked >"$ex/load-balancers/clients/retired-terminal.pem"
pem client-p256 >"$ex/load-balancers/clients/mobile-api.pem"
# Examples are checked at today's date: their CRLs stay current until 2035.
crl int-rsa "$ex/load-balancers/crls/issuing-rsa.crl.pem" 20260101000000Z 20350101000000Z client-revoked 251201000000Z keyCompromise
# Google Cloud: the issuing CA must allow clientAuth too.
mkdir -p "$ex/google-cloud/clients"
{ pem root-ec; pem int-client-auth; pem root-rsa; pem int-rsa; } >"$ex/google-cloud/trust-config.pem"
pem client-gcp >"$ex/google-cloud/clients/under-client-auth-ca.pem"
pem client-rsa2048 >"$ex/google-cloud/clients/under-plain-ca.pem"
# Azure Application Gateway: one chain file per root.
mkdir -p "$ex/azure/chains" "$ex/azure/clients"
{ pem root-rsa; pem int-rsa; } >"$ex/azure/chains/rsa-chain.pem"
{ pem root-ec; pem int-ec; pem root-rsa; } >"$ex/azure/chains/ec-and-rsa-roots.pem"
pem client-rsa2048 >"$ex/azure/clients/billing.pem"
pem server-only >"$ex/azure/clients/misissued.pem"
# NGINX: a client two intermediates deep needs ssl_verify_depth 2; ssl_crl holds the issuing CA's CRL but not the root's.
mkdir -p "$ex/nginx/clients" "$ex/nginx/crls"
{ pem root-rsa; pem int-rsa; pem root-ec; pem deep1; pem deep2; } >"$ex/nginx/client-ca.pem"
pem four-client >"$ex/nginx/clients/two-levels-down.pem"
pem client-rsa2048 >"$ex/nginx/clients/one-level-down.pem"
crl int-rsa "$ex/nginx/crls/issuing-rsa.crl.pem" 20260101000000Z 20350101000000Z client-revoked 251201000000Z keyCompromise
# Envoy: an intermediate alone in trusted_ca anchors its clients (partial chains are on).
mkdir -p "$ex/envoy/clients"
pem int-rsa >"$ex/envoy/trusted-ca.pem"
pem client-rsa2048 >"$ex/envoy/clients/service-a.pem"

echo "fixtures written to $out and $ex"
bash scripts/make-hostile-fixtures.sh
bash scripts/make-change-fixtures.sh
bash scripts/make-reader-fixtures.sh
