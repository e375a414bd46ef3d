// A from–to date filter in the URL (?from=&to=, China dates, both ends included).
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { UrlQuery } from '../organizations/url-query.js';
import { useTrainingLabels } from './labels.js';

export function PeriodFilter({ query, onChange }: { query: UrlQuery; onChange: (patch: UrlQuery) => void }) {
  const { t } = useTrainingLabels();
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      placeholder={[t('filter.from'), t('filter.to')]}
      value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
      onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
    />
  );
}
