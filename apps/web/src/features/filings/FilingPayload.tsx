// What the filing asks for: the proposed organization with charter and members, the changes, or the reason.
import type { FilingDetail } from '@linli/shared';
import { Descriptions } from 'antd';
import { useOrganizationLabels } from '../organizations/labels.js';
import { ChangePayload } from './ChangePayload.js';
import { Materials, ReasonBlock, proposedFieldOrder, useValueRenderer, type Values } from './payload-parts.js';

const wideFields = new Set(['description', 'serviceFields', 'targetGroups']);

function EstablishPayload({ filing }: { filing: FilingDetail }) {
  const org = useOrganizationLabels();
  const render = useValueRenderer();
  const payload = filing.payload as Values;
  const values: Values = { ...((payload.organization ?? payload) as Values) };
  // Personal identifiers are kept encrypted outside the payload; the filing carries their masked copies.
  values.leaderPhone = filing.leaderPhone;
  values.leaderIdNumber = filing.leaderIdNumber;
  values.contactPhone = filing.contactPhone;
  const items = proposedFieldOrder.map((field) => ({
    key: field,
    label: org.t(`field.${field}`),
    children: render(field, values[field]),
    span: (wideFields.has(field) ? 'filled' : 1) as number | 'filled',
  }));
  items.splice(2, 0, { key: 'region', label: org.t('field.region'), children: filing.regionPath, span: 1 });
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} style={{ marginBottom: 16 }} />
      <Materials values={values} />
    </>
  );
}

export function FilingPayload({ filing }: { filing: FilingDetail }) {
  if (filing.kind === 'establish') return <EstablishPayload filing={filing} />;
  if (filing.kind === 'change') return <ChangePayload filing={filing} />;
  return <ReasonBlock reason={(filing.payload as Values).reason} />;
}
