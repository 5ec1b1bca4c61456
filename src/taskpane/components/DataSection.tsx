import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { PaneController } from '../controller';
import type { PaneState } from '../state';
import { Row, Section } from './Section';

export function DataSection({ state, controller }: { state: PaneState; controller: PaneController }): React.JSX.Element {
  const busy = state.busy !== null;
  return (
    <Section title="Data">
      <Row>
        <Button onClick={() => void controller.insertTemplates()} disabled={busy}>Insert template sheets</Button>
        <Button onClick={() => void controller.requestExample()} disabled={busy}>Load example</Button>
      </Row>
    </Section>
  );
}
