/** One of an entry's free-text fields (`sumber`, `catatan`): its label, its hint where the guidance gives one, and the input. */
import type { FieldWords, TextColumn } from '../../catalogue/worksheet-fields';

interface Props {
  /** The indicator's id: the input is `<id>-<column>`, the target of the check's links. */
  id: string;
  column: TextColumn;
  words: FieldWords;
  value: string;
  onInput(text: string): void;
}

export function TextField({ id, column, words, value, onInput }: Props) {
  const inputId = `${id}-${column}`;
  return (
    <div class="calc-field">
      <label class="calc-label" for={inputId}>
        {words.label}
      </label>
      {words.hint && (
        <p class="calc-hint" id={`${inputId}-hint`}>
          {words.hint}
        </p>
      )}
      <input
        class="calc-input"
        type="text"
        id={inputId}
        name={column}
        autoComplete="off"
        aria-describedby={words.hint ? `${inputId}-hint` : undefined}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
