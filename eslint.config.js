import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  // Fixture repositories hold other projects' code (a CDK app), read by the tests as data.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.bench-cache/',
      'tmp/',
      '__tests__/fixtures/',
      '__tests__/repositories/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules: the project's own tsconfig decides what a type is.
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The runner reads every line of the step's log for workflow commands, and core.info writes text as it is:
    // the action's log lines go through logLine (src/action/log.ts), which makes them inert.
    files: ['src/action/**/*.ts'],
    ignores: ['src/action/log.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: 'Use logLine (src/action/log.ts): it keeps the line inert.' },
      ],
    },
  },
  {
    // Tests read JSON from processes and use jest's asymmetric matchers, both typed `any` by design.
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, benchmark and fuzz drivers) has no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
