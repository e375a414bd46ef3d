// /party/meetings — "三会一课" records of the viewer's region by period and kind, exported to Excel.
import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { MultiSelectFilter, RegionFilter } from '../../components/QueryFilters.js';
import { ExportButton } from '../ledger/ExportButton.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { usePartyLabels } from './labels.js';
import { MeetingTable } from './MeetingTable.js';
import { useMeetings } from './queries.js';

export function MeetingList() {
  const labels = usePartyLabels();
  const { t } = labels;
  const { query, update, reset } = useUrlQuery();
  const canExport = useCan('exports:create');
  const list = useMeetings(query);
  return (
    <>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <RegionFilter value={query.region} placeholder={t('filter.region')} onChange={(region) => update({ region })} />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('filter.from'), t('filter.to')]}
          value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
          onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <MultiSelectFilter
          width={220}
          placeholder={t('filter.meetingKind')}
          options={labels.meetingKindOptions}
          value={query.kind}
          onChange={(kind) => update({ kind })}
        />
        <Button onClick={() => reset()}>{t('filter.reset')}</Button>
        {canExport && (
          <div style={{ marginInlineStart: 'auto' }}>
            <ExportButton list="party_meetings" query={query} />
          </div>
        )}
      </Flex>
      <ErrorAlert error={list.error} />
      <MeetingTable
        meetings={list.data?.items}
        loading={list.isFetching}
        pagination={{
          current: Number(query.page ?? 1),
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination) =>
          update({ page: pagination.current && pagination.current > 1 ? String(pagination.current) : undefined }, { keepPage: true })
        }
      />
    </>
  );
}
