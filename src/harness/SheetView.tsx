// The harness's stand-in for Excel's grid: sheet tabs, a formula bar (typing there is a user
// edit, which raises the change event) and the active sheet's values, fills and notes.
import * as React from 'react';
import { columnLetter, toA1 } from '../schema';
import type { HarnessHost } from './host';
import type { HarnessWorkbook } from './workbook';

/** Enough rows to look at; periodicHarness reads the model, not the DOM, so tests see everything. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function parseTyped(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

export function SheetView({ wb, host }: { wb: HarnessWorkbook; host: HarnessHost }): React.JSX.Element {
  const [, setTick] = React.useState(0);
  React.useEffect(() => wb.onChange(() => setTick((t) => t + 1)), [wb]);
  const sheet = wb.sheet(wb.activeSheet) ?? wb.sheets[0];
  const selected = sheet ? wb.cell(sheet.name, wb.selection) : undefined;
  const [draft, setDraft] = React.useState<string | null>(null);
  const extent = sheet ? wb.extent(sheet.name) : { rows: 0, cols: 0 };
  const rows = Math.min(Math.max(extent.rows, 20), MAX_ROWS);
  const cols = Math.min(Math.max(extent.cols, 8), MAX_COLS);
  const select = (address: string) => {
    wb.selection = address;
    setDraft(null);
    wb.changed();
  };
  const commit = () => {
    if (sheet && draft !== null) host.userEdit(sheet.name, wb.selection, parseTyped(draft));
    setDraft(null);
  };

  return (
    <div className="sheet-view">
      <div role="tablist" aria-label="Sheets" className="tabs">
        {wb.sheets.map((s) => (
          <button key={s.name} role="tab" aria-selected={s === sheet} className={s === sheet ? 'tab active' : 'tab'}
            onClick={() => { wb.activeSheet = s.name; wb.selection = 'A1'; setDraft(null); wb.changed(); }}>
            {s.name}
          </button>
        ))}
      </div>
      <div className="formula-bar">
        <label htmlFor="cell-editor" className="address" aria-live="polite">{sheet ? `${sheet.name}!${wb.selection}` : ''}</label>
        <input id="cell-editor" aria-label="Cell value" value={draft ?? display(selected?.value)}
          onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') commit(); if (e.key === 'Escape') setDraft(null); }} />
      </div>
      {selected?.note ? <div className="note-box" role="note" aria-label="Note of the selected cell">{selected.note}</div> : null}
      {sheet ? (
        <div className="grid-scroll">
          <table className="grid" role="grid" aria-label={sheet.name}>
            <thead>
              <tr>
                <th />
                {Array.from({ length: cols }, (_, c) => <th key={c} scope="col" style={{ minWidth: `${(sheet.widths[c] ?? 9) * 0.6}em` }}>{columnLetter(c)}</th>)}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th scope="row">{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    const address = toA1(r, c);
                    const cell = sheet.cells.get(address);
                    const classes = ['cell', address === wb.selection ? 'selected' : '', cell?.note ? 'has-note' : '', cell?.bold ? 'bold' : ''].join(' ').trim();
                    return (
                      <td key={c} data-address={address} className={classes} title={cell?.note ?? undefined}
                        style={cell?.fill ? { background: cell.fill } : undefined} onClick={() => select(address)}>
                        {display(cell?.value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {extent.rows > MAX_ROWS ? <p className="more">Showing {MAX_ROWS} of {extent.rows} rows.</p> : null}
        </div>
      ) : <p>This workbook has no sheets.</p>}
    </div>
  );
}
