import type { FindingDraft } from '../../findings/finding.js';
import { CERTIFICATE_FILE_ROLES } from '../../inventory/files.js';
import type { SourceFile } from '../../inventory/inventory.js';
import type { Profile } from '../../profiles/profile.js';
import { refusal, type Rule } from '../rule.js';
import { shellQuote } from '../../text/shell-quote.js';

/** Where the model of OpenSSL's reader comes from (src/inventory/readers/openssl-pem.ts). */
export const OPENSSL_READER_SOURCE =
  "OpenSSL 3.0's PEM reader: crypto/pem/pem_lib.c (PEM_read_bio_ex), crypto/pem/pem_info.c (PEM_X509_INFO_read_bio, which X509_load_cert_crl_file and so -CAfile use), crypto/evp/encode.c, checked against the openssl binary by the repository's reader differential";

/** What the gateway does with a file it reads nothing from, in its words. */
function notLoadedConsequence(profile: Profile, file: SourceFile): string {
  const { wording } = profile;
  if (file.role === 'client')
    return 'A client configured with this file cannot present the certificate it seems to hold.';
  if (profile.bundle.format.reader)
    return `${wording.uploadRefusal}, or, where only part is skipped, clients under what it skips get ${refusal(profile, 'untrusted')}.`;
  if (profile.bundle.format.goReader)
    return `${wording.gateway} reads the file with Go's reader, which may load other certificates than OpenSSL's: ${wording.uploadRefusal}, or clients under certificates it skips get ${refusal(profile, 'untrusted')}.`;
  return `If ${wording.gateway} reads the file as OpenSSL does, the truststore is invalid: ${wording.uploadRefusal}, or it loads without these certificates and their clients get ${refusal(profile, 'untrusted')}.`;
}

export const fileNotLoadable: Rule = {
  id: 'file-not-loadable',
  defaultSeverity: 'error',
  title: "The gateway's reader cannot load the file, or skips certificates in it",
  description:
    "Read as OpenSSL's PEM reader reads it (what `openssl verify -CAfile`, NGINX, HAProxy and most gateways load a bundle with), the file fails to load, so nothing in it is trusted (a blank line or a header inside a block, a bad base64 character, an END line that does not match, a block that does not decode), or the reader passes certificates by: a PKCS#7 bundle, binary DER, a BEGIN line that is indented or carries other text, a NUL byte that ends the reading.",
  remedy:
    'Write the truststore as PEM CERTIFICATE blocks, each opened and closed at the start of a line: convert PKCS#7 with `openssl pkcs7 -print_certs -in FILE -out FILE.pem` and DER with `openssl x509 -inform DER -in FILE -out FILE.pem`, and check what OpenSSL loads with `openssl crl2pkcs7 -nocrl -certfile FILE | openssl pkcs7 -print_certs -noout`.',
  appliesTo: (profile) =>
    profile.bundle.format.reader
      ? { evidence: profile.bundle.format.reader }
      : { evidence: { confidence: 'vendor', source: OPENSSL_READER_SOURCE } },
  consequence: (profile) =>
    `${profile.wording.gateway} loads nothing from a file its reader fails on (${profile.wording.uploadRefusal}, or every client refused), and nothing from what the reader skips: clients under those CAs get ${refusal(profile, 'untrusted')}.`,
  *check(context) {
    for (const file of context.inventory.files) {
      if (!CERTIFICATE_FILE_ROLES.includes(file.role)) continue;
      const command = `openssl crl2pkcs7 -nocrl -certfile ${shellQuote(file.path)} | openssl pkcs7 -print_certs -noout`;
      const at = (line: number, endLine: number, message: string): FindingDraft => ({
        message,
        file: file.path,
        line,
        endLine,
        command,
      });
      if (file.loadFailure) {
        const { line, endLine, reason, undecodable } = file.loadFailure;
        // The tool's DER parser refuses a few encodings d2i_X509 reads: then OpenSSL's failing is likely, not known.
        const failing = undecodable
          ? `The file cannot be read as OpenSSL's PEM reader reads it: ${reason}. OpenSSL loads nothing from a file with a block it cannot decode (\`openssl x509 -noout -in ${shellQuote(file.path)}\` shows whether it decodes this one).`
          : `OpenSSL's PEM reader fails on this file: ${reason}; it then loads no certificate from the whole file.`;
        yield at(line, endLine, `${failing} ${notLoadedConsequence(context.profile, file)}`);
      }
      for (const skipped of file.notLoaded ?? []) {
        const count = skipped.certificates?.length ?? 0;
        const lost =
          count > 0
            ? ` The ${count === 1 ? 'certificate' : `${count} certificates`} in it ${count === 1 ? 'is' : 'are'} not trusted.`
            : '';
        const convert = skipped.convert
          ? ` Convert it: \`${skipped.convert.replace(/FILE/g, shellQuote(file.path))}\`.`
          : '';
        yield at(
          skipped.line,
          skipped.endLine,
          `Not loaded: ${skipped.reason}.${lost}${convert} ${file.role === 'truststore' ? notLoadedConsequence(context.profile, file) : ''}`.trimEnd(),
        );
      }
    }
  },
};
