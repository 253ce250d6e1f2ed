import type { Rule } from '../rule.js';

export const privateKeyInRepository: Rule = {
  id: 'private-key-in-repository',
  defaultSeverity: 'error',
  title: 'Private key among the scanned files',
  description:
    'A private key (PKCS#1, PKCS#8, SEC1, encrypted, OpenSSH or DER) is committed next to the certificates. Anyone who can read the repository can impersonate that client. Key material is never printed.',
  remedy:
    'Remove the key from the repository and its history (e.g. `git filter-repo`), then revoke and re-issue the certificate: treat the key as leaked.',
  appliesTo: () => ({}),
  consequence: () =>
    'Nothing at the gateway: the risk is that anyone who can read the repository can impersonate the client.',
  *check(context) {
    for (const file of context.inventory.files) {
      for (const object of file.objects) {
        if (object.kind !== 'private-key') continue;
        const encrypted = object.encrypted ? ' (encrypted, but still a key that should not live here)' : '';
        yield {
          message: `A private key (${object.label})${encrypted} is committed in the repository.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
        };
      }
    }
  },
};
