// The harness page: an in-memory workbook (from an .xlsx the harness server converts to JSON)
// shown as tabs and a grid, and the real task pane with the real worker talking to it through
// the harness adapter of the host port.
import { createRoot } from 'react-dom/client';
import { mountPane } from '../taskpane/mount';
import { createPaneServices } from '../taskpane/wiring';
import { spawnSolverWorker } from '../worker/spawn';
import { harnessApi, type PeriodicHarness } from './api';
import { createHarnessHost } from './host';
import { SheetView } from './SheetView';
import { HarnessWorkbook, type WorkbookJson } from './workbook';

declare global {
  interface Window {
    periodicHarness?: PeriodicHarness;
  }
}

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  const name = new URLSearchParams(location.search).get('workbook') ?? 'school.xlsx';
  let json: WorkbookJson;
  if (name === 'new') {
    // A new, empty workbook, as Excel makes one: for Insert template sheets and Load example.
    json = { sheets: [{ name: 'Sheet1', cells: [] }] };
  } else {
    const response = await fetch(`workbooks/${encodeURIComponent(name)}.json`);
    if (!response.ok) {
      status.textContent = `Couldn't load '${name}': ${(await response.text()) || response.statusText}`;
      status.setAttribute('role', 'alert');
      return;
    }
    json = (await response.json()) as WorkbookJson;
  }
  const wb = HarnessWorkbook.fromJson(json);
  const host = createHarnessHost(wb);
  window.periodicHarness = harnessApi(wb, host);
  createRoot(document.getElementById('workbook')!).render(<SheetView wb={wb} host={host} />);
  const services = await createPaneServices(host, spawnSolverWorker, navigator.hardwareConcurrency);
  mountPane(document.getElementById('pane')!, services);
  status.textContent = `${name}: ${wb.sheets.length} sheets`;
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  const status = document.getElementById('status')!;
  status.textContent = `The harness failed to start: ${error instanceof Error ? error.message : String(error)}`;
  status.setAttribute('role', 'alert');
});
