// A change filing: each changed item next to what the registry holds now, so the reviewer sees the difference.
import type { FilingDetail } from '@linli/shared';
import { Empty, Table } from 'antd';
import { useOrganizationLabels } from '../organizations/labels.js';
import { useOrganization } from '../organizations/queries.js';
import { useFilingLabels } from './labels.js';
import { Materials, ReasonBlock, proposedFieldOrder, useValueRenderer, type Values } from './payload-parts.js';

export function ChangePayload({ filing }: { filing: FilingDetail }) {
  const { t } = useFilingLabels();
  const org = useOrganizationLabels();
  const render = useValueRenderer();
  const current = useOrganization(filing.organizationId ?? undefined).data as Values | undefined;
  const payload = filing.payload as Values;
  const changes: Values = { ...((payload.changes ?? {}) as Values) };
  // Personal identifiers are kept encrypted outside the payload; the filing carries their masked copies.
  if ('leaderPhone' in changes) changes.leaderPhone = filing.leaderPhone;
  if ('leaderIdNumber' in changes) changes.leaderIdNumber = filing.leaderIdNumber;
  if ('contactPhone' in changes) changes.contactPhone = filing.contactPhone;
  const rows = proposedFieldOrder.filter((field) => field in changes).map((field) => ({ field }));

  return (
    <>
      <ReasonBlock reason={payload.reason} />
      {rows.length > 0 ? (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="field"
          dataSource={rows}
          style={{ marginBottom: 16 }}
          columns={[
            { title: t('detail.changeItem'), dataIndex: 'field', width: 140, render: (field: string) => org.t(`field.${field}`) },
            ...(current
              ? [
                  {
                    title: t('detail.currentValue'),
                    key: 'current',
                    render: (_v: unknown, row: { field: string }) => render(row.field, current[row.field]),
                  },
                ]
              : []),
            {
              title: t('detail.proposedValue'),
              key: 'proposed',
              render: (_v: unknown, row: { field: string }) => <strong>{render(row.field, changes[row.field])}</strong>,
            },
          ]}
        />
      ) : (
        !('charter' in changes) &&
        !('members' in changes) && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noChanges')} />
      )}
      <Materials values={changes} />
    </>
  );
}
