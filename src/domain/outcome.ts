/**
 * What a computation gives back: a result, or the reasons it cannot be computed, each tied to the
 * input it is about so a form can show the message beside that field. Field keys are stable names
 * ("pembilang", "entri.2", "unsur.4", "komponen.pelaporan", "target"), not element ids.
 */

/** A message (Indonesian, shown to the person) about one input. */
export interface FieldError {
  field: string;
  message: string;
}

export type Outcome<T> = { ok: true; result: T } | { ok: false; errors: FieldError[] };

/** The working of a computation, shown to the person line by line. */
export interface Working {
  /** The formula with the person's numbers substituted, then each step to the result. */
  steps: string[];
  /** Things to check that do not stop the computation (a part larger than its whole). */
  warnings: string[];
}

export function failure<T>(errors: FieldError[]): Outcome<T> {
  return { ok: false, errors };
}

export function success<T>(result: T): Outcome<T> {
  return { ok: true, result };
}
