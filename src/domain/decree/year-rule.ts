/**
 * Which decree governs a year's figures: the latest held decree whose period covers the year and
 * that was in force during it. A decree is in force from its date (an amendment governs from its
 * date, not from the start of its period) until the year of the decree that replaces or amends it.
 * When no held decree was in force during the year but one covers it (the catalogue holds an
 * amendment of 2023, not the 2021 decree it amends, and a year 2022 has figures), the earliest held
 * decree covering the year governs, marked `kemudian` so the pages can say it was set later.
 *
 * Pure: plain objects in, plain objects out.
 */
import { byDate, type DecreeFacts, type DecreeState } from './status.ts';

export interface Governing {
  id: string;
  /** True when the decree was set after the year (no held decree was in force during it). */
  kemudian: boolean;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export function governingDecree(
  year: number,
  decrees: readonly Pick<DecreeFacts, 'id' | 'tanggal' | 'periode'>[],
  states: readonly Pick<DecreeState, 'id' | 'by'>[],
): Governing | undefined {
  const byId = new Map(decrees.map((d) => [d.id, d]));
  const successorOf = new Map(states.map((s) => [s.id, s.by ? byId.get(s.by) : undefined]));
  const covering = decrees.filter((d) => d.periode.awal <= year && year <= d.periode.akhir).sort(byDate);
  const inForce = covering.filter((d) => {
    const successor = successorOf.get(d.id);
    return yearOf(d.tanggal) <= year && (!successor || yearOf(successor.tanggal) >= year);
  });
  const latest = inForce.at(-1);
  if (latest) return { id: latest.id, kemudian: false };
  const earliest = covering[0];
  return earliest && { id: earliest.id, kemudian: true };
}
