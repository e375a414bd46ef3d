// "导出" on a list page: Excel or CSV of the list as it is filtered now. The server writes the file in the
// background; a notification follows its progress and turns into the download link. Users who may reveal
// personal data can ask for full phones and ID numbers (off by default; the server audits it).
import { DownloadOutlined, DownOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ExportFormat, ExportList } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Divider, Dropdown, theme } from 'antd';
import { cloneElement, useState, type ReactElement } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { useCan } from '../../app/auth.js';
import { ExportProgress } from './ExportProgress.js';
import { useLedgerLabels } from './labels.js';
import { ledgerKeys, useCreateExport } from './queries.js';

/** Query parameters that choose a page of the list, not which rows are in it. */
const notFilters = new Set(['page', 'pageSize']);

export function ExportButton({ list, query }: { list: ExportList; query: Record<string, string | undefined> }) {
  const labels = useLedgerLabels();
  const { t } = labels;
  const { notification } = App.useApp();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // only the organization list carries phones and ID numbers
  const canReveal = useCan('organizations:reveal') && list === 'organizations';
  const create = useCreateExport();
  const [open, setOpen] = useState(false);
  const [personal, setPersonal] = useState(false);

  const start = (format: ExportFormat) => {
    setOpen(false);
    const filters = Object.fromEntries(
      Object.entries(query).filter((entry): entry is [string, string] => !notFilters.has(entry[0]) && Boolean(entry[1])),
    );
    create.mutate(
      { list, format, filters, includePersonalData: canReveal && personal },
      {
        onSuccess: (job) => {
          const key = `export-${job.id}`;
          notification.open({
            key,
            title: t('export.title', { list: labels.list(list) }),
            description: (
              <ExportProgress
                initial={job}
                onSettled={() => void queryClient.invalidateQueries({ queryKey: ledgerKeys.exports })}
                onOpenJobs={() => {
                  notification.destroy(key);
                  navigate('/jobs');
                }}
              />
            ),
            duration: false,
            placement: 'bottomRight',
          });
        },
        onError: (error) =>
          notification.error({
            title: error instanceof ApiError ? error.title : t('export.failed'),
            description: error instanceof ApiError ? error.detail : String(error),
            placement: 'bottomRight',
          }),
      },
    );
  };

  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={setOpen}
      menu={{
        items: [
          { key: 'xlsx', icon: <FileExcelOutlined />, label: t('export.excel') },
          { key: 'csv', icon: <FileTextOutlined />, label: t('export.csv') },
        ],
        onClick: ({ key }) => start(key as ExportFormat),
      }}
      popupRender={(menu) =>
        canReveal ? (
          <div style={{ background: token.colorBgElevated, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowSecondary }}>
            {cloneElement(menu as ReactElement<{ style?: React.CSSProperties }>, { style: { boxShadow: 'none' } })}
            <Divider style={{ margin: 0 }} />
            <div style={{ padding: '8px 12px', maxWidth: 260 }}>
              <Checkbox checked={personal} onChange={(event) => setPersonal(event.target.checked)}>
                {t('export.personalData')}
              </Checkbox>
            </div>
          </div>
        ) : (
          menu
        )
      }
    >
      <Button icon={<DownloadOutlined />} loading={create.isPending}>
        {t('export.button')} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
