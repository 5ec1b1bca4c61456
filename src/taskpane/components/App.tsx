// The pane's root: four sections and one message bar, all driven by the controller.
import * as React from 'react';
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { PaneController } from '../controller';
import { CheckSection } from './CheckSection';
import { ConfirmDialog } from './ConfirmDialog';
import { DataSection } from './DataSection';
import { Message } from './Message';
import { ResultsSection } from './ResultsSection';
import { SolveSection } from './SolveSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
});

export function App({ controller }: { controller: PaneController }): React.JSX.Element {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  React.useEffect(() => controller.start(), [controller]);
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-label="Periodic">
        <Message message={state.message} stopped={state.stopped} busy={state.busy} controller={controller} />
        <DataSection state={state} controller={controller} />
        <CheckSection state={state} controller={controller} />
        <SolveSection state={state} controller={controller} />
        <ResultsSection state={state} controller={controller} />
        <ConfirmDialog request={state.confirm} onConfirm={controller.confirm} onCancel={controller.cancelConfirm} />
      </main>
    </FluentProvider>
  );
}
