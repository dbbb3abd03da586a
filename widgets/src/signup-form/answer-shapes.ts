/**
 * How each field the form shows is answered (one text, one choice, several choices), in
 * order: the built-in fields, then the partner's questions under `answers.<id>`. Validation
 * reads the values by these shapes.
 */
import type { FieldSpec } from './fields.ts';
import type { Question } from './questions.ts';
import type { AnswerShape } from './validation.ts';

export function answerShapes(
  specs: readonly FieldSpec[],
  questions: readonly Question[],
): Map<string, AnswerShape> {
  const shapes = new Map<string, AnswerShape>();
  for (const spec of specs) {
    const shape: AnswerShape =
      spec.control === 'checkboxes' || spec.control === 'languages'
        ? 'choices'
        : spec.control === 'select' || spec.control === 'country' || spec.control === 'language'
          ? 'choice'
          : 'text';
    shapes.set(spec.path, shape);
  }
  for (const question of questions) {
    const shape: AnswerShape =
      question.type === 'multiple-choice'
        ? 'choices'
        : question.type === 'text' || question.type === 'long-text'
          ? 'text'
          : 'choice';
    shapes.set(`answers.${question.id}`, shape);
  }
  return shapes;
}
