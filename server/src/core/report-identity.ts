/** Which reports belong together: the same publishing body, consecutive years. */
import type { ReportDocument } from './model.js';

/** A chain of place names before the body's own name ("江苏省淮安市" in "江苏省淮安市洪泽区人民政府"). */
const PLACES = /^(?:[\u4e00-\u9fff]{1,7}?[省市区县州盟旗])*$/u;

function normalizeAgency(name: string): string {
  return name.replace(/[\s\u3000*#_「」“”"]/g, '');
}

/**
 * True when two agency names name the same body: equal, or one is the other with the place names in front
 * ("洪泽区人民政府" and "淮安市洪泽区人民政府"). "淮安市人民政府办公室" and "淮安市人民政府" differ.
 */
export function sameBody(a: string, b: string): boolean {
  const [short, long] = [normalizeAgency(a), normalizeAgency(b)].sort((x, y) => x.length - y.length);
  if (!short || !long || short.length < 3 || !long.endsWith(short)) return false;
  return PLACES.test(long.slice(0, long.length - short.length));
}

/** What identifies a report: its title (with the agency) and its year. */
export type ReportIdentity = Pick<ReportDocument, 'title' | 'year'>;

/** True when `previous` is the same body's report for the year before `current`'s. */
export function isPreviousReport(current: ReportIdentity, previous: ReportIdentity): boolean {
  const agency = current.title?.agency;
  const earlier = previous.title?.agency;
  return (
    current.year !== null &&
    previous.year === current.year - 1 &&
    agency != null &&
    earlier != null &&
    sameBody(agency, earlier)
  );
}
