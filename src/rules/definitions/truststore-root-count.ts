import { certificatesOf } from '../../inventory/inventory.js';
import { nameOf, type Rule } from '../rule.js';

export const truststoreRootCount: Rule = {
  id: 'truststore-root-count',
  defaultSeverity: 'error',
  title: 'Chain file without exactly one root',
  description:
    'The gateway takes each trusted CA chain as its own file holding exactly one root (a self-signed CA certificate) and any intermediates under it (Azure Application Gateway refuses zero or several roots per file).',
  remedy:
    'Split the bundle into one file per root, each with that root and its intermediates (`openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs` lists what a file holds).',
  appliesTo: (profile) =>
    profile.bundle.format.rootsPerFile !== undefined
      ? { evidence: profile.bundle.format.evidence, phase: profile.bundle.format.phase }
      : undefined,
  consequence: (profile) => `${profile.wording.uploadRefusal}.`,
  *check(context) {
    const expected = context.profile.bundle.format.rootsPerFile;
    if (expected === undefined) return;
    for (const file of context.inventory.files) {
      if (file.role !== 'truststore' || file.notRead) continue;
      const certificates = certificatesOf(file);
      if (certificates.length === 0) continue;
      const roots = certificates.filter(
        (object) => object.certificate.selfSigned && object.certificate.basicConstraints?.ca !== false,
      );
      if (roots.length === expected) continue;
      const which = roots.length === 0 ? 'none' : roots.map((object) => nameOf(object.certificate)).join(', ');
      const where = roots[1] ?? certificates[0]!;
      yield {
        message: `The file holds ${roots.length} root CA certificates (${which}); ${context.profile.wording.gateway} takes exactly ${expected} per chain file.`,
        file: file.path,
        line: where.line,
        endLine: where.endLine,
      };
    }
  },
};
