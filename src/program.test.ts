import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.js';
import { commandOf, COMMANDS } from './commands/catalog.js';

describe('the program registers every command, loading only the one run', () => {
  it('lists the commands in the top-level help exactly as when every command is loaded', async () => {
    const lazy = await buildProgram();
    const eager = await buildProgram('all');
    expect(lazy.helpInformation()).toBe(eager.helpInformation());
    expect(eager.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
  });

  it('loads the command being run, with its options', async () => {
    const program = await buildProgram('replan');
    expect(program.commands.find((c) => c.name() === 'replan')?.options.some((o) => o.long === '--now')).toBe(true);
    expect(program.commands.find((c) => c.name() === 'roster')?.options.some((o) => o.long === '--staff')).toBe(false);
  });

  it('reads the command from the command line, after help too', () => {
    expect(commandOf(['roster', '--out', 'x.csv'])).toBe('roster');
    expect(commandOf(['help', 'check'])).toBe('check');
    expect(commandOf(['--help'])).toBeUndefined();
    expect(commandOf(['nosuch'])).toBeUndefined();
  });
});
