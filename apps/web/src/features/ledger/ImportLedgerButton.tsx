// "导入台账" on the organization list, for the roles that may import: opens the wizard on the region the
// list is filtered to, when that is a district, street or community (the wizard's region picker takes those).
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { toQueryString } from '../../app/api.js';
import { useCan } from '../../app/auth.js';
import { useLedgerLabels } from './labels.js';

export function ImportLedgerButton({ region }: { region?: string }) {
  const { t } = useLedgerLabels();
  if (!useCan('organizations:import')) return null;
  return (
    <Link to={`/organizations/import${toQueryString({ region: region && region.length >= 6 ? region : undefined })}`}>
      <Button icon={<UploadOutlined />}>{t('importButton')}</Button>
    </Link>
  );
}
