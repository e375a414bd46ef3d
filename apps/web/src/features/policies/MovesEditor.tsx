// The moves of a re-tagging (from one service field to one or more others), typed or taken from a pack's plan.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Pack, ServiceField } from '@linli/shared';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { useOrganizationLabels } from '../organizations/labels.js';

export interface MoveDraft {
  key: number;
  from?: ServiceField;
  to: ServiceField[];
}

let nextKey = 1;
export const newMove = (from?: ServiceField, to: ServiceField[] = []): MoveDraft => ({ key: nextKey++, from, to });

/** The first problem with the moves, as a 'policies' message key; null when they can be previewed. */
export function movesProblem(moves: MoveDraft[]): string | null {
  if (moves.length === 0 || moves.some((m) => !m.from || m.to.length === 0)) return 'retag.incomplete';
  if (moves.some((m) => m.to.includes(m.from!))) return 'retag.sameField';
  if (new Set(moves.map((m) => m.from)).size !== moves.length) return 'retag.duplicateFrom';
  return null;
}

interface Props {
  moves: MoveDraft[];
  onChange: (moves: MoveDraft[]) => void;
  /** The adopted packs, for their re-tagging plans */
  packs: Pack[];
}

export function MovesEditor({ moves, onChange, packs }: Props) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const { serviceFieldOptions } = useOrganizationLabels();
  const presets = packs.flatMap((pack) => pack.retaggings.map((plan) => ({ pack, plan })));
  const update = (key: number, patch: Partial<MoveDraft>) => onChange(moves.map((m) => (m.key === key ? { ...m, ...patch } : m)));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{t('retag.presets')}</Typography.Text>
        {presets.length === 0 && <Typography.Text type="secondary">{t('retag.noPresets')}</Typography.Text>}
        {presets.map(({ pack, plan }) => (
          <Button
            key={`${pack.id}/${plan.id}`}
            size="small"
            title={`${pack.documentNumber} ${plan.citation.clause}`}
            onClick={() => onChange(plan.moves.map((m) => newMove(m.from, [...m.to])))}
          >
            {t('retag.presetFrom', { pack: pack.documentNumber, name: labels.text(plan.name) })}
          </Button>
        ))}
      </Flex>
      {moves.map((move) => (
        <Flex key={move.key} gap={8} align="center" wrap>
          <Select
            aria-label={t('retag.from')}
            placeholder={t('retag.from')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            options={serviceFieldOptions}
            value={move.from}
            onChange={(from: ServiceField) => update(move.key, { from })}
          />
          <span aria-hidden>→</span>
          <Select
            mode="multiple"
            aria-label={t('retag.to')}
            placeholder={t('retag.to')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 280, flex: '1 1 280px', maxWidth: 520 }}
            maxCount={5}
            options={serviceFieldOptions.map((option) => ({ ...option, disabled: option.value === move.from }))}
            value={move.to}
            onChange={(to: ServiceField[]) => update(move.key, { to })}
          />
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('retag.remove')}
            disabled={moves.length === 1}
            onClick={() => onChange(moves.filter((m) => m.key !== move.key))}
          />
        </Flex>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...moves, newMove()])} disabled={moves.length >= 31}>
        {t('retag.addMove')}
      </Button>
    </Space>
  );
}
