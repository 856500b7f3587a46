import { describe, expect, it } from 'vitest';
import { CsPlanError, ExitCode } from './errors.js';

describe('CsPlanError exit codes', () => {
  it('bad input by default; an internal error (a cs-plan bug) exits 70 wherever it is raised; a given code is kept', () => {
    expect(new CsPlanError('roster.noCandidates').exitCode).toBe(ExitCode.badInput);
    expect(new CsPlanError('internal', { message: 'x' }).exitCode).toBe(ExitCode.internal);
    expect(new CsPlanError('roster.noCandidates', {}, { exitCode: ExitCode.infeasible }).exitCode).toBe(ExitCode.infeasible);
  });
});
