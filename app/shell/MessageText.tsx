/**
 * An ingest message with each quoted value («…» or "…") isolated: a date or a name quoted inside
 * a sentence of the other direction keeps its own order (`"2021-6-3"` must not read `3-6-2021`).
 */
export function MessageText({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»|"[^"]*")/);
  return (
    <bdi>
      {parts.map((part, i) =>
        // Odd positions are the quoted values the split kept.
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
        i % 2 ? <bdi key={i}>{part}</bdi> : part,
      )}
    </bdi>
  );
}
