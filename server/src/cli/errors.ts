/**
 * Errors a user can cause (bad flag, missing or binary file, bad config) are one-line
 * messages and exit code 2, never a stack trace (ARCHITECTURE.md, Style).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
