// The organization's own data (everything but the leader's personal data) as a Descriptions block.
import type { Organization } from '@linli/shared';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../app/format.js';
import { flagKeys, statusColors, tierColors, useOrganizationLabels } from './labels.js';

export function OrganizationDescriptions({ organization: o }: { organization: Organization }) {
  const labels = useOrganizationLabels();
  const { t } = labels;
  const flags = flagKeys.filter((key) => o[key]);
  const dash = '—';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'name', label: t('field.name'), children: o.name, span: 'filled' as const },
        { key: 'tier', label: t('field.tier'), children: <Tag color={tierColors[o.tier]}>{labels.tier(o.tier)}</Tag> },
        { key: 'status', label: t('field.status'), children: <Tag color={statusColors[o.status]}>{labels.status(o.status)}</Tag> },
        ...(o.tier === 'registered'
          ? [
              { key: 'legalForm', label: t('field.legalForm'), children: labels.legalForm(o.legalForm) || dash },
              {
                key: 'creditCode',
                label: t('field.creditCode'),
                children: o.creditCode ? <Typography.Text copyable>{o.creditCode}</Typography.Text> : dash,
              },
            ]
          : []),
        { key: 'filingNumber', label: t('field.filingNumber'), children: o.filingNumber ?? dash },
        { key: 'region', label: t('field.region'), children: o.regionPath },
        {
          key: 'serviceFields',
          label: t('field.serviceFields'),
          span: 'filled' as const,
          children: (
            <Space size={[0, 4]} wrap>
              {o.serviceFields.map((field) => (
                <Tag key={field}>{labels.serviceField(field)}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'targetGroups',
          label: t('field.targetGroups'),
          span: 'filled' as const,
          children: o.targetGroups.length ? (
            <Space size={[0, 4]} wrap>
              {o.targetGroups.map((group) => (
                <Tag key={group}>{labels.targetGroup(group)}</Tag>
              ))}
            </Space>
          ) : (
            dash
          ),
        },
        { key: 'memberCount', label: t('field.memberCount'), children: o.memberCount },
        { key: 'foundedOn', label: t('field.foundedOn'), children: o.foundedOn ? formatDate(o.foundedOn) : dash },
        { key: 'venue', label: t('field.venue'), children: o.venue || dash, span: 'filled' as const },
        { key: 'hubKind', label: t('field.hubKind'), children: labels.hubKind(o.hubKind) },
        {
          key: 'flags',
          label: t('field.flags'),
          children: flags.length
            ? flags.map((key) => (
                <Tag key={key} color="gold">
                  {labels.flag(key)}
                </Tag>
              ))
            : t('detail.noFlags'),
        },
        {
          key: 'description',
          label: t('field.description'),
          span: 'filled' as const,
          children: o.description ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{o.description}</Typography.Paragraph>
          ) : (
            dash
          ),
        },
        { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(o.createdAt) },
        { key: 'updatedAt', label: t('field.updatedAt'), children: formatDateTime(o.updatedAt) },
      ]}
    />
  );
}
