// Render the pane into an element with its services; both the add-in and the harness use this.
import { createRoot, type Root } from 'react-dom/client';
import { App } from './components/App';
import { PaneController } from './controller';
import type { PaneServices } from './services';

export function mountPane(element: HTMLElement, services: PaneServices): Root {
  const root = createRoot(element);
  root.render(<App controller={new PaneController(services)} />);
  return root;
}
