/**
 * The error summary of GOV.UK Frontend (`components/error-summary`): announced as an alert, one
 * link per problem in form order. Following a link scrolls the field's label into view and then
 * focuses the input without scrolling again, so the label and the hint stay visible above it.
 */
import type { Ref } from 'preact';
import type { SummaryLine } from '../../domain/calculator/model';

export interface ErrorSummaryProps {
  /** Prefix of the element ids. */
  id: string;
  /** "Ada isian yang perlu diperbaiki" (`FORM_WORDS`). */
  title: string;
  lines: readonly SummaryLine[];
  /** The summary itself, to move the focus to it after a submit. */
  summaryRef?: Ref<HTMLDivElement>;
}

function focusInput(event: MouseEvent, inputId: string) {
  const input = document.getElementById(inputId);
  if (!input) return;
  event.preventDefault();
  (document.querySelector(`label[for="${inputId}"]`) ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ id, title, lines, summaryRef }: ErrorSummaryProps) {
  return (
    <div class="calc-error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-summary-title`} ref={summaryRef ?? null}>
      <h3 class="calc-error-summary-title" id={`${id}-summary-title`}>
        {title}
      </h3>
      <ul class="calc-error-summary-list">
        {lines.map(({ inputId, text }) => (
          <li key={inputId}>
            <a href={`#${inputId}`} onClick={(event) => focusInput(event, inputId)}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
