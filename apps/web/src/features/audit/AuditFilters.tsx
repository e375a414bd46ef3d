import { Button, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from './queries.js';
import { useAuditLabels } from './labels.js';

export function AuditFilters({
  filter,
  onChange,
  onReset,
}: {
  filter: AuditFilter;
  onChange: (changes: Partial<AuditFilter>) => void;
  onReset?: () => void;
}) {
  const labels = useAuditLabels();
  const { t } = labels;
  const { t: common } = useTranslation('common');
  const dates = t('filter.dates', { returnObjects: true }) as [string, string];
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('filter.action')}
        style={{ width: 260 }}
        value={filter.action}
        options={labels.actionOptions}
        onChange={(action?: string) => onChange({ action })}
      />
      <Select
        allowClear
        placeholder={t('filter.targetType')}
        style={{ width: 140 }}
        value={filter.targetType}
        options={labels.targetTypeOptions}
        onChange={(targetType?: string) => onChange({ targetType })}
      />
      <Input.Search
        key={`actor:${filter.actor ?? ''}`}
        defaultValue={filter.actor}
        allowClear
        maxLength={64}
        placeholder={t('filter.actor')}
        style={{ width: 240 }}
        onSearch={(actor) => onChange({ actor: actor.trim() || undefined })}
      />
      <Input.Search
        key={`target:${filter.targetId ?? ''}`}
        defaultValue={filter.targetId}
        allowClear
        maxLength={64}
        placeholder={t('filter.targetId')}
        style={{ width: 220 }}
        onSearch={(targetId) => onChange({ targetId: targetId.trim() || undefined })}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={dates}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
      />
      {onReset && <Button onClick={onReset}>{common('action.reset')}</Button>}
    </Space>
  );
}
