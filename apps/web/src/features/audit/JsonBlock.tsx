import { Typography } from 'antd';

/** Pretty-printed JSON of an audit event's before/after, scrolling when long. */
export function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 12,
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          borderRadius: 6,
          maxHeight: 320,
          overflow: 'auto',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
