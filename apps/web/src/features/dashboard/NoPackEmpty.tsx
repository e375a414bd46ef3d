// A region that adopts no pack (neither its own nor inherited): say so, and lead those who may bind to the bindings page.
import { Button, Card, Empty } from 'antd';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import type { IndicatorLabels } from './labels.js';

export function NoPackEmpty({ region, labels }: { region: string; labels: IndicatorLabels }) {
  const { t } = labels;
  const canBind = useCan('policies:bind');
  return (
    <Card>
      <Empty
        description={
          <>
            <div style={{ fontSize: 16, marginBottom: 4 }}>{t('empty.noPackTitle')}</div>
            <div>{t('empty.noPackHint')}</div>
            {!canBind && <div>{t('empty.askToBind')}</div>}
          </>
        }
      >
        {canBind && (
          <Link to={`/policies/bindings?region=${encodeURIComponent(region)}`}>
            <Button type="primary">{t('empty.bindLink')}</Button>
          </Link>
        )}
      </Empty>
    </Card>
  );
}
