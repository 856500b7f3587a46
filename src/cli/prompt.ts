/**
 * Prompt helpers: loaded only by commands that ask questions on a terminal.
 */
import { CsPlanError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/**
 * Turns a value parser into an @inquirer/prompts validator: true when the answer parses, else
 * the parser's message in the user's language, so prompts accept exactly what flags accept.
 *
 * @example input({ message: '…', validate: validatorFor(parseAmount, 'zh') })
 */
export function validatorFor(parse: (text: string) => unknown, lang: Lang): (text: string) => true | string {
  return (text) => {
    try {
      parse(text);
      return true;
    } catch (error) {
      if (error instanceof CsPlanError) return t(lang, error.key, error.params);
      throw error;
    }
  };
}
