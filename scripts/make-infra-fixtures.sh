#!/usr/bin/env bash
# The infrastructure-code fixture repositories (__tests__/repositories/*)
# hold small Terraform, CloudFormation, CDK and Kubernetes code written by
# hand, and truststores copied from the openssl-made fixtures (run
# scripts/make-fixtures.sh first). Every truststore is the standard
# fixture PKI with one blank line between two blocks: API Gateway and
# NGINX read it as it is, while the load balancers and CloudFront refuse a
# blank line, so the same bundle shows which gateway's rules judged it.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=__tests__/fixtures
infra=__tests__/repositories

# The standard bundle with a blank line after its first block.
blank_bundle() {
  awk '{ print } /-----END CERTIFICATE-----/ && !done { print ""; done = 1 }' "$fixtures/truststores/standard.pem"
}

for target in \
  terraform/certs/api-truststore.pem \
  terraform/certs/lb-truststore.pem \
  terraform/modules/api-mtls/partners.pem \
  terraform/gcp/anchors.pem \
  cloudformation/certs/truststore.pem \
  cloudformation/certs/lb-bundle.pem \
  cdk/certs/truststore.pem \
  cdk/certs/lb-bundle.pem \
  kubernetes/certs/ca.crt; do
  mkdir -p "$(dirname "$infra/$target")"
  blank_bundle >"$infra/$target"
done
cp "$fixtures/crls/int-rsa.crl.pem" "$infra/terraform/certs/lb-crl.pem"
cp "$fixtures/crls/int-rsa.crl.pem" "$infra/cloudformation/certs/lb-crl.pem"

# A Secret with its ca.crt inline (stringData), as kubectl applies it.
{
  printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: partners-ca\n  namespace: payments\ntype: Opaque\nstringData:\n  ca.crt: |\n'
  blank_bundle | sed 's/^/    /; s/^    $//'
} >"$infra/kubernetes/partners-secret.yaml"
