// The add-in's entry: render the pane once Office is ready, with the Office.js host adapter and
// a portfolio of solver Web Workers. Everything else is the same code the harness runs.
import { createOfficeHost } from '../host/office';
import { officeReadyInExcel } from '../host/office-api';
import { spawnSolverWorker } from '../worker/spawn';
import { mountPane } from './mount';
import { createPaneServices } from './wiring';

function show(text: string): void {
  const root = document.getElementById('root')!;
  root.textContent = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.appendChild(p);
}

void officeReadyInExcel().then(async (inExcel) => {
  if (!inExcel) {
    show('Periodic runs inside Excel. Open this add-in from Excel (Home › Periodic).');
    return;
  }
  try {
    const services = await createPaneServices(createOfficeHost(), spawnSolverWorker, navigator.hardwareConcurrency);
    mountPane(document.getElementById('root')!, services);
  } catch (error) {
    show(`Periodic could not start: ${error instanceof Error ? error.message : String(error)}. Close and reopen the pane; if it stays, reload Excel.`);
  }
});
