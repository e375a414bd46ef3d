// The monthly volunteer-hours roll-up of a region (a street's communities, a district's streets, …): hours,
// records and volunteers per child region, for the offices' reports (tianjin-2018 四（三）服务记录).
import type { MonthlyHours } from '@linli/shared';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { drillChildren, findRegion } from '../regions/regions.repository.js';
import { monthlyFigures } from './service-records.repository.js';
import { chinaDate, chinaDayStart } from './working-days.js';

/** The first instant of a month (China time) and of the month after it. */
function monthWindow(month: string) {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
  return { from: chinaDayStart(`${month}-01`), to: chinaDayStart(`${next}-01`) };
}

export async function monthlyHours(services: Services, scope: Scope, query: { region: string; month?: string }): Promise<MonthlyHours> {
  const { db } = services.database;
  const region = inRegionScope(scope, query.region) ? await findRegion(scope, db, query.region) : undefined;
  if (!region) throw new AppError('unknown_region', {}, [{ path: 'querystring.region', message: 'unknown_region' }]);
  const month = query.month ?? chinaDate(new Date()).slice(0, 7);
  const { from, to } = monthWindow(month);
  const children = await drillChildren(db, region.code);
  const { own, total, rows } = await monthlyFigures(
    db,
    region.code,
    children.map((child) => child.code),
    from,
    to,
  );
  const names = new Map(children.map((child) => [child.code, child.name]));
  return {
    regionCode: region.code,
    regionName: region.name,
    month,
    rows: [
      ...(own.records > 0 ? [{ regionCode: region.code, regionName: region.name, own: true, ...own }] : []),
      ...rows.map(({ code, ...figures }) => ({ regionCode: code, regionName: names.get(code) ?? code, own: false, ...figures })),
    ],
    total,
  };
}
