// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use string-literal unions, not enums.' },
        { selector: 'TSModuleDeclaration', message: 'No namespaces.' },
      ],
    },
  },
  {
    // The engine is pure: no editor, protocol, file system or clock.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*'], message: 'The engine must not depend on the editor or LSP.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine does no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Date', 'performance', 'process', 'setTimeout'],
    },
  },
);
