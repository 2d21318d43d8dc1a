/**
 * The worksheet's status (announced by screen readers): storage that is not kept, and the notice
 * of what just happened, with links to the entries to fix. A new notice is scrolled into view.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Notice } from './notices';

interface Props {
  /** Why the entries are not kept, or ''. */
  storageProblem: string;
  notice: Notice | undefined;
}

export function StatusArea({ storageProblem, notice }: Props) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) area.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  return (
    <div class="ws-status no-print" role="status" ref={area}>
      {storageProblem && <p class="ws-warning">{storageProblem}</p>}
      {notice && (
        <div class={notice.kind === 'masalah' ? 'ws-warning' : 'ws-info'}>
          <p>{notice.text}</p>
          {notice.items && (
            <ul>
              {notice.items.map((item) => (
                <li>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
