import { certificateBlock, type Fix } from '../../findings/fix.js';
import { readClientFile } from '../../inventory/client-file.js';
import type { SourceFile } from '../../inventory/inventory.js';
import type { CertificateObject } from '../../inventory/file-objects.js';
import { nameOf, type Explainer, type Rule } from '../rule.js';

/**
 * The client's block first, then the CAs that preceded it, nearest first (a
 * chain written root first is reversed), when nothing else sits among them.
 */
function clientFirst(
  file: SourceFile,
  own: CertificateObject,
  leadingCas: readonly CertificateObject[],
): Fix | undefined {
  const first = leadingCas[0]!;
  const among = file.objects.filter((object) => object.line >= first.line && object.line <= own.line);
  if (
    among.length !== leadingCas.length + 1 ||
    among.some((object) => object.kind !== 'certificate' || object.encoding !== 'pem')
  )
    return undefined;
  return {
    file: file.path,
    line: first.line,
    endLine: own.endLine,
    description: "Put the client's certificate first.",
    // Written from DER: the blocks' own lines could read differently once moved.
    replacement: [own, ...[...leadingCas].reverse()].map((object) => certificateBlock(object.certificate.der)),
  };
}

export const clientNotEndEntity: Rule = {
  id: 'client-not-end-entity',
  defaultSeverity: 'error',
  title: 'Client file does not start with the client certificate',
  description:
    "A TLS client presents the first certificate of its file as its own, and proves it holds that certificate's key. Here the file starts with a CA (basicConstraints cA=TRUE) and the client's own certificate comes later: a full chain written in the wrong order. The client's key belongs to the later certificate, so the handshake cannot succeed.",
  remedy:
    "Write the client's own certificate first, then the intermediates it sends (`cat client.pem intermediate.pem > client-chain.pem`). Check the order with `openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs -noout`.",
  // RFC 8446 §4.4.2 (and RFC 5246 §7.4.2): the sender's certificate comes first. No gateway can do otherwise.
  appliesTo: () => ({}),
  consequence: (profile) =>
    `The client presents a CA certificate as its own and cannot prove it holds that CA's key: the handshake fails before ${profile.wording.gateway} accepts it.`,
};

export const explainClientNotEndEntity: Explainer<'written-ca-first'> = {
  rule: clientNotEndEntity,
  describe(problem, chain, context) {
    const own = readClientFile(chain.file).ownAfterCa;
    const where = own ? ` on line ${own.line}` : '';
    return `The file starts with ${nameOf(problem.certificate)}, a CA; the client's own certificate, ${nameOf(problem.own)}, comes after it${where}. A TLS client presents the first certificate as its own and must prove it holds that certificate's key, which it does not: the handshake fails before ${context.profile.wording.gateway} accepts it, and the client is refused. Put the client certificate first.`;
  },
  fix(_problem, chain) {
    const { ownAfterCa, leadingCas } = readClientFile(chain.file);
    return ownAfterCa ? clientFirst(chain.file, ownAfterCa, leadingCas) : undefined;
  },
};
