// Security checks on GitHub workflow files, in the spirit of zizmor (which
// does not install here: it is neither on the npm registry nor in Debian 12):
// third-party actions pinned by full commit SHA, explicit least-privilege
// permissions, checkouts that do not leave the token on disk unless the job
// pushes, no expressions from the event or inputs inside shell scripts
// (template injection), and no pull_request_target.
import { parse } from 'yaml';

const SHA = /^[0-9a-f]{40}$/;

/** Problems in one workflow file, each a line of text. */
export function auditWorkflow(text, name) {
  const problems = [];
  const workflow = parse(text) ?? {};
  const on = workflow.on ?? workflow[true];
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
  if (events.includes('pull_request_target'))
    problems.push(`${name}: pull_request_target runs with a write token on a fork's pull request`);
  if (workflow.permissions === undefined)
    problems.push(`${name}: no top-level permissions (the default token may write)`);
  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const where = `${name}: job ${jobName}`;
    const permissions = job.permissions ?? workflow.permissions;
    if (
      permissions === 'write-all' ||
      (permissions &&
        typeof permissions === 'object' &&
        Object.values(permissions).includes('write') &&
        job.permissions === undefined)
    )
      problems.push(`${where}: write permissions belong on the job that needs them, not the workflow`);
    const pushes = permissions && typeof permissions === 'object' && permissions.contents === 'write';
    for (const [index, step] of (job.steps ?? []).entries()) {
      const at = `${where}, step ${index + 1}`;
      if (typeof step.uses === 'string' && !step.uses.startsWith('./') && !step.uses.startsWith('docker://')) {
        const ref = step.uses.split('@')[1] ?? '';
        if (!SHA.test(ref)) problems.push(`${at}: ${step.uses} is not pinned by a full commit SHA`);
        if (step.uses.startsWith('actions/checkout@') && !pushes && step.with?.['persist-credentials'] !== false)
          problems.push(`${at}: actions/checkout without persist-credentials: false in a job that does not push`);
      }
      if (typeof step.run === 'string' && /\$\{\{\s*(github\.event\.|inputs\.|github\.head_ref)/.test(step.run))
        problems.push(`${at}: an expression from the event or inputs inside run: (pass it through env: instead)`);
    }
  }
  return problems;
}
