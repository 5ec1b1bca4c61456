// One message bar for the whole pane: what happened and what to do. A stopped run adds its offer.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneController } from '../controller';
import type { Busy, PaneMessage, StoppedRun } from '../state';

export function Message({ message, stopped, busy, controller }: {
  message: PaneMessage | null;
  stopped: StoppedRun | null;
  busy: Busy;
  controller: PaneController;
}): React.JSX.Element | null {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline" role={message.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={controller.dismissMessage}>×</Button>}
      >
        {stopped ? (
          <>
            <Button onClick={() => void controller.writeBestSoFar()} disabled={busy !== null}>Write best so far</Button>
            <Button onClick={controller.discardBestSoFar} disabled={busy !== null}>Discard</Button>
          </>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
