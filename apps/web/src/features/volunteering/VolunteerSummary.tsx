// The volunteer's time bank at a glance: confirmed hours, points, star level and the way to the next one.
import { EditOutlined, StarFilled } from '@ant-design/icons';
import type { Volunteer } from '@linli/shared';
import { Button, Card, Col, Descriptions, Drawer, Progress, Row, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.js';
import { hoursText, starText } from './format.js';
import { VolunteerForm } from './VolunteerForm.js';

export function VolunteerSummary({ volunteer }: { volunteer: Volunteer }) {
  const { t } = useTranslation('volunteering');
  const [editing, setEditing] = useState(false);
  const { star } = volunteer;
  const toNext = star.nextLevelHours === null ? null : Math.max(0, star.nextLevelHours - volunteer.hoursConfirmed);
  return (
    <Card
      title={t('me.summary')}
      extra={
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('profile.edit')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      <Row gutter={[24, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('field.hours')} value={hoursText(volunteer.hoursConfirmed)} suffix={t('unit.hours', { value: '' }).trim()} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('field.points')} value={volunteer.pointsBalance} />
        </Col>
        <Col xs={24} md={12}>
          <Statistic
            title={t('field.star')}
            value={starText(t, star)}
            prefix={star.level > 0 ? <StarFilled style={{ color: '#faad14' }} /> : undefined}
          />
          {star.nextLevelHours !== null && (
            <Progress
              percent={Math.round((volunteer.hoursConfirmed / star.nextLevelHours) * 100)}
              showInfo={false}
              size="small"
              style={{ maxWidth: 320, margin: 0 }}
            />
          )}
          <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
            {toNext === null ? t('star.top') : t('star.next', { level: star.level + 1, hours: hoursText(toNext) })}
          </div>
        </Col>
      </Row>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('field.community')}>{volunteer.regionPath}</Descriptions.Item>
        <Descriptions.Item label={t('field.phone')}>{volunteer.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.skills')}>
          {volunteer.skills.length ? volunteer.skills.map((skill) => <Tag key={skill}>{skill}</Tag>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.availability')}>{volunteer.availability || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.registeredAt')}>{formatDate(volunteer.registeredAt)}</Descriptions.Item>
      </Descriptions>
      <Drawer title={t('profile.edit')} open={editing} onClose={() => setEditing(false)} size={560} destroyOnHidden>
        <VolunteerForm volunteer={volunteer} onDone={() => setEditing(false)} />
      </Drawer>
    </Card>
  );
}
