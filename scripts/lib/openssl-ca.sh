# Sourced by the fixture scripts: the `openssl ca` configuration they share.
# write_ca_config WORK: writes WORK/ca.cnf over a database in WORK/db, any
# subject accepted, no extensions copied from requests (the signer chooses).
write_ca_config() {
  local work=$1
  mkdir -p "$work/db"
  : >"$work/db/index.txt"
  echo 1000 >"$work/db/serial"
  cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = fixture_ca
[ fixture_ca ]
database = $work/db/index.txt
new_certs_dir = $work/db
serial = $work/db/serial
default_md = sha256
policy = any_name
unique_subject = no
email_in_dn = no
copy_extensions = none
[ any_name ]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = optional
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = placeholder
CNF
}
