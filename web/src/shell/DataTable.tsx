/**
 * <DataTable> — an accessible table: a <caption> (visible, or visually hidden with `hideCaption`), <th scope="col">
 * headers, an optional row header column (`rowHeader: true` renders <th scope="row">), numbers right-aligned
 * (`numeric: true`). Below 40rem every row becomes a card: each cell shows its column header as a label
 * (data-label), so nothing overflows on a 360 px phone.
 *
 *   <DataTable caption="Hộ gia đình" rows={items} rowKey={(h) => h.id}
 *     columns={[{ key: 'name', header: 'Tên hộ', rowHeader: true, render: (h) => h.name },
 *               { key: 'n', header: 'Số người', numeric: true, render: (h) => formatVi.int(h.n) }]} />
 */
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render(row: T): ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
}

export function DataTable<T>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
}: {
  caption: string;
  hideCaption?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string;
  rowClassName?(row: T): string | undefined;
  empty?: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" data-label={c.header}>
                      {c.render(row)}
                    </th>
                  ) : (
                    <td key={c.key} data-label={c.header} className={c.numeric ? 'num' : undefined}>
                      {c.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
