/** A read-only, pretty-printed JSON block (audit summaries, unit attributes, history diffs). */
export function JsonView({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <pre
      data-testid={testId}
      style={{
        margin: 0,
        padding: 12,
        background: 'rgba(0,0,0,0.03)',
        borderRadius: 6,
        fontSize: '0.85em',
        maxHeight: 360,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {JSON.stringify(value ?? null, null, 2)}
    </pre>
  );
}
