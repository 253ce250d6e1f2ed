import { findingFingerprint } from '../findings/identity.js';
import type { Profile } from '../profiles/profile.js';
import { RULES } from '../rules/registry.js';
import { ruleSource } from '../rules/rule.js';
import { profileSeverity } from '../rules/severities.js';
import { REPOSITORY_URL, RULES_DOC_URL, VERSION } from '../version.js';
import { findingMessage, type Report } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: stable rule ids,
 * repository-relative paths, each rule's help in the words of the profile the
 * findings were judged by (the first target's, where there are several; each
 * result names its own target).
 */
export function formatSarif(
  report: Report,
  profile: Profile,
  repoPath: (file: string) => string = (file) => file,
): string {
  const rules = RULES.map((rule) => {
    const consequence = rule.consequence(profile);
    const source = ruleSource(rule, profile);
    const severity = profileSeverity(rule, profile);
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.description },
      help: {
        text: `${rule.description}\n\nAt the gateway: ${consequence}\n\nFix: ${rule.remedy}\n\nSource: ${source}`,
        markdown: `${rule.description}\n\n**At the gateway:** ${consequence}\n\n**Fix:** ${rule.remedy}\n\n**Source:** ${source}`,
      },
      helpUri: `${RULES_DOC_URL}#${rule.id}`,
      defaultConfiguration: severity === 'off' ? { enabled: false } : { level: LEVEL[severity] },
      properties: { tags: ['security', 'mtls', profile.id] },
    };
  });
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.findings.map((finding) => {
    const uri = repoPath(finding.file);
    return {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: findingMessage(report, finding) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.line, endLine: Math.max(finding.line, finding.endLine) },
          },
        },
      ],
      partialFingerprints: { 'truststoreCheck/v1': findingFingerprint(finding, uri) },
      ...(finding.target ? { properties: { target: finding.target } } : {}),
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'truststore-check',
            informationUri: REPOSITORY_URL,
            semanticVersion: VERSION,
            version: VERSION,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
