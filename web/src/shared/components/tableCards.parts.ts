/** Which columns of a table make which part of its cards on a phone, by their `key` (or `dataIndex`). */
export interface CardLayout {
  /** The card's heading: the first column unless named. */
  title?: string;
  /** The "label: value" lines, in this order: every other column unless named. */
  fields?: readonly string[];
  /** The row's buttons at the card's foot: the column keyed `actions` (or `extra`) unless named. */
  actions?: string;
}

interface ColumnLike {
  key?: unknown;
  dataIndex?: unknown;
}

const ACTION_KEYS = ['actions', 'extra'];

/** A column's name for a card layout: its key, else its dataIndex (a path joined with dots). */
export function columnName(c: ColumnLike): string | undefined {
  if (c.key !== undefined && c.key !== null) return String(c.key);
  if (Array.isArray(c.dataIndex)) return c.dataIndex.join('.');
  return c.dataIndex === undefined ? undefined : String(c.dataIndex);
}

/** Splits a table's columns into a card's title, lines and actions. */
export function cardParts<C extends ColumnLike>(columns: readonly C[], layout: CardLayout = {}): { title?: C; fields: C[]; actions?: C } {
  const named = (name: string | undefined) => (name === undefined ? undefined : columns.find((c) => columnName(c) === name));
  const actions = layout.actions !== undefined ? named(layout.actions) : columns.find((c) => ACTION_KEYS.includes(columnName(c) ?? ''));
  const title = layout.title !== undefined ? named(layout.title) : columns.find((c) => c !== actions);
  const fields = layout.fields
    ? layout.fields.map((f) => named(f)).filter((c): c is C => c !== undefined && c !== title && c !== actions)
    : columns.filter((c) => c !== title && c !== actions);
  return { title, fields, actions };
}
