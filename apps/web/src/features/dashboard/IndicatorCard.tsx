// One indicator of a pack for one region: value against target in the status colour, the fraction behind it,
// the deadline and the clause it comes from. Without a data source it says so and which capability will supply it.
import { InfoCircleOutlined } from '@ant-design/icons';
import type { IndicatorResult } from '@linli/shared';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../app/format.js';
import { statusColors, statusTagColors, type IndicatorLabels } from './labels.js';
import { attendanceLink, organizationsLink } from './links.js';

interface Props {
  indicator: IndicatorResult;
  labels: IndicatorLabels;
  /** The region the value is for (its organizations are the link target). */
  region: string;
  documentNumber: string;
}

export function IndicatorCard({ indicator, labels, region, documentNumber }: Props) {
  const { t } = labels;
  const color = statusColors[indicator.status];
  const noData = indicator.noDataSource !== null;
  const figure = labels.figure(indicator.value, indicator.unit);
  const citation = t('card.citation', { document: documentNumber, clause: labels.clause(indicator.citation.clause) });

  return (
    <Card
      size="small"
      style={{ height: '100%', borderTop: `3px solid ${color}` }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 6, height: '100%' } }}
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong style={{ minWidth: 0 }}>
          {labels.text(indicator.name)}
        </Typography.Text>
        <Tag color={statusTagColors[indicator.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {labels.status(indicator.status)}
        </Tag>
      </Flex>
      {noData ? (
        <div data-status="no_data">
          <Typography.Text strong style={{ fontSize: 20, color }}>
            {t('card.noData')}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {t('card.noDataHint', { source: labels.pendingSource(indicator.noDataSource!) })}
          </Typography.Paragraph>
        </div>
      ) : (
        <div>
          <Flex align="baseline" gap={8} wrap>
            {indicator.organizations && indicator.value !== null ? (
              <Link to={organizationsLink(region, indicator.organizations)} title={t('card.viewOrganizations')}>
                <span style={{ fontSize: 26, fontWeight: 600, color }}>{figure}</span>
              </Link>
            ) : indicator.training && indicator.value !== null ? (
              <Link to={attendanceLink(region, indicator.training)} title={t('card.viewAttendance')}>
                <span style={{ fontSize: 26, fontWeight: 600, color }}>{figure}</span>
              </Link>
            ) : (
              <span style={{ fontSize: 26, fontWeight: 600, color }}>{figure}</span>
            )}
            <Typography.Text type="secondary">{labels.target(indicator)}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {indicator.value === null ? t('card.noValue') : labels.fraction(indicator)}
          </Typography.Text>
        </div>
      )}
      <Flex justify="space-between" align="end" gap={8} wrap style={{ marginTop: 'auto', fontSize: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {indicator.deadline ? t('card.deadline', { date: formatDate(indicator.deadline) }) : t('card.noDeadline')}
          {' · '}
          {labels.kind(indicator.kind)}
        </Typography.Text>
        <Tooltip
          title={
            <>
              <div>{citation}</div>
              <div>{t('card.citationFile', { file: indicator.citation.file })}</div>
              <div>{t('card.judgedAt', { level: labels.level(indicator.judgedAt) || t('country') })}</div>
              <div>{t('card.startsOn', { date: formatDate(indicator.startsOn) })}</div>
            </>
          }
        >
          <Typography.Text type="secondary" style={{ fontSize: 12, cursor: 'help' }}>
            <InfoCircleOutlined /> {documentNumber} {labels.clause(indicator.citation.clause)}
          </Typography.Text>
        </Tooltip>
      </Flex>
    </Card>
  );
}
