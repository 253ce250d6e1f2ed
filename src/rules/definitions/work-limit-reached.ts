import { MAX_SAME_NAME_CERTIFICATES } from '../../chain/truststore.js';
import { nameOf, type Rule } from '../rule.js';

export const workLimitReached: Rule = {
  id: 'work-limit-reached',
  defaultSeverity: 'error',
  mandatory: true,
  title: 'Input over a bound on the work of one check',
  description: `The check stopped short of something to keep its work bounded on hostile input: more than ${MAX_SAME_NAME_CERTIFICATES} truststore certificates with one subject name (only the first ${MAX_SAME_NAME_CERTIFICATES} are considered as issuers). What lies past the bound is not known to be good, so this is an error and cannot be turned off.`,
  remedy:
    'Remove the surplus same-named certificates (a real PKI has a few per name: renewals and cross-signs); `grep -c "BEGIN CERTIFICATE"` and `openssl storeutl -noout -text -certs FILE | grep Subject:` show what the bundle holds.',
  appliesTo: () => ({}),
  consequence: () =>
    'Unknown: clients whose issuer is among the certificates set aside are judged without it, and the gateway may accept or refuse them differently.',
  *check(context) {
    for (const truststore of context.chains.truststores) {
      for (const { count, firstIgnored } of truststore.crowded.values()) {
        const { file, object } = firstIgnored;
        yield {
          message: `${count} certificates of the truststore share the subject of ${nameOf(object.certificate)}; path building considers the first ${MAX_SAME_NAME_CERTIFICATES} as issuers and sets this one and the ${count - MAX_SAME_NAME_CERTIFICATES - 1} after it aside.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
          certificate: object.certificate,
        };
      }
    }
  },
};
