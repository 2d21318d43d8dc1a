/**
 * The year, period and unit shown, kept in the address (`?tahun=2024&periode=TW1&unit=...`) without
 * adding history entries, so that a link or a reload opens the same view. The address may also name
 * an indicator to go to (`?indikator=<id>`, the link beside its calculator).
 */
import { useEffect, useState } from 'preact/hooks';
import { PERIODS, type Periode } from '../../domain/measurement/record';
import type { WorksheetProps } from './types';

export interface Selection {
  tahun: number;
  periode: Periode;
  /** A unit's id, or '' for every unit. */
  unit: string;
}

type Known = Pick<WorksheetProps, 'indicators' | 'units' | 'years' | 'defaultYear'>;

/** The selection the address names, each part checked; what it does not name (or names wrongly) is the default. */
function fromUrl({ years, defaultYear, units, indicators }: Known): Selection & { indikator: string | undefined } {
  const params = new URLSearchParams(location.search);
  const tahun = Number(params.get('tahun'));
  const periode = params.get('periode') as Periode;
  const unit = params.get('unit') ?? '';
  const indikator = params.get('indikator') ?? undefined;
  const thisYear = new Date().getFullYear();
  return {
    tahun: years.includes(tahun) ? tahun : years.includes(thisYear) ? thisYear : defaultYear,
    periode: PERIODS.includes(periode) ? periode : 'TAHUN',
    unit: units.some((u) => u.id === unit) ? unit : '',
    indikator: indicators.some((i) => i.id === indikator) ? indikator : undefined,
  };
}

function toUrl({ tahun, periode, unit }: Selection): void {
  const params = new URLSearchParams(location.search);
  params.set('tahun', String(tahun));
  params.set('periode', periode);
  if (unit) params.set('unit', unit);
  else params.delete('unit');
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}

export function useSelectionInUrl(known: Known) {
  // The page is drawn at build time with the defaults; the address is read once in the browser.
  const [selection, setSelection] = useState<Selection>({ tahun: known.defaultYear, periode: 'TAHUN', unit: '' });
  const [indikator, setIndikator] = useState<string | undefined>(undefined);
  const [read, setRead] = useState(false);

  useEffect(() => {
    const { indikator: named, ...chosen } = fromUrl(known);
    setSelection(chosen);
    setIndikator(named);
    setRead(true);
  }, []);

  useEffect(() => {
    if (read) toUrl(selection);
  }, [read, selection.tahun, selection.periode, selection.unit]);

  const choose = (change: Partial<Selection>) => setSelection((current) => ({ ...current, ...change }));
  return { selection, choose, indikator };
}
