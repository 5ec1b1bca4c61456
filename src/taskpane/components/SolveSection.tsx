import * as React from 'react';
import { Button, Field, Input, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneController } from '../controller';
import { countBySeverity, formatCost, type PaneState } from '../state';
import { CostChart } from './CostChart';
import { Row, Section } from './Section';

const useStyles = makeStyles({
  field: { width: '8rem' },
  input: { width: '100%', minWidth: 0 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function SolveSection({ state, controller }: { state: PaneState; controller: PaneController }): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const errors = countBySeverity(state.issues ?? []).error;
  const canSolve = (defined: boolean) => defined && errors === 0 && !busy;
  const run = state.run;
  const onEnter = (which: 'timeLimit' | 'seed') => (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') void controller.commitSetting(which);
  };
  return (
    <Section title="Solve">
      <Row>
        <Field label="Time limit (seconds)" className={styles.field}>
          <Input className={styles.input} type="number" min={1} value={state.timeLimitText} disabled={busy}
            onChange={(_, d) => controller.setTimeLimitText(d.value)}
            onBlur={() => void controller.commitSetting('timeLimit')} onKeyDown={onEnter('timeLimit')} />
        </Field>
        <Field label="Seed" className={styles.field}>
          <Input className={styles.input} type="number" value={state.seedText} disabled={busy}
            onChange={(_, d) => controller.setSeedText(d.value)}
            onBlur={() => void controller.commitSetting('seed')} onKeyDown={onEnter('seed')} />
        </Field>
      </Row>
      <Row>
        <Button appearance="primary" onClick={() => void controller.solve('timetable')} disabled={!canSolve(state.defined.timetable)}>Solve timetable</Button>
        <Button appearance="primary" onClick={() => void controller.solve('clubs')} disabled={!canSolve(state.defined.clubs)}>Solve clubs</Button>
        <Button onClick={controller.cancel} disabled={!run || run.cancelling}>Cancel</Button>
      </Row>
      {!busy && errors > 0 && (state.defined.timetable || state.defined.clubs) ? (
        <Text size={200}>Solving is off until the {errors === 1 ? 'error is' : `${errors} errors are`} fixed.</Text>
      ) : null}
      {run ? (
        <div className={styles.progress} aria-live="polite">
          <Field label={`Solving ${run.kind}: ${seconds(run.elapsedMs)} / ${seconds(run.limitMs)}`}
            validationMessage={`Best cost ${formatCost(run.bestCost)}${run.cancelling ? ' · stopping…' : ` · ${run.phase}`}`}
            validationState="none">
            <ProgressBar value={Math.min(1, run.elapsedMs / Math.max(1, run.limitMs))} />
          </Field>
          <CostChart points={run.history} limitMs={run.limitMs} />
        </div>
      ) : null}
    </Section>
  );
}
