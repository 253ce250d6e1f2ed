import type { Rule } from '../rule.js';

export const fileSkipped: Rule = {
  id: 'file-skipped',
  defaultSeverity: 'notice',
  title: 'Special file skipped',
  description:
    'A glob matched a named pipe, socket or device. Such files hold no certificates and reading one could block the run, so they are skipped.',
  remedy: 'Narrow the glob, or remove the special file from the repository.',
  appliesTo: () => ({}),
  consequence: () => 'None: nothing in it reaches the gateway.',
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.notRead?.severity !== 'notice') continue;
      yield { message: `The path was skipped: ${file.notRead.reason}.`, file: file.path, line: 1, endLine: 1 };
    }
  },
};
