import { certificateBlock, type Fix } from '../../findings/fix.js';
import { readClientFile } from '../../inventory/client-file.js';
import type { SourceFile } from '../../inventory/inventory.js';
import type { CertificateObject } from '../../inventory/objects.js';
import { nameOf, type Rule } from '../rule.js';

/**
 * The client's block first, then the CAs that preceded it, nearest first (a
 * chain written root first is reversed), when nothing else sits among them.
 */
function clientFirst(
  file: SourceFile,
  leaf: CertificateObject,
  leadingCas: readonly CertificateObject[],
): Fix | undefined {
  const first = leadingCas[0]!;
  const among = file.objects.filter((object) => object.line >= first.line && object.line <= leaf.line);
  if (
    among.length !== leadingCas.length + 1 ||
    among.some((object) => object.kind !== 'certificate' || object.encoding !== 'pem')
  )
    return undefined;
  return {
    file: file.path,
    line: first.line,
    endLine: leaf.endLine,
    description: "Put the client's certificate first.",
    // Written from DER: the blocks' own lines could read differently once moved.
    replacement: [leaf, ...[...leadingCas].reverse()].map((object) => certificateBlock(object.certificate.der)),
  };
}

export const clientNotEndEntity: Rule = {
  id: 'client-not-end-entity',
  defaultSeverity: 'error',
  title: 'Client file does not start with the client certificate',
  description:
    "A TLS client presents the first certificate of its file as its own. Here the first is a CA (basicConstraints cA=TRUE): a full chain written in the wrong order, or a CA copied among the clients. The client's real certificate, when there is one, is checked as the client's; the file still needs fixing.",
  remedy:
    "Write the client's own certificate first, then the intermediates it sends (`cat client.pem intermediate.pem > client-chain.pem`); move a bare CA to the truststore or remove it. Check the order with `openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs -noout`.",
  appliesTo: () => ({}),
  consequence: (profile) =>
    `A client configured with this file presents a CA certificate as its own; ${profile.wording.gateway} then judges the wrong certificate.`,
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.role !== 'client') continue;
      const { leaf, leadingCas } = readClientFile(file);
      const first = leadingCas[0];
      if (!first) continue;
      const message = leaf
        ? `The file starts with ${nameOf(first.certificate)}, a CA; the client's own certificate, ${nameOf(leaf.certificate)}, comes after it on line ${leaf.line}. A chain in the wrong order: put the client certificate first.`
        : `The file holds only CA certificates (${leadingCas.map((object) => nameOf(object.certificate)).join('; ')}) and no client certificate: a CA among the clients. Move it to the truststore or remove it.`;
      yield {
        message,
        file: file.path,
        line: first.line,
        endLine: first.endLine,
        certificate: first.certificate,
        ...(leaf ? { fix: clientFirst(file, leaf, leadingCas) } : {}),
      };
    }
  },
};
