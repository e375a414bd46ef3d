// Pieces of a filing's payload view: value formatting, the reason, the charter and the member list.
import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '../../app/format.js';
import { useOrganizationLabels } from '../organizations/labels.js';
import { useFilingLabels } from './labels.js';

export type Values = Record<string, unknown>;
type Member = { name: string; role?: string };

export const dash = '—';
export const proposedFieldOrder = [
  'name',
  'tier',
  'serviceFields',
  'targetGroups',
  'leaderName',
  'leaderPhone',
  'leaderIdNumber',
  'contactName',
  'contactPhone',
  'memberCount',
  'foundedOn',
  'venue',
  'description',
];

export function useValueRenderer() {
  const org = useOrganizationLabels();
  return (field: string, value: unknown): ReactNode => {
    if (value === null || value === undefined || value === '') return dash;
    if (field === 'tier') return org.tier(String(value));
    if (field === 'foundedOn') return formatDate(String(value));
    if (field === 'serviceFields' || field === 'targetGroups') {
      const label = field === 'serviceFields' ? org.serviceField : org.targetGroup;
      const list = value as string[];
      return list.length ? (
        <Space size={[0, 4]} wrap>
          {list.map((v) => (
            <Tag key={v}>{label(v)}</Tag>
          ))}
        </Space>
      ) : (
        dash
      );
    }
    if (field === 'description') return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
    return String(value);
  };
}

export function ReasonBlock({ reason }: { reason: unknown }) {
  const { t } = useFilingLabels();
  if (typeof reason !== 'string') return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 160 } }}
      items={[{ key: 'reason', label: t('field.reason'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{reason}</span> }]}
      style={{ marginBottom: 16 }}
    />
  );
}

export function Materials({ values }: { values: Values }) {
  const { t } = useFilingLabels();
  const members = Array.isArray(values.members) ? (values.members as Member[]) : undefined;
  return (
    <>
      {typeof values.charter === 'string' && (
        <>
          <Typography.Title level={5}>{t('field.charter')}</Typography.Title>
          <Typography.Paragraph
            style={{
              whiteSpace: 'pre-wrap',
              padding: 12,
              border: '1px solid rgba(5,5,5,0.06)',
              borderRadius: 6,
              maxHeight: 360,
              overflow: 'auto',
            }}
          >
            {values.charter}
          </Typography.Paragraph>
        </>
      )}
      {members && (
        <>
          <Typography.Title level={5}>{`${t('field.members')}（${members.length}）`}</Typography.Title>
          <Table<Member>
            size="small"
            rowKey={(member) => `${members.indexOf(member)}`}
            dataSource={members}
            pagination={members.length > 20 ? { pageSize: 20 } : false}
            columns={[
              { title: '#', key: 'index', width: 56, render: (_v, member) => members.indexOf(member) + 1 },
              { title: t('field.memberName'), dataIndex: 'name' },
              { title: t('field.memberRole'), dataIndex: 'role', render: (role?: string) => role || dash },
            ]}
          />
        </>
      )}
    </>
  );
}
