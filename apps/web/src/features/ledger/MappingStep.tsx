// Step ② of the import wizard: which platform field each column of the file feeds. The server suggests a
// mapping from the header names (or from a saved mapping with the same headers); the user corrects it, may
// save it for next time, and starts the dry run. Required fields and double use are checked here first,
// and again by the server (400 mapping_incomplete).
import { requiredLedgerColumns, type ColumnMapping, type LedgerColumn, type LedgerImport, type SavedMapping } from '@linli/shared';
import { Alert, App, Button, Flex, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useLedgerLabels } from './labels.js';
import { useAnalyzeImport, useDeleteMapping, useDiscardImport, useSaveMapping, useSavedMappings } from './queries.js';

const SKIP = ''; // the Select's value for "do not import" (null in the mapping)

/** A saved mapping laid onto this file's headers, by header text; headers it does not know keep their current field. */
function applySaved(headers: string[], current: ColumnMapping, saved: SavedMapping): ColumnMapping {
  return headers.map((header, index) => {
    const position = saved.headers.indexOf(header);
    return position >= 0 ? (saved.mapping[position] ?? null) : (current[index] ?? null);
  });
}

interface Props {
  job: LedgerImport;
  /** Called once the dry run has started. */
  onAnalyzing: () => void;
  /** Back to the report, when the mapping of a checked import is being changed. */
  onCancel: () => void;
}

export function MappingStep({ job, onAnalyzing, onCancel }: Props) {
  const labels = useLedgerLabels();
  const { t, column } = labels;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [mapping, setMapping] = useState<ColumnMapping>(() => job.headers.map((_, index) => job.mapping[index] ?? null));
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<SavedMapping | null>(null);
  const analyze = useAnalyzeImport(job.id);
  const discard = useDiscardImport();
  const saved = useSavedMappings();
  const save = useSaveMapping();
  const remove = useDeleteMapping();

  const counts = useMemo(() => {
    const map = new Map<LedgerColumn, number>();
    for (const field of mapping) if (field) map.set(field, (map.get(field) ?? 0) + 1);
    return map;
  }, [mapping]);
  const missing = requiredLedgerColumns.filter((field) => !counts.has(field));
  const duplicates = [...counts].filter(([, n]) => n > 1).map(([field]) => field);
  const ready = missing.length === 0 && duplicates.length === 0;

  const options = useMemo(() => [{ value: SKIP, label: t('mapping.skip') }, ...labels.columnOptions], [labels, t]);
  const rows = job.headers.map((header, index) => ({ index, header }));

  const start = () => analyze.mutate({ mapping, version: job.version }, { onSuccess: onAnalyzing });

  const saveMapping = () =>
    save.mutate(
      { name: name.trim(), headers: job.headers, mapping },
      {
        onSuccess: (result) => {
          setName('');
          void message.success(t('mapping.saved', { name: result.name }));
        },
      },
    );

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={t('mapping.intro')}
        description={job.suggestedFrom ? t('mapping.suggested', { name: job.suggestedFrom }) : undefined}
      />
      <Flex justify="space-between" align="center" gap={16} wrap style={{ maxWidth: 960 }}>
        <Typography.Text type="secondary">
          {t('mapping.fileInfo', {
            filename: job.filename,
            format: job.format.toUpperCase(),
            encoding: job.encoding ? ` (${job.encoding.toUpperCase()})` : '',
            count: job.headers.length,
          })}
          {' · '}
          {job.regionName}
        </Typography.Text>
        <Space.Compact style={{ width: 360 }}>
          <Select
            style={{ flex: 1 }}
            placeholder={saved.data?.items.length === 0 ? t('mapping.noSaved') : t('mapping.applySaved')}
            disabled={!saved.data?.items.length}
            loading={saved.isLoading}
            value={chosen?.id}
            options={saved.data?.items.map((item) => ({ value: item.id, label: item.name }))}
            onChange={(id: string) => {
              const item = saved.data?.items.find((m) => m.id === id);
              if (!item) return;
              setChosen(item);
              setMapping((current) => applySaved(job.headers, current, item));
              void message.success(t('mapping.applied', { name: item.name }));
            }}
          />
          {chosen && (
            <Popconfirm
              title={t('mapping.deleteSavedConfirm', { name: chosen.name })}
              onConfirm={() =>
                remove.mutateAsync(chosen.id).then(() => {
                  setChosen(null);
                  void message.success(t('mapping.deleted'));
                })
              }
            >
              <Button danger>{t('mapping.deleteSaved')}</Button>
            </Popconfirm>
          )}
        </Space.Compact>
      </Flex>
      <Table
        rowKey="index"
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        style={{ maxWidth: 960 }}
        columns={[
          { title: '#', dataIndex: 'index', width: 56, render: (index: number) => index + 1 },
          {
            title: t('mapping.fileColumn'),
            dataIndex: 'header',
            render: (header: string, row) =>
              header.trim() ? header : <Typography.Text type="secondary">{t('mapping.blankHeader', { n: row.index + 1 })}</Typography.Text>,
          },
          {
            title: t('mapping.field'),
            key: 'field',
            width: 320,
            render: (_, row) => {
              const field = mapping[row.index] ?? null;
              return (
                <Select
                  aria-label={`${t('mapping.field')}: ${row.header || t('mapping.blankHeader', { n: row.index + 1 })}`}
                  style={{ width: '100%' }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options}
                  value={field ?? SKIP}
                  status={field && (counts.get(field) ?? 0) > 1 ? 'error' : undefined}
                  onChange={(value: string) =>
                    setMapping((current) => current.map((f, i) => (i === row.index ? ((value || null) as LedgerColumn | null) : f)))
                  }
                />
              );
            },
          },
        ]}
      />
      {missing.length > 0 && <Alert type="warning" showIcon title={t('mapping.missing', { fields: missing.map(column).join('、') })} />}
      {duplicates.map((field) => (
        <Alert key={field} type="warning" showIcon title={t('mapping.duplicate', { field: column(field) })} />
      ))}
      <ErrorAlert error={analyze.error ?? discard.error} style={{ marginBottom: 0 }} />
      <Flex justify="space-between" align="center" gap={16} wrap style={{ maxWidth: 960 }}>
        <Space wrap>
          <Button type="primary" onClick={start} disabled={!ready} loading={analyze.isPending}>
            {t('mapping.analyze')}
          </Button>
          {job.status === 'analyzed' && <Button onClick={onCancel}>{t('mapping.backToCheck')}</Button>}
          <Popconfirm
            title={t('check.discard')}
            description={t('check.discardConfirm')}
            onConfirm={() => discard.mutateAsync(job.id).then(() => navigate(`/organizations/import?region=${job.regionCode}`))}
          >
            <Button danger>{t('check.discard')}</Button>
          </Popconfirm>
        </Space>
        <Space.Compact style={{ width: 420 }}>
          <Input
            aria-label={t('mapping.save')}
            placeholder={t('mapping.saveName')}
            maxLength={50}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <Button onClick={saveMapping} disabled={!name.trim() || !ready} loading={save.isPending}>
            {t('mapping.save')}
          </Button>
        </Space.Compact>
      </Flex>
      <ErrorAlert error={save.error ?? saved.error ?? remove.error} style={{ marginBottom: 0 }} />
    </Flex>
  );
}
