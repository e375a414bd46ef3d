// /volunteering/monthly — a month of confirmed volunteer hours under a region, per child region (a street's
// communities, a district's streets), with the total.
import type { MonthlyHours } from '@linli/shared';
import { Alert, DatePicker, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useUrlQuery } from '../organizations/url-query.js';
import { hoursText } from './format.js';
import { useMonthlyHours } from './queries.js';

type Row = MonthlyHours['rows'][number];

export function MonthlyHoursPage() {
  const { t } = useTranslation('volunteering');
  const me = useMe();
  const { query, update } = useUrlQuery();
  const region = query.region ?? me.regionCode ?? undefined;
  const month = query.month ?? dayjs().format('YYYY-MM');
  const figures = useMonthlyHours(region, month);
  const data = figures.data;

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionPicker value={region} onChange={(code) => update({ region: code })} style={{ width: 300 }} />
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          allowClear={false}
          onChange={(value) => update({ month: value?.format('YYYY-MM') })}
        />
      </Space>
      <Alert type="info" showIcon title={t('monthly.hint')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={figures.error} />
      <Table<Row>
        rowKey={(row) => `${row.regionCode}-${row.own}`}
        loading={figures.isFetching}
        dataSource={data?.rows}
        pagination={false}
        columns={[
          {
            title: t('field.region'),
            key: 'region',
            render: (_, row) => (row.own ? `${row.regionName}${t('monthly.own')}` : row.regionName),
          },
          { title: t('field.serviceHours'), dataIndex: 'hours', align: 'right', width: 160, render: hoursText },
          { title: t('field.records'), dataIndex: 'records', align: 'right', width: 140, render: formatNumber },
          { title: t('field.volunteers'), dataIndex: 'volunteers', align: 'right', width: 140, render: formatNumber },
        ]}
        summary={() =>
          data && (
            <Table.Summary.Row style={{ fontWeight: 600 }}>
              <Table.Summary.Cell index={0}>{t('monthly.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {hoursText(data.total.hours)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatNumber(data.total.records)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {formatNumber(data.total.volunteers)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}
